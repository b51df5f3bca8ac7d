/**
 * The Graph adapter with the token source and fetch under the test's control: the one call it
 * makes, the one retry on a claims challenge, and every failure turned into "unknown, because …".
 * MSAL itself is exercised against the simulated NAA bridge in test/browser/graph.test.ts.
 */
import { checkWithGraph, type GraphCheckDeps } from "../../src/graph";
import { calendarUrl } from "../../src/graph/calendarCall";
import type { TokenOutcome } from "../../src/graph/token";

const OWNER = "alex.wilber@contoso.com";
const APP = { clientId: "11111111-2222-3333-4444-555555555555", authority: "https://login.microsoftonline.com/common" };
const TOKEN = "secret-access-token-0123456789";
const NOW = new Date("2026-12-03T09:15:00Z");

interface Answer {
  readonly status: number;
  readonly body?: string;
  readonly headers?: Record<string, string>;
}

function fakeFetch(answers: Array<Answer | Error | "hang">) {
  const calls: Array<{ url: string; init: RequestInit }> = [];
  const impl = (url: string, init: RequestInit): Promise<unknown> => {
    calls.push({ url, init });
    const next = answers.shift();
    if (next === undefined) throw new Error("no more answers");
    if (next === "hang")
      return new Promise((_resolve, reject) =>
        init.signal?.addEventListener("abort", () => reject(new Error("The operation was aborted."))),
      );
    if (next instanceof Error) return Promise.reject(next);
    const headers = new Map(Object.entries(next.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
    return Promise.resolve({
      status: next.status,
      text: async () => next.body ?? "",
      headers: { get: (k: string) => headers.get(k.toLowerCase()) ?? null },
    });
  };
  return { calls, fetchImpl: impl as unknown as typeof fetch };
}

function tokens(...outcomes: TokenOutcome[]) {
  const asked: Array<string | undefined> = [];
  const acquireToken = async (_app: unknown, _hint: string | undefined, claims?: string) => {
    asked.push(claims);
    const next = outcomes.shift();
    if (!next) throw new Error("no more tokens");
    return next;
  };
  return { asked, acquireToken };
}

const CALENDAR = JSON.stringify({
  owner: { name: "Alex Wilber", address: OWNER },
  canEdit: true,
  canShare: false,
  canViewPrivateItems: true,
  allowedOnlineMeetingProviders: ["teamsForBusiness"],
  defaultOnlineMeetingProvider: "teamsForBusiness",
});
const CLAIMS = '{"access_token":{"nbf":{"essential":true,"value":"1"}}}';
const CHALLENGE = { "WWW-Authenticate": `Bearer realm="", error="insufficient_claims", claims="${btoa(CLAIMS)}"` };

const run = (deps: GraphCheckDeps) => checkWithGraph({ app: APP, owner: OWNER, loginHint: "you@contoso.com" }, { now: () => NOW, ...deps });

describe("checkWithGraph", () => {
  test("one GET of the owner's calendar with the token as a Bearer header, read as evidence with its time", async () => {
    const net = fakeFetch([{ status: 200, body: CALENDAR }]);
    const reading = await run({ ...tokens({ ok: true, accessToken: TOKEN }), fetchImpl: net.fetchImpl });
    expect(reading).toMatchObject({ kind: "evidence", evidence: { canEdit: true, delegate: "yes", checkedAt: NOW.toISOString() } });
    expect(net.calls).toHaveLength(1);
    expect(net.calls[0]?.url).toBe(calendarUrl(OWNER));
    expect(net.calls[0]?.url).toBe(
      "https://graph.microsoft.com/v1.0/users/alex.wilber%40contoso.com/calendar?$select=owner,canEdit,canShare,canViewPrivateItems,allowedOnlineMeetingProviders,defaultOnlineMeetingProvider",
    );
    expect(net.calls[0]?.init).toMatchObject({ method: "GET", credentials: "omit", headers: { Authorization: `Bearer ${TOKEN}` } });
    // The token is in the header only, never in the URL or the reading.
    expect(net.calls[0]?.url).not.toContain(TOKEN);
    expect(JSON.stringify(reading)).not.toContain(TOKEN);
  });

  test("a claims challenge gets exactly one new token with those claims, then the answer", async () => {
    const net = fakeFetch([
      { status: 401, headers: CHALLENGE },
      { status: 200, body: CALENDAR },
    ]);
    const source = tokens({ ok: true, accessToken: TOKEN }, { ok: true, accessToken: `${TOKEN}-2` });
    const reading = await run({ ...source, fetchImpl: net.fetchImpl });
    expect(reading.kind).toBe("evidence");
    expect(source.asked).toEqual([undefined, CLAIMS]);
    expect(net.calls[1]?.init.headers).toEqual(expect.objectContaining({ Authorization: `Bearer ${TOKEN}-2` }));
  });

  test("a second challenge is unknown, with no third call", async () => {
    const net = fakeFetch([
      { status: 401, headers: CHALLENGE },
      { status: 401, headers: CHALLENGE },
    ]);
    const reading = await run({ ...tokens({ ok: true, accessToken: TOKEN }, { ok: true, accessToken: TOKEN }), fetchImpl: net.fetchImpl });
    expect(reading).toMatchObject({ kind: "unknown", why: "still-unauthorized" });
    expect(net.calls).toHaveLength(2);
  });

  test("no token: no call at all, and the token source's reason", async () => {
    const net = fakeFetch([]);
    const reading = await run({ ...tokens({ ok: false, why: "consent-refused", detail: "user_canceled" }), fetchImpl: net.fetchImpl });
    expect(reading).toEqual({ kind: "unknown", why: "consent-refused", detail: "user_canceled" });
    expect(net.calls).toHaveLength(0);
  });

  test("no answer in time is unknown (timed out), not a hang", async () => {
    const net = fakeFetch(["hang"]);
    const reading = await run({ ...tokens({ ok: true, accessToken: TOKEN }), fetchImpl: net.fetchImpl, timeoutMs: 50 });
    expect(reading).toMatchObject({ kind: "unknown", why: "timed-out" });
  });

  test("a network failure is unknown (network)", async () => {
    const net = fakeFetch([new TypeError("Failed to fetch")]);
    const reading = await run({ ...tokens({ ok: true, accessToken: TOKEN }), fetchImpl: net.fetchImpl });
    expect(reading).toEqual({ kind: "unknown", why: "network", detail: "the request to Graph failed: Failed to fetch" });
  });

  test("403 is no access; 429 unknown", async () => {
    const forbidden = fakeFetch([{ status: 403, body: '{"error":{"code":"ErrorAccessDenied"}}' }]);
    expect(await run({ ...tokens({ ok: true, accessToken: TOKEN }), fetchImpl: forbidden.fetchImpl })).toEqual({
      kind: "no-access",
      status: 403,
      code: "ErrorAccessDenied",
    });
    const throttled = fakeFetch([{ status: 429, headers: { "Retry-After": "5" } }]);
    expect(await run({ ...tokens({ ok: true, accessToken: TOKEN }), fetchImpl: throttled.fetchImpl })).toMatchObject({
      kind: "unknown",
      why: "throttled",
    });
  });

  test("an owner in the URL is encoded: a hostile address cannot change the path or query", () => {
    expect(calendarUrl("a/b?c=d#e@contoso.com")).toContain("/users/a%2Fb%3Fc%3Dd%23e%40contoso.com/calendar?");
  });
});
