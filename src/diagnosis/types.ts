import type { ExchangeMessages, Messages } from "../i18n/messages";
import type { ExchangeFinding } from "./evidence/finding";
import type { GraphFinding } from "./evidence/graph";
import type { Basis, GraphPart } from "./evidence/merge";
import type { Fact } from "../kernel/facts";
import type { CheckId, CheckStatus, Delegation, OutlookClient, ServiceKind } from "../kernel/kinds";
import type { Actor, Parties, Person } from "../kernel/people";
import type { DelegationReason, EvidenceReason, InsertBlocker, InsertWarning, SummaryReason } from "../kernel/reasons";

// The shared vocabulary lives in src/kernel (which src/i18n may import); re-exported so the domain's
// contract still reads from one file.
export type { Fact, UnknownWhy } from "../kernel/facts";
export type { CheckId, CheckStatus, Delegation, OutlookClient, ServiceKind } from "../kernel/kinds";
export type { Actor, Parties, Person } from "../kernel/people";
export type * from "../kernel/reasons";

/**
 * The contract between the three layers.
 *
 * src/office reads Outlook and produces DelegationFacts (plain data, every failure kept as a reason).
 * src/diagnosis turns facts + configuration + what the user reported into a Verdict (pure).
 * src/taskpane renders the Verdict. Nothing here may import Office.js, React or do I/O.
 */

/** What item.getSharedPropertiesAsync returns, minus the retired targetRestUrl. */
export interface SharedProperties {
  readonly owner: string;
  readonly targetMailbox?: string;
  /** Office.MailboxEnums.DelegatePermissions bitmask (Read 1, Write 2, DeleteOwn 4, DeleteAll 8, EditOwn 16, EditAll 32). */
  readonly delegatePermissions: number;
}

/** Office.context.mailbox.diagnostics.hostName values we know; anything else is kept verbatim. */
export type KnownHostName = "Outlook" | "newOutlookWindows" | "OutlookWebApp" | "OutlookIOS" | "OutlookAndroid";

export interface HostInfo {
  readonly name: KnownHostName | string;
  readonly version: string;
  /** Office.context.platform when available ("PC", "Mac", "OfficeOnline", "iOS", "Android", "Universal"). */
  readonly platform: string;
}

/** Mailbox requirement sets by version string ("1.1" … "1.15"); absent means not supported. */
export type RequirementSets = Readonly<Record<string, boolean>>;

export interface DelegationFacts {
  readonly user: Fact<Person>;
  readonly organizer: Fact<Person>;
  readonly shared: Fact<SharedProperties>;
  readonly host: HostInfo;
  readonly requirementSets: RequirementSets;
}

export type RemedyStep =
  /** Clicks in one Outlook client (or a meeting service's site when client is undefined). */
  | { readonly kind: "clicks"; readonly client?: OutlookClient; readonly where: string; readonly text: string }
  /** A command an admin runs; addresses are already filled in. */
  | {
      readonly kind: "command";
      readonly shell: "exchange-powershell" | "skype-powershell" | "teams-powershell";
      readonly text: string;
      readonly purpose: string;
    }
  | { readonly kind: "note"; readonly text: string };

export interface Remedy {
  readonly actor: Actor;
  /** One line: what this person must do. */
  readonly summary: string;
  readonly steps: readonly RemedyStep[];
}

/** Public documentation a statement rests on; the label is the site, the address opens it. */
export interface Source {
  readonly url: string;
  /** The document's own title, kept as published (shown on hover and in reports). */
  readonly title: string;
}

export interface Check {
  readonly id: CheckId;
  readonly status: CheckStatus;
  /**
   * What this means for the assistant, as reasons src/i18n/checkWords.ts words (with the heading,
   * which follows from the id and the service): one sentence, or a few joined.
   */
  readonly summary: readonly SummaryReason[];
  /** What was seen and from where, one reason a line. */
  readonly evidence: readonly EvidenceReason[];
  /**
   * online-meeting-delegate only: the service the check is about. Usually this meeting's service;
   * the one an error came from when the user reported a refusal by a service this meeting doesn't use.
   */
  readonly service?: CheckedService;
  /** Present when an admin's Exchange output informed this check (see evidence/merge.ts). */
  readonly exchange?: ExchangeBasis;
  /** Present when Microsoft Graph's answer informed this check (rule 7 of evidence/merge.ts). */
  readonly graph?: GraphBasis;
}

export interface GraphBasis {
  /** When Graph answered (ISO 8601). */
  readonly at: string;
  readonly part: GraphPart;
  /** The gap is one only IT can close (Teams meetings not offered on the owner's calendar). */
  readonly itOnly?: boolean;
}

export interface ExchangeBasis {
  /** The date Exchange's facts speak for (ISO 8601). */
  readonly at: string;
  readonly basis: Basis;
  /** The gap is one only IT can close (EWS blocking Teams), not the owner. */
  readonly itOnly?: boolean;
}

export interface CheckedService {
  readonly kind: ServiceKind;
  readonly name: string;
}

