/**
 * "Check with Microsoft 365": the "graph" chunk's entry, imported only when the user clicks. A token
 * through Outlook, the one call, and its reading; the token never leaves this module's variables.
 */
import { readGraphCalendar, type GraphReading } from "../diagnosis/evidence/graph";
import { fetchOwnerCalendar, GRAPH_TIMEOUT_MS } from "./calendarCall";
import { acquireGraphToken, type GraphApp, type TokenOutcome } from "./token";

export type { GraphApp };

export interface GraphCheckRequest {
  readonly app: GraphApp;
  /** The owner's address, as Outlook named it: the calendar asked for and the owner it must match. */
  readonly owner: string;
  /** The signed-in user's address: lets Outlook pick the right account without asking. */
  readonly loginHint?: string;
}

export interface GraphCheckDeps {
  readonly acquireToken?: (app: GraphApp, loginHint: string | undefined, claims?: string) => Promise<TokenOutcome>;
  readonly fetchImpl?: typeof fetch;
  readonly now?: () => Date;
  readonly timeoutMs?: number;
}

/** Never rejects: every failure is a reading ("unknown", with the reason). */
export async function checkWithGraph(request: GraphCheckRequest, deps: GraphCheckDeps = {}): Promise<GraphReading> {
  const acquire = deps.acquireToken ?? acquireGraphToken;
  const now = deps.now ?? (() => new Date());
  try {
    let claims: string | undefined;
    // One try, and one retry when Graph asks for more claims (a conditional-access challenge).
    for (let attempt = 0; attempt < 2; attempt++) {
      const token = await acquire(request.app, request.loginHint, claims);
      if (!token.ok) return { kind: "unknown", why: token.why, detail: token.detail };
      const call = await fetchOwnerCalendar(request.owner, token.accessToken, deps.fetchImpl, deps.timeoutMs ?? GRAPH_TIMEOUT_MS);
      if (!call.ok) return { kind: "unknown", why: call.why, detail: call.detail };
      const reading = readGraphCalendar(call.response, request.owner, now().toISOString(), attempt > 0);
      if (reading.kind !== "claims-challenge") return reading;
      claims = reading.claims;
    }
    return { kind: "unknown", why: "still-unauthorized", detail: "HTTP 401 again after a new token with the requested claims" };
  } catch (error) {
    return { kind: "unknown", why: "unexpected", detail: error instanceof Error ? error.message.slice(0, 160) : "unexpected failure" };
  }
}
