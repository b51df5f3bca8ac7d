/**
 * Exchange's answer remembered per owner and delegate, in the add-in's roaming settings (which follow
 * the mailbox, 32 KB for the whole add-in). One small store: a version, and per pair the parsed
 * conclusions and their dates, nothing else (no pasted text, no names beyond the two addresses, no
 * tokens). Whatever is read back is untrusted: a malformed store or entry is dropped, never a crash.
 * Beside it, the request ids this pane issued per pair (issuedRequests below), so an answer is used
 * only when it answers one of them. Pure; ./roaming.ts reads both.
 *
 * Only what the first answer needs lives here (reading the store back); what changes it is in
 * ./rememberedEvidenceEdits.ts, which loads after the answer with the pane's actions.
 */
import type { ExchangeConclusions } from "../diagnosis/evidence/exchange";
import { findingDate, isStale, type ExchangeFinding } from "../diagnosis/evidence/finding";

/** 2: answers kept before request ids (version 1) were never tied to a request, so they are dropped. */
export const STORE_VERSION = 2;
/** A handful of owners per assistant; the oldest go first, so the store stays a few kilobytes. */
export const MAX_PAIRS = 20;
/** Well under the 32 KB the add-in shares with its other settings. */
export const MAX_STORE_CHARS = 12_000;
export const MAX_ADDRESS = 320;
export const MAX_DATE = 40;

/** What is kept of a finding: its facts and dates, for this owner and delegate. */
export interface RememberedPair extends Pick<
  ExchangeFinding,
  "conclusions" | "form" | "ranAt" | "pastedAt" | "accessRights" | "sharingPermissionFlags"
> {
  readonly owner: string;
  readonly delegate: string;
  /** When this pane saved it (ISO 8601). */
  readonly savedAt: string;
}

export interface StoredEvidence {
  readonly version: typeof STORE_VERSION;
  readonly pairs: readonly RememberedPair[];
}

const ROLES = new Set(["editor", "can-create", "read-only", "none", "unknown"]);
const FLAGS = new Set(["yes", "no", "unknown"]);
const SENDING = new Set(["granted", "missing", "unknown"]);
const EWS = new Set(["allowed", "blocked", "unknown"]);
const FORMS = new Set(["block", "table", "list"]);

/** Every valid pair in what roaming settings returned; anything else is ignored. */
export function readStore(raw: unknown): RememberedPair[] {
  const value = typeof raw === "string" ? parseJson(raw) : raw;
  if (!isRecord(value) || value["version"] !== STORE_VERSION || !Array.isArray(value["pairs"])) return [];
  return value["pairs"].slice(0, MAX_PAIRS).flatMap((entry) => {
    const pair = pairOf(entry);
    return pair ? [pair] : [];
  });
}

export function findPair(pairs: readonly RememberedPair[], owner: string, delegate: string): RememberedPair | undefined {
  const key = keyOf(owner, delegate);
  return pairs.find((pair) => keyOf(pair.owner, pair.delegate) === key);
}

/** A remembered pair as the checks take it; `now` decides whether it is too old to use. */
export function findingFrom(pair: RememberedPair, now: string): ExchangeFinding {
  const base = {
    source: "exchange" as const,
    conclusions: pair.conclusions,
    form: pair.form,
    ...(pair.ranAt ? { ranAt: pair.ranAt } : {}),
    pastedAt: pair.pastedAt,
    ...(pair.accessRights ? { accessRights: pair.accessRights } : {}),
    ...(pair.sharingPermissionFlags ? { sharingPermissionFlags: pair.sharingPermissionFlags } : {}),
    remembered: true,
  };
  return { ...base, stale: isStale(findingDate(base), now) };
}

