/**
 * What Microsoft Graph said about the owner's calendar, read for the signed-in delegate: the contract
 * between src/graph (which fetches) and the checks, and the pure reading of one answer (status,
 * header and text in, facts out; no I/O, no clock). It mirrors ./exchange.ts: evidence names its
 * source and time, and what Graph cannot show is never filled in.
 *
 * What one call (GET /users/{owner}/calendar) shows a delegate: canEdit (the calendar check),
 * canViewPrivateItems (true only for a delegate allowed private items; false proves nothing:
 * an Editor delegate without private access reads false too), and the online-meeting providers the
 * owner's calendar allows. It never shows send on behalf, the Delegate flag as such, or how meeting
 * copies are delivered (calendarPermissions is empty for a delegate; mailboxSettings is refused).
 */
import type { DetailsMessages } from "../../i18n/messages";
import { sameAddress } from "../address";

/** The one delegated permission the add-in asks for. */
export const GRAPH_SCOPE = "Calendars.Read.Shared";

/** Why Graph gave no answer, as the pane says it to people (the technical detail goes to the report). */
export type GraphUnknownWhy =
  /** Outlook does not report NestedAppAuth 1.1: this client cannot hand the add-in a token. */
  | "not-supported"
  /** Outlook reports the set but offers no bridge (seen on the web: MSAL #7723). */
  | "bridge-missing"
  /** The user closed the sign-in or refused consent. */
  | "consent-refused"
  /** Sign-in failed for another reason (an empty ServerError on Mac, an untrusted origin, …). */
  | "sign-in-failed"
  /** The token came back without Calendars.Read.Shared. */
  | "scope-missing"
  /** 401 again after the one retry with the claims Graph asked for. */
  | "still-unauthorized"
  | "throttled"
  | "server-error"
  | "network"
  | "timed-out"
  /** An answer this reader does not understand (not JSON, missing fields, a status it does not expect). */
  | "unexpected";

/** One call's answer as the adapter received it. */
export interface GraphResponse {
  readonly status: number;
  /** The WWW-Authenticate header, where Graph sent one (401 claims challenges). */
  readonly wwwAuthenticate?: string;
  /** Retry-After, in seconds as Graph sent it (429, 503). */
  readonly retryAfter?: string;
  readonly body: string;
}

/** What the calendar's owner allows for online meetings, as Graph names the providers. */
export type TeamsOnCalendar = "allowed" | "not-allowed" | "unknown";

export interface GraphEvidence {
  readonly source: "graph";
  /** When the answer arrived (ISO 8601, from the caller's clock). */
  readonly checkedAt: string;
  /** The owner's address as Graph printed it. */
  readonly owner: string;
  /** canEdit: the signed-in user can create and change items in this calendar. */
  readonly canEdit: boolean;
  /** canViewPrivateItems: "yes" proves a delegate; false is only "not shown" (never "not a delegate"). */
  readonly delegate: "yes" | "not-shown";
  readonly teams: TeamsOnCalendar;
  /** As Graph printed them ("teamsForBusiness", "skypeForBusiness", "skypeForConsumer"), capped. */
  readonly allowedProviders: readonly string[];
  readonly defaultProvider?: string;
}

export type GraphReading =
  | { readonly kind: "evidence"; readonly evidence: GraphEvidence }
  /** Graph answered for a calendar whose owner is someone else: named, changes nothing. */
  | { readonly kind: "other-owner"; readonly owner: string }
  /** 403 or 404 with the scope granted: the signed-in user cannot read this calendar at all. */
  | { readonly kind: "no-access"; readonly status: 403 | 404; readonly code?: string }
  /** 401 with a claims challenge: the adapter asks for a new token with these claims, once. */
  | { readonly kind: "claims-challenge"; readonly claims: string }
  | { readonly kind: "unknown"; readonly why: GraphUnknownWhy; readonly detail: string };

const MAX_TEXT = 120;
const MAX_PROVIDERS = 10;

/**
 * Reads one answer of GET /users/{owner}/calendar.
 * @param expectedOwner the owner Outlook named (the address the call asked for).
 * @param retried true when this answer came after the one claims retry.
 */
export function readGraphCalendar(response: GraphResponse, expectedOwner: string, checkedAt: string, retried = false): GraphReading {
  const { status } = response;
  if (status === 200) return readCalendar(response.body, expectedOwner, checkedAt);
  if (status === 401) {
    const claims = claimsOf(response.wwwAuthenticate);
    if (claims === undefined) return unknown("unexpected", `HTTP 401 without a claims challenge${codeSuffix(response.body)}`);
    if (retried) return unknown("still-unauthorized", "HTTP 401 again after a new token with the requested claims");
    return { kind: "claims-challenge", claims };
  }
  if (status === 403 || status === 404) {
    const code = errorCode(response.body);
    return code === undefined ? { kind: "no-access", status } : { kind: "no-access", status, code };
  }
  if (status === 429) return unknown("throttled", `HTTP 429${retryAfterSuffix(response.retryAfter)}`);
  if (status >= 500 && status <= 599)
    return unknown("server-error", `HTTP ${status}${codeSuffix(response.body)}${retryAfterSuffix(response.retryAfter)}`);
  return unknown("unexpected", `HTTP ${status}${codeSuffix(response.body)}`);
}

