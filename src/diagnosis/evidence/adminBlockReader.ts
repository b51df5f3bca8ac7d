/**
 * Reads the JSON line our read-only block printed, between its two marker lines. Mail clients wrap
 * long lines and quote replies, so the line is put back together from everything between the
 * markers. Anything short of the whole, parseable, version-1 line is "incomplete": an edited or
 * truncated block is never evidence.
 *
 * Pasted text cannot be verified (the add-in is static: any secret would ship with it), so a block
 * is used only as the answer to a request this pane made: it must carry a request id the pane issued
 * for this owner and assistant, and a run time no later than the paste (a few minutes' clock skew
 * aside). The addresses inside a block only ever detect another pair; who counts as the owner or the
 * assistant is what Outlook said. A reply thread can hold several blocks: the newest one for this
 * pair is used, the others go with it so the rules can find a conflict (merge.ts).
 */
import type { AdminPasteReading, ExchangeCalendarEntry, ExchangeEvidence, ExchangeEws, ExpectedPair, PasteContext, Seen } from "./exchange";
import { BLOCK_BEGIN_PREFIX, BLOCK_END_PREFIX, BLOCK_KEYS, BLOCK_VERSION } from "./blockFormat";
import { findDelegate, type ListedPerson } from "./delegateLists";
import { FUTURE_SKEW_MS } from "./finding";
import { type KnownPerson, partyVerdict } from "./identityMatch";
import type { PasteLine } from "./pasteLines";
import { type Json, type JsonObject, objectOrNull } from "./json";

/** True when the paste contains one of our marker lines (complete or not). */
export function hasBlockMarker(lines: readonly PasteLine[]): boolean {
  return lines.some((l) => l.text.startsWith(BLOCK_BEGIN_PREFIX) || l.text.startsWith(BLOCK_END_PREFIX));
}

/** Request ids are 32 hex digits; anything much longer is not one. */
const MAX_REQUEST_ID = 64;

/** Which refusal to name when no block in the paste is usable: the one closest to being an answer. */
const REFUSALS: readonly AdminPasteReading["kind"][] = ["future-dated", "unrequested", "other-pair", "incomplete"];

type Read = { readonly kind: "evidence"; readonly evidence: ExchangeEvidence; readonly ambiguities: readonly string[] };

export function readBlock(lines: readonly PasteLine[], expected: ExpectedPair, context: PasteContext): AdminPasteReading {
  const found = blockJsons(lines);
  const readings = found.blocks.map((block) => readOne(block, expected, context));
  const usable = readings
    .filter((r): r is Read => r.kind === "evidence")
    .sort((a, b) => Date.parse(b.evidence.ranAt ?? "") - Date.parse(a.evidence.ranAt ?? ""));
  const newest = usable[0];
  if (newest) {
    const earlier = usable.slice(1).map((r) => r.evidence);
    return { ...newest, ...(earlier.length > 0 ? { earlier } : {}) };
  }
  for (const kind of REFUSALS) {
    const refusal = readings.find((r) => r.kind === kind);
    if (refusal) return refusal;
  }
  return { kind: "incomplete", why: found.reason };
}

function readOne(block: JsonObject, expected: ExpectedPair, context: PasteContext): AdminPasteReading {
  const shape = blockShapeProblem(block);
  if (shape) return shape;
  const ranAt = Date.parse(block.RanAtUtc as string);
  const ownerMailbox = objectOrNull(block.OwnerMailbox);
  const delegateRecipient = objectOrNull(block.DelegateRecipient);
  // Outlook's addresses alone: the block's own only ever say "someone else" (otherPair).
  const owner = knownPerson(expected.owner, []);
  const delegate = knownPerson(expected.delegate, []);

  const pair = otherPair(block, expected, ownerMailbox, delegateRecipient);
  if (pair) return pair;
  const requestId = typeof block.RequestId === "string" ? block.RequestId.trim() : "";
  if (requestId === "") return { kind: "unrequested", why: "no-id" };
  if (requestId.length > MAX_REQUEST_ID || !context.requestIds.includes(requestId)) return { kind: "unrequested", why: "not-issued" };
  const now = Date.parse(context.now);
  if (!Number.isFinite(now) || ranAt > now + FUTURE_SKEW_MS) return { kind: "future-dated", ranAt: block.RanAtUtc as string };
  return { kind: "evidence", ...blockEvidence(block, { owner, delegate }, requestId) };
}

