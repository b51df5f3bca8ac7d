/**
 * Exchange's answer remembered per owner and delegate in roaming settings: read back for the same
 * pair only, old after 30 days, forgotten in one call, capped in size, and whatever else is stored
 * there (an older version, a hand-edited value) ignored without a crash.
 */
import {
  forgetEvidence,
  readPreferredProvider,
  readRememberedEvidence,
  rememberEvidence,
  remembersAnyEvidence,
  savePreferredProvider,
} from "../../src/office/roaming";
import { MAX_PAIRS, MAX_STORE_CHARS, pairFrom, readStore, withPair } from "../../src/office/rememberedEvidence";
import { fakeRoaming } from "../taskpane/fakeGateway";
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
      version: 1,
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
    ["another version", { version: 2, pairs: [pairFrom(ALEX, MEGAN, finding(), PASTED)] }],
    ["pairs that is not a list", { version: 1, pairs: { 0: 1 } }],
    [
      "a conclusion out of range",
      { version: 1, pairs: [{ ...pairFrom(ALEX, MEGAN, finding(), PASTED), conclusions: { calendarRole: "owner" } }] },
    ],
    ["an unreadable date", { version: 1, pairs: [{ ...pairFrom(ALEX, MEGAN, finding(), PASTED), savedAt: "yesterday" }] }],
    ["rights that are not text", { version: 1, pairs: [{ ...pairFrom(ALEX, MEGAN, finding(), PASTED), accessRights: [{ html: "<b>" }] }] }],
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
