import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { ConfigResult, OrgConfig } from "../config/types";
import { decodeError, toReportedError, type DecodedError } from "../diagnosis/errors/decode";
import { draftOwnerRequest } from "../diagnosis/ownerRequest";
import { buildReport } from "../diagnosis/report";
import type { Parties } from "../diagnosis/remedies";
import type { DelegationFacts, DiagnosisContext, Verdict } from "../diagnosis/types";
import { diagnose } from "../diagnosis/verdict";
import { renderBlocks } from "../meeting/render";
import type { MeetingProvider, RandomBytes } from "../meeting/types";
import type { MeetingState, OpenResult, OutlookGateway, WriteResult } from "../office/gateway";
import { parseUserChoice } from "../config/parse";
import { blockSignals } from "../meeting/recognition";
import type { BlockSignals } from "../office/gateway";
import { strings } from "./strings";

export interface TaskpaneDeps {
  readonly gateway: OutlookGateway;
  readonly loadConfig: () => Promise<ConfigResult>;
  readonly random: RandomBytes;
  readonly addinVersion: string;
}

/** How long the verdict waits for the body read after its own facts are in. */
const MEETING_GRACE_MS = 400;

export type Feedback = { readonly intent: "success" | "error" | "warning" | "info"; readonly text: string };

export type MeetingView =
  | { readonly kind: "loading" }
  | { readonly kind: "unreadable"; readonly reason: string }
  | { readonly kind: "ready"; readonly state: MeetingState };

export interface TaskpaneModel {
  readonly facts?: DelegationFacts;
  readonly verdict?: Verdict;
  readonly config?: OrgConfig;
  readonly configProblems: ConfigResult["problems"];
  readonly provider?: MeetingProvider;
  readonly meeting: MeetingView;
  readonly busy: boolean;
  readonly feedback?: Feedback;
  readonly decoded?: DecodedError;
  readonly errorText: string;
  chooseProvider(id: string): void;
  insert(): void;
  replace(): void;
  remove(): void;
  setErrorText(text: string): void;
  askOwner(): Promise<OpenResult | "copy">;
  ownerRequestText(): string;
  report(): string;
}

/**
 * Owns the pane's state. Outlook is read once at start (facts, meeting state, preference) and
 * written only on the user's explicit actions; everything else is derived with pure functions.
 */
