/**
 * One owner–delegate pair of the audit file, decided by the pane's own rules: the pair's object is
 * the read-only block's JSON line, read by adminBlockReader, with the run's organisation settings
 * put in its place; concludeExchange says what each part means; the merge rule (evidence/merge.ts)
 * turns that into the three layers with Outlook's view "unknown", since the audit has none. What
 * Exchange did not show stays "unknown": never "granted" from part of the evidence.
 */
import { readBlockObject } from "../diagnosis/evidence/adminBlockReader";
import type { ExchangeConclusions } from "../diagnosis/evidence/exchange";
import { concludeExchange } from "../diagnosis/evidence/exchangeConclusions";
import { freshFinding } from "../diagnosis/evidence/finding";
import { isAddressLike, type KnownPerson } from "../diagnosis/evidence/identityMatch";
import { exchangeReadings, type Layer, mergeLayer, readingsOf, teamsGranted } from "../diagnosis/evidence/merge";
import type { CheckStatus } from "../diagnosis/types";
import type { FoundIn, Json, JsonObject } from "./format";
import { isJsonObject, objectOrNull } from "../diagnosis/evidence/json";

/** The three layers an assistant needs, as the page shows them. */
export const AUDIT_LAYERS = ["calendar", "sending", "teams"] as const;
export type AuditLayer = (typeof AUDIT_LAYERS)[number];

export type LayerStatus = "granted" | "partial" | "missing" | "unknown";

/**
 * Why a pair needs attention or cannot be told, each named once:
 * - problems: the calendar role is Reviewer or lower ("role-read-only"), there is no entry at all
 *   ("role-none"), Author-like ("role-can-create": creates, cannot change others' meetings), "Can edit"
 *   without the Delegate flag Teams needs, not in GrantSendOnBehalfTo, EWS closed to Teams, and send on
 *   behalf granted to someone Exchange cannot find ("orphan");
 * - can't see: what Exchange did not show for a layer, and a pair entry that is not a whole block.
 */
export type Reason =
  | "role-read-only"
  | "role-none"
  | "role-can-create"
  | "no-delegate-flag"
  | "send-not-listed"
  | "ews-blocked"
  | "orphan"
  | "unreadable"
  | "calendar-unseen"
  | "flag-unseen"
  | "sending-unseen"
  | "ews-unseen";

/** The layer each reason is listed under in a pair's detail: a problem, or what could not be seen there. */
export const REASON_LAYER: Readonly<Partial<Record<Reason, AuditLayer>>> = {
  "role-read-only": "calendar",
  "role-none": "calendar",
  "role-can-create": "calendar",
  "no-delegate-flag": "teams",
  "ews-blocked": "teams",
  "send-not-listed": "sending",
  orphan: "sending",
  "calendar-unseen": "calendar",
  "flag-unseen": "teams",
  "sending-unseen": "sending",
  "ews-unseen": "teams",
};

export interface PairDecision {
  readonly calendar: LayerStatus;
  readonly sending: LayerStatus;
  readonly teams: LayerStatus;
  /** What Exchange's answer meant per part; undefined when the entry was not a whole block. */
  readonly conclusions?: ExchangeConclusions;
  /** The delegate's entry on the owner's calendar folder, as Exchange printed it. */
  readonly accessRights?: readonly string[];
  readonly sharingPermissionFlags?: readonly string[];
  /** Problems first, then what could not be seen. */
  readonly reasons: readonly Reason[];
  /** Layers with a problem (missing or partial, or an orphaned send-on-behalf entry). */
  readonly broken: readonly AuditLayer[];
  /** Why the entry is not a whole block (technical, English, for the detail panel). */
  readonly unreadable?: string;
}

/** The people a pair names, from the pair's own object (Exchange's answers), never guessed. */
export interface PairPeople {
  readonly owner: string;
  readonly ownerAddress?: string;
  readonly ownerName?: string;
  /** As the script listed them: an address, or the text Exchange listed for someone it cannot find. */
  readonly delegate: string;
  readonly delegateAddress?: string;
  readonly delegateName?: string;
  readonly found: readonly FoundIn[];
  /** Exchange resolved the delegate to a recipient (DelegateRecipient). */
  readonly resolved: boolean;
}

export function peopleOf(pair: Json, ownerOfEntry: string): PairPeople {
  const block = isJsonObject(pair) ? pair : {};
  const mailbox = objectOrNull(block.OwnerMailbox);
  const recipient = objectOrNull(block.DelegateRecipient);
  const delegate = textOf(block.Delegate) ?? "";
  const ownerAddress = textOf(mailbox?.PrimarySmtpAddress) ?? (isAddressLike(ownerOfEntry) ? ownerOfEntry : undefined);
  const delegateAddress = textOf(recipient?.PrimarySmtpAddress) ?? (isAddressLike(delegate) ? delegate : undefined);
  const ownerName = textOf(mailbox?.DisplayName);
  const delegateName = textOf(recipient?.DisplayName);
  const found = Array.isArray(block.Found)
    ? (["calendar", "send-on-behalf"] as const).filter((where) => (block.Found as Json[]).includes(where))
    : [];
  return {
    owner: textOf(block.Owner) ?? ownerOfEntry,
    ...(ownerAddress ? { ownerAddress } : {}),
    ...(ownerName ? { ownerName } : {}),
    delegate,
    ...(delegateAddress ? { delegateAddress } : {}),
    ...(delegateName ? { delegateName } : {}),
    found,
    resolved: recipient !== null,
  };
}

