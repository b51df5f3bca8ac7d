/**
 * A generated organisation for the audit script (src/audit/Invoke-DelegationAudit.ps1): owners with
 * planted delegation shapes (the broken ones issue 32 names, healthy pairs, owners with nobody), a
 * pool of assistants each serving several owners, hostile display names, throttling planted on some
 * calls and one owner Exchange refuses to read. Deterministic: the same options give the same
 * organisation, so a browser test can check each planted problem on the right pair of the audit file
 * and no problem anywhere else.
 */
import type { ExchangeConclusions } from "../../src/diagnosis/evidence/exchange";
import { HOSTILE_PARTS } from "./hostile";
import {
  DEFAULT_ENTRIES,
  EVERYTHING,
  type EwsSettings,
  OPEN_EWS,
  type PermissionEntry,
  type Recipient,
  recipient as directoryEntry,
} from "./scenarios";

/** The shapes a pair is planted with. */
export type Shape =
  /** Editor with the Delegate flag, in GrantSendOnBehalfTo, EWS open: nothing to fix. */
  | "healthy"
  /** "Can edit" without the Delegate flag: Teams refuses. */
  | "editor-no-delegate"
  /** GrantSendOnBehalfTo lists someone who left: the entry resolves to no recipient. */
  | "left"
  /** Reviewer, listed in GrantSendOnBehalfTo: believes they are a delegate. */
  | "reviewer-believes"
  /** Editor with the Delegate flag, not in GrantSendOnBehalfTo. */
  | "no-send-on-behalf"
  /** A colleague who may read the calendar (Reviewer), nothing more: sharing, not delegation. */
  | "reviewer-only"
  /** In GrantSendOnBehalfTo with no entry on the calendar. */
  | "send-on-behalf-only";

/** What stops the online-meeting layer at the owner's mailbox. */
export type MailboxEws = "open" | "ews-disabled" | "block-list";

/** The layers the audit page shows. */
export type Layer = "calendar" | "send-on-behalf" | "online-meeting";

/** What is planted wrong on a pair, each on one layer (PROBLEM_LAYER). */
export type Problem =
  /** Editor ("Can edit") without the Delegate flag: Teams refuses. */
  | "no-delegate-flag"
  /** Reviewer: may read the calendar, not add meetings to it. */
  | "read-only"
  /** No entry on the owner's calendar. */
  | "no-calendar-entry"
  /** Not in the owner's GrantSendOnBehalfTo. */
  | "no-send-on-behalf"
  /** GrantSendOnBehalfTo lists someone who left: the entry resolves to no recipient. */
  | "left-organisation"
  /** EWS closed for Teams' scheduling service on the owner's mailbox (EwsEnabled false, or a block list). */
  | "ews-closed-mailbox"
  /** EWS turned off for the whole organisation. */
  | "ews-closed-organisation";

export const PROBLEM_LAYER: Readonly<Record<Problem, Layer>> = {
  "no-delegate-flag": "calendar",
  "read-only": "calendar",
  "no-calendar-entry": "calendar",
  "no-send-on-behalf": "send-on-behalf",
  "left-organisation": "send-on-behalf",
  "ews-closed-mailbox": "online-meeting",
  "ews-closed-organisation": "online-meeting",
};

export interface PlantedPair {
  readonly owner: string;
  /** The delegate's address, or for someone who left the text GrantSendOnBehalfTo lists. */
  readonly delegate: string;
  /** The delegate's display name (may be hostile). */
  readonly delegateName: string;
  readonly shape: Shape;
  /** Where the audit must say it found the delegate. */
  readonly found: readonly ("calendar" | "send-on-behalf")[];
  /**
   * What the pane's reader must conclude from the pair with the file's OrganizationConfig substituted;
   * null for someone who left (no recipient, so no pair the reader can attribute).
   */
  readonly conclusions: ExchangeConclusions | null;
  /** What was planted wrong on this pair, in layer order; [] for a healthy pair. */
  readonly problems: readonly Problem[];
  /** The layers of those problems (PROBLEM_LAYER), each once; [] for a healthy pair. */
  readonly broken: readonly Layer[];
}

export interface PlantedOwner {
  readonly owner: string;
  readonly ownerName: string;
  readonly mailboxEws: MailboxEws;
  /** The cmdlet that fails for this owner (the file's Error.Cmdlet), or null. */
  readonly failsAt: string | null;
  /** Throttled calls planted for this owner (the file's Retries). */
  readonly retries: number;
  /** The pairs in the file, in its order (calendar entries first, then GrantSendOnBehalfTo). */
  readonly pairs: readonly PlantedPair[];
}