/** An error the user pasted and the decoder recognised. */
export interface ReportedError {
  readonly errorId: string;
  readonly layer: CheckId | "none";
  /** The (capped) text the user pasted, quoted back as evidence. */
  readonly quote: string;
}

/**
 * What the verdict is worked out in: the meeting's service, what the user reported and what sources
 * beyond Outlook said. No catalogue: the verdict and the answer return reasons (src/kernel), which
 * src/i18n words; the documents take a DocumentContext.
 */
export interface DiagnosisContext {
  readonly service: ServiceKind;
  /** Display name of the service, e.g. "Microsoft Teams", "Zoom (personal room)". */
  readonly serviceName: string;
  /** Every service's display name: a refusal by a service this meeting doesn't use names that one. */
  readonly serviceNames: Readonly<Record<ServiceKind, string>>;
  readonly reported: readonly ReportedError[];
  /** Help-desk contact from organisation configuration, shown in remedies and reports. */
  readonly helpdesk?: string;
  /** What sources beyond Outlook said, with the rules and words that read it; absent when none did. */
  readonly evidence?: OutsideEvidence;
}

/**
 * What the documents (remedies, the report for IT, the request to the owner) are written in: the whole
 * catalogue, which loads after the first screen.
 */
export interface DocumentContext extends DiagnosisContext {
  readonly t: Messages;
}

/**
 * What Exchange and Microsoft Graph said about this owner and delegate, carried with the rules that
 * merge it into the checks and Exchange's words: those are a chunk of their own, which the pane loads
 * only when there is such an answer, so most panes never download them.
 */
export interface OutsideEvidence {
  /** What an Exchange admin's output said about this owner and delegate, pasted now or remembered. */
  readonly exchange?: ExchangeFinding;
  /** What Microsoft Graph said about the owner's calendar for the signed-in delegate, this pane only. */
  readonly graph?: GraphFinding;
  readonly rules: EvidenceRules;
  /** Exchange's part of the catalogue, in the pane's language. */
  readonly words: ExchangeMessages;
}

export interface InsertDecision {
  readonly allowed: boolean;
  /** Why not (worded next to the disabled button by src/i18n/checkWords.ts); empty when allowed. */
  readonly blockers: readonly InsertBlocker[];
  /** Unknown checks to show as warnings beside an enabled button. */
  readonly warnings: readonly InsertWarning[];
}

export interface Verdict {
  readonly delegation: Delegation;
  /** Whose calendar it is, when known (delegate or self). */
  readonly owner?: Person;
  /** The signed-in user, when known. */
  readonly delegate?: Person;
  /** Owner, delegate and help desk as this verdict resolved them: what remedies are written for. */
  readonly parties: Parties;
  /** Why delegation is what it is, step by step (worded in the report by src/documents/delegationWords.ts). */
  readonly delegationEvidence: readonly DelegationReason[];
  /** Empty for "self"; three checks for "delegate" and "unknown". */
  readonly checks: readonly Check[];
  readonly insert: InsertDecision;
  /** This Outlook has no getSharedPropertiesAsync (before Mailbox 1.8): it cannot show folder rights at all. */
  readonly clientTooOld?: boolean;
}

/** Everything a check may look at; built once by the verdict. */
export interface CheckInput {
  readonly facts: DelegationFacts;
  readonly ctx: DiagnosisContext;
  readonly delegation: Delegation;
  /** Owner and delegate as the verdict resolved them, plus the help desk. */
  readonly parties: Parties;
}

/*
 * The evidence port: what the checks hand to the rules that merge outside evidence (the "evidence"
 * chunk, ./checks/evidenceRules.ts, loaded only when there is such evidence). Declared here so this
 * contract imports no check and no chunk.
 */

/** What Outlook's folder bits showed about the calendar layer (calendarEditor.ts). */
export interface BitsReading {
  readonly status: CheckStatus;
  readonly summary: readonly SummaryReason[];
  readonly lines: readonly EvidenceReason[];
}

/** Teams' prerequisites that are proven missing: the calendar or sending layer. */
export interface MissingPrerequisites {
  readonly summary: readonly SummaryReason[];
  readonly lines: readonly EvidenceReason[];
}

/** The meeting-service check as far as Outlook alone took it (onlineMeetingDelegate.ts). */
export interface ServiceBasics {
  readonly calendarEditor: Check;
  readonly sendOnBehalf: Check;
  readonly prerequisites: MissingPrerequisites | undefined;
  /** Refusals of other services, shown last. */
  readonly otherLines: readonly EvidenceReason[];
  /** The check when nothing proves or disproves the right ("unknown"), without otherLines. */
  readonly unknown: Check;
}

export interface EvidenceRules {
  calendar(input: CheckInput, evidence: OutsideEvidence, plain: Check, bits: BitsReading): Check;
  sending(input: CheckInput, evidence: OutsideEvidence, plain: Check): Check;
  teams(input: CheckInput, evidence: OutsideEvidence, basics: ServiceBasics): Check;
}
