import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { parseUserChoice } from "../config/parse";
import type { ConfigResult, OrgConfig } from "../config/types";
import { answerOf, type Answer } from "../diagnosis/answer";
import type { DecodedError } from "../diagnosis/errors/decode";
import { toReportedError } from "../diagnosis/errors/reported";
import { sendCheckReach, type SendCheckReach } from "../diagnosis/sendCheckReach";
import type { DelegationFacts, DiagnosisContext, Verdict } from "../diagnosis/types";
import { diagnose, meetingOwner } from "../diagnosis/verdict";
import { languageOf, type Language } from "../i18n/language";
import { withDetails, type DetailsMessages, type FirstScreenMessages, type Messages } from "../i18n/messages";
import { BLOCK_LABELS } from "../meeting/blockLabels";
import { MAX_BODY_CHARS } from "../meeting/limits";
import { blockSignals } from "../meeting/recognition";
import { ProviderError, type MeetingProvider, type RandomBytes } from "../meeting/types";
import type { BlockSignals, MeetingState, OutlookGateway, WriteResult } from "../office/gateway";
import type { GraphRequest } from "./useGraphCheck";

export interface TaskpaneDeps {
  readonly gateway: OutlookGateway;
  readonly loadConfig: () => Promise<ConfigResult>;
  /** The first screen's part of the active language's catalogue (a chunk of its own); tests pass English directly. */
  readonly loadText: (language: Language) => Promise<FirstScreenMessages>;
  /** The rest of that catalogue (a chunk of its own too), fetched only once the answer is on screen. */
  readonly loadDetails: (language: Language) => Promise<DetailsMessages>;
  readonly random: RandomBytes;
  readonly addinVersion: string;
  /** Facts already being read: the composition root starts the reads the moment Office is ready. */
  readonly facts?: Promise<DelegationFacts>;
}

export type Feedback = { readonly intent: "success" | "error" | "warning" | "info"; readonly text: string };

export type MeetingView =
  { readonly kind: "loading" } | { readonly kind: "unreadable" } | { readonly kind: "ready"; readonly state: MeetingState };

export interface TaskpaneModel {
  /** The first screen's words: everything the pane shows before its details part has arrived. */
  readonly t?: FirstScreenMessages;
  /** The catalogue (or another file the first answer needs) could not be loaded. */
  readonly loadFailed: boolean;
  /** The whole catalogue, once its details part has arrived (fetched right after the first answer). */
  readonly text?: Messages;
  /** The details part of the catalogue could not be downloaded: each part of the pane that needs it says so. */
  readonly detailsFailed: boolean;
  readonly facts?: DelegationFacts;
  readonly verdict?: Verdict;
  readonly answer?: Answer;
  readonly config?: OrgConfig;
  readonly configProblems: ConfigResult["problems"];
  readonly provider?: MeetingProvider;
  readonly meeting: MeetingView;
  /** Why "Add online meeting" cannot be used right now (permissions, a body too large or unreadable). */
  readonly insertBlocked?: string;
  readonly sendCheck?: SendCheckReach;
  readonly busy: boolean;
  readonly feedback?: Feedback;
  readonly decoded?: DecodedError;
  /** The decoder's code (its own chunk) could not be downloaded. */
  readonly decoderFailed: boolean;
  readonly errorText: string;
  /** "Check with Microsoft 365": present only when config.json names an Entra app and the meeting is delegated. */
  readonly graph?: GraphRequest;
  chooseProvider(id: string): void;
  insert(): void;
  replace(): void;
  remove(): void;
  setErrorText(text: string): void;
  /** Opens a draft to the owner, or copies it; says which in the feedback. */
  askOwner(): Promise<void>;
  /** The report for IT, always with the current pasted error. */
  report(): Promise<string>;
  openLink(url: string): boolean;
}

/** Room our largest block needs (a link of 2,048 characters, ten dial-in lines, labels and styles). */
const BLOCK_ROOM_CHARS = 6_000;

/**
 * Owns the pane's state. Outlook is read once at start (facts, preference, then the meeting's body)
 * and written only on the user's explicit actions; everything else is derived with pure functions.
 * What the first answer does not need (the body reader, the error decoder, the report, the request
 * to the owner and the details part of the catalogue) loads in chunks fetched right after the answer
 * is on screen; a click that needs one of them waits for it.
 */
