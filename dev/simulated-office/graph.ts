/**
 * A simulated Microsoft Graph for GET /v1.0/users/{owner}/calendar, one scenario at a time. Shared by
 * the playground (which answers the pane's fetch with it) and the browser tests (which answer
 * Playwright's route with it), so both see the same Microsoft 365. Plain functions, no DOM, no Node:
 * it runs in the page and in the test process alike.
 *
 * The shapes follow Graph's documentation: the calendar resource with our $select, error bodies
 * { error: { code, message } }, a claims challenge in WWW-Authenticate (error="insufficient_claims",
 * claims="<base64 JSON>"), Retry-After on 429.
 */

export const GRAPH_SCENARIOS = [
  { id: "editor-delegate", label: "Editor, delegate (may see private items), Teams allowed" },
  { id: "editor-sharee", label: "Editor, shared only (no private items), Teams allowed" },
  { id: "reviewer", label: "Reviewer: can read, not write" },
  { id: "no-teams", label: "Editor delegate, calendar allows no Teams meetings" },
  { id: "other-owner", label: "Graph answers for another owner's calendar" },
  { id: "forbidden", label: "403 access denied" },
  { id: "not-found", label: "404 not found" },
  { id: "claims-challenge", label: "401 with a claims challenge, then granted" },
  { id: "throttled", label: "429 too many requests" },
  { id: "server-error", label: "503 service unavailable" },
  { id: "timeout", label: "Graph never answers" },
  { id: "consent-refused", label: "The user closes the sign-in / refuses consent" },
  { id: "scope-missing", label: "The token lacks Calendars.Read.Shared" },
  { id: "bridge-missing", label: "Outlook reports NestedAppAuth 1.1 but offers no bridge" },
  { id: "no-naa", label: "Outlook without NestedAppAuth 1.1" },
] as const;

export type GraphScenarioId = (typeof GRAPH_SCENARIOS)[number]["id"];
export const DEFAULT_GRAPH_SCENARIO: GraphScenarioId = "editor-delegate";
export const GRAPH_QUERY_PARAMETER = "graph";

export function isGraphScenario(value: unknown): value is GraphScenarioId {
  return typeof value === "string" && GRAPH_SCENARIOS.some((s) => s.id === value);
}

/** window.__SIM_GRAPH__, then ?graph=, else the default. */
export function chooseGraphScenario(sources: { readonly injected?: unknown; readonly search?: string }): GraphScenarioId {
  const asked = sources.injected ?? new URLSearchParams(sources.search ?? "").get(GRAPH_QUERY_PARAMETER);
  return isGraphScenario(asked) ? asked : DEFAULT_GRAPH_SCENARIO;
}

/** The claims the challenge asks for, as Entra sends them (JSON, base64 in the header). */
export const SIMULATED_CLAIMS = '{"access_token":{"nbf":{"essential":true,"value":"1764579600"}}}';

/** What the simulated bridge puts in a token, so the simulated Graph can tell tokens apart. */
export interface SimulatedTokenBody {
  readonly scp: string;
  /** The token was issued for a request carrying the challenge's claims. */
  readonly claims: boolean;
  readonly n: number;
}

const TOKEN_PREFIX = "sim-naa.";

export function simulatedAccessToken(body: SimulatedTokenBody): string {
  return `${TOKEN_PREFIX}${base64Url(JSON.stringify(body))}.signature`;
}

function readToken(authorization: string | undefined): SimulatedTokenBody | undefined {
  const match = /^Bearer (sim-naa\.[A-Za-z0-9_-]+\.signature)$/.exec(authorization ?? "");
  if (!match?.[1]) return undefined;
  try {
    const part = match[1].slice(TOKEN_PREFIX.length, -".signature".length);
    return JSON.parse(atob(part.replace(/-/g, "+").replace(/_/g, "/"))) as SimulatedTokenBody;
  } catch {
    return undefined;
  }
}

export type SimulatedGraphAnswer =
  | { readonly status: number; readonly headers: Readonly<Record<string, string>>; readonly body: string }
  /** Never answers (the pane's timeout decides). */
  | "hang";