/**
 * The three layers of one pair. organizationConfig is the run's (read once for every pair); the
 * pair's own is replaced by it, whatever it holds.
 */
export function decidePair(pair: Json, organizationConfig: JsonObject | null, people: PairPeople): PairDecision {
  const block = isJsonObject(pair) ? { ...pair, OrganizationConfig: organizationConfig } : pair;
  const parties = {
    owner: personOf([people.owner, people.ownerAddress], people.ownerName),
    delegate: personOf([people.delegateAddress], people.delegateName),
  };
  const orphan = isOrphan(pair, people);
  const reading = readBlockObject(block, parties);
  if (reading.kind !== "evidence") {
    return {
      calendar: "unknown",
      sending: "unknown",
      teams: "unknown",
      reasons: [...(orphan ? (["orphan"] as const) : []), "unreadable"],
      broken: orphan ? ["sending"] : [],
      unreadable: reading.why,
    };
  }
  const { evidence } = reading;
  const conclusions = concludeExchange(evidence);
  // The pane's finding of an answer read at the time it ran: never stale, dated by the run.
  const finding = freshFinding(evidence, conclusions, evidence.ranAt ?? "");
  const sources = [exchangeReadings(finding)];
  const merged = (layer: Layer): LayerStatus => statusOf(mergeLayer(layer, "unknown", readingsOf(layer, sources)).status);
  const calendar = merged("calendar");
  const sending = merged("sending");
  const delegateFlag = merged("delegateFlag");
  const ewsForTeams = merged("ewsForTeams");
  const teams = teamsGranted({ calendar, sending, delegateFlag, ewsForTeams, teamsOffered: merged("teamsOffered") });

  const reasons: Reason[] = [];
  if (conclusions.calendarRole === "read-only") reasons.push("role-read-only");
  if (conclusions.calendarRole === "none") reasons.push("role-none");
  if (conclusions.calendarRole === "can-create") reasons.push("role-can-create");
  if (delegateFlag === "missing" && (calendar === "granted" || calendar === "partial")) reasons.push("no-delegate-flag");
  if (sending === "missing") reasons.push("send-not-listed");
  if (orphan) reasons.push("orphan");
  if (ewsForTeams === "missing") reasons.push("ews-blocked");
  if (calendar === "unknown") reasons.push("calendar-unseen");
  else if (delegateFlag === "unknown") reasons.push("flag-unseen");
  if (sending === "unknown" && !orphan) reasons.push("sending-unseen");
  if (ewsForTeams === "unknown") reasons.push("ews-unseen");

  const entry = evidence.calendar.seen ? evidence.calendar.value : null;
  const statuses = { calendar, sending, teams };
  const broken = AUDIT_LAYERS.filter(
    (layer) => statuses[layer] === "missing" || statuses[layer] === "partial" || (layer === "sending" && orphan),
  );
  return {
    calendar,
    sending,
    teams,
    conclusions,
    ...(entry ? { accessRights: entry.accessRights } : {}),
    ...(entry?.sharingPermissionFlags ? { sharingPermissionFlags: entry.sharingPermissionFlags } : {}),
    reasons,
    broken,
  };
}

/**
 * Send on behalf granted to someone Exchange cannot find (someone who left, a deleted group): the
 * script found them in GrantSendOnBehalfTo and Get-Recipient resolved them to nobody.
 */
function isOrphan(pair: Json, people: PairPeople): boolean {
  if (people.resolved || !isJsonObject(pair)) return false;
  if (people.found.includes("send-on-behalf")) return true;
  if (Array.isArray(pair.Found)) return false;
  // A file without Found: the delegate's text is an unresolved GrantSendOnBehalfTo entry.
  const list = objectOrNull(pair.OwnerMailbox)?.GrantSendOnBehalfTo;
  return (
    Array.isArray(list) &&
    list.some(
      (item) =>
        isJsonObject(item) &&
        item.Listed === people.delegate &&
        (item.PrimarySmtpAddress === null || item.PrimarySmtpAddress === undefined),
    )
  );
}

function personOf(addresses: readonly (string | undefined)[], displayName: string | undefined): KnownPerson {
  return {
    addresses: addresses.filter((a): a is string => typeof a === "string" && isAddressLike(a.trim())).map((a) => a.trim()),
    ...(displayName ? { displayName } : {}),
  };
}

function statusOf(status: CheckStatus): LayerStatus {
  return status === "granted" || status === "partial" || status === "missing" ? status : "unknown";
}

function textOf(value: Json | undefined): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}
