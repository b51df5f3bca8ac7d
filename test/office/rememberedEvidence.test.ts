/**
 * Exchange's answer remembered per owner and delegate in roaming settings: read back for the same
 * pair only, old after 30 days, forgotten in one call, capped in size, and whatever else is stored
 * there (an older version, a hand-edited value) ignored without a crash.
 */
import { readRequestIds, readPreferredProvider, readRememberedEvidence, remembersAnyEvidence } from "../../src/office/roaming";
import { forgetEvidence, issueRequest, rememberEvidence, savePreferredProvider } from "../../src/office/roamingWrites";
import { MAX_PAIRS, MAX_STORE_CHARS, readRequests, readStore, REQUEST_REUSE_DAYS } from "../../src/office/rememberedEvidence";
import { pairFrom, requestIdOf, withPair } from "../../src/office/rememberedEvidenceEdits";
import { fakeRoaming } from "../support/fakeGateway";
import { finding } from "../diagnosis/evidence/findings";

const ALEX = "alex.wilber@contoso.com";
const MEGAN = "megan.bowen@contoso.com";
const PASTED = "2026-12-03T12:00:00.000Z";
const NEXT_WEEK = "2026-12-10T09:00:00.000Z";

describe("Exchange's answer remembered for this owner and delegate", () => {
  test("is read back for the same pair (addresses in any case), as remembered and not old", async () => {
    const values: Record<string, unknown> = {};
    const settings = fakeRoaming(values);
    await expect(rememberEvidence(settings, ALEX, MEGAN, finding(), PASTED)).resolves.toMatchObject({ ok: true });
    expect(readRememberedEvidence(settings, "Alex.Wilber@Contoso.com", MEGAN, NEXT_WEEK)).toEqual({
      ...finding(),
      remembered: true,
      stale: false,
    });
    expect(readRememberedEvidence(settings, "lee.gu@contoso.com", MEGAN, NEXT_WEEK)).toBeUndefined();
    expect(readRememberedEvidence(settings, ALEX, "lynne@contoso.com", NEXT_WEEK)).toBeUndefined();
  });

  test("keeps only conclusions, dates and the two addresses", async () => {
    const values: Record<string, unknown> = {};
    await rememberEvidence(fakeRoaming(values), ALEX, MEGAN, finding(), PASTED);
    const stored = JSON.stringify(values["exchangeEvidence"]);
    expect(JSON.parse(stored)).toEqual({
      version: 2,
      pairs: [
        {
          owner: ALEX,
          delegate: MEGAN,
          savedAt: PASTED,
          conclusions: { calendarRole: "editor", delegateFlag: "yes", sendOnBehalf: "granted", ewsForTeams: "allowed" },
          form: "block",
          ranAt: "2026-12-03T11:00:00.000Z",
          pastedAt: PASTED,
          accessRights: ["Editor"],
          sharingPermissionFlags: ["Delegate"],
        },
      ],
    });
  });

  test("is old after 30 days from when the block ran", async () => {
    const settings = fakeRoaming();
    await rememberEvidence(settings, ALEX, MEGAN, finding(), PASTED);
    expect(readRememberedEvidence(settings, ALEX, MEGAN, "2027-01-02T10:59:00.000Z")?.stale).toBe(false);
    expect(readRememberedEvidence(settings, ALEX, MEGAN, "2027-01-02T11:01:00.000Z")?.stale).toBe(true);
  });

  test("whether any pair is remembered is known before the pair is (the pane then fetches the rules early)", async () => {
    const values: Record<string, unknown> = {};
    const settings = fakeRoaming(values);
    expect(remembersAnyEvidence(settings)).toBe(false);
    await rememberEvidence(settings, ALEX, MEGAN, finding(), PASTED);
    expect(remembersAnyEvidence(settings)).toBe(true);
    await forgetEvidence(settings, ALEX, MEGAN);
    expect(remembersAnyEvidence(settings)).toBe(false);
    values["exchangeEvidence"] = { version: 1, pairs: [{ owner: ALEX }] };
    expect(remembersAnyEvidence(settings)).toBe(false);
    expect(remembersAnyEvidence(undefined)).toBe(false);
  });

  test("Forget removes this pair only, and leaves the other settings alone", async () => {
    const settings = fakeRoaming();
    await savePreferredProvider(settings, "zoom-room");
    await rememberEvidence(settings, ALEX, MEGAN, finding(), PASTED);
    await rememberEvidence(settings, "lee.gu@contoso.com", MEGAN, finding(), PASTED);
    await expect(forgetEvidence(settings, ALEX, MEGAN)).resolves.toMatchObject({ ok: true });
    expect(readRememberedEvidence(settings, ALEX, MEGAN, NEXT_WEEK)).toBeUndefined();
    expect(readRememberedEvidence(settings, "lee.gu@contoso.com", MEGAN, NEXT_WEEK)).toBeDefined();
    expect(readPreferredProvider(settings)).toBe("zoom-room");
  });

  test(`keeps at most ${MAX_PAIRS} pairs, dropping the oldest, and stays far below 32 KB`, async () => {
    const values: Record<string, unknown> = {};
    const settings = fakeRoaming(values);
    const long = finding({}, { accessRights: Array.from({ length: 40 }, () => "x".repeat(500)) });
    for (let day = 1; day <= 30; day++) {
      const savedAt = `2026-11-${String(day).padStart(2, "0")}T12:00:00.000Z`;
      await rememberEvidence(settings, `owner${day}@contoso.com`, MEGAN, long, savedAt);
    }
    const pairs = readStore(values["exchangeEvidence"]);
    expect(pairs.length).toBeLessThanOrEqual(MAX_PAIRS);
    expect(pairs[0]?.owner).toBe("owner30@contoso.com");
    expect(pairs.some((p) => p.owner === "owner1@contoso.com")).toBe(false);
    expect(JSON.stringify(values["exchangeEvidence"]).length).toBeLessThanOrEqual(MAX_STORE_CHARS);
  });

  test("a newer answer for the same pair replaces the older one", async () => {
    const settings = fakeRoaming();
    await rememberEvidence(settings, ALEX, MEGAN, finding(), PASTED);
    await rememberEvidence(settings, ALEX, MEGAN, finding({ sendOnBehalf: "missing" }), NEXT_WEEK);
    expect(readRememberedEvidence(settings, ALEX, MEGAN, NEXT_WEEK)?.conclusions.sendOnBehalf).toBe("missing");
  });

  test.each<[string, unknown]>([
    ["nothing stored", undefined],
    ["a string that is not JSON", "{not json"],
    // Kept before answers were tied to a request: never trusted again.
    ["an answer kept before request ids (version 1)", { version: 1, pairs: [pairFrom(ALEX, MEGAN, finding(), PASTED)] }],
    ["another version", { version: 3, pairs: [pairFrom(ALEX, MEGAN, finding(), PASTED)] }],
    ["pairs that is not a list", { version: 2, pairs: { 0: 1 } }],
    [
      "a conclusion out of range",
      { version: 2, pairs: [{ ...pairFrom(ALEX, MEGAN, finding(), PASTED), conclusions: { calendarRole: "owner" } }] },
    ],
    ["an unreadable date", { version: 2, pairs: [{ ...pairFrom(ALEX, MEGAN, finding(), PASTED), savedAt: "yesterday" }] }],
    ["rights that are not text", { version: 2, pairs: [{ ...pairFrom(ALEX, MEGAN, finding(), PASTED), accessRights: [{ html: "<b>" }] }] }],
    ["null", null],
    ["a number", 42],
  ])("%s is ignored, without a crash", (_name, stored) => {
    const settings = fakeRoaming({ exchangeEvidence: stored });
    expect(readRememberedEvidence(settings, ALEX, MEGAN, NEXT_WEEK)).toBeUndefined();
  });

  test("a malformed store is replaced on the next save, and settings that throw never crash", async () => {
    const values: Record<string, unknown> = { exchangeEvidence: "{not json" };
    await rememberEvidence(fakeRoaming(values), ALEX, MEGAN, finding(), PASTED);
    expect(readStore(values["exchangeEvidence"])).toHaveLength(1);
    const throwing = {
      get: () => {
        throw new Error("x");
      },
    };
    expect(readRememberedEvidence(throwing, ALEX, MEGAN, NEXT_WEEK)).toBeUndefined();
    await expect(rememberEvidence(throwing, ALEX, MEGAN, finding(), PASTED)).resolves.toMatchObject({ ok: false });
  });

  test("withPair keeps the newest first", () => {
    const older = pairFrom("a@x.com", MEGAN, finding(), "2026-11-01T00:00:00Z");
    const newer = pairFrom("b@x.com", MEGAN, finding(), "2026-11-02T00:00:00Z");
    expect(withPair([newer], older).pairs.map((p) => p.owner)).toEqual(["b@x.com", "a@x.com"]);
  });
});