const JSON_HEADERS = { "Content-Type": "application/json" };
const PATH = /^https:\/\/graph\.microsoft\.com\/v1\.0\/users\/([^/?#]+)\/calendar(?:\?|$)/;

/** Graph's answer to one request of the pane, in this scenario. */
export function simulatedGraphAnswer(scenario: GraphScenarioId, url: string, authorization: string | undefined): SimulatedGraphAnswer {
  const path = PATH.exec(url);
  if (!path?.[1]) return error(400, "BadRequest", "The simulated Graph only answers GET /v1.0/users/{id}/calendar.");
  const token = readToken(authorization);
  if (!token)
    return {
      status: 401,
      headers: { ...JSON_HEADERS, "WWW-Authenticate": 'Bearer realm=""' },
      body: errorBody("InvalidAuthenticationToken", "Access token is empty."),
    };
  const owner = decodeURIComponent(path[1]);
  switch (scenario) {
    case "forbidden":
      return error(403, "ErrorAccessDenied", "Access is denied. Check credentials and try again.");
    case "not-found":
      return error(404, "ErrorItemNotFound", "The specified object was not found in the store.");
    case "throttled":
      return { status: 429, headers: { ...JSON_HEADERS, "Retry-After": "10" }, body: errorBody("TooManyRequests", "Too many requests.") };
    case "server-error":
      return error(503, "serviceNotAvailable", "The service is temporarily unavailable.");
    case "timeout":
      return "hang";
    case "claims-challenge":
      if (!token.claims) {
        return {
          status: 401,
          headers: {
            ...JSON_HEADERS,
            "WWW-Authenticate": `Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000", error="insufficient_claims", claims="${btoa(SIMULATED_CLAIMS)}"`,
          },
          body: errorBody(
            "InvalidAuthenticationToken",
            "Continuous access evaluation resulted in challenge with result: InteractionRequired.",
          ),
        };
      }
      return calendar(owner, { canEdit: true, canViewPrivateItems: true, teams: true });
    case "editor-sharee":
      return calendar(owner, { canEdit: true, canViewPrivateItems: false, teams: true });
    case "reviewer":
      return calendar(owner, { canEdit: false, canViewPrivateItems: false, teams: true });
    case "no-teams":
      return calendar(owner, { canEdit: true, canViewPrivateItems: true, teams: false });
    case "other-owner":
      return calendar("megan.bowen@contoso.com", { canEdit: true, canViewPrivateItems: true, teams: true });
    default:
      return calendar(owner, { canEdit: true, canViewPrivateItems: true, teams: true });
  }
}

function calendar(owner: string, rights: { canEdit: boolean; canViewPrivateItems: boolean; teams: boolean }): SimulatedGraphAnswer {
  return {
    status: 200,
    headers: JSON_HEADERS,
    body: JSON.stringify({
      "@odata.context": `https://graph.microsoft.com/v1.0/$metadata#users('${encodeURIComponent(owner)}')/calendar(owner,canEdit,canShare,canViewPrivateItems,allowedOnlineMeetingProviders,defaultOnlineMeetingProvider)/$entity`,
      owner: { name: owner.split("@")[0] ?? owner, address: owner },
      canShare: false,
      canViewPrivateItems: rights.canViewPrivateItems,
      canEdit: rights.canEdit,
      allowedOnlineMeetingProviders: rights.teams ? ["teamsForBusiness"] : [],
      defaultOnlineMeetingProvider: rights.teams ? "teamsForBusiness" : "unknown",
    }),
  };
}

function error(status: number, code: string, message: string): SimulatedGraphAnswer {
  return { status, headers: JSON_HEADERS, body: errorBody(code, message) };
}

function errorBody(code: string, message: string): string {
  return JSON.stringify({
    error: { code, message, innerError: { date: "2026-12-01T00:00:00", "request-id": "00000000-0000-0000-0000-000000000000" } },
  });
}

export function base64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  bytes.forEach((b) => (binary += String.fromCharCode(b)));
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}
