/**
 * The one answer at the top of the pane, to the question the assistant has: can I schedule this
 * meeting for the owner, online, now? Derived from the verdict (pure, a table test per scenario), so
 * the pane only lays it out and the IT report quotes the same words.
 *
 * - yes: my own calendar; nobody else's permission is involved.
 * - looks-ready: everything Outlook can show is granted; one line says what it cannot show.
 * - not-yet: something is proven missing; the next step is to ask the owner for exactly that.
 * - cant-tell: Outlook did not say enough to answer; the next step is to confirm, or to send the
 *   report to IT.
 * Send-on-behalf can never be seen by Outlook, so its being unknown alone never stops "looks ready";
 * once an Exchange admin's output proves it and the other layers, a delegate gets "yes" too.
 */
import { shortNameOf } from "./address";
import type { Check, DiagnosisContext, Verdict } from "./types";

export type AnswerKind = "yes" | "looks-ready" | "not-yet" | "cant-tell";

export type StepKind = "add-meeting" | "ask-owner" | "confirm-with-owner" | "send-to-it" | "copy-link" | "fix-location";

export interface Step {
  readonly kind: StepKind;
  readonly label: string;
}

export interface Answer {
  readonly kind: AnswerKind;
  readonly headline: string;
  readonly line: string;
  /** The one next step; none when the meeting already has its link or Outlook's own button is the way. */
  readonly primary?: Step;
  readonly secondary: readonly Step[];
}

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
  const { t } = ctx;
  const owner = shortNameOf(verdict.owner, t.people.owner);
  const steps = {
    add: { kind: "add-meeting", label: t.actions.addMeeting } as Step,
    it: { kind: "send-to-it", label: t.actions.sendToIt } as Step,
    confirm: { kind: "confirm-with-owner", label: t.actions.confirmWithOwner({ owner }) } as Step,
    ask: (needs: readonly string[]): Step => ({ kind: "ask-owner", label: t.actions.askOwner({ owner, needs }) }),
  };
  const canAdd = meeting.insertsLink && !meeting.hasBlock && verdict.insert.allowed;
  // Outlook refuses the block, so the step is the link itself, to paste by hand.
  const byHand = canAdd && meeting.bodyTooLarge === true;
  const tooLong = {
    headline: t.meetingTruth.tooLong,
    line: t.meetingTruth.tooLongLine,
    primary: { kind: "copy-link", label: t.meetingTruth.copyLink } as Step,
  };
  const done = { headline: t.answer.done({ service: ctx.serviceName }), line: t.answer.doneLine };

  if (verdict.delegation === "unknown") {
    return {
      kind: "cant-tell",
      headline: t.answer.cantTell,
      line: verdict.delegate ? t.answer.cantTellWhose : t.answer.cantTellWho,
      primary: steps.it,
      secondary: canAdd ? [steps.add] : [],
    };
  }

  if (verdict.delegation === "self") {
    if (meeting.hasBlock) return { kind: "yes", ...done, secondary: [] };
    if (!meeting.insertsLink) {
      return {
        kind: "yes",
        headline: t.answer.yesOutlookButton({ service: ctx.serviceName }),
        line: t.answer.yesOutlookButtonLine({ service: ctx.serviceName }),
        secondary: [],
      };
    }
    if (byHand) return { kind: "yes", ...tooLong, secondary: [] };
    return { kind: "yes", headline: t.answer.yes, line: t.answer.yesLine, primary: steps.add, secondary: [] };
  }

  const calendar = byId(verdict.checks, "calendar-editor");
  const sending = byId(verdict.checks, "send-on-behalf");
  const service = byId(verdict.checks, "online-meeting-delegate");
  const serviceIsChosen = (service?.service?.kind ?? ctx.service) === ctx.service;

  // Proven gaps: ask the owner for exactly those.
  const needs: string[] = [];
  const needsShort: string[] = [];
  if (calendar?.status === "missing") {
    needs.push(t.answer.need.calendar({ owner }));
    needsShort.push(t.actions.needShort.calendar);
  }
  if (sending?.status === "missing") {
    needs.push(t.answer.need.sending({ owner }));
    needsShort.push(t.actions.needShort.sending);
  }
  // Only IT can let Teams reach the owner's mailbox: asking the owner would send them nowhere.
  const ewsOnly = service?.exchange?.itOnly === true;
  const itOnly = service?.status === "missing" && serviceIsChosen && (ewsOnly || service.graph?.itOnly === true);
  // The sources that set itOnly, a conflict or a confirmation come with their words (evidence).
  const evidence = ctx.evidence;
  if (itOnly && needs.length === 0 && evidence) {
    return {
      kind: "not-yet",
      headline:
        !ewsOnly && evidence.graph
          ? evidence.graph.words.checks.notOffered({ owner, service: ctx.serviceName })
          : evidence.words.answer.itOnly({ owner }),
      line: evidence.words.answer.itOnlyLine,
      primary: steps.it,
      secondary: [],
    };
  }
  if (service?.status === "missing" && serviceIsChosen) {
    needs.push(t.answer.need.service({ owner, service: ctx.serviceName }));
    needsShort.push(t.actions.needShort.service({ service: ctx.serviceName }));
  }
  if (needs.length > 0) {
    return {
      kind: "not-yet",
      headline: t.answer.notYet({ needs }),
      line: t.answer.notYetLine({ owner }),
      primary: steps.ask(needsShort),
      secondary: [steps.it],
    };
  }

  // The send check would stop this invitation: say what is missing before Send does.
  const claim = meeting.unmetClaim;
  if (claim) {
    const m = t.meetingTruth;
    return {
      kind: "not-yet",
      headline: claim.ours
        ? m.blockWithoutLink
        : m.claimNoLink({ quote: claim.quote, service: claim.service, inLocation: claim.where === "location" }),
      line: claim.ours
        ? m.blockWithoutLinkLine
        : claim.where === "location"
          ? m.claimLocationLine({ service: claim.service })
          : m.claimBodyLine({ service: claim.service }),
      ...(claim.where === "location" && !claim.ours
        ? { primary: { kind: "fix-location", label: m.fixLocation({ quote: claim.quote }) } as Step }
        : {}),
      secondary: [],
    };
  }

  const conflict = calendar?.exchange?.basis === "conflict" || calendar?.graph?.part === "conflict";
  if (calendar?.status === "unknown" && conflict && evidence) {
    return {
      kind: "cant-tell",
      headline: t.answer.cantTell,
      line:
        calendar.graph?.part === "conflict" && evidence.graph
          ? evidence.graph.words.checks.conflictLine({ owner })
          : evidence.words.answer.conflictLine({ owner }),
      primary: steps.it,
      secondary: [...(canAdd ? [steps.add] : []), steps.confirm],
    };
  }
  if (calendar?.status === "unknown") {
    const tooOld = verdict.clientTooOld === true;
    return {
      kind: "cant-tell",
      headline: tooOld ? t.meetingTruth.tooOld : t.answer.cantTell,
      line: tooOld ? t.meetingTruth.tooOldLine({ owner }) : t.answer.cantTellAccess({ owner }),
      primary: steps.confirm,
      secondary: [...(canAdd ? [steps.add] : []), steps.it],
    };
  }

  // Another service refused (Outlook's Teams button while this meeting uses Jitsi): the link we add
  // still works, so it stays the next step; asking for the other service's right is offered too.
  if (service?.status === "missing" && service.service) {
    const tried = service.service.name;
    return {
      kind: "looks-ready",
      headline: meeting.hasBlock ? done.headline : t.answer.otherServiceRefused({ chosen: ctx.serviceName }),
      line: t.answer.otherServiceRefusedLine({ tried, chosen: ctx.serviceName, owner }),
      ...(canAdd ? { primary: steps.add } : {}),
      secondary: [steps.ask([t.actions.needShort.service({ service: tried })])],
    };
  }

  // Every layer proven by evidence (Exchange's, for what Outlook cannot show): a delegate's "Yes".
  const confirmedAt = sending?.status === "granted" ? sending.exchange?.at : undefined;
  const everyLayer = calendar?.status === "granted" && (service?.status === "granted" || service?.status === "not-needed");
  if (everyLayer && confirmedAt && evidence) {
    if (meeting.hasBlock) return { kind: "yes", ...done, secondary: [] };
    const line = evidence.words.answer.yesLine({ owner, at: confirmedAt });
    if (!meeting.insertsLink)
      return { kind: "yes", headline: t.answer.yesOutlookButton({ service: ctx.serviceName }), line, secondary: [] };
    return { kind: "yes", headline: t.answer.yes, line, primary: steps.add, secondary: [] };
  }

  if (meeting.hasBlock) return { kind: "looks-ready", ...done, secondary: [steps.confirm] };
  const line =
    calendar?.status === "partial"
      ? calendar.graph?.part === "decided" && evidence?.graph
        ? evidence.graph.words.checks.canWriteLine({ owner })
        : t.answer.partialLine({ owner })
      : sending?.status === "granted" && evidence
        ? evidence.words.answer.cantSeeService({ owner, service: ctx.serviceName })
        : service?.status === "unknown"
          ? t.answer.cantSeeSendingOrService({ owner, service: ctx.serviceName })
          : t.answer.cantSeeSending({ owner });
  if (!meeting.insertsLink) {
    return {
      kind: "looks-ready",
      headline: t.answer.looksReadyOutlookButton({ service: ctx.serviceName }),
      line,
      secondary: [steps.confirm],
    };
  }
  if (byHand) return { kind: "looks-ready", ...tooLong, secondary: [steps.confirm] };
  return { kind: "looks-ready", headline: t.answer.looksReady, line, primary: steps.add, secondary: [steps.confirm] };
}

function byId(checks: readonly Check[], id: Check["id"]): Check | undefined {
  return checks.find((check) => check.id === id);
}
