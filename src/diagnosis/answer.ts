/**
 * The one answer at the top of the pane, to the question the assistant has: can I schedule this
 * meeting for the owner, online, now? Derived from the verdict (pure, a table test per scenario) as
 * reasons (src/kernel/answer.ts), which src/i18n/answerWords.ts words: the pane lays them out and the
 * IT report quotes the same words.
 *
 * - yes: my own calendar; nobody else's permission is involved.
 * - looks-ready: everything Outlook can show is granted; one line says what it cannot show.
 * - not-yet: something is proven missing; the next step is to ask the owner for exactly that.
 * - cant-tell: Outlook did not say enough to answer; the next step is to confirm, or to send the
 *   report to IT.
 * Send-on-behalf can never be seen by Outlook, so its being unknown alone never stops "looks ready";
 * once an Exchange admin's output proves it and the other layers, a delegate gets "yes" too.
 */
import type { Answer, AnswerHeadline, AnswerLine, Need, Step } from "../kernel/answer";
import type { Check, DiagnosisContext, Verdict } from "./types";

export type { Answer, AnswerHeadline, AnswerKind, AnswerLine, Need, Step, StepKind } from "../kernel/answer";

/** What the meeting itself looks like to the answer. */
export interface MeetingSituation {
  /** Our block is already in the body. */
  readonly hasBlock: boolean;
  /** The chosen service adds a link (Jitsi, a personal room); false for Outlook's Teams/Skype buttons. */
  readonly insertsLink: boolean;
  /** The body is too long for Outlook to take the block: the link can only be pasted by hand. */
  readonly bodyTooLarge?: boolean;
  /** The first claim (location or body) without a matching link: what the send check would stop. */
  readonly unmetClaim?: { readonly service: string; readonly where: "location" | "body"; readonly quote: string; readonly ours: boolean };
}