/**
 * Whether a token's granted scopes include Calendars.Read.Shared. Entra returns scopes bare
 * ("Calendars.Read.Shared") or with the resource ("https://graph.microsoft.com/Calendars.Read.Shared"),
 * in any case; "Calendars.ReadWrite.Shared" also lets the call through but is not what we asked for,
 * so only the exact permission counts.
 */
export function scopeGranted(scopes: readonly string[]): boolean {
  const wanted = GRAPH_SCOPE.toLowerCase();
  return scopes.some((scope) => {
    const bare = scope
      .trim()
      .toLowerCase()
      .replace(/^https:\/\/graph\.microsoft\.com\//, "");
    return bare === wanted;
  });
}

/**
 * Graph's answer as the checks take it (DiagnosisContext.graph). It arrives after a click in the
 * details, so its sentences come with it from the details part of the catalogue: the first download
 * carries none of them.
 */
export interface GraphFinding {
  readonly evidence: GraphEvidence;
  readonly words: DetailsMessages["graph"];
}

function readCalendar(body: string, expectedOwner: string, checkedAt: string): GraphReading {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return unknown("unexpected", "HTTP 200 with a body that is not JSON");
  }
  if (!isObject(json)) return unknown("unexpected", "HTTP 200 with a body that is not a JSON object");
  const owner = isObject(json.owner) ? textOf(json.owner.address) : undefined;
  if (owner === undefined) return unknown("unexpected", "HTTP 200 without the calendar's owner");
  if (!sameAddress(owner, expectedOwner)) return { kind: "other-owner", owner };
  // Partial data never yields an answer: without canEdit there is no calendar evidence at all.
  if (typeof json.canEdit !== "boolean") return unknown("unexpected", "HTTP 200 without canEdit");
  const providers = Array.isArray(json.allowedOnlineMeetingProviders)
    ? json.allowedOnlineMeetingProviders.flatMap((p) => textOf(p) ?? []).slice(0, MAX_PROVIDERS)
    : undefined;
  const defaultProvider = textOf(json.defaultOnlineMeetingProvider);
  return {
    kind: "evidence",
    evidence: {
      source: "graph",
      checkedAt,
      owner,
      canEdit: json.canEdit,
      delegate: json.canViewPrivateItems === true ? "yes" : "not-shown",
      teams: teamsOf(providers),
      allowedProviders: providers ?? [],
      ...(defaultProvider !== undefined ? { defaultProvider } : {}),
    },
  };
}

/**
 * The list is what "can be used to create online meetings in this calendar": an empty one says none
 * can, but a list holding only Graph's "unknown" value shows nothing either way.
 */
function teamsOf(providers: readonly string[] | undefined): TeamsOnCalendar {
  if (providers === undefined) return "unknown";
  const named = providers.map((p) => p.toLowerCase()).filter((p) => p !== "unknown");
  if (named.length === 0 && providers.length > 0) return "unknown";
  return named.includes("teamsforbusiness") ? "allowed" : "not-allowed";
}

/**
 * The claims of a WWW-Authenticate challenge: `Bearer realm="", …, error="insufficient_claims",
 * claims="eyJhY2Nlc3NfdG9rZW4iOnsi…"` (base64 of a JSON object). Returns the decoded JSON text,
 * which MSAL takes as the request's claims; undefined when there is none or it is not JSON.
 */
export function claimsOf(header: string | undefined): string | undefined {
  if (!header || header.length > 8_192) return undefined;
  const match = /(?:^|[\s,])claims="([A-Za-z0-9+/=_-]{1,4096})"/.exec(header);
  if (!match?.[1]) return undefined;
  const decoded = decodeBase64(match[1]);
  if (decoded === undefined) return undefined;
  try {
    return isObject(JSON.parse(decoded)) ? decoded : undefined;
  } catch {
    return undefined;
  }
}

function decodeBase64(value: string): string | undefined {
  try {
    const standard = value.replace(/-/g, "+").replace(/_/g, "/");
    const binary = atob(standard.padEnd(Math.ceil(standard.length / 4) * 4, "="));
    // Percent-escaping each byte lets decodeURIComponent do the UTF-8 decoding, and throw on bad UTF-8.
    return decodeURIComponent(Array.from(binary, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, "0")}`).join(""));
  } catch {
    return undefined;
  }
}

/** Graph's error body: { "error": { "code": "ErrorAccessDenied", "message": "…" } }; the code only. */
function errorCode(body: string): string | undefined {
  try {
    const json: unknown = JSON.parse(body);
    if (!isObject(json) || !isObject(json.error)) return undefined;
    const code = textOf(json.error.code);
    return code !== undefined && /^[A-Za-z0-9_.-]+$/.test(code) ? code : undefined;
  } catch {
    return undefined;
  }
}

function codeSuffix(body: string): string {
  const code = errorCode(body);
  return code === undefined ? "" : ` (${code})`;
}

function retryAfterSuffix(retryAfter: string | undefined): string {
  return retryAfter !== undefined && /^\d{1,6}$/.test(retryAfter.trim()) ? `, retry after ${retryAfter.trim()} s` : "";
}

function unknown(why: GraphUnknownWhy, detail: string): GraphReading {
  return { kind: "unknown", why, detail };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Graph's values are untrusted text: strings only, one line, capped. */
function textOf(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const trimmed = value.replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, "").trim();
  return trimmed === "" ? undefined : clip(trimmed);
}

function clip(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}