describe("an answer kept for this pair is dated honestly", () => {
  test("its age counts from the earlier of the run and the paste: a run time after the paste cannot make it younger", async () => {
    const settings = fakeRoaming();
    // Said to have run on 20 December, pasted on 3 December: 30 days from the paste.
    await rememberEvidence(settings, ALEX, MEGAN, finding({}, { ranAt: "2026-12-20T12:00:00.000Z" }), PASTED);
    expect(readRememberedEvidence(settings, ALEX, MEGAN, "2027-01-02T11:59:00.000Z")?.stale).toBe(false);
    expect(readRememberedEvidence(settings, ALEX, MEGAN, "2027-01-02T12:01:00.000Z")?.stale).toBe(true);
  });

  test("one dated in the future (beyond a few minutes of clock skew) is never fresh", async () => {
    const settings = fakeRoaming();
    const future = finding({}, { ranAt: "2099-12-09T09:15:02Z", pastedAt: "2099-12-09T09:20:00Z" });
    await rememberEvidence(settings, ALEX, MEGAN, future, "2099-12-09T09:20:00Z");
    expect(readRememberedEvidence(settings, ALEX, MEGAN, NEXT_WEEK)?.stale).toBe(true);
    // A clock a few minutes behind IT's is not "the future".
    const skewed = fakeRoaming();
    await rememberEvidence(skewed, ALEX, MEGAN, finding({}, { ranAt: "2026-12-03T12:03:00.000Z" }), PASTED);
    expect(readRememberedEvidence(skewed, ALEX, MEGAN, PASTED)?.stale).toBe(false);
  });
});

