/**
 * The one Graph call: GET /v1.0/users/{owner}/calendar with the fields the checks read. No other
 * Graph request exists in this add-in (nothing is created, changed or listed).
 */
import type { GraphResponse, GraphUnknownWhy } from "../diagnosis/evidence/graph";

export const GRAPH_ORIGIN = "https://graph.microsoft.com";
const SELECT = "owner,canEdit,canShare,canViewPrivateItems,allowedOnlineMeetingProviders,defaultOnlineMeetingProvider";
/** Long enough for a slow tenant, short enough that the pane never waits on Graph for long. */
export const GRAPH_TIMEOUT_MS = 8_000;
/** A calendar's JSON is a few hundred bytes; anything far larger is not what we asked for. */
const MAX_BODY_CHARS = 64 * 1024;

export type CallOutcome =
  { readonly ok: true; readonly response: GraphResponse } | { readonly ok: false; readonly why: GraphUnknownWhy; readonly detail: string };

export function calendarUrl(owner: string): string {
  return `${GRAPH_ORIGIN}/v1.0/users/${encodeURIComponent(owner)}/calendar?$select=${SELECT}`;
}

export async function fetchOwnerCalendar(
  owner: string,
  accessToken: string,
  fetchImpl: typeof fetch = globalThis.fetch,
  timeoutMs = GRAPH_TIMEOUT_MS,
): Promise<CallOutcome> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetchImpl(calendarUrl(owner), {
      method: "GET",
      headers: { Authorization: `Bearer ${accessToken}`, Accept: "application/json" },
      signal: controller.signal,
      // No cookies, no cache, no referrer: the call carries the token in its header and nothing else.
      credentials: "omit",
      cache: "no-store",
      redirect: "error",
      referrerPolicy: "no-referrer",
    });
    const body = (await response.text()).slice(0, MAX_BODY_CHARS);
    const wwwAuthenticate = response.headers.get("WWW-Authenticate") ?? undefined;
    const retryAfter = response.headers.get("Retry-After") ?? undefined;
    return {
      ok: true,
      response: {
        status: response.status,
        body,
        ...(wwwAuthenticate !== undefined ? { wwwAuthenticate } : {}),
        ...(retryAfter !== undefined ? { retryAfter } : {}),
      },
    };
  } catch (error) {
    if (controller.signal.aborted) {
      return { ok: false, why: "timed-out", detail: `Graph did not answer within ${Math.round(timeoutMs / 1000)} seconds` };
    }
    // fetch rejects with a TypeError for network failures, CORS and CSP refusals alike; its text says which.
    const message = error instanceof Error ? error.message.slice(0, 160) : String(error).slice(0, 160);
    return { ok: false, why: "network", detail: `the request to Graph failed: ${message}` };
  } finally {
    clearTimeout(timer);
  }
}
