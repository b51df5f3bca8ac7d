import { generateAudit, ORG_CONFIG, pairObject, SHAPES, type Shape } from "../../scripts/lib/auditFile";
import { decidePair, peopleOf } from "../../src/audit/decide";
import type { Json, JsonObject } from "../../src/audit/format";
import { readAuditText } from "../../src/audit/readFile";
import { decideRun, filterRows, NO_FILTER, type PairRow, sortRows } from "../../src/audit/rows";

const ORG: JsonObject = ORG_CONFIG;

function pair(shape: Shape, overrides: Record<string, unknown> = {}): Json {
  const base = pairObject({
    owner: "ceo@contoso.com",
    ownerName: "Alex Wilber",
    delegateIndex: 1,
    delegateName: "Megan Bowen",
    shape,
    ranAt: "2026-12-07T17:00:03.0000000Z",
  });
  return { ...base, ...overrides } as Json;
}

function decide(p: Json, org: JsonObject | null = ORG) {
  return decidePair(p, org, peopleOf(p, "ceo@contoso.com"));
}

describe("each planted shape gets the layers the pane's rules give it", () => {
  test.each(Object.keys(SHAPES) as Shape[])("%s", (shape) => {
    const d = decide(pair(shape));
    const expected = SHAPES[shape];
    expect({ calendar: d.calendar, sending: d.sending, teams: d.teams }).toEqual({
      calendar: expected.calendar,
      sending: expected.sending,
      teams: expected.teams,
    });
  });
});

describe("named problems", () => {
  test.each<[Shape, string[]]>([
    ["healthy", []],
    ["no-delegate-flag", ["no-delegate-flag"]],
    ["reviewer", ["role-read-only", "send-not-listed"]],
    ["no-send-on-behalf", ["send-not-listed"]],
    ["author", ["role-can-create"]],
    ["ews-blocked", ["ews-blocked"]],
    ["orphan", ["orphan"]],
    ["flag-unseen", []],
  ])("%s → %j", (shape, problems) => {
    const d = decide(pair(shape));
    const shown = d.reasons.filter((r) => !r.endsWith("-unseen") && r !== "unreadable");
    expect(shown).toEqual(problems);
  });

  test("an orphan is a send-on-behalf problem, and nothing is granted for it", () => {
    const d = decide(pair("orphan"));
    expect(d.broken).toEqual(["sending"]);
    expect([d.calendar, d.sending, d.teams]).not.toContain("granted");
  });

  test("no calendar entry at all is 'none' (missing), not unseen", () => {
    const p = pair("healthy", { CalendarPermission: { EntriesRead: 4, DelegateEntry: null }, Found: ["send-on-behalf"] });
    const d = decide(p);
    expect(d.calendar).toBe("missing");
    expect(d.reasons).toContain("role-none");
    expect(d.teams).toBe("missing");
  });
});

describe("what Exchange did not show stays unknown, never granted", () => {
  test("the organisation's settings unread (null): Teams can't be told, the rest stands", () => {
    const d = decide(pair("healthy"), null);
    expect(d.calendar).toBe("granted");
    expect(d.sending).toBe("granted");
    expect(d.teams).toBe("unknown");
    expect(d.reasons).toContain("ews-unseen");
  });

  test("the pair's own OrganizationConfig is replaced by the run's, whatever it says", () => {
    const blocked = { ...ORG, EwsEnabled: false };
    expect(decide(pair("healthy", { OrganizationConfig: ORG }), blocked).teams).toBe("missing");
    expect(decide(pair("healthy", { OrganizationConfig: blocked }), ORG).teams).toBe("granted");
  });

  test.each<[string, Record<string, unknown>, string, string]>([
    ["no calendar folder read", { CalendarPermission: null }, "unknown", "granted"],
    ["no mailbox read", { OwnerMailbox: null }, "granted", "unknown"],
    ["no CAS mailbox read", { CasMailbox: null }, "granted", "granted"],
  ])("%s: Teams unknown", (_what, overrides, calendar, sending) => {
    const d = decide(pair("healthy", overrides));
    expect([d.calendar, d.sending, d.teams]).toEqual([calendar, sending, "unknown"]);
  });

  test.each<[string, Json]>([
    ["not an object", "ceo@contoso.com"],
    ["null", null],
    ["a block of another version", pair("healthy", { Version: 2 })],
    ["a block without its keys", { Owner: "ceo@contoso.com", Delegate: "megan@contoso.com" }],
    ["a run time that is not a time", pair("healthy", { RanAtUtc: "9 December" })],
  ])("an entry that is not a whole block (%s) is unreadable: every layer unknown", (_what, p) => {
    const d = decide(p);
    expect([d.calendar, d.sending, d.teams]).toEqual(["unknown", "unknown", "unknown"]);
    expect(d.reasons).toContain("unreadable");
  });

  test("a delegate listed by display name that Exchange resolved elsewhere is not 'granted'", () => {
    const p = pair("healthy", {
      OwnerMailbox: {
        PrimarySmtpAddress: "ceo@contoso.com",
        DisplayName: "Alex Wilber",
        GrantSendOnBehalfTo: [{ Listed: "Megan Bowen", PrimarySmtpAddress: "another.megan@contoso.com" }],
      },
    });
    expect(decide(p).sending).toBe("unknown");
  });
});

