/**
 * Why a check has its status, as data: the checks (src/diagnosis/checks) return these, and
 * src/i18n/checkWords.ts words them in the reader's language. A reason holds ids, roles, quotes and
 * names as the domain received them, never a sentence, so a copy edit cannot change what a rule decides
 * and a rule test can assert `reason.kind` instead of English.
 *
 * Sentences mention the owner; the presenter is given the owner's name, so reasons do not carry it.
 */
import type { UnknownWhy } from "./facts";
import type { ServiceKind } from "./kinds";
import type { Person } from "./people";

/** Office.MailboxEnums.DelegatePermissions' rights, in bit order. */
export type PermissionName = "Read" | "Write" | "DeleteOwn" | "DeleteAll" | "EditOwn" | "EditAll";

/** Exchange folder roles as they appear in the bitmask; anything else is "custom". */
export type RoleName = "Editor" | "Author" | "Nonediting Author" | "Reviewer" | "Contributor" | "None" | "custom";

/**
 * A sentence of Exchange's or Microsoft Graph's words, which travel with the evidence chunk
 * (src/diagnosis/checks/evidenceRules.ts gives these reasons): `key` is its path in that part of the
 * catalogue (src/i18n/en/exchange.ts; Graph's, in details.ts), the other fields fill it, and the
 * presenters take those words as an argument (src/i18n/outsideWords.ts, which checks every key and
 * its parameters at compile time). `at` and `graphAt` are dates (ISO 8601); `rights` is the access as
 * Exchange printed it ("Editor (Delegate)").
 */
export type OutsideReason = ExchangeSentence | GraphSentence;

export type ExchangeSentence = { readonly kind: "exchange" } & (
  | {
      readonly key:
        | "calendar.granted"
        | "calendar.partial"
        | "calendar.readOnly"
        | "calendar.none"
        | "sending.granted"
        | "sending.missing"
        | "service.granted"
        | "evidence.noEntry"
        | "evidence.sendingListed"
        | "evidence.sendingNotListed"
        | "evidence.stale";
      readonly at: string;
    }
  | {
      readonly key:
        | "calendar.conflict"
        | "service.notDelegate"
        | "service.ewsBlocked"
        | "evidence.delegateYes"
        | "evidence.delegateNo"
        | "evidence.sendingUnsettled"
        | "evidence.ewsAllowed"
        | "evidence.ewsBlocked"
        | "evidence.ewsDates"
        | "evidence.unverified"
        | "evidence.conflict";
    }
  | { readonly key: "evidence.role"; readonly at: string; readonly rights: string }
  /** The answer's (src/kernel/answer.ts): only IT can let Teams reach the owner's mailbox (EWS). */
  | { readonly key: "answer.itOnly" }
  | { readonly key: "answer.itOnlyLine" }
  | { readonly key: "answer.conflictLine" }
  /** Every layer proven by Exchange's answer of `at`. */
  | { readonly key: "answer.yesLine"; readonly at: string }
  | { readonly key: "answer.cantSeeService"; readonly service: string }
);

export type GraphSentence = { readonly kind: "graph" } & (
  | { readonly key: "checks.conflict" | "checks.delegateConflict" }
  | { readonly key: "checks.calendarCanWrite" | "checks.calendarCannotWrite" | "checks.agrees"; readonly at: string }
  | { readonly key: "checks.teamsGranted"; readonly at: string; readonly graphAt: string }
  | { readonly key: "checks.serviceNotOffered"; readonly at: string; readonly service: string }
  /** One of Graph's facts as a line of evidence, introduced with the time Graph answered (`seenAt`). */
  | { readonly key: "canEdit" | "cannotEdit" | "delegate"; readonly seenAt: string }
  | { readonly key: "teamsAllowed" | "teamsNotAllowed"; readonly seenAt: string; readonly service: string }
  /** The answer's: the owner's calendar does not offer Teams meetings. */
  | { readonly key: "checks.notOffered"; readonly service: string }
  /** The answer's: the sources disagree; Graph proves writing, not changing what others made. */
  | { readonly key: "checks.conflictLine" }
  | { readonly key: "checks.canWriteLine" }
);

/** A refusal the user pasted, quoted back (one readable line of it). */
export interface ReportedReason {
  readonly kind: "reported";
  readonly quote: string;
}

