/**
 * The checks' reasons (src/kernel/reasons.ts) in the reader's language: the one place a check's
 * heading and summary become sentences (its evidence: ./evidenceWords.ts, which only the details and
 * the documents need), for the pane and for the report alike. `owner` is the owner as sentences name them ("Alex", an address, or
 * the catalogue's "the owner"): the caller resolves it once from the verdict's parties.
 */
import type { CheckId, Delegation, ServiceKind } from "../kernel/kinds";
import type { EvidenceReason, InsertBlocker, InsertWarning, OutsideReason, SummaryReason } from "../kernel/reasons";
import type { FirstScreenMessages } from "./messages";
import type { OutsideSay } from "./outsideWords";

/** What a presenter needs of a check (src/diagnosis/types.ts's Check has it). */
export interface ReasonedCheck {
  readonly id: CheckId;
  readonly service?: { readonly kind: ServiceKind; readonly name: string };
  readonly summary: readonly SummaryReason[];
  readonly evidence: readonly EvidenceReason[];
}

export function checkTitle(check: Pick<ReasonedCheck, "id" | "service">, t: FirstScreenMessages): string {
  switch (check.id) {
    case "calendar-editor":
      return t.checks.title.calendar;
    case "send-on-behalf":
      return t.checks.title.sending;
    case "online-meeting-delegate":
      return t.checks.title.service({ service: check.service?.name ?? "" });
  }
}

/**
 * Exchange's or Graph's sentence: `say` comes with the evidence chunk, as those reasons do; were it
 * ever missing, the pane says that part did not load rather than fail to render.
 */
export function outsideOrFailed(reason: OutsideReason, owner: string, t: FirstScreenMessages, say: OutsideSay | undefined): string {
  return say?.(reason, owner) ?? t.app.partFailed;
}

/**
 * The sentence (or sentences) under the heading, joined by a space. `say`: how Exchange's and
 * Graph's reasons are said (src/i18n/outsideWords.ts, which comes with the evidence chunk).
 */
export function checkSummary(check: Pick<ReasonedCheck, "summary">, owner: string, t: FirstScreenMessages, say?: OutsideSay): string {
  return check.summary.map((reason) => summarySentence(reason, owner, t, say)).join(" ");
}

function summarySentence(reason: SummaryReason, owner: string, t: FirstScreenMessages, say: OutsideSay | undefined): string {
  const calendar = t.checks.calendar;
  const service = t.checks.service;
  switch (reason.kind) {
    case "exchange":
    case "graph":
      return outsideOrFailed(reason, owner, t, say);
    case "calendar-reported":
      return calendar.reported({ owner });
    case "calendar-whose-unknown":
      return calendar.whoseUnknown;
    case "calendar-not-shown":
      return calendar.notShown({ owner });
    case "calendar-bad-value":
      return calendar.badValue;
    case "calendar-mac-zero":
      return calendar.macZero;
    case "calendar-read-only":
      return calendar.readOnly({ owner });
    case "calendar-no-access":
      return calendar.noAccess({ owner });
    case "calendar-cannot-create":
      return calendar.cannotCreate({ owner });
    case "calendar-granted":
      return calendar.granted({ owner });
    case "calendar-partial":
      return calendar.partial;
    case "sending-reported":
      return t.checks.sending.reported({ owner });
    case "sending-unknown":
      return t.checks.sending.unknown({ owner });
    case "service-other-refused":
      return service.otherRefused({ tried: reason.tried, chosen: reason.chosen, owner });
    case "service-not-needed":
      return service.notNeeded({ service: reason.service });
    case "service-reported":
      return service.reported({ service: reason.service, owner });
    case "service-whose-unknown":
      return service.whoseUnknown;
    case "service-needs-calendar":
      return service.needsCalendar({ service: reason.service, owner });
    case "service-needs-sending":
      return service.needsSending({ service: reason.service, owner });
    case "service-unknown":
      return unknownService(reason.service, owner, t);
  }
}

function unknownService(kind: ServiceKind, owner: string, t: FirstScreenMessages): string {
  const service = t.checks.service;
  switch (kind) {
    case "teams":
      return service.teams({ owner });
    case "skype":
      return service.skype;
    case "zoom":
      return service.zoom;
    case "webex":
      return service.webex;
    case "jitsi":
    case "other":
      return service.notNeeded({ service: t.services[kind] });
  }
}

/** Why the link cannot be inserted, in one sentence; undefined when nothing blocks it. */
export function insertBlockedWords(
  insert: { readonly blockers: readonly InsertBlocker[] },
  owner: string,
  t: FirstScreenMessages,
): string | undefined {
  if (insert.blockers.length === 0) return undefined;
  const words = t.insert;
  const reasons = insert.blockers.map((blocker) => {
    switch (blocker.kind) {
      case "reported-calendar":
        return words.reportedCalendar({ owner });
      case "read-only":
        return words.readOnly({ owner });
      case "no-access":
        return words.noAccess({ owner });
      case "cannot-create":
        return words.cannotCreate({ owner });
      case "service-missing":
        return words.serviceMissing({ service: blocker.service, owner });
    }
  });
  return words.blocked({ reasons });
}

/** What an allowed insert warns about, one sentence each. */
export function insertWarningWords(
  insert: { readonly warnings: readonly InsertWarning[] },
  owner: string,
  t: FirstScreenMessages,
): string[] {
  const words = t.insert;
  return insert.warnings.map((warning) => {
    switch (warning.kind) {
      case "whose-unknown":
        return words.warnWhoseUnknown;
      case "calendar-unknown":
        return words.warnCalendarUnknown({ owner });
      case "partial":
        return words.warnPartial({ owner });
      case "sending-unknown":
        return words.warnSendingUnknown({ owner });
      case "sending-missing":
        return words.warnSendingMissing({ owner });
      case "service-unknown":
        return words.warnServiceUnknown({ service: warning.service, owner });
    }
  });
}

/** Whose calendar this is, in a few words ("Alex's calendar"); `owner` as a heading names them (readableNameOf). */
export function calendarOfWords(delegation: Delegation, owner: string, t: FirstScreenMessages): string {
  switch (delegation) {
    case "self":
      return t.calendarOf.self;
    case "delegate":
      return t.calendarOf.delegate({ owner });
    case "unknown":
      return t.calendarOf.unknown;
  }
}