describe("the request ids this pane issued, per owner and assistant", () => {
  /** Random bytes as a test sees them: a new, different id each call. */
  function counter(): (length: number) => Uint8Array {
    let n = 0;
    return (length) => Uint8Array.from({ length }, (_, i) => (i === 0 ? ++n : 0xa0 + i));
  }

  test("an id is 32 hex digits from 16 random bytes, survives the pane (roaming settings) and belongs to its pair only", async () => {
    const values: Record<string, unknown> = {};
    const settings = fakeRoaming(values);
    const random = jest.fn(counter());
    const { id, saved } = await issueRequest(settings, ALEX, MEGAN, PASTED, random);
    expect(saved).toBe(true);
    expect(random).toHaveBeenCalledWith(16);
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    // A new pane on the same mailbox reads it back, addresses in any case; another pair has none.
    const reopened = fakeRoaming(JSON.parse(JSON.stringify(values)) as Record<string, unknown>);
    expect(readRequestIds(reopened, "Alex.Wilber@Contoso.com", MEGAN)).toEqual([id]);
    expect(readRequestIds(reopened, "lee.gu@contoso.com", MEGAN)).toEqual([]);
    expect(readRequestIds(reopened, ALEX, "lynne@contoso.com")).toEqual([]);
  });

  test(`the same request is asked again with the same id for ${REQUEST_REUSE_DAYS} days, then a new one is issued and the last few still count`, async () => {
    const settings = fakeRoaming();
    const random = counter();
    const first = await issueRequest(settings, ALEX, MEGAN, PASTED, random);
    await expect(issueRequest(settings, ALEX, MEGAN, NEXT_WEEK, random)).resolves.toEqual({ id: first.id, saved: true });
    const later = await issueRequest(settings, ALEX, MEGAN, "2027-01-10T09:00:00.000Z", random);
    expect(later.id).not.toBe(first.id);
    expect(readRequestIds(settings, ALEX, MEGAN)).toEqual([later.id, first.id]);
    for (const month of ["02", "03", "04", "05"]) await issueRequest(settings, ALEX, MEGAN, `2027-${month}-10T09:00:00.000Z`, random);
    expect(readRequestIds(settings, ALEX, MEGAN)).toHaveLength(3);
    expect(readRequestIds(settings, ALEX, MEGAN)).not.toContain(first.id);
  });

  test("the ids do not touch the remembered answers, and Forget leaves them (IT may still answer)", async () => {
    const settings = fakeRoaming();
    await rememberEvidence(settings, ALEX, MEGAN, finding(), PASTED);
    const { id } = await issueRequest(settings, ALEX, MEGAN, PASTED, counter());
    expect(readRememberedEvidence(settings, ALEX, MEGAN, NEXT_WEEK)).toBeDefined();
    await forgetEvidence(settings, ALEX, MEGAN);
    expect(readRequestIds(settings, ALEX, MEGAN)).toEqual([id]);
  });

  test("when Outlook does not keep a new id, the id is still given (the pane holds it while open) and says so", async () => {
    const refusing = { get: () => undefined, set: () => undefined, saveAsync: (cb?: (r: unknown) => void) => cb?.({ status: "failed" }) };
    const { id, saved } = await issueRequest(refusing, ALEX, MEGAN, PASTED, counter());
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(saved).toBe(false);
  });

  test.each<[string, unknown]>([
    ["nothing", undefined],
    ["not JSON", "{"],
    ["another version", { version: 2, requests: [] }],
    [
      "an id that is not hex",
      { version: 1, requests: [{ owner: ALEX, delegate: MEGAN, id: "<script>alert(1)</script>0000", issuedAt: PASTED }] },
    ],
    ["an id too short to be unguessable", { version: 1, requests: [{ owner: ALEX, delegate: MEGAN, id: "abc", issuedAt: PASTED }] }],
    ["no date", { version: 1, requests: [{ owner: ALEX, delegate: MEGAN, id: requestIdOf(new Uint8Array(16)) }] }],
  ])("%s is ignored, without a crash", (_name, stored) => {
    expect(readRequests(stored)).toEqual([]);
    expect(readRequestIds(fakeRoaming({ exchangeRequests: stored }), ALEX, MEGAN)).toEqual([]);
  });
});