export function answerOf(verdict: Verdict, ctx: DiagnosisContext, meeting: MeetingSituation): Answer {
  const service = ctx.serviceName;
  const steps = {
    add: { kind: "add-meeting" } as Step,
    it: { kind: "send-to-it" } as Step,
    confirm: { kind: "confirm-with-owner" } as Step,
  };
  const canAdd = meeting.insertsLink && !meeting.hasBlock && verdict.insert.allowed;
  // Outlook refuses the block, so the step is the link itself, to paste by hand.
  const byHand = canAdd && meeting.bodyTooLarge === true;
  const tooLong = { headline: { kind: "tooLong" }, line: { kind: "tooLongLine" }, primary: { kind: "copy-link" } } as const;
  const done = { headline: { kind: "done", service } as AnswerHeadline, line: { kind: "doneLine" } as AnswerLine };
  const cantTell: AnswerHeadline = { kind: "cantTell" };

  if (verdict.delegation === "unknown") {
    return {
      kind: "cant-tell",
      headline: cantTell,
      line: { kind: verdict.delegate ? "cantTellWhose" : "cantTellWho" },
      primary: steps.it,
      secondary: canAdd ? [steps.add] : [],
    };
  }

  if (verdict.delegation === "self") {
    if (meeting.hasBlock) return { kind: "yes", ...done, secondary: [] };
    if (!meeting.insertsLink) {
      return {
        kind: "yes",
        headline: { kind: "yesOutlookButton", service },
        line: { kind: "yesOutlookButtonLine", service },
        secondary: [],
      };
    }
    if (byHand) return { kind: "yes", ...tooLong, secondary: [] };
    return { kind: "yes", headline: { kind: "yes" }, line: { kind: "yesLine" }, primary: steps.add, secondary: [] };
  }

  const calendar = byId(verdict.checks, "calendar-editor");
  const sending = byId(verdict.checks, "send-on-behalf");
  const serviceCheck = byId(verdict.checks, "online-meeting-delegate");
  const serviceIsChosen = (serviceCheck?.service?.kind ?? ctx.service) === ctx.service;

  // Proven gaps: ask the owner for exactly those.
  const needs: Need[] = [];
  if (calendar?.status === "missing") needs.push({ kind: "calendar" });
  if (sending?.status === "missing") needs.push({ kind: "sending" });
  // Only IT can let Teams reach the owner's mailbox: asking the owner would send them nowhere.
  const ewsOnly = serviceCheck?.exchange?.itOnly === true;
  const itOnly = serviceCheck?.status === "missing" && serviceIsChosen && (ewsOnly || serviceCheck.graph?.itOnly === true);
  // The sources that set itOnly, a conflict or a confirmation come with their words (evidence).
  const evidence = ctx.evidence;
  if (itOnly && needs.length === 0 && evidence) {
    return {
      kind: "not-yet",
      headline:
        !ewsOnly && evidence.graph ? { kind: "graph", key: "checks.notOffered", service } : { kind: "exchange", key: "answer.itOnly" },
      line: { kind: "exchange", key: "answer.itOnlyLine" },
      primary: steps.it,
      secondary: [],
    };
  }
  if (serviceCheck?.status === "missing" && serviceIsChosen) needs.push({ kind: "service", service });
  if (needs.length > 0) {
    return {
      kind: "not-yet",
      headline: { kind: "notYet", needs },
      line: { kind: "notYetLine" },
      primary: { kind: "ask-owner", needs },
      secondary: [steps.it],
    };
  }

  // The send check would stop this invitation: say what is missing before Send does.
  const claim = meeting.unmetClaim;
  if (claim) {
    const { quote, service: claimed, ours } = claim;
    const inLocation = claim.where === "location";
    return {
      kind: "not-yet",
      headline: ours ? { kind: "blockWithoutLink" } : { kind: "claimNoLink", quote, service: claimed, inLocation },
      line: ours ? { kind: "blockWithoutLinkLine" } : { kind: inLocation ? "claimLocationLine" : "claimBodyLine", service: claimed },
      ...(inLocation && !ours ? { primary: { kind: "fix-location", quote } as Step } : {}),
      secondary: [],
    };
  }

  const conflict = calendar?.exchange?.basis === "conflict" || calendar?.graph?.part === "conflict";
  if (calendar?.status === "unknown" && conflict && evidence) {
    return {
      kind: "cant-tell",
      headline: cantTell,
      line:
        calendar.graph?.part === "conflict" && evidence.graph
          ? { kind: "graph", key: "checks.conflictLine" }
          : { kind: "exchange", key: "answer.conflictLine" },
      primary: steps.it,
      secondary: [...(canAdd ? [steps.add] : []), steps.confirm],
    };
  }
  if (calendar?.status === "unknown") {
    const tooOld = verdict.clientTooOld === true;
    return {
      kind: "cant-tell",
      headline: tooOld ? { kind: "tooOld" } : cantTell,
      line: { kind: tooOld ? "tooOldLine" : "cantTellAccess" },
      primary: steps.confirm,
      secondary: [...(canAdd ? [steps.add] : []), steps.it],
    };
  }

  // Another service refused (Outlook's Teams button while this meeting uses Jitsi): the link we add
  // still works, so it stays the next step; asking for the other service's right is offered too.
  if (serviceCheck?.status === "missing" && serviceCheck.service) {
    const tried = serviceCheck.service.name;
    return {
      kind: "looks-ready",
      headline: meeting.hasBlock ? done.headline : { kind: "otherServiceRefused", chosen: service },
      line: { kind: "otherServiceRefusedLine", tried, chosen: service },
      ...(canAdd ? { primary: steps.add } : {}),
      secondary: [{ kind: "ask-owner", needs: [{ kind: "service", service: tried }] }],
    };
  }

  // Every layer proven by evidence (Exchange's, for what Outlook cannot show): a delegate's "Yes".
  const confirmedAt = sending?.status === "granted" ? sending.exchange?.at : undefined;
  const everyLayer = calendar?.status === "granted" && (serviceCheck?.status === "granted" || serviceCheck?.status === "not-needed");
  if (everyLayer && confirmedAt && evidence) {
    if (meeting.hasBlock) return { kind: "yes", ...done, secondary: [] };
    const line: AnswerLine = { kind: "exchange", key: "answer.yesLine", at: confirmedAt };
    if (!meeting.insertsLink) return { kind: "yes", headline: { kind: "yesOutlookButton", service }, line, secondary: [] };
    return { kind: "yes", headline: { kind: "yes" }, line, primary: steps.add, secondary: [] };
  }

  if (meeting.hasBlock) return { kind: "looks-ready", ...done, secondary: [steps.confirm] };
  const line: AnswerLine =
    calendar?.status === "partial"
      ? calendar.graph?.part === "decided" && evidence?.graph
        ? { kind: "graph", key: "checks.canWriteLine" }
        : { kind: "partialLine" }
      : sending?.status === "granted" && evidence
        ? { kind: "exchange", key: "answer.cantSeeService", service }
        : serviceCheck?.status === "unknown"
          ? { kind: "cantSeeSendingOrService", service }
          : { kind: "cantSeeSending" };
  if (!meeting.insertsLink) {
    return { kind: "looks-ready", headline: { kind: "looksReadyOutlookButton", service }, line, secondary: [steps.confirm] };
  }
  if (byHand) return { kind: "looks-ready", ...tooLong, secondary: [steps.confirm] };
  return { kind: "looks-ready", headline: { kind: "looksReady" }, line, primary: steps.add, secondary: [steps.confirm] };
}

function byId(checks: readonly Check[], id: Check["id"]): Check | undefined {
  return checks.find((check) => check.id === id);
}
