import { useCallback, useEffect, useMemo, useRef, useState, type MutableRefObject } from "react";
import { parseUserChoice } from "../config/parse";
import type { ConfigResult, OrgConfig } from "../config/types";
import { nameWithAddress, singleLine } from "../diagnosis/address";
import { answerOf, type Answer } from "../diagnosis/answer";
import type { DecodedError } from "../diagnosis/errors/decode";
import type { ExchangeFinding } from "../diagnosis/evidence/finding";
import type { GraphFinding, GraphReading } from "../diagnosis/evidence/graph";
import type { PasteOutcome } from "../diagnosis/evidence/merge";
import { toReportedError } from "../diagnosis/errors/reported";
import { sendCheckReach, type SendCheckReach } from "../diagnosis/sendCheckReach";
import type { CheckedService, DelegationFacts, DiagnosisContext, Verdict } from "../diagnosis/types";
import { diagnose, meetingOwner } from "../diagnosis/verdict";
import { languageOf, type Language } from "../i18n/language";
import { withDetails, type DetailsMessages, type ExchangeMessages, type FirstScreenMessages, type Messages } from "../i18n/messages";
import { BLOCK_LABELS } from "../meeting/blockLabels";
import { MAX_BODY_CHARS } from "../meeting/limits";
import { blockSignals } from "../meeting/recognition";
import { ProviderError, type MeetingProvider, type RandomBytes } from "../meeting/types";
import type { BlockSignals, BodyGlance, MeetingState, Outcome, OutlookGateway, WriteResult } from "../office/gateway";
import { helpdeskFor } from "../config/helpdesk";
import { serviceLabel } from "./serviceLabel";
import type { EvidenceKit } from "./evidenceKit";
import type { GraphRequest } from "./useGraphCheck";

export interface TaskpaneDeps {
  readonly gateway: OutlookGateway;
  readonly loadConfig: () => Promise<ConfigResult>;
  /** The first screen's part of the active language's catalogue (a chunk of its own); tests pass English directly. */
  readonly loadText: (language: Language) => Promise<FirstScreenMessages>;
  /** The rest of that catalogue (a chunk of its own too), fetched only once the answer is on screen. */
  readonly loadDetails: (language: Language) => Promise<DetailsMessages>;
  /** The rules and words for Exchange's and Graph's answers (./evidenceKit.ts), fetched only when there is one. */
  readonly loadEvidence: (language: Language) => Promise<EvidenceKit>;
  readonly random: RandomBytes;
  readonly addinVersion: string;
  /** Facts already being read: the composition root starts the reads the moment Office is ready. */
  readonly facts?: Promise<DelegationFacts>;
  /**
   * What the composition root has already read and loaded when the pane mounts: the first render
   * then shows the answer, without a render of the frame and an effect in between.
   */
  readonly initial?: { readonly facts: DelegationFacts; readonly config: ConfigResult; readonly text: FirstScreenMessages };
  /** The first look at the body (without the body reader), when it answered before the pane mounted. */
  readonly bodyGlance?: Outcome<BodyGlance>;
}

/**
 * The answer's "Add online meeting" depends on the body (is our link already there? is there room?),
 * so the answer waits for it, to show with its button usable; a body that takes longer than this
 * to read does not hold the answer back any further (its button waits instead).
 */
export const ANSWER_WAITS_FOR_BODY_MS = 1000;
/**
 * A body longer than this does not hold the answer back at all: reading it (in slices, so the pane
 * stays responsive) takes a noticeable time on any body, and a hostile one must never decide when
 * the answer shows. Its "Add online meeting" waits for the read instead, and says so.
 */