export function useTaskpane(deps: TaskpaneDeps): TaskpaneModel {
  const { gateway, loadConfig, loadText, loadDetails, random, addinVersion } = deps;
  const [t, setText] = useState<FirstScreenMessages>();
  const [loadFailed, setLoadFailed] = useState(false);
  const [text, setFullText] = useState<Messages>();
  const [detailsFailed, setDetailsFailed] = useState(false);
  const detailsLoad = useRef<Promise<Messages>>();
  const [facts, setFacts] = useState<DelegationFacts>();
  const [configResult, setConfigResult] = useState<ConfigResult>();
  const [providerId, setProviderId] = useState<string>();
  const [meeting, setMeeting] = useState<MeetingView>({ kind: "loading" });
  const [busy, setBusy] = useState(false);
  const [feedback, setFeedback] = useState<Feedback>();
  const [errorText, setErrorTextState] = useState("");
  const [decoded, setDecoded] = useState<DecodedError>();
  const [decoderFailed, setDecoderFailed] = useState(false);
  const mounted = useRef(true);
  const asking = useRef(false);

  useEffect(() => {
    mounted.current = true;
    const factsRead = deps.facts ?? gateway.readFacts();
    void Promise.all([factsRead, loadConfig(), loadText(languageOf(gateway.displayLanguage()))]).then(
      ([readFacts, config, text]) => {
        if (!mounted.current) return;
        setText(text);
        setFacts(readFacts);
        setConfigResult(config);
        setProviderId(parseUserChoice(gateway.readPreferredProvider(), config.config) ?? config.config.defaultProviderId);
      },
      () => {
        // Facts and configuration never reject (they resolve with reasons); a language chunk can.
        if (mounted.current) setLoadFailed(true);
      },
    );
    return () => {
      mounted.current = false;
    };
    // deps.facts is a promise started once by the composition root.
  }, [gateway, loadConfig, loadText]);

  const language = useMemo(() => languageOf(gateway.displayLanguage()), [gateway]);
  /** The whole catalogue: started once, shared by the panels and every click that needs it. */
  const loadFullText = useCallback((): Promise<Messages> => {
    if (!t) return Promise.reject(new Error("The first screen's text has not arrived yet."));
    if (!detailsLoad.current) {
      const load = loadDetails(language).then((details) => withDetails(t, details));
      detailsLoad.current = load;
      load.then(
        (all) => {
          if (!mounted.current) return;
          setFullText(all);
          setDetailsFailed(false);
        },
        () => {
          // webpack forgets a failed chunk, so the next click that needs the details tries again.
          if (detailsLoad.current === load) detailsLoad.current = undefined;
          if (mounted.current) setDetailsFailed(true);
        },
      );
    }
    return detailsLoad.current;
  }, [t, loadDetails, language]);

  const config = configResult?.config;
  const provider = useMemo(() => config?.providers.find((p) => p.id === providerId) ?? config?.providers[0], [config, providerId]);
  const baseContext = useMemo<DiagnosisContext | undefined>(
    () =>
      t && provider
        ? {
            t,
            service: provider.service,
            serviceName: provider.displayName,
            reported: [],
            ...(config?.helpdesk ? { helpdesk: config.helpdesk } : {}),
          }
        : undefined,
    [t, provider, config],
  );
  // Who is who comes from the diagnosis itself (one rule for it), before any reported error is added.
  const baseVerdict = useMemo(() => (facts && baseContext ? diagnose(facts, baseContext) : undefined), [facts, baseContext]);
  const parties = baseVerdict?.parties;

  // Only once the answer is on screen: the first verdict waits for nothing it does not show.
  const answered = baseVerdict !== undefined;
  useEffect(() => {
    if (answered) void loadFullText();
  }, [answered, loadFullText]);
  const signals = useMemo<BlockSignals | undefined>(
    () => (facts && config && baseContext ? blockSignals(config.providers, meetingOwner(facts, baseContext)) : undefined),
    [facts, config, baseContext],
  );

  // The body is read once the answer can be given: the reader is its own chunk, fetched now.
  const signalsReady = signals !== undefined;
  useEffect(() => {
    if (!signalsReady || !signals) return;
    void gateway.readMeetingState(signals).then((state) => {
      if (mounted.current) setMeeting(state.ok ? { kind: "ready", state: state.value } : { kind: "unreadable" });
    });
    // Prefetched right after the answer, so no click waits on a download.
    void import(/* webpackChunkName: "decoder" */ "../diagnosis/errors/decode");
    void import(/* webpackChunkName: "actions" */ "./actions");
    void import(/* webpackChunkName: "meeting-render" */ "../meeting/render");
    // Read once per pane: later signal changes (a chosen provider) are applied by the writes themselves.
  }, [gateway, signalsReady]);

  // Decoding loads the knowledge base; a stale answer for an older text is dropped.
  useEffect(() => {
    if (!text || !parties || !errorText.trim()) {
      setDecoded(undefined);
      return;
    }
    let current = true;
    void import(/* webpackChunkName: "decoder" */ "../diagnosis/errors/decode").then(
      ({ decodeError }) => {
        if (!current || !mounted.current) return;
        setDecoderFailed(false);
        setDecoded(decodeError(errorText, parties, text));
      },
      () => {
        // webpack forgets a failed chunk, so the next keystroke tries the download again.
        if (current && mounted.current) setDecoderFailed(true);
      },
    );
    return () => {
      current = false;
    };
  }, [errorText, parties, text]);

  const context = useMemo<DiagnosisContext | undefined>(() => {
    const reported = decoded && toReportedError(decoded);
    if (!baseContext || !reported) return baseContext;
    return { ...baseContext, reported: [reported] };
  }, [baseContext, decoded]);

  const verdict = useMemo(
    () => (facts && context ? (context === baseContext ? baseVerdict : diagnose(facts, context)) : undefined),
    [facts, context, baseContext, baseVerdict],
  );

  const graph = useMemo<GraphRequest | undefined>(() => {
    const owner = verdict?.delegation === "delegate" ? verdict.owner?.emailAddress : undefined;
    if (!config?.graph || !owner) return undefined;
    const loginHint = verdict?.delegate?.emailAddress;
    return { app: config.graph, owner, ...(loginHint ? { loginHint } : {}), nestedAppAuth: gateway.supportsNestedAppAuth() };
  }, [config, verdict, gateway]);

  const hasBlock = meeting.kind === "ready" && meeting.state.hasBlock;
  const answer = useMemo(
    () => (verdict && context && provider ? answerOf(verdict, context, { hasBlock, insertsLink: provider.insertsLink }) : undefined),
    [verdict, context, provider, hasBlock],
  );

  const insertBlocked = useMemo(() => {
    if (!t || !verdict) return undefined;
    if (!verdict.insert.allowed) return verdict.insert.reason;
    if (meeting.kind === "unreadable") return t.insert.bodyUnreadable;
    // Known before any click: Outlook refuses a body over its limit, so the button says so up front.
    if (meeting.kind === "ready" && !meeting.state.hasBlock && meeting.state.bodyChars + BLOCK_ROOM_CHARS > MAX_BODY_CHARS) {
      return t.insert.bodyTooLarge({ limit: MAX_BODY_CHARS });
    }
    return undefined;
  }, [t, verdict, meeting]);

  const write = useCallback(
    async (action: () => Promise<WriteResult>, success: (all: Messages) => string) => {
      if (!t) return;
      setBusy(true);
      setFeedback(undefined);
      // What a write reports is worded in the details part; without it nothing is written.
      let all: Messages;
      try {
        all = await loadFullText();
      } catch {
        if (!mounted.current) return;
        setBusy(false);
        setFeedback({ intent: "error", text: t.actions.failed });
        return;
      }
      let result: WriteResult;
      // Only a provider's problem has words of its own for the user; every other detail is technical.
      let providerText: string | undefined;
      try {
        result = await action();
      } catch (error) {
        result = { ok: false, problem: "failed", detail: error instanceof Error ? error.message : String(error) };
        if (error instanceof ProviderError) providerText = all.meeting.linkProblem[error.problem];
      }
      if (!mounted.current) return;
      setBusy(false);
      if (result.ok) {
        setMeeting({ kind: "ready", state: result.state });
        const notes = result.notes.map((note) => all.meeting.note[noteKey(note)]);
        setFeedback({ intent: notes.length ? "warning" : "success", text: [success(all), ...notes].join(" ") });
      } else {
        setFeedback({ intent: "error", text: providerText ?? problemText(result.problem, all) });
      }
    },
    [t, loadFullText],
  );

  const buildBlock = useCallback(async () => {
    if (!provider || !verdict || !facts || !baseContext) throw new Error("not ready");
    const owner = meetingOwner(facts, baseContext);
    if (!owner) throw new ProviderError("owner-missing", "no owner");
    const link = provider.build(owner, random);
    const { renderBlocks } = await import(/* webpackChunkName: "meeting-render" */ "../meeting/render");
    return renderBlocks(link, {
      labels: BLOCK_LABELS[blockLanguage(gateway)],
      ...(config?.showScheduledBy && verdict.delegation === "delegate" && verdict.delegate && verdict.owner
        ? { scheduledBy: { delegate: verdict.delegate.displayName, owner: verdict.owner.displayName } }
        : {}),
    });
  }, [provider, verdict, facts, baseContext, random, config, gateway]);

  const report = useCallback(async () => {
    const [{ buildReport }, all] = await Promise.all([import(/* webpackChunkName: "actions" */ "./actions"), loadFullText()]);
    if (!facts || !verdict || !context) return all.report.notReady;
    return buildReport(
      facts,
      verdict,
      { ...context, t: all },
      {
        addinVersion,
        generatedAt: new Date().toISOString(),
        ...(answer ? { answer: `${answer.headline}. ${answer.line}` } : {}),
        sendCheck: all.sendCheck[sendCheckReach(facts.host, facts.requirementSets)],
        ...(gateway.displayLanguage() ? { displayLanguage: gateway.displayLanguage() } : {}),
        ...(decoded && !toReportedError(decoded)
          ? { pasted: { errorId: decoded.id, quote: decoded.quote, remedies: decoded.entry.remedies } }
          : {}),
      },
    );
  }, [facts, verdict, context, loadFullText, addinVersion, answer, gateway, decoded]);

  return {
    loadFailed,
    decoderFailed,
    detailsFailed,
    ...(t ? { t } : {}),
    ...(text ? { text } : {}),
    ...(facts ? { facts } : {}),
    ...(verdict ? { verdict } : {}),
    ...(answer ? { answer } : {}),
    ...(config ? { config } : {}),
    configProblems: configResult?.problems ?? [],
    ...(provider ? { provider } : {}),
    meeting,
    ...(insertBlocked ? { insertBlocked } : {}),
    ...(facts ? { sendCheck: sendCheckReach(facts.host, facts.requirementSets) } : {}),
    busy,
    ...(feedback ? { feedback } : {}),
    ...(decoded ? { decoded } : {}),
    errorText,
    ...(graph ? { graph } : {}),
    chooseProvider: (id: string) => {
      setProviderId(id);
      setFeedback(undefined);
      void gateway.savePreferredProvider(id);
    },
    insert: () =>
      void write(
        async () => gateway.insertBlock(await buildBlock(), signals),
        (all) => all.meeting.added,
      ),
    replace: () =>
      void write(
        async () => gateway.replaceBlock(await buildBlock(), signals),
        (all) => all.meeting.replaced,
      ),
    remove: () =>
      void write(
        () => gateway.removeBlock(signals),
        (all) => all.meeting.removed,
      ),
    setErrorText: (text: string) => {
      setErrorTextState(text);
    },
    askOwner: async () => {
      // One draft per click: a second click while Outlook opens the first is ignored.
      if (!verdict || !context || !t || asking.current) return;
      asking.current = true;
      try {
        const [{ draftOwnerRequest, copyText }, all] = await Promise.all([
          import(/* webpackChunkName: "actions" */ "./actions"),
          loadFullText(),
        ]);
        const draft = draftOwnerRequest(verdict, { ...context, t: all });
        const opened = await gateway.openDraft(draft);
        if (!mounted.current) return;
        if (opened === "opened") return setFeedback({ intent: "info", text: t.actions.askOpened });
        const r = all.ownerRequest;
        const header = [all.labelled({ label: r.toLabel, text: draft.to }), all.labelled({ label: r.subjectLabel, text: draft.subject })];
        const copied = await copyText(`${header.join("\n")}\n\n${draft.body}`);
        if (mounted.current) setFeedback({ intent: copied ? "info" : "error", text: copied ? t.actions.askCopied : t.actions.copyFailed });
      } catch {
        // The actions chunk or the details text did not download, or drafting threw: say so rather than do nothing.
        if (mounted.current) setFeedback({ intent: "error", text: t.actions.failed });
      } finally {
        asking.current = false;
      }
    },
    report,
    openLink: (url: string) => gateway.openLink(url),
  };
}

