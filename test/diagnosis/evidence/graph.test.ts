import { claimsOf, readGraphCalendar, scopeGranted, type GraphReading, type GraphResponse } from "../../../src/diagnosis/evidence/graph";
import { graphCalendarReading } from "../../../src/diagnosis/evidence/merge";

const OWNER = "alex.wilber@contoso.com";
const AT = "2026-12-03T09:15:00.000Z";

/** The shape Graph documents for GET /users/{id}/calendar with our $select. */
function calendar(fields: Record<string, unknown>): GraphResponse {
  return {
    status: 200,
    body: JSON.stringify({
      "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users('alex.wilber%40contoso.com')/calendar",
      owner: { name: "Alex Wilber", address: OWNER },
      canShare: false,
      canViewPrivateItems: false,
      canEdit: true,
      allowedOnlineMeetingProviders: ["teamsForBusiness"],
      defaultOnlineMeetingProvider: "teamsForBusiness",
      ...fields,
    }),
  };
}

const error = (status: number, code: string, headers: Partial<GraphResponse> = {}): GraphResponse => ({
  status,
  body: JSON.stringify({ error: { code, message: "…" } }),
  ...headers,
});

// {"access_token":{"nbf":{"essential":true,"value":"1733212345"}}}, base64 as Graph sends it.
const CLAIMS_JSON = '{"access_token":{"nbf":{"essential":true,"value":"1733212345"}}}';
const CLAIMS_B64 = Buffer.from(CLAIMS_JSON).toString("base64");
const CHALLENGE = `Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000", error="insufficient_claims", claims="${CLAIMS_B64}"`;

const kindOf = (r: GraphReading) => (r.kind === "unknown" ? `unknown:${r.why}` : r.kind);

