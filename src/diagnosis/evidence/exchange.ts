/**
 * What an Exchange admin's read-only commands said about one owner and one delegate: the contract
 * between the paste reader (text in, this out; pure) and the checks that merge it with Outlook's own
 * facts. A part the paste did not cover is `{ seen: false }`, never a default: partial evidence must
 * never read as "granted".
 */

/** A value the paste showed, or the fact that it did not show it. */
export type Seen<T> = { readonly seen: true; readonly value: T } | { readonly seen: false };

/** The delegate's entry in Get-MailboxFolderPermission on the owner's calendar folder. */
export interface ExchangeCalendarEntry {
  /** The folder as Exchange printed it ("Calendar", "Agenda", "Kalender"), when the paste names it. */
  readonly folder?: string;
  /** AccessRights as printed: a role (["Editor"]) or single rights (["ReadItems", "CreateItems", …]). */
  readonly accessRights: readonly string[];
  /**
   * SharingPermissionFlags as printed (["Delegate"], ["Delegate", "CanViewPrivateItems"], [] when
   * empty); undefined when the output had no such column (older cmdlets, a narrowed Select).
   */
  readonly sharingPermissionFlags?: readonly string[];
}

/** EWS settings Teams' scheduling service depends on; null = the property was printed empty ($null). */
export interface ExchangeEws {
  /** Get-CASMailbox <owner>: EwsEnabled. */
  readonly mailboxEnabled?: boolean | null;
  readonly mailboxAccessPolicy?: string | null;
  readonly mailboxAllowList?: readonly string[] | null;
  readonly mailboxBlockList?: readonly string[] | null;
  /** Get-OrganizationConfig: EwsEnabled, EwsApplicationAccessPolicy, EwsAllowList, EwsBlockList. */
  readonly orgEnabled?: boolean | null;
  readonly orgAccessPolicy?: string | null;
  readonly orgAllowList?: readonly string[] | null;
  readonly orgBlockList?: readonly string[] | null;
  /**
   * Get-OrganizationConfig's EwsAllowedAppIDs (Exchange Online since June 2026): the application IDs
   * EWS admits, as printed; null when empty or not an Exchange Online setting; undefined when the
   * output did not show it (older blocks and outputs).
   */
  readonly orgAllowedAppIds?: string | null;
}

export interface ExchangeOwnerMailbox {
  readonly recipientTypeDetails?: string;
  readonly hiddenFromAddressLists?: boolean;
}

/** Evidence for this owner and this delegate, already matched to them. */
export interface ExchangeEvidence {
  readonly source: "exchange";
  /** Our JSON block, a cmdlet's default table, or its Format-List output. */
  readonly form: "block" | "table" | "list";
  /** When the block ran (ISO 8601, from the block itself); undefined for plain cmdlet output. */
  readonly ranAt?: string;
  /** The block's version, when the paste was our block. */
  readonly blockVersion?: number;
  /** The request id the block carried (one this pane issued for the pair; see PasteContext). */
  readonly requestId?: string;
  /** The identities the paste names, as printed (address, alias or display name). */
  readonly owner?: string;
  readonly delegate?: string;
  /** value null: the listing was whole and had no entry for the delegate. */
  readonly calendar: Seen<ExchangeCalendarEntry | null>;
  /** "ambiguous": only a display name matched, or it matched more than one listed person. */
  readonly sendOnBehalf: Seen<"listed" | "not-listed" | "ambiguous">;
  readonly ownerMailbox: Seen<ExchangeOwnerMailbox>;
  readonly ews: Seen<ExchangeEws>;
}

/** What a paste turned out to be. */
export type AdminPasteReading =
  /** Not admin output at all: the error decoder reads it instead. */
  | { readonly kind: "not-admin-output" }
  | { readonly kind: "too-long"; readonly limit: number }
  /** A truncated or edited block, or a table cut mid-row: "incomplete, ask IT to paste the whole block". */
  | { readonly kind: "incomplete"; readonly why: string }
  /** Output about another owner or another delegate: named as such, changes nothing. */
  | { readonly kind: "other-pair"; readonly owner?: string; readonly delegate?: string }
  /**
   * Cmdlet output that names no mailbox (no -Identity on a pasted command line, no Identity column or
   * property naming the owner): shown, changes nothing. parts: the cmdlets whose output it was.
   */
  | { readonly kind: "unattributed"; readonly parts: readonly UnattributedPart[] }
  /**
   * Our block, but not an answer to a request this pane made for this pair: "no-id" for a block from
   * before request ids, "not-issued" for an id this pane did not issue for this owner and delegate.
   */
  | { readonly kind: "unrequested"; readonly why: "no-id" | "not-issued" }
  /** Our block with a run time later than the paste (beyond clock skew): refused. */
  | { readonly kind: "future-dated"; readonly ranAt: string }
  /**
   * ambiguities: plain-English technical notes (for the report) on matches that could not be made.
   * unattributed: parts of the paste that named no mailbox and were left out. earlier: other blocks
   * for this pair in the same paste (a reply thread), newest first, for the conflict rule (merge.ts).
   */
  | {
      readonly kind: "evidence";
      readonly evidence: ExchangeEvidence;
      readonly ambiguities: readonly string[];
      readonly unattributed?: readonly UnattributedPart[];
      readonly earlier?: readonly ExchangeEvidence[];
    };

/** Output that counts only with the owner's mailbox named: the folder permissions, Get-Mailbox, Get-CASMailbox. */
export type UnattributedPart = "folder-permission" | "mailbox" | "cas-mailbox";

/** What a block must answer: the request ids this pane issued for the pair, and the paste's time. */
export interface PasteContext {
  /** Ids this pane issued for this owner and delegate (roaming settings, src/office/rememberedEvidence.ts). */
  readonly requestIds: readonly string[];
  /** When the paste is read (ISO 8601, from the caller's clock): a block run later than this is refused. */
  readonly now: string;
}

/** Whom a paste must be about: the verdict's owner and delegate. */
export interface ExpectedPair {
  readonly owner?: { readonly emailAddress: string; readonly displayName: string };
  readonly delegate?: { readonly emailAddress: string; readonly displayName: string };
}

/** Exchange's conclusions per layer, read from ExchangeEvidence by the paste reader's module. */
export interface ExchangeConclusions {
  /** "editor": Editor-equivalent rights; "can-create": Author-like; "read-only"; "none": no entry or None. */
  readonly calendarRole: "editor" | "can-create" | "read-only" | "none" | "unknown";
  /** The Delegate flag Teams requires ("unknown" when the column was absent or the entry unseen). */
  readonly delegateFlag: "yes" | "no" | "unknown";
  readonly sendOnBehalf: "granted" | "missing" | "unknown";
  /** Whether EWS lets Teams' scheduling service reach the owner's mailbox. */
  readonly ewsForTeams: "allowed" | "blocked" | "unknown";
}