export interface OrgOptions {
  /** How many owners (default 1,000). */
  readonly owners?: number;
  /** The organisation turned EWS off (every pair's online-meeting layer blocked). */
  readonly orgEwsOff?: boolean;
  /** Throttling planted on some calls (default true). */
  readonly throttle?: boolean;
  /** How many assistants serve the owners (default 300). */
  readonly assistants?: number;
  /** The owner whose Get-Mailbox answers access denied (default: the middle one; null for none). */
  readonly failingOwner?: number | null;
}

type Entry = PermissionEntry;

interface Mailbox {
  GrantSendOnBehalfTo: string[];
  HiddenFromAddressListsEnabled: boolean;
  CalendarName: string;
  Permissions: Entry[];
  Ews: EwsSettings;
}

export interface Throttle {
  readonly Times: number;
  readonly Style: "ServerBusy" | "TooManyRequests";
}

/** What the stand-ins answer from ($global:ExoScenario), with the plants. */
export interface AuditDirectory {
  readonly Recipients: Recipient[];
  readonly Mailboxes: Record<string, Mailbox>;
  readonly Org: {
    EwsEnabled: boolean | null;
    EwsApplicationAccessPolicy: null;
    EwsAllowList: null;
    EwsBlockList: null;
    EwsAllowedAppIDs: null;
  };
  /** "Cmdlet|Identity" -> throttled Times times before it answers. */
  readonly Throttle: Record<string, Throttle>;
  /** "Cmdlet|Identity" -> Exchange's refusal. */
  readonly Fail: Record<string, string>;
  /** "Cmdlet|Identity" calls where the run is interrupted (as Ctrl+C would). */
  StopAt?: string[];
}

export interface Organisation {
  readonly directory: AuditDirectory;
  /** The owners in CSV order, with what the file must say of each. */
  readonly owners: readonly PlantedOwner[];
  /** Throttled calls in the whole run (the file's Throttled). */
  readonly throttled: number;
  /** Every mailbox Get-Mailbox -ResultSize Unlimited lists (owners and assistants). */
  readonly mailboxes: readonly string[];
}

export const DENIED_MESSAGE = "Access is denied. The user isn't assigned to any management roles that allow reading this mailbox.";

/** The shapes of an owner's pairs, by owner number: every shape many times over, in every combination that matters. */
const PATTERNS: readonly { shapes: readonly Shape[]; ews: MailboxEws; noneEntry?: boolean }[] = [
  { shapes: ["healthy"], ews: "open" },
  { shapes: ["editor-no-delegate"], ews: "open" },
  { shapes: ["left", "healthy"], ews: "open" },
  { shapes: ["reviewer-believes"], ews: "open" },
  { shapes: ["healthy"], ews: "ews-disabled" },
  { shapes: ["healthy", "editor-no-delegate"], ews: "block-list" },
  { shapes: ["no-send-on-behalf"], ews: "open" },
  { shapes: [], ews: "open" },
  { shapes: ["healthy", "reviewer-believes", "no-send-on-behalf"], ews: "open" },
  { shapes: ["reviewer-only"], ews: "open" },
  { shapes: ["send-on-behalf-only"], ews: "open" },
  // Someone with an explicit None entry is no pair.
  { shapes: [], ews: "open", noneEntry: true },
];

function pad(n: number, width = 4): string {
  return String(n).padStart(width, "0");
}

function recipient(displayName: string, address: string): Recipient {
  return directoryEntry(displayName, address, displayName, `00000000-0000-4000-8000-${pad(address.length, 12)}`);
}

/** A display name; every fifth one hostile (a part of hostile.ts inside a name, kept unique by its number). */
function displayName(kind: string, n: number): string {
  if (n % 5 !== 3) return `${kind} ${pad(n)}`;
  const part = HOSTILE_PARTS[Math.floor(n / 5) % HOSTILE_PARTS.length] as string;
  return `${kind}${part} ${pad(n)}`;
}