/** Whom a block's lists are searched for: the owner and the delegate, by address and display name. */
export interface BlockParties {
  readonly owner: KnownPerson;
  readonly delegate: KnownPerson;
}

export type BlockObjectReading =
  | { readonly kind: "evidence"; readonly evidence: ExchangeEvidence; readonly ambiguities: readonly string[] }
  | { readonly kind: "incomplete"; readonly why: string };

/**
 * One block's JSON object as evidence, for a run the reader trusts as its own (the organisation-wide
 * audit file IT produced itself): the same version, keys and reading as a pasted block, without the
 * pane's checks that a paste answers this pane's request (request id, run time, Outlook's pair).
 */
export function readBlockObject(value: unknown, parties: BlockParties): BlockObjectReading {
  if (value === null || typeof value !== "object" || Array.isArray(value))
    return { kind: "incomplete", why: "the block's line is not a JSON object" };
  const block = value as JsonObject;
  const shape = blockShapeProblem(block);
  if (shape) return shape;
  return { kind: "evidence", ...blockEvidence(block, parties) };
}

/** Anything short of a whole version-1 line with its owner, delegate and run time is incomplete. */
function blockShapeProblem(block: JsonObject): { readonly kind: "incomplete"; readonly why: string } | undefined {
  if (block.Version !== BLOCK_VERSION)
    return { kind: "incomplete", why: `block version ${String(block.Version)} is not one this pane reads` };
  const missing = BLOCK_KEYS.filter((k) => !(k in block));
  if (missing.length > 0) return { kind: "incomplete", why: `the block lacks ${missing.join(", ")}` };
  if (typeof block.Owner !== "string" || typeof block.Delegate !== "string" || typeof block.RanAtUtc !== "string") {
    return { kind: "incomplete", why: "the block's owner, delegate or time is not text" };
  }
  const ranAt = isIsoInstant(block.RanAtUtc) ? Date.parse(block.RanAtUtc) : NaN;
  if (!Number.isFinite(ranAt)) return { kind: "incomplete", why: "the block's time is not an ISO 8601 date and time" };
  return undefined;
}

/** The evidence a well-formed block gives for these parties (blockShapeProblem found nothing). */
function blockEvidence(
  block: JsonObject,
  parties: BlockParties,
  requestId?: string,
): { readonly evidence: ExchangeEvidence; readonly ambiguities: readonly string[] } {
  const ownerMailbox = objectOrNull(block.OwnerMailbox);
  const delegateRecipient = objectOrNull(block.DelegateRecipient);
  const notes: string[] = [];
  const evidence: ExchangeEvidence = {
    source: "exchange",
    form: "block",
    ranAt: block.RanAtUtc as string,
    blockVersion: BLOCK_VERSION,
    ...(requestId !== undefined ? { requestId } : {}),
    owner: block.Owner as string,
    delegate: block.Delegate as string,
    calendar: calendarOf(block, delegateRecipient, notes),
    sendOnBehalf: sendOnBehalfOf(ownerMailbox, parties.delegate, parties.owner, notes),
    ownerMailbox: ownerMailbox
      ? {
          seen: true,
          value: {
            recipientTypeDetails: stringOf(ownerMailbox.RecipientTypeDetails),
            hiddenFromAddressLists: booleanOf(ownerMailbox.HiddenFromAddressListsEnabled),
          },
        }
      : { seen: false },
    ews: ewsOf(objectOrNull(block.CasMailbox), objectOrNull(block.OrganizationConfig)),
  };
  return { evidence, ambiguities: notes };
}

/**
 * What (Get-Date).ToUniversalTime().ToString('o') prints, "2026-12-09T09:15:02.1234567Z", or an
 * offset form: Date.parse alone also takes "9 December" (as 2001), which is no run time.
 */
function isIsoInstant(text: string): boolean {
  return text.length <= 40 && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/.test(text);
}