describe("readGraphCalendar: what each answer proves", () => {
  test.each<[string, GraphResponse, string]>([
    ["200, the owner's calendar", calendar({}), "evidence"],
    ["200, owner in another case", calendar({ owner: { name: "Alex", address: "Alex.Wilber@Contoso.com" } }), "evidence"],
    ["200, another owner's calendar", calendar({ owner: { name: "Megan", address: "megan@contoso.com" } }), "other-owner"],
    ["200 without the owner", calendar({ owner: null }), "unknown:unexpected"],
    ["200 without canEdit", calendar({ canEdit: undefined }), "unknown:unexpected"],
    ["200 with canEdit as text", calendar({ canEdit: "true" }), "unknown:unexpected"],
    ["200 that is not JSON", { status: 200, body: "<html>" }, "unknown:unexpected"],
    ["200 with a JSON list", { status: 200, body: "[]" }, "unknown:unexpected"],
    ["403 ErrorAccessDenied", error(403, "ErrorAccessDenied"), "no-access"],
    ["404 ErrorItemNotFound", error(404, "ErrorItemNotFound"), "no-access"],
    ["401 with a claims challenge", error(401, "InvalidAuthenticationToken", { wwwAuthenticate: CHALLENGE }), "claims-challenge"],
    ["401 without a challenge", error(401, "InvalidAuthenticationToken", { wwwAuthenticate: 'Bearer realm=""' }), "unknown:unexpected"],
    ["429", error(429, "TooManyRequests", { retryAfter: "10" }), "unknown:throttled"],
    ["500", error(500, "generalException"), "unknown:server-error"],
    ["503", { status: 503, body: "" }, "unknown:server-error"],
    ["400", error(400, "ErrorInvalidUser"), "unknown:unexpected"],
  ])("%s → %s", (_name, response, expected) => {
    expect(kindOf(readGraphCalendar(response, OWNER, AT))).toBe(expected);
  });

  test("the one retry: a second claims challenge is unknown, never another retry", () => {
    const again = readGraphCalendar(error(401, "x", { wwwAuthenticate: CHALLENGE }), OWNER, AT, true);
    expect(again).toEqual({ kind: "unknown", why: "still-unauthorized", detail: expect.any(String) });
  });

  test("evidence keeps its source and time, and reads canEdit, the delegate proof and Teams", () => {
    expect(readGraphCalendar(calendar({ canViewPrivateItems: true }), OWNER, AT)).toEqual({
      kind: "evidence",
      evidence: {
        source: "graph",
        checkedAt: AT,
        owner: OWNER,
        canEdit: true,
        delegate: "yes",
        teams: "allowed",
        allowedProviders: ["teamsForBusiness"],
        defaultProvider: "teamsForBusiness",
      },
    });
  });

  test.each<[string, Record<string, unknown>, object]>([
    [
      "Editor delegate with private items",
      { canViewPrivateItems: true },
      { calendarWrite: "can-write", delegate: "yes", teams: "allowed" },
    ],
    // False proves nothing: an Editor delegate without private access and a plain sharee both read false.
    ["Editor sharee", { canViewPrivateItems: false }, { calendarWrite: "can-write", delegate: "not-shown", teams: "allowed" }],
    ["Reviewer", { canEdit: false }, { calendarWrite: "cannot-write", delegate: "not-shown", teams: "allowed" }],
    ["no online meeting providers", { allowedOnlineMeetingProviders: [] }, { teams: "not-allowed" }],
    // Only Graph's "unknown" value says nothing about Teams.
    ["only unknown", { allowedOnlineMeetingProviders: ["unknown"] }, { teams: "unknown" }],
    ["Skype only", { allowedOnlineMeetingProviders: ["skypeForBusiness"] }, { teams: "not-allowed" }],
    ["providers not listed", { allowedOnlineMeetingProviders: undefined }, { teams: "unknown" }],
    ["providers not a list", { allowedOnlineMeetingProviders: "teamsForBusiness" }, { teams: "unknown" }],
    ["canViewPrivateItems as text", { canViewPrivateItems: "true" }, { delegate: "not-shown" }],
  ])("%s", (_name, fields, expected) => {
    const reading = readGraphCalendar(calendar(fields), OWNER, AT);
    if (reading.kind !== "evidence") throw new Error(`expected evidence, got ${reading.kind}`);
    const { delegate, teams } = reading.evidence;
    expect({ calendarWrite: graphCalendarReading(reading.evidence), delegate, teams }).toMatchObject(expected);
  });

  test("Graph's text is untrusted: control and format characters are dropped, long values capped", () => {
    const reading = readGraphCalendar(
      calendar({ allowedOnlineMeetingProviders: ["teams\u202EForBusiness", "x".repeat(500), 7] }),
      OWNER,
      AT,
    );
    if (reading.kind !== "evidence") throw new Error("expected evidence");
    expect(reading.evidence.allowedProviders[0]).toBe("teamsForBusiness");
    expect(reading.evidence.allowedProviders[1]?.length).toBeLessThanOrEqual(120);
    expect(reading.evidence.allowedProviders).toHaveLength(2);
  });

  test("no-access keeps Graph's error code; details of 429 and 5xx say why in words", () => {
    expect(readGraphCalendar(error(403, "ErrorAccessDenied"), OWNER, AT)).toEqual({
      kind: "no-access",
      status: 403,
      code: "ErrorAccessDenied",
    });
    expect(readGraphCalendar(error(429, "TooManyRequests", { retryAfter: "10" }), OWNER, AT)).toMatchObject({
      detail: "HTTP 429, retry after 10 s",
    });
    expect(readGraphCalendar(error(503, "serviceNotAvailable"), OWNER, AT)).toMatchObject({ detail: "HTTP 503 (serviceNotAvailable)" });
  });
});

describe("claimsOf", () => {
  test("decodes the claims of a challenge into the JSON MSAL takes", () => {
    expect(claimsOf(CHALLENGE)).toBe(CLAIMS_JSON);
    expect(claimsOf(`Bearer claims="${Buffer.from(CLAIMS_JSON).toString("base64url")}"`)).toBe(CLAIMS_JSON);
  });
  test.each([
    undefined,
    "",
    'Bearer realm=""',
    'Bearer claims="not base64!"',
    `Bearer claims="${btoa("not json")}"`,
    `Bearer claims="${btoa("[1]")}"`,
  ])("%p has none", (header) => {
    expect(claimsOf(header)).toBeUndefined();
  });
  test("a huge header is not scanned", () => {
    expect(claimsOf(`Bearer ${"x".repeat(10_000)} claims="${CLAIMS_B64}"`)).toBeUndefined();
  });
});

describe("scopeGranted", () => {
  test.each<[readonly string[], boolean]>([
    [["Calendars.Read.Shared"], true],
    [["openid", "profile", "https://graph.microsoft.com/Calendars.Read.Shared"], true],
    [["calendars.read.shared"], true],
    [["User.Read"], false],
    [["Calendars.Read"], false],
    [["Calendars.ReadWrite.Shared"], false],
    [[], false],
  ])("%p → %p", (scopes, expected) => {
    expect(scopeGranted(scopes)).toBe(expected);
  });
});