function plantedConclusions(shape: Shape, ewsBlocked: boolean): ExchangeConclusions | null {
  const ewsForTeams = ewsBlocked ? "blocked" : "allowed";
  switch (shape) {
    case "healthy":
      return { ...EVERYTHING, ewsForTeams };
    case "editor-no-delegate":
      return { ...EVERYTHING, delegateFlag: "no", ewsForTeams };
    case "reviewer-believes":
      return { calendarRole: "read-only", delegateFlag: "no", sendOnBehalf: "granted", ewsForTeams };
    case "no-send-on-behalf":
      return { ...EVERYTHING, sendOnBehalf: "missing", ewsForTeams };
    case "reviewer-only":
      return { calendarRole: "read-only", delegateFlag: "no", sendOnBehalf: "missing", ewsForTeams };
    case "send-on-behalf-only":
      return { calendarRole: "none", delegateFlag: "no", sendOnBehalf: "granted", ewsForTeams };
    case "left":
      return null;
  }
}

function plantedProblems(shape: Shape, mailboxEws: MailboxEws, orgEwsOff: boolean): Problem[] {
  const calendar: Record<Shape, Problem[]> = {
    healthy: [],
    "editor-no-delegate": ["no-delegate-flag"],
    left: [],
    "reviewer-believes": ["read-only"],
    "no-send-on-behalf": [],
    "reviewer-only": ["read-only"],
    "send-on-behalf-only": ["no-calendar-entry"],
  };
  const problems = [...calendar[shape]];
  if (shape === "left") return ["left-organisation"];
  if (shape === "no-send-on-behalf" || shape === "reviewer-only") problems.push("no-send-on-behalf");
  if (mailboxEws !== "open") problems.push("ews-closed-mailbox");
  if (orgEwsOff) problems.push("ews-closed-organisation");
  return problems;
}