function pairOf(entry: unknown): RememberedPair | undefined {
  if (!isRecord(entry)) return undefined;
  const { owner, delegate, savedAt, conclusions, form, ranAt, pastedAt, accessRights, sharingPermissionFlags } = entry;
  if (!isText(owner, MAX_ADDRESS) || !isText(delegate, MAX_ADDRESS)) return undefined;
  if (!isDate(savedAt) || !isDate(pastedAt) || (ranAt !== undefined && !isDate(ranAt))) return undefined;
  if (typeof form !== "string" || !FORMS.has(form) || !isRecord(conclusions)) return undefined;
  const { calendarRole, delegateFlag, sendOnBehalf, ewsForTeams } = conclusions;
  if (!oneOf(calendarRole, ROLES) || !oneOf(delegateFlag, FLAGS) || !oneOf(sendOnBehalf, SENDING) || !oneOf(ewsForTeams, EWS))
    return undefined;
  const rights = listOf(accessRights);
  const flags = listOf(sharingPermissionFlags);
  if (rights === null || flags === null) return undefined;
  return {
    owner,
    delegate,
    savedAt,
    conclusions: { calendarRole, delegateFlag, sendOnBehalf, ewsForTeams } as ExchangeConclusions,
    form: form as RememberedPair["form"],
    ...(ranAt !== undefined ? { ranAt: ranAt as string } : {}),
    pastedAt,
    ...(rights ? { accessRights: rights } : {}),
    ...(flags ? { sharingPermissionFlags: flags } : {}),
  };
}

/** undefined when absent, null when malformed. */
function listOf(value: unknown): string[] | undefined | null {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.length > 12 || !value.every((v) => isText(v, 60))) return null;
  return value as string[];
}

export function keyOf(owner: string, delegate: string): string {
  return `${owner.trim().toLowerCase()}\n${delegate.trim().toLowerCase()}`;
}

function oneOf(value: unknown, allowed: ReadonlySet<string>): value is string {
  return typeof value === "string" && allowed.has(value);
}

function isText(value: unknown, max: number): value is string {
  return typeof value === "string" && value.length > 0 && value.length <= max;
}

function isDate(value: unknown): value is string {
  return isText(value, MAX_DATE) && Number.isFinite(Date.parse(value));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Request ids: the pane's side of "is this an answer to my request?" (diagnosis/evidence/adminBlockReader.ts)

export const REQUESTS_VERSION = 1;
/** A request is asked again with the same id for this long, so repeated reports for IT agree. */
export const REQUEST_REUSE_DAYS = 30;
/** Ids kept per pair (an answer to the previous request still counts) and in all. */
export const REQUESTS_PER_PAIR = 3;
export const MAX_REQUESTS = 40;

/** One request for IT's answer, issued by this pane for an owner and an assistant. */
export interface IssuedRequest {
  readonly owner: string;
  readonly delegate: string;
  /** Hex digits from crypto.getRandomValues: unguessable, not secret (the request to IT carries it). */
  readonly id: string;
  readonly issuedAt: string;
}

export interface StoredRequests {
  readonly version: typeof REQUESTS_VERSION;
  readonly requests: readonly IssuedRequest[];
}

/** Every valid request in what roaming settings returned; anything else is ignored. */
export function readRequests(raw: unknown): IssuedRequest[] {
  const value = typeof raw === "string" ? parseJson(raw) : raw;
  if (!isRecord(value) || value["version"] !== REQUESTS_VERSION || !Array.isArray(value["requests"])) return [];
  return value["requests"].slice(0, MAX_REQUESTS).flatMap((entry) => {
    if (!isRecord(entry)) return [];
    const { owner, delegate, id, issuedAt } = entry;
    if (!isText(owner, MAX_ADDRESS) || !isText(delegate, MAX_ADDRESS) || !isRequestId(id) || !isDate(issuedAt)) return [];
    return [{ owner, delegate, id, issuedAt }];
  });
}

/** The ids issued for this owner and assistant, newest first. */
export function requestIdsFor(requests: readonly IssuedRequest[], owner: string, delegate: string): string[] {
  const key = keyOf(owner, delegate);
  return newestFirst(requests.filter((r) => keyOf(r.owner, r.delegate) === key)).map((r) => r.id);
}

function isRequestId(value: unknown): value is string {
  if (typeof value !== "string" || value.length < 16 || value.length > 64) return false;
  for (const c of value) if (!((c >= "0" && c <= "9") || (c >= "a" && c <= "f"))) return false;
  return true;
}

export function newestFirst(requests: readonly IssuedRequest[]): IssuedRequest[] {
  return [...requests].sort((a, b) => Date.parse(b.issuedAt) - Date.parse(a.issuedAt));
}