export const ANSWER_WAITS_FOR_BODY_MAX_CHARS = 200_000;

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
  /** The service of the link our block in the body holds, which may differ from the chosen provider. */
  readonly blockService?: CheckedService & { readonly providerId?: string };
  /** The link to paste by hand when the body is too long for the block. */
  readonly manualLink?: string;
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
  /** Exchange's answer the checks use or show: pasted just now, else remembered for this owner and delegate. */
  readonly exchange?: ExchangeFinding;
  /** Exchange's words, once the rules and words for an answer from Exchange or Graph have arrived. */
  readonly exchangeText?: ExchangeMessages;
  /** Those rules and words could not be downloaded: the checks show what Outlook alone can see, and say so. */
  readonly evidenceFailed: boolean;
  /** What the error box's text turned out to be, when it was an admin's output (it then is not decoded). */
  readonly pasted?: PasteOutcome;
  /** Whether a pasted answer was kept for the next meeting with this owner. */
  readonly memory?: "saved" | "not-saved";
  /** Forgets Exchange's answer for this owner and delegate (and empties the box if it holds it). */
  forgetExchange(): void;
  /** "Send this to IT": a new message to the help desk's address when configured, else the report and check copied. */
  sendToIt(): Promise<void>;
  chooseProvider(id: string): void;
  insert(): void;
  replace(): void;
  remove(): void;
  /** Takes the words the answer quotes out of the location (nothing else). */
  fixLocation(): void;
  setErrorText(text: string): void;
  /** Opens a draft to the owner, or copies it; says which in the feedback. */
  askOwner(): Promise<void>;
  /** The report for IT, always with the current pasted error (and the read-only check for IT, unless withCheck is false). */
  report(withCheck?: boolean): Promise<string>;
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
  const { gateway, loadConfig, loadText, loadDetails, loadEvidence, random, addinVersion, initial } = deps;
  const [t, setText] = useState<FirstScreenMessages | undefined>(initial?.text);
  const [loadFailed, setLoadFailed] = useState(false);
  const [text, setFullText] = useState<Messages>();
  const [detailsFailed, setDetailsFailed] = useState(false);
  const detailsLoad = useRef<Promise<Messages>>();
  const [facts, setFacts] = useState<DelegationFacts | undefined>(initial?.facts);
  const [configResult, setConfigResult] = useState<ConfigResult | undefined>(initial?.config);
  const [providerId, setProviderId] = useState<string | undefined>(() =>
    initial
      ? (parseUserChoice(gateway.readPreferredProvider(), initial.config.config) ?? initial.config.config.defaultProviderId)
      : undefined,
  );
  const [meeting, setMeeting] = useState<MeetingView>(() => glancedMeeting(deps.bodyGlance));
  // A first look that failed or came too late has used up the answer's wait already; a long body gets none.
  const [bodyWaitOver, setBodyWaitOver] = useState(
    deps.bodyGlance !== undefined && (!deps.bodyGlance.ok || deps.bodyGlance.value.bodyChars > ANSWER_WAITS_FOR_BODY_MAX_CHARS),
  );
  /** Writes so far: a body read that started before one must not overwrite what the write reported. */
  const writes = useRef(0);
  const [busy, setBusy] = useState(false);
  const [feedback, setFeedback] = useState<Feedback>();
  const [errorText, setErrorTextState] = useState("");
  const [decoded, setDecoded] = useState<DecodedError>();
  const [decoderFailed, setDecoderFailed] = useState(false);
  const [pasted, setPasted] = useState<PasteOutcome>();
  const [memory, setMemory] = useState<TaskpaneModel["memory"]>();
  const [memoryReread, setMemoryReread] = useState<PairRead<ExchangeFinding | undefined>>();
  const [graphAnswer, setGraphAnswer] = useState<{ readonly owner: string; readonly reading: GraphReading }>();
  const [kit, setKit] = useState<EvidenceKit>();
  const [evidenceFailed, setEvidenceFailed] = useState(false);
  const kitLoad = useRef<Promise<EvidenceKit>>();
  const mounted = useRef(true);
  const asking = useRef(false);
  const sendingToIt = useRef(false);
  // Given once by the composition root: the start reads them from the first render.
  const givenAtStart = useRef({ initial, facts: deps.facts });

  useEffect(() => {
    mounted.current = true;
    if (givenAtStart.current.initial) {
      return () => {
        mounted.current = false;
      };
    }
    const factsRead = givenAtStart.current.facts ?? gateway.readFacts();
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
  }, [gateway, loadConfig, loadText]);

  const language = useMemo(() => languageOf(gateway.displayLanguage()), [gateway]);
  /** The whole catalogue: started once, shared by the panels and every click that needs it. */
  const loadFullText = useCallback((): Promise<Messages> => {
    if (!t) return Promise.reject(new Error("The first screen's text has not arrived yet."));
    // A failed download is asked for again by the next click that needs the details.
    return sharedLoad(
      detailsLoad,
      () => loadDetails(language).then((details) => withDetails(t, details)),
      (all) => {
        if (!mounted.current) return;
        if (all) setFullText(all);
        setDetailsFailed(!all);
      },
    );
  }, [t, loadDetails, language]);

  const config = configResult?.config;
  const provider = useMemo(() => config?.providers.find((p) => p.id === providerId) ?? config?.providers[0], [config, providerId]);
  const helpdesk = helpdeskFor(config, language);
  // Whose link the body holds decides what the answer and the checks describe, not the picker.
  const blockLink = meeting.kind === "ready" && meeting.state.hasBlock ? meeting.state.blockLink : undefined;
  const blockKind = meeting.kind === "ready" ? meeting.state.blockService : undefined;
  const blockService = useMemo(() => {
    if (!blockLink || !config || !facts || !t) return undefined;
    const owner = meetingOwner(facts, { t, service: "other", serviceName: "", reported: [] });
    const maker = config.providers.find((p) => p.recognises(blockLink, owner)) ?? config.providers.find((p) => p.service === blockKind);
    if (maker) return { kind: maker.service, name: serviceLabel(maker, t), providerId: maker.id };
    return blockKind ? { kind: blockKind, name: t.services[blockKind] } : { kind: "other" as const, name: t.services.other };
  }, [blockLink, blockKind, config, facts, t]);
  const baseContext = useMemo<DiagnosisContext | undefined>(
    () =>
      t && provider
        ? {
            t,
            service: blockService?.kind ?? provider.service,
            serviceName: blockService?.name ?? serviceLabel(provider, t),
            reported: [],
            ...(helpdesk ? { helpdesk } : {}),
          }
        : undefined,
    [t, provider, helpdesk, blockService],
  );
  // Who is who comes from the diagnosis itself (one rule for it), before any reported error is added.
  const baseVerdict = useMemo(() => (facts && baseContext ? diagnose(facts, baseContext) : undefined), [facts, baseContext]);
  const parties = baseVerdict?.parties;

  // Exchange's answer for this owner and delegate, read with the first verdict so a remembered one is
  // in the first answer; read again by a save or a Forget (memoryReread).
  const pairOwner = baseVerdict?.delegation === "delegate" ? parties?.owner?.emailAddress : undefined;
  const pairDelegate = baseVerdict?.delegation === "delegate" ? parties?.delegate?.emailAddress : undefined;
  const readRemembered = useCallback(
    (owner: string, delegate: string) => gateway.readRememberedEvidence(owner, delegate, new Date().toISOString()),
    [gateway],
  );
  const remembered = useMemo(
    () => (pairOwner && pairDelegate ? latestRead(memoryReread, pairOwner, pairDelegate, readRemembered) : undefined),
    [readRemembered, pairOwner, pairDelegate, memoryReread],
  );
  // The request ids issued for this pair (kept in roaming settings, and here when Outlook did not keep
  // one): a block IT sends back is used only when it carries one of them.
  const issuedHere = useRef<string[]>([]);
  const [requestsReread, setRequestsReread] = useState<PairRead<readonly string[]>>();
  const readRequestIds = useCallback(
    (owner: string, delegate: string): readonly string[] => [...gateway.readRequestIds(owner, delegate), ...issuedHere.current],
    [gateway],
  );
  const requestIds = useMemo(
    () => (pairOwner && pairDelegate ? latestRead(requestsReread, pairOwner, pairDelegate, readRequestIds) : []),
    [readRequestIds, pairOwner, pairDelegate, requestsReread],
  );
  /** The id the request to IT carries: issued when the pane first prepares one for this pair. */
  const requestId = useCallback(async () => {
    if (!pairOwner || !pairDelegate) return undefined;
    const { id, saved } = await gateway.issueRequest(pairOwner, pairDelegate, new Date().toISOString(), random);
    if (!saved && !issuedHere.current.includes(id)) issuedHere.current.push(id);
    // Only a new id changes what a paste is checked against (the report is built on every render
    // while the technical details are open: no render may follow from an id already known).
    if (mounted.current && !requestIds.includes(id)) {
      setRequestsReread(pairRead(pairOwner, pairDelegate, readRequestIds));
    }
    return id;
  }, [gateway, pairOwner, pairDelegate, random, requestIds, readRequestIds]);

  // The answer waits for the body, but never long (ANSWER_WAITS_FOR_BODY_MS).
  const verdictKnown = baseVerdict !== undefined;
  const bodyPending = meeting.kind === "loading";
  useEffect(() => {
    if (!verdictKnown || !bodyPending) return;
    const timer = setTimeout(() => setBodyWaitOver(true), ANSWER_WAITS_FOR_BODY_MS);
    return () => clearTimeout(timer);
  }, [verdictKnown, bodyPending]);
  // Only once the answer is on screen: the first verdict waits for nothing it does not show.
  const answered = verdictKnown && (!bodyPending || bodyWaitOver);
  useEffect(() => {
    if (answered) void loadFullText();
  }, [answered, loadFullText]);
  const signals = useMemo<BlockSignals | undefined>(
    () => (facts && config && baseContext ? blockSignals(config.providers, meetingOwner(facts, baseContext)) : undefined),
    [facts, config, baseContext],
  );

  // The body is read by the body reader (its own chunk) once the answer can be given: at once when the
  // first look could not rule our block out (the answer waits for it), else right after the answer,
  // which the first look already made usable (the read adds what the item recorded).
  const signalsReady = signals !== undefined;
  const readBodyNow = signalsReady && (bodyPending || answered);
  // Read once per pane, with the signals of that moment: later signal changes (a chosen provider) are
  // applied by the writes themselves, so they must not start another read.
  const latestSignals = useRef(signals);
  useEffect(() => {
    latestSignals.current = signals;
  }, [signals]);
  useEffect(() => {
    const signalsNow = latestSignals.current;
    if (!readBodyNow || !signalsNow) return;
    const writesBefore = writes.current;
    void gateway.readMeetingState(signalsNow).then((state) => {
      if (!mounted.current || writes.current !== writesBefore) return;
      setMeeting(state.ok ? { kind: "ready", state: state.value } : { kind: "unreadable" });
    });
  }, [gateway, readBodyNow]);
  useEffect(() => {
    if (!answered) return;
    // Prefetched right after the answer, so no click waits on a download.
    void import(/* webpackChunkName: "decoder" */ "../diagnosis/errors/decode");
    void import(/* webpackChunkName: "actions" */ "./actions");
    void import(/* webpackChunkName: "meeting-render" */ "../meeting/render");
  }, [answered]);

  // Decoding loads the knowledge base; a stale answer for an older text is dropped. The same box
  // takes IT's answer from Exchange: what is admin output becomes evidence and is not decoded.
  useEffect(() => {
    if (!text || !parties || !errorText.trim()) {
      setDecoded(undefined);
      setPasted(undefined);
      return;
    }
    let current = true;
    void Promise.all([
      import(/* webpackChunkName: "decoder" */ "../diagnosis/errors/decode"),
      import(/* webpackChunkName: "decoder" */ "./adminPaste"),
    ]).then(
      ([{ decodeError }, { readPaste }]) => {
        if (!current || !mounted.current) return;
        setDecoderFailed(false);
        const outcome = readPaste(errorText, parties, new Date().toISOString(), requestIds);
        const admin = outcome.kind !== "not-admin-output";
        setPasted(admin ? outcome : undefined);
        setDecoded(admin ? undefined : decodeError(errorText, parties, text));
      },
      () => {
        // webpack forgets a failed chunk, so the next keystroke tries the download again.
        if (current && mounted.current) setDecoderFailed(true);
      },
    );
    return () => {
      current = false;
    };
  }, [errorText, parties, text, requestIds]);

  // A pasted answer is kept for this pair (an old one is only shown, so not kept).
  useEffect(() => {
    if (pasted?.kind !== "evidence" || pasted.finding.stale || !pairOwner || !pairDelegate) return;
    let current = true;
    void gateway.rememberEvidence(pairOwner, pairDelegate, pasted.finding, pasted.finding.pastedAt).then((saved) => {
      if (!current || !mounted.current) return;
      setMemory(saved.ok ? "saved" : "not-saved");
      if (saved.ok) setMemoryReread(pairRead(pairOwner, pairDelegate, readRemembered));
    });
    return () => {
      current = false;
    };
  }, [pasted, gateway, pairOwner, pairDelegate, readRemembered]);

  const exchange = pasted?.kind === "evidence" ? pasted.finding : remembered;
  // Graph's answer for this owner, in this pane only (never stored): it arrives through the details,
  // so the whole catalogue is there to word it.
  const graphFinding = useMemo<GraphFinding | undefined>(
    () =>
      graphAnswer && text && pairOwner && graphAnswer.owner === pairOwner && graphAnswer.reading.kind === "evidence"
        ? { evidence: graphAnswer.reading.evidence, words: text.graph }
        : undefined,
    [graphAnswer, text, pairOwner],
  );
  // The rules and words that read Exchange's and Graph's answers: fetched the first time there is one
  // (or a Graph check starts), and again with the next answer after a failed download.
  const heardBeyondOutlook = exchange !== undefined || graphFinding !== undefined;
  const loadKit = useCallback(
    (): Promise<EvidenceKit> =>
      sharedLoad(
        kitLoad,
        () => loadEvidence(language),
        (loaded) => {
          if (!mounted.current) return;
          if (loaded) setKit(loaded);
          setEvidenceFailed(!loaded);
        },
      ),
    [loadEvidence, language],
  );
  useEffect(() => {
    if (heardBeyondOutlook && !kit) loadKit().catch(() => undefined);
  }, [exchange, graphFinding, heardBeyondOutlook, kit, loadKit]);
  const context = useMemo<DiagnosisContext | undefined>(() => {
    const reported = decoded && toReportedError(decoded);
    const evidence =
      kit && heardBeyondOutlook
        ? { ...(exchange ? { exchange } : {}), ...(graphFinding ? { graph: graphFinding } : {}), rules: kit.rules, words: kit.words }
        : undefined;
    if (!baseContext || (!reported && !evidence)) return baseContext;
    return { ...baseContext, ...(reported ? { reported: [reported] } : {}), ...(evidence ? { evidence } : {}) };
  }, [baseContext, decoded, exchange, graphFinding, kit, heardBeyondOutlook]);

  // A remembered answer belongs in the first answer: it waits for the rules that read it (one small
  // download), unless they could not be fetched. A paste or Graph's answer updates the answer shown.
  const holdForEvidence = remembered !== undefined && !kit && !evidenceFailed;
  const verdict = useMemo(
    () => (facts && context && !holdForEvidence ? (context === baseContext ? baseVerdict : diagnose(facts, context)) : undefined),
    [facts, context, baseContext, baseVerdict, holdForEvidence],
  );

  const onGraphAnswer = useCallback((owner: string, reading: GraphReading) => {
    if (mounted.current) setGraphAnswer({ owner, reading });
  }, []);
  const graph = useMemo<GraphRequest | undefined>(() => {
    if (!config?.graph || !pairOwner) return undefined;
    return {
      app: config.graph,
      owner: pairOwner,
      ...(pairDelegate ? { loginHint: pairDelegate } : {}),
      nestedAppAuth: gateway.supportsNestedAppAuth(),
      onAnswer: onGraphAnswer,
      rulesReady: loadKit,
    };
  }, [config, pairOwner, pairDelegate, gateway, onGraphAnswer, loadKit]);

  const hasBlock = meeting.kind === "ready" && meeting.state.hasBlock;
  // Known before any click: Outlook refuses a body over its limit.
  const bodyTooLarge = meeting.kind === "ready" && !meeting.state.hasBlock && meeting.state.bodyChars + BLOCK_ROOM_CHARS > MAX_BODY_CHARS;
  // The send check's rule (claims.ts), applied where the send check applies it: a delegate's meeting.
  const claim = meeting.kind === "ready" && verdict?.delegation === "delegate" ? meeting.state.unmetClaims?.[0] : undefined;
  const answer = useMemo(
    () =>
      verdict && context && provider
        ? answerOf(verdict, context, {
            hasBlock,
            insertsLink: provider.insertsLink,
            bodyTooLarge,
            ...(claim
              ? {
                  unmetClaim: {
                    service: context.t.services[claim.service],
                    where: claim.where,
                    quote: claim.quote,
                    ours: claim.service === "other",
                  },
                }
              : {}),
          })
        : undefined,
    [verdict, context, provider, hasBlock, bodyTooLarge, claim],
  );
  // One link per pane for pasting by hand: built once, so copying twice gives the same room.
  const manualLink = useMemo(() => {
    if (!bodyTooLarge || !provider?.insertsLink || !facts || !baseContext) return undefined;
    const owner = meetingOwner(facts, baseContext);
    if (!owner) return undefined;
    try {
      return provider.build(owner, random).joinUrl;
    } catch {
      return undefined;
    }
  }, [bodyTooLarge, provider, facts, baseContext, random]);

  const insertBlocked = useMemo(() => {
    if (!t || !verdict) return undefined;
    if (!verdict.insert.allowed) return verdict.insert.reason;
    if (meeting.kind === "unreadable") return t.insert.bodyUnreadable;
    // Known before any click: Outlook refuses a body over its limit, so the button says so up front.
    if (bodyTooLarge) {
      return t.insert.bodyTooLarge({ limit: MAX_BODY_CHARS });
    }
    return undefined;
  }, [t, verdict, meeting, bodyTooLarge]);

  const write = useCallback(
    async (
      action: () => Promise<WriteResult>,
      success: (all: Messages) => string,
      problemWords: (problem: Exclude<WriteResult, { ok: true }>["problem"], all: Messages) => string = problemText,
    ) => {
      if (!t) return;
      writes.current++;
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
        setFeedback({ intent: "error", text: providerText ?? problemWords(result.problem, all) });
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

  const report = useCallback(
    async (withCheck = true) => {
      const [{ buildReport, exchangeCheckBlock }, all] = await Promise.all([
        import(/* webpackChunkName: "actions" */ "./actions"),
        loadFullText(),
      ]);
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
          ...(pasted?.kind === "evidence" && pasted.ambiguities.length > 0 ? { exchangeNotes: pasted.ambiguities } : {}),
          ...(withCheck && pairOwner && pairDelegate
            ? { exchangeCheck: exchangeCheckBlock({ owner: pairOwner, delegate: pairDelegate }, { requestId: await requestId() }) }
            : {}),
        },
      );
    },
    [facts, verdict, context, loadFullText, addinVersion, answer, gateway, decoded, pasted, pairOwner, pairDelegate, requestId],
  );

  return {
    loadFailed,
    decoderFailed,
    detailsFailed,
    ...(t ? { t } : {}),
    ...(text ? { text } : {}),
    ...(facts ? { facts } : {}),
    // Shown together once the answer may show (above): its button then knows the body.
    ...(verdict && answered ? { verdict } : {}),
    ...(answer && answered ? { answer } : {}),
    ...(config ? { config } : {}),
    configProblems: configResult?.problems ?? [],
    ...(provider ? { provider } : {}),
    ...(blockService ? { blockService } : {}),
    ...(manualLink ? { manualLink } : {}),
    meeting,
    ...(insertBlocked ? { insertBlocked } : {}),
    ...(facts ? { sendCheck: sendCheckReach(facts.host, facts.requirementSets) } : {}),
    busy,
    ...(feedback ? { feedback } : {}),
    ...(decoded ? { decoded } : {}),
    errorText,
    ...(graph ? { graph } : {}),
    ...(exchange ? { exchange } : {}),
    ...(kit ? { exchangeText: kit.words } : {}),
    evidenceFailed,
    ...(pasted ? { pasted } : {}),
    ...(memory ? { memory } : {}),
    forgetExchange: () => {
      if (!pairOwner || !pairDelegate) return;
      void gateway.forgetEvidence(pairOwner, pairDelegate).then(() => {
        if (!mounted.current) return;
        setMemoryReread(pairRead(pairOwner, pairDelegate, readRemembered));
        setMemory(undefined);
        if (kit) setFeedback({ intent: "info", text: kit.words.status.forgotten });
      });
      if (pasted?.kind === "evidence") setErrorTextState("");
    },
    sendToIt: async () => {
      // One message per click, as for the request to the owner.
      if (!t || sendingToIt.current) return;
      sendingToIt.current = true;
      setFeedback(undefined);
      try {
        const [{ copyText, exchangeCheckBlock, mailToIt }, all] = await Promise.all([
          import(/* webpackChunkName: "actions" */ "./actions"),
          loadFullText(),
        ]);
        const mail = all.adminPaste.mail;
        const check =
          pairOwner && pairDelegate
            ? exchangeCheckBlock({ owner: pairOwner, delegate: pairDelegate }, { requestId: await requestId() })
            : undefined;
        const body = mailToIt({ intro: mail.intro, checkHeading: mail.check, ...(check ? { check } : {}), report: await report(false) });
        const address = config?.helpdeskEmail;
        if (address) {
          const subject = mail.subject({ owner: singleLine(nameWithAddress(verdict?.owner, all.people.owner), 120) });
          if ((await gateway.openDraft({ to: address, subject, body })) === "opened") {
            if (mounted.current) setFeedback({ intent: "info", text: mail.opened });
            return;
          }
        }
        const copied = await copyText(body);
        if (mounted.current) setFeedback({ intent: copied ? "info" : "error", text: copied ? mail.copied : t.actions.copyFailed });
      } catch {
        if (mounted.current) setFeedback({ intent: "error", text: t.actions.failed });
      } finally {
        sendingToIt.current = false;
      }
    },
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
    fixLocation: () => {
      if (!claim || claim.where !== "location") return;
      void write(
        () => gateway.removeLocationClaim(claim.quote, signals),
        (all) => all.meetingFix.locationFixed({ quote: claim.quote }),
        (problem, all) => (problem === "changed" ? all.meetingFix.locationChanged : problemText(problem, all)),
      );
    },
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

/** What the first look at the body settles: the whole state when it rules our block out, else nothing yet. */
function glancedMeeting(glance: Outcome<BodyGlance> | undefined): MeetingView {
  if (!glance?.ok || glance.value.mayHoldBlock || glance.value.mayClaim) return { kind: "loading" };
  return { kind: "ready", state: { bodyType: glance.value.bodyType, bodyChars: glance.value.bodyChars, hasBlock: false } };
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

/**
 * One download shared by everyone who needs it: started on the first call, handed to the later ones,
 * and forgotten when it fails (webpack forgets a failed chunk too), so the next call tries again.
 * `settled` hears the value, or undefined for a failure.
 */
function sharedLoad<T>(
  slot: MutableRefObject<Promise<T> | undefined>,
  start: () => Promise<T>,
  settled: (value: T | undefined) => void,
): Promise<T> {
  if (!slot.current) {
    const load = start();
    slot.current = load;
    load.then(settled, () => {
      if (slot.current === load) slot.current = undefined;
      settled(undefined);
    });
  }
  return slot.current;
}

/** Roaming settings read again for one pair, after this pane changed them (a save, a Forget, a new id). */
interface PairRead<T> {
  readonly owner: string;
  readonly delegate: string;
  readonly value: T;
}

function pairRead<T>(owner: string, delegate: string, read: (owner: string, delegate: string) => T): PairRead<T> {
  return { owner, delegate, value: read(owner, delegate) };
}

/** The read taken again for this pair, else a fresh one: another pair's read is not this one's. */
function latestRead<T>(reread: PairRead<T> | undefined, owner: string, delegate: string, read: (owner: string, delegate: string) => T): T {
  return reread && reread.owner === owner && reread.delegate === delegate ? reread.value : read(owner, delegate);
}