/** Every complete, parseable block in the paste, in paste order, and why the last one that was not failed. */
function blockJsons(lines: readonly PasteLine[]): { blocks: JsonObject[]; reason: string } {
  const blocks: JsonObject[] = [];
  let reason = "the block's BEGIN line is missing";
  for (let i = 0; i < lines.length; i++) {
    if (!(lines[i] as PasteLine).text.startsWith(BLOCK_BEGIN_PREFIX)) continue;
    let end = -1;
    for (let j = i + 1; j < lines.length; j++) {
      const text = (lines[j] as PasteLine).text;
      if (text.startsWith(BLOCK_END_PREFIX)) {
        end = j;
        break;
      }
      if (text.startsWith(BLOCK_BEGIN_PREFIX)) break;
    }
    if (end < 0) {
      reason = "the block's END line is missing (cut off?)";
      continue;
    }
    const joined = joinWrapped(lines.slice(i + 1, end));
    if (joined === "") {
      reason = "nothing between the block's BEGIN and END lines";
      continue;
    }
    try {
      const parsed: unknown = JSON.parse(joined);
      if (parsed !== null && typeof parsed === "object" && !Array.isArray(parsed)) blocks.push(parsed as JsonObject);
      else reason = "the block's line is not a JSON object";
    } catch {
      reason = "the block's line is not complete JSON (edited or cut?)";
    }
  }
  return { blocks, reason };
}

/**
 * Mail clients break long lines anywhere, keeping a space at the end of a line when they broke at
 * one. Pieces are joined directly, with one space where the piece before ended in one.
 */
function joinWrapped(lines: readonly PasteLine[]): string {
  let out = "";
  let pendingSpace = false;
  for (const line of lines) {
    if (line.text === "") continue;
    if (out !== "" && (pendingSpace || line.raw.length > line.text.length)) out += " ";
    out += line.text;
    pendingSpace = line.endedInSpace;
  }
  return out;
}

function otherPair(
  block: JsonObject,
  expected: ExpectedPair,
  ownerMailbox: JsonObject | null,
  delegateRecipient: JsonObject | null,
): AdminPasteReading | undefined {
  const ownerIds = [block.Owner, ownerMailbox?.PrimarySmtpAddress].filter((v): v is string => typeof v === "string" && v !== "");
  const delegateIds = [block.Delegate, delegateRecipient?.PrimarySmtpAddress].filter((v): v is string => typeof v === "string" && v !== "");
  const owner = knownPerson(expected.owner, []);
  const delegate = knownPerson(expected.delegate, []);
  // Any identity that is someone else makes it another pair: the block echoes the addresses it was
  // made for, and Exchange's own must not stand in for Outlook's (an alias we cannot place is not
  // proof of another person).
  const isOther = (ids: readonly string[], party: typeof owner, otherParty: typeof owner) =>
    ids.some((id) => partyVerdict(id, party, otherParty) === "other");
  const ownerOk = !expected.owner || !isOther(ownerIds, owner, delegate);
  const delegateOk = !expected.delegate || !isOther(delegateIds, delegate, owner);
  if (ownerOk && delegateOk) return undefined;
  return { kind: "other-pair", owner: String(block.Owner), delegate: String(block.Delegate) };
}

function calendarOf(block: JsonObject, delegateRecipient: JsonObject | null, notes: string[]): Seen<ExchangeCalendarEntry | null> {
  const permission = objectOrNull(block.CalendarPermission);
  if (!permission) return { seen: false };
  const folder = stringOf(objectOrNull(block.CalendarFolder)?.Name);
  const entry = objectOrNull(permission.DelegateEntry);
  if (entry) {
    const rights = stringsOf(entry.AccessRights);
    if (!rights || rights.length === 0) {
      notes.push("CalendarPermission: the delegate's entry has no AccessRights.");
      return { seen: false };
    }
    return {
      seen: true,
      value: { ...(folder !== undefined ? { folder } : {}), accessRights: rights, ...flagsOf(entry.SharingPermissionFlags) },
    };
  }
  const read = typeof permission.EntriesRead === "number" ? permission.EntriesRead : 0;
  // Exchange answers "no entry" also for a delegate it cannot find, so absence counts only when it
  // found the delegate and could read the folder's permissions at all.
  if (read > 0 && delegateRecipient) return { seen: true, value: null };
  notes.push(
    "CalendarPermission: Exchange could not read the folder's permissions or find the delegate, so a missing entry proves nothing.",
  );
  return { seen: false };
}