/** The first-screen sentence of the calendar check (calendar-editor). */
export type CalendarSummary =
  | { readonly kind: "calendar-reported" }
  | { readonly kind: "calendar-whose-unknown" }
  | { readonly kind: "calendar-not-shown" }
  | { readonly kind: "calendar-bad-value" }
  | { readonly kind: "calendar-mac-zero" }
  | { readonly kind: "calendar-read-only" }
  | { readonly kind: "calendar-no-access" }
  | { readonly kind: "calendar-cannot-create" }
  | { readonly kind: "calendar-granted" }
  | { readonly kind: "calendar-partial" };

/** What Outlook showed of the calendar layer, one line each. */
export type CalendarReason =
  | ReportedReason
  | { readonly kind: "whose-unknown" }
  | { readonly kind: "shared-unknown"; readonly why: UnknownWhy }
  | { readonly kind: "bad-bits"; readonly value: string }
  | { readonly kind: "mac-zero-bits" }
  | { readonly kind: "role"; readonly role: RoleName; readonly rights: readonly PermissionName[] }
  | { readonly kind: "not-edit-others" }
  | { readonly kind: "not-delete-others" }
  | { readonly kind: "not-read" };

/** The first-screen sentence of the sending check (send-on-behalf). */
export type SendingSummary = { readonly kind: "sending-reported" } | { readonly kind: "sending-unknown" };

/** Send on behalf is invisible to add-ins: the lines say so and how to confirm it. */
export type SendingReason = ReportedReason | { readonly kind: "sending-invisible" } | { readonly kind: "sending-how-to-confirm" };

/** The first-screen sentence of the meeting service's check (online-meeting-delegate); `service` is its display name. */
export type ServiceSummary =
  | { readonly kind: "service-other-refused"; readonly tried: string; readonly chosen: string }
  | { readonly kind: "service-not-needed"; readonly service: string }
  | { readonly kind: "service-reported"; readonly service: string }
  | { readonly kind: "service-whose-unknown" }
  | { readonly kind: "service-unknown"; readonly service: ServiceKind }
  | { readonly kind: "service-needs-calendar"; readonly service: string }
  | { readonly kind: "service-needs-sending"; readonly service: string };

export type ServiceReason =
  | ReportedReason
  | { readonly kind: "whose-unknown" }
  | { readonly kind: "service-not-needed"; readonly service: string }
  | { readonly kind: "service-unchecked"; readonly service: string }
  | { readonly kind: "teams-needs" }
  | { readonly kind: "skype-needs" }
  | { readonly kind: "prerequisite-calendar"; readonly service: string }
  | { readonly kind: "prerequisite-sending"; readonly service: string }
  | { readonly kind: "chosen-needs-nothing"; readonly tried: string; readonly chosen: string }
  | { readonly kind: "other-service"; readonly quote: string; readonly service: string };

/** The sentences under a check's heading, in order (shown joined by a space). */
export type SummaryReason = CalendarSummary | SendingSummary | ServiceSummary | OutsideReason;

/** One line of a check's evidence. */
export type EvidenceReason = CalendarReason | SendingReason | ServiceReason | OutsideReason;

/** What stops the meeting link from being inserted (the verdict's insert decision); `service` is its display name. */
export type InsertBlocker =
  | { readonly kind: "reported-calendar" }
  | { readonly kind: "read-only" }
  | { readonly kind: "no-access" }
  | { readonly kind: "cannot-create" }
  | { readonly kind: "service-missing"; readonly service: string };

/** What an allowed insert warns about: a gap that is unknown, partial, or does not stop the link. */
export type InsertWarning =
  | { readonly kind: "whose-unknown" }
  | { readonly kind: "calendar-unknown" }
  | { readonly kind: "partial" }
  | { readonly kind: "sending-unknown" }
  | { readonly kind: "sending-missing" }
  | { readonly kind: "service-unknown"; readonly service: string };

/** How the verdict worked out whose calendar this is, step by step (shown in the report). */
export type DelegationReason =
  | { readonly kind: "user"; readonly who: Person }
  | { readonly kind: "user-unknown"; readonly why: UnknownWhy }
  | { readonly kind: "owner"; readonly address: string }
  | { readonly kind: "shared-unknown"; readonly why: UnknownWhy }
  | { readonly kind: "organizer"; readonly who: Person }
  | { readonly kind: "organizer-unknown"; readonly why: UnknownWhy }
  | { readonly kind: "organizer-disagrees" }
  | { readonly kind: "self-by-owner" }
  | { readonly kind: "self-by-organizer" }
  | { readonly kind: "delegate-by-owner"; readonly owner: Person | undefined; readonly address: string }
  | { readonly kind: "delegate-by-organizer"; readonly owner: Person }
  | { readonly kind: "unknown-because-user" }
  | { readonly kind: "unknown-because-owner" };