/** The block is written in the meeting's own language (Office's content language), else the pane's. */
function blockLanguage(gateway: OutlookGateway): Exclude<Language, "pseudo"> {
  const language = languageOf(gateway.contentLanguage() ?? gateway.displayLanguage());
  return language === "pseudo" ? "en" : language;
}

function noteKey(note: string): keyof Messages["meeting"]["note"] {
  switch (note) {
    case "location-unreadable":
      return "locationUnreadable";
    case "location-not-changed":
      return "locationNotChanged";
    case "location-too-long":
      return "locationTooLong";
    case "record-rejected":
      return "recordRejected";
    default:
      return "recordNotSaved";
  }
}

function problemText(problem: Exclude<WriteResult, { ok: true }>["problem"], t: Messages): string {
  switch (problem) {
    case "unreadable":
      return t.meeting.problem.unreadable;
    case "exists":
      return t.meeting.problem.exists;
    case "missing":
      return t.meeting.problem.missing;
    case "too-large":
      return t.meeting.problem.tooLarge({ limit: MAX_BODY_CHARS });
    case "changed":
      return t.meeting.problem.changed;
    case "invalid-format":
      return t.meeting.problem.invalidFormat;
    case "refused":
      return t.meeting.problem.refused;
    case "failed":
      return t.meeting.problem.failed;
  }
}