describe("a whole run", () => {
  test("every planted pair shows its shape on its own row, and failed owners are rows of their own", async () => {
    const { file, planted } = generateAudit({ owners: 40, pairsPerOwner: 3, failedOwners: [5] });
    const reading = readAuditText(JSON.stringify(file));
    if (reading.kind !== "audit") throw new Error(JSON.stringify(reading));
    const result = await decideRun(reading.run);
    const pairs = result.rows.filter((r): r is PairRow => r.kind === "pair");
    expect(pairs).toHaveLength(planted.length);
    for (const p of planted) {
      const row = pairs.find((r) => r.owner === p.owner && r.people.delegate === p.delegate);
      expect({
        shape: p.shape,
        calendar: row?.decision.calendar,
        sending: row?.decision.sending,
        teams: row?.decision.teams,
        health: row?.health,
      }).toEqual({
        shape: p.shape,
        calendar: p.calendar,
        sending: p.sending,
        teams: p.teams,
        health: p.health,
      });
    }
    const failed = result.rows.filter((r) => r.kind === "failed");
    expect(failed.map((r) => r.owner)).toEqual(["owner00005@contoso.com"]);
    expect(result.summary).toMatchObject({ ownersRead: 39, ownersFailed: 1, pairs: planted.length });
    expect(result.summary.problemPairs).toBe(planted.filter((p) => p.health === "problem").length);
  });

  test("owners with problems come first, each owner's problems before its healthy pairs", async () => {
    const shapes: Shape[] = ["healthy", "healthy", "reviewer"];
    const { file } = generateAudit({
      owners: 3,
      pairsPerOwner: 2,
      shapeOf: (o, p) => (o === 2 && p === 1 ? "reviewer" : (shapes[0] as Shape)),
    });
    const reading = readAuditText(JSON.stringify(file));
    if (reading.kind !== "audit") throw new Error("not read");
    const { rows } = await decideRun(reading.run);
    expect(rows.map((r) => [r.owner, r.health])).toEqual([
      ["owner00002@contoso.com", "problem"],
      ["owner00002@contoso.com", "ok"],
      ["owner00000@contoso.com", "ok"],
      ["owner00000@contoso.com", "ok"],
      ["owner00001@contoso.com", "ok"],
      ["owner00001@contoso.com", "ok"],
    ]);
    expect(sortRows(rows, "owner").map((r) => r.owner)[0]).toBe("owner00000@contoso.com");
  });

  test("filters: problems only, by owner, by layer, and search", async () => {
    const { file, planted } = generateAudit({ owners: 8, pairsPerOwner: 3, failedOwners: [1] });
    const reading = readAuditText(JSON.stringify(file));
    if (reading.kind !== "audit") throw new Error("not read");
    const { rows } = await decideRun(reading.run);
    const problems = filterRows(rows, { ...NO_FILTER, problemsOnly: true });
    expect(problems).toHaveLength(planted.filter((p) => p.health === "problem").length + 1);
    const sending = filterRows(rows, { ...NO_FILTER, layer: "sending" });
    expect(sending.every((r) => r.kind === "pair" && r.decision.broken.includes("sending"))).toBe(true);
    expect(sending.length).toBe(planted.filter((p) => ["reviewer", "no-send-on-behalf", "orphan"].includes(p.shape)).length);
    expect(filterRows(rows, { ...NO_FILTER, owner: "OWNER00003@contoso.com" }).every((r) => r.owner === "owner00003@contoso.com")).toBe(
      true,
    );
    expect(filterRows(rows, { ...NO_FILTER, query: "assistant00004" }).map((r) => (r.kind === "pair" ? r.people.delegate : ""))).toEqual([
      "assistant00004@contoso.com",
    ]);
  });

  test("hostile names stay text, on one line, capped", async () => {
    const hostile = `<img src=x onerror=alert(1)>\u202Egnp.exe\nsecond line ${"x".repeat(400)}`;
    const { file } = generateAudit({ owners: 1, pairsPerOwner: 1, names: { 0: hostile } });
    const reading = readAuditText(JSON.stringify(file));
    if (reading.kind !== "audit") throw new Error("not read");
    const { rows } = await decideRun(reading.run);
    const row = rows[0] as PairRow;
    expect(row.people.delegateName?.startsWith("<img src=x onerror=alert(1)>")).toBe(true);
    expect(row.people.delegateName).not.toMatch(/[\n\u202E]/);
    expect(row.people.delegateName?.length).toBeLessThanOrEqual(200);
  });

  test("deciding hands control back to the page while it works, and says how far it got", async () => {
    const { file } = generateAudit({ owners: 10, pairsPerOwner: 10 });
    const reading = readAuditText(JSON.stringify(file));
    if (reading.kind !== "audit") throw new Error("not read");
    const progress: number[] = [];
    let pauses = 0;
    await decideRun(reading.run, { every: 25, pause: async () => void pauses++, onProgress: (done) => progress.push(done) });
    expect(pauses).toBe(4);
    expect(progress).toEqual([25, 50, 75, 100, 100]);
  });

  test("deciding stops at its next pause once another file replaces this one", async () => {
    const { file } = generateAudit({ owners: 10, pairsPerOwner: 10 });
    const reading = readAuditText(JSON.stringify(file));
    if (reading.kind !== "audit") throw new Error("not read");
    const stop = new AbortController();
    const progress: number[] = [];
    const deciding = decideRun(reading.run, {
      every: 25,
      signal: stop.signal,
      pause: async () => {
        if (progress.length === 2) stop.abort();
      },
      onProgress: (done) => progress.push(done),
    });
    await expect(deciding).rejects.toMatchObject({ name: "AbortError" });
    expect(progress).toEqual([25, 50]);
  });
});