export function useTaskpane(deps: TaskpaneDeps): TaskpaneModel {
  const { gateway, loadConfig, random, addinVersion } = deps;
  const [facts, setFacts] = useState<DelegationFacts>();
  const [configResult, setConfigResult] = useState<ConfigResult>();
  const [providerId, setProviderId] = useState<string>();
  const [meeting, setMeeting] = useState<MeetingView>({ kind: "loading" });
  const [busy, setBusy] = useState(false);
  const [feedback, setFeedback] = useState<Feedback>();
  const [errorText, setErrorText] = useState("");
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    void Promise.all([gateway.readFacts(), loadConfig()]).then(async ([readFacts, config]) => {
      // Our block is found by the owner's links when Outlook has dropped its markers, so the body is
      // read once we know whose meeting it is and which services are configured.
      const meetingRead = gateway
        .readMeetingState(signalsFor(readFacts, config.config))
        .catch((error: unknown) => ({ ok: false as const, reason: error instanceof Error ? error.message : String(error) }));
      void meetingRead.then((state) => {
        if (!mounted.current) return;
        setMeeting(state.ok ? { kind: "ready", state: state.value } : { kind: "unreadable", reason: state.reason });
      });
      // A quick body read lands first, so the verdict and the meeting buttons appear together; a slow
      // one (a huge body, a busy Outlook) no longer holds the verdict back.
      await Promise.race([meetingRead, new Promise((resolve) => setTimeout(resolve, MEETING_GRACE_MS))]);
      if (!mounted.current) return;
      setFacts(readFacts);
      setConfigResult(config);
      setProviderId(parseUserChoice(gateway.readPreferredProvider(), config.config) ?? config.config.defaultProviderId);
    });
    return () => {
      mounted.current = false;
    };
  }, [gateway, loadConfig]);

  const config = configResult?.config;
  const provider = useMemo(() => config?.providers.find((p) => p.id === providerId) ?? config?.providers[0], [config, providerId]);
  const baseContext = useMemo<DiagnosisContext | undefined>(
    () =>
      provider
        ? {
            service: provider.service,
            serviceName: provider.displayName,
            reported: [],
            ...(config?.helpdesk ? { helpdesk: config.helpdesk } : {}),
          }
        : undefined,
    [provider, config],
  );
  // Who is who comes from the diagnosis itself (one rule for it), before any reported error is added.
  const baseVerdict = useMemo(() => (facts && baseContext ? diagnose(facts, baseContext) : undefined), [facts, baseContext]);
  const parties = useMemo<Parties>(
    () => ({
      ...(baseVerdict?.owner ? { owner: baseVerdict.owner } : {}),
      ...(baseVerdict?.delegate ? { delegate: baseVerdict.delegate } : {}),
      ...(config?.helpdesk ? { helpdesk: config.helpdesk } : {}),
    }),
    [baseVerdict, config],
  );
  const decoded = useMemo(() => (errorText.trim() ? decodeError(errorText, parties) : undefined), [errorText, parties]);
  const context = useMemo<DiagnosisContext | undefined>(() => {
    const reported = decoded ? toReportedError(decoded) : undefined;
    return baseContext && reported ? { ...baseContext, reported: [reported] } : baseContext;
  }, [baseContext, decoded]);

  const verdict = useMemo(
    () => (facts && context ? (context === baseContext ? baseVerdict : diagnose(facts, context)) : undefined),
    [facts, context, baseContext, baseVerdict],
  );

  const signals = useMemo(() => (facts && config ? signalsFor(facts, config) : undefined), [facts, config]);

  const write = useCallback(async (action: () => Promise<WriteResult>, success: string) => {
    setBusy(true);
    setFeedback(undefined);
    let result: WriteResult;
    try {
      result = await action();
    } catch (error) {
      result = { ok: false, message: `Nothing was changed: ${error instanceof Error ? error.message : String(error)}` };
    }
    if (!mounted.current) return;
    setBusy(false);
    if (result.ok) {
      setMeeting({ kind: "ready", state: result.state });
      setFeedback({ intent: result.notes.length ? "warning" : "success", text: [success, ...result.notes].join(" ") });
    } else {
      setFeedback({ intent: "error", text: result.message });
    }
  }, []);

  const buildBlock = useCallback(() => {
    if (!provider || !verdict) throw new Error("The meeting service is not ready yet.");
    const owner = verdict.owner ?? verdict.delegate;
    if (!owner) throw new Error("Outlook did not say whose meeting this is, so no link can be built for them.");
    const link = provider.build(owner, random);
    return renderBlocks(link, {
      ...(config?.showScheduledBy && verdict.delegation === "delegate" && verdict.delegate && verdict.owner
        ? { scheduledBy: { delegate: verdict.delegate.displayName, owner: verdict.owner.displayName } }
        : {}),
    });
  }, [provider, verdict, random, config]);

  return {
    ...(facts ? { facts } : {}),
    ...(verdict ? { verdict } : {}),
    ...(config ? { config } : {}),
    configProblems: configResult?.problems ?? [],
    ...(provider ? { provider } : {}),
    meeting,
    busy,
    ...(feedback ? { feedback } : {}),
    ...(decoded ? { decoded } : {}),
    errorText,
    chooseProvider: (id: string) => {
      setProviderId(id);
      setFeedback(undefined);
      void gateway.savePreferredProvider(id);
    },
    insert: () => void write(async () => gateway.insertBlock(buildBlock(), signals), strings.added),
    replace: () => void write(async () => gateway.replaceBlock(buildBlock(), signals), strings.replaced),
    remove: () => void write(() => gateway.removeBlock(signals), strings.removed),
    setErrorText,
    askOwner: async () => {
      if (!verdict || !context) return "copy";
      return gateway.openDraft(draftOwnerRequest(verdict, context));
    },
    ownerRequestText: () => {
      if (!verdict || !context) return "";
      const draft = draftOwnerRequest(verdict, context);
      return `To: ${draft.to}\nSubject: ${draft.subject}\n\n${draft.body}`;
    },
    report: () =>
      facts && verdict && context
        ? buildReport(facts, verdict, context, { addinVersion })
        : "The add-in has not finished reading Outlook yet.",
  };
}

/** What finds our block in this meeting: the configured providers' links for its owner. */
function signalsFor(facts: DelegationFacts, config: OrgConfig): BlockSignals {
  const verdict = diagnose(facts, { service: "other", serviceName: "", reported: [] });
  return blockSignals(config.providers, verdict.owner ?? verdict.delegate);
}