/** The organisation: owners owner0001…, assistants assistant001… (each serving several owners). */
export function generateOrganisation(options: OrgOptions = {}): Organisation {
  const count = options.owners ?? 1000;
  const throttle = options.throttle ?? true;
  const failing = options.failingOwner === undefined ? Math.floor(count / 2) : options.failingOwner;
  const ASSISTANTS = options.assistants ?? 300;
  const recipients: Recipient[] = [];
  const mailboxes: Record<string, Mailbox> = {};
  const Throttle: Record<string, Throttle> = {};
  const Fail: Record<string, string> = {};
  const owners: PlantedOwner[] = [];
  let throttled = 0;

  const assistants = Array.from({ length: ASSISTANTS }, (_, i) => {
    const n = i + 1;
    // Two assistants carry the names of the folder's own entries: people, not Default or Anonymous.
    const name = n === 8 ? "Default" : n === 15 ? "Anonymous" : displayName("Assistant", n);
    return recipient(name, `assistant${pad(n, 3)}@contoso.com`);
  });
  for (const a of assistants) {
    recipients.push(a);
    mailboxes[a.PrimarySmtpAddress] = {
      GrantSendOnBehalfTo: [],
      HiddenFromAddressListsEnabled: false,
      CalendarName: "Calendar",
      Permissions: [...DEFAULT_ENTRIES],
      Ews: OPEN_EWS,
    };
  }

  if (throttle) {
    Throttle["Get-OrganizationConfig|"] = { Times: 1, Style: "ServerBusy" };
    throttled += 1;
  }

  for (let i = 1; i <= count; i++) {
    const address = `owner${pad(i)}@contoso.com`;
    const ownerName = displayName("Owner", i);
    const owner = recipient(ownerName, address);
    recipients.push(owner);
    const pattern = PATTERNS[(i - 1) % PATTERNS.length] as (typeof PATTERNS)[number];
    const ewsBlocked = options.orgEwsOff === true || pattern.ews !== "open";
    const permissions: Entry[] = [...DEFAULT_ENTRIES];
    const sendOnBehalf: string[] = [];
    const calendarPairs: PlantedPair[] = [];
    const sendOnlyPairs: PlantedPair[] = [];
    // Calendar languages vary, as mailbox languages do.
    const calendarName = ["Calendar", "Agenda", "Kalender", "Calendrier"][i % 4] as string;

    pattern.shapes.forEach((shape, slot) => {
      const pair = (delegate: string, delegateName: string, found: PlantedPair["found"]): PlantedPair => ({
        owner: address,
        delegate,
        delegateName,
        shape,
        found,
        conclusions: plantedConclusions(shape, ewsBlocked),
        problems: plantedProblems(shape, pattern.ews, options.orgEwsOff === true),
        broken: [...new Set(plantedProblems(shape, pattern.ews, options.orgEwsOff === true).map((p) => PROBLEM_LAYER[p]))],
      });
      if (shape === "left") {
        const gone = `Former Employee ${pad(i)}`;
        sendOnBehalf.push(gone);
        sendOnlyPairs.push(pair(gone, gone, ["send-on-behalf"]));
        return;
      }
      const a = assistants[(i * 7 + slot * 13) % ASSISTANTS] as Recipient;
      const entry = (rights: string[], flags: string | null): Entry => ({
        User: a.DisplayName,
        Address: a.PrimarySmtpAddress,
        AccessRights: rights,
        Flags: flags,
      });
      switch (shape) {
        case "healthy":
          permissions.push(entry(["Editor"], "Delegate"));
          sendOnBehalf.push(a.Name);
          break;
        case "editor-no-delegate":
          permissions.push(entry(["Editor"], null));
          sendOnBehalf.push(a.Name);
          break;
        case "reviewer-believes":
          permissions.push(entry(["Reviewer"], null));
          sendOnBehalf.push(a.Name);
          break;
        case "no-send-on-behalf":
          permissions.push(entry(["Editor"], "Delegate"));
          break;
        case "reviewer-only":
          permissions.push(entry(["Reviewer"], null));
          break;
        case "send-on-behalf-only":
          sendOnBehalf.push(a.Name);
          sendOnlyPairs.push(pair(a.PrimarySmtpAddress, a.DisplayName, ["send-on-behalf"]));
          return;
      }
      const inSendOnBehalf = sendOnBehalf.includes(a.Name);
      calendarPairs.push(pair(a.PrimarySmtpAddress, a.DisplayName, inSendOnBehalf ? ["calendar", "send-on-behalf"] : ["calendar"]));
    });
    if (pattern.noneEntry) {
      const a = assistants[(i * 11) % ASSISTANTS] as Recipient;
      permissions.push({ User: a.DisplayName, Address: a.PrimarySmtpAddress, AccessRights: ["None"], Flags: null });
    }

    const ews =
      pattern.ews === "ews-disabled"
        ? { ...OPEN_EWS, EwsEnabled: false }
        : pattern.ews === "block-list"
          ? { ...OPEN_EWS, EwsApplicationAccessPolicy: "EnforceBlockList", EwsBlockList: ["*SchedulingService*"] }
          : OPEN_EWS;
    mailboxes[address] = {
      GrantSendOnBehalfTo: sendOnBehalf,
      HiddenFromAddressListsEnabled: false,
      CalendarName: calendarName,
      Permissions: permissions,
      Ews: ews,
    };

    let retries = 0;
    if (throttle && i % 97 === 0) {
      Throttle[`Get-MailboxFolderPermission|${address}:\\${calendarName}`] = { Times: 2, Style: "ServerBusy" };
      retries += 2;
    }
    if (throttle && i % 131 === 0) {
      Throttle[`Get-CASMailbox|${address}`] = { Times: 1, Style: "TooManyRequests" };
      retries += 1;
    }
    if (throttle && i % 211 === 0) {
      Throttle[`Get-Mailbox|${address}`] = { Times: 1, Style: "TooManyRequests" };
      retries += 1;
    }
    const fails = i === failing;
    if (fails) {
      Fail[`Get-Mailbox|${address}`] = DENIED_MESSAGE;
      // Exchange refuses the mailbox, so the calls after it are never made (nor throttled).
      retries = i % 211 === 0 ? 1 : 0;
    }
    throttled += retries;
    owners.push({
      owner: address,
      ownerName,
      mailboxEws: pattern.ews,
      failsAt: fails ? "Get-Mailbox" : null,
      retries,
      pairs: fails ? [] : [...calendarPairs, ...sendOnlyPairs],
    });
  }

  return {
    directory: {
      Recipients: recipients,
      Mailboxes: mailboxes,
      Org: {
        EwsEnabled: options.orgEwsOff === true ? false : true,
        EwsApplicationAccessPolicy: null,
        EwsAllowList: null,
        EwsBlockList: null,
        EwsAllowedAppIDs: null,
      },
      Throttle,
      Fail,
    },
    owners,
    throttled,
    mailboxes: Object.keys(mailboxes),
  };
}

/** The CSV IT would give: a header and one owner per line (quoted as RFC 4180 quotes). */
export function ownersCsv(addresses: readonly string[], header = "Owner"): string {
  const quote = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return `${header}\r\n${addresses.map(quote).join("\r\n")}\r\n`;
}