/** SharingPermissionFlags as the block prints it: "Delegate, CanViewPrivateItems", "None", or null (no such property). */
function flagsOf(value: Json | undefined): { sharingPermissionFlags?: readonly string[] } {
  if (value === null || value === undefined) return {};
  const parts = Array.isArray(value)
    ? value.filter((v): v is string => typeof v === "string")
    : typeof value === "string"
      ? value.split(",")
      : [];
  return { sharingPermissionFlags: parts.map((p) => p.trim()).filter((p) => p !== "" && p.toLowerCase() !== "none") };
}

function sendOnBehalfOf(
  ownerMailbox: JsonObject | null,
  delegate: KnownPerson,
  owner: KnownPerson,
  notes: string[],
): ExchangeEvidence["sendOnBehalf"] {
  if (!ownerMailbox || !Array.isArray(ownerMailbox.GrantSendOnBehalfTo)) return { seen: false };
  const entries: ListedPerson[] = [];
  for (const item of ownerMailbox.GrantSendOnBehalfTo) {
    const entry = objectOrNull(item);
    if (typeof item === "string" && item !== "") entries.push({ listed: item });
    else if (entry && typeof entry.Listed === "string" && entry.Listed !== "")
      entries.push({ listed: entry.Listed, address: stringOf(entry.PrimarySmtpAddress) ?? null });
  }
  const lookup = findDelegate(entries, delegate, owner, { what: "GrantSendOnBehalfTo" });
  notes.push(...lookup.notes);
  const value = lookup.result.kind === "found" ? "listed" : lookup.result.kind === "absent" ? "not-listed" : "ambiguous";
  return { seen: true, value };
}

function ewsOf(cas: JsonObject | null, org: JsonObject | null): Seen<ExchangeEws> {
  if (!cas && !org) return { seen: false };
  return {
    seen: true,
    value: {
      ...(cas
        ? {
            mailboxEnabled: nullableBoolean(cas.EwsEnabled),
            mailboxAccessPolicy: nullableString(cas.EwsApplicationAccessPolicy),
            mailboxAllowList: nullableStrings(cas.EwsAllowList),
            mailboxBlockList: nullableStrings(cas.EwsBlockList),
          }
        : {}),
      ...(org
        ? {
            orgEnabled: nullableBoolean(org.EwsEnabled),
            orgAccessPolicy: nullableString(org.EwsApplicationAccessPolicy),
            orgAllowList: nullableStrings(org.EwsAllowList),
            orgBlockList: nullableStrings(org.EwsBlockList),
            // Absent from blocks made before the add-in read it: not seen, so "unknown".
            ...("EwsAllowedAppIDs" in org ? { orgAllowedAppIds: nullableString(org.EwsAllowedAppIDs) } : {}),
          }
        : {}),
    },
  };
}

export function knownPerson(person: ExpectedPair["owner"], extraAddresses: readonly (string | undefined)[]): KnownPerson {
  const addresses = [person?.emailAddress, ...extraAddresses].filter((a): a is string => typeof a === "string" && a.trim() !== "");
  return { addresses: addresses.map((a) => withoutSpaces(a)), ...(person?.displayName ? { displayName: person.displayName } : {}) };
}

/** Addresses never contain spaces; a wrapped line can have put one in. */
function withoutSpaces(value: string): string {
  return value.split(" ").join("");
}

function stringOf(value: Json | undefined): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

function booleanOf(value: Json | undefined): boolean | undefined {
  return typeof value === "boolean" ? value : undefined;
}

/** Undefined (not seen) for anything but the types the block prints; null stays null ($null). */
function nullableBoolean(value: Json | undefined): boolean | null | undefined {
  return value === null ? null : booleanOf(value);
}

function nullableString(value: Json | undefined): string | null | undefined {
  if (value === null || value === "") return null;
  return typeof value === "string" ? value : undefined;
}

function nullableStrings(value: Json | undefined): readonly string[] | null | undefined {
  if (value === null) return null;
  if (typeof value === "string") return [value];
  return stringsOf(value);
}

function stringsOf(value: Json | undefined): string[] | undefined {
  if (typeof value === "string") return [value];
  if (!Array.isArray(value)) return undefined;
  return value
    .filter((v): v is string => typeof v === "string")
    .map((v) => v.trim())
    .filter((v) => v !== "");
}
