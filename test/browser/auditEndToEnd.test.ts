/**
 * Issue 32's end-to-end proof: the audit script runs in real PowerShell over a generated organisation
 * of 1,000 owners (throttling on some calls, one owner Exchange refuses to read, hostile names,
 * assistants serving several owners), and the file it writes, dropped on the audit page, shows every
 * planted problem on its own pair and no problem anywhere else. The planted shapes come from
 * test/powershell/auditOrg.ts; what the page must show for each is derived here from the problem
 * alone, not from the page's own code.
 */
import { readFileSync } from "node:fs";
import type { PlantedOwner, PlantedPair, Problem } from "../powershell/auditOrg";
import { auditGeneratedOrganisation } from "../powershell/audit";
import { type AuditPage, dropAuditFile, openAuditPage, readAllRows, type ShownRow, summaryValues } from "./support/auditPage";
import { startHarness, type Harness } from "./support/harness";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness?.close());

let audit: AuditPage | undefined;
afterEach(async () => {
  await audit?.close();
  audit = undefined;
});

type Column = "calendar" | "sending" | "teams";

/**
 * The page's column each planted problem must turn to "missing". Teams needs every layer (the
 * Delegate flag and EWS included), so any problem also refuses it; someone who left has no recipient
 * to read, so the page must flag the pair without claiming any layer is granted.
 */
const REFUSES: Readonly<Record<Exclude<Problem, "left-organisation">, Column>> = {
  "no-delegate-flag": "teams",
  "read-only": "calendar",
  "no-calendar-entry": "calendar",
  "no-send-on-behalf": "sending",
  "ews-closed-mailbox": "teams",
  "ews-closed-organisation": "teams",
};

function expectation(pair: PlantedPair): { health: string; columns: Partial<Record<Column, string>>; notGranted: Column[] } {
  if (pair.problems.includes("left-organisation")) return { health: "problem", columns: {}, notGranted: ["calendar", "sending", "teams"] };
  if (pair.problems.length === 0)
    return { health: "ok", columns: { calendar: "granted", sending: "granted", teams: "granted" }, notGranted: [] };
  const columns: Partial<Record<Column, string>> = { teams: "missing" };
  for (const problem of pair.problems) columns[REFUSES[problem as keyof typeof REFUSES]] = "missing";
  for (const column of ["calendar", "sending"] as const) columns[column] ??= "granted";
  return { health: "problem", columns, notGranted: [] };
}

function checkRows(owners: readonly PlantedOwner[], rows: readonly ShownRow[]): void {
  const pairs = rows.filter((r) => r.delegate !== null);
  const planted = owners.flatMap((o) => o.pairs);
  expect(pairs).toHaveLength(planted.length);
  const byPair = new Map(pairs.map((r) => [`${r.owner}\u0000${r.delegate}`, r]));
  const wrong: unknown[] = [];
  for (const pair of planted) {
    const row = byPair.get(`${pair.owner}\u0000${pair.delegate}`);
    const want = expectation(pair);
    const shown = row && { calendar: row.calendar, sending: row.sending, teams: row.teams };
    const ok =
      row !== undefined &&
      row.health === want.health &&
      Object.entries(want.columns).every(([column, status]) => row[column as Column] === status) &&
      want.notGranted.every((column) => row[column] !== "granted");
    if (!ok)
      wrong.push({
        owner: pair.owner,
        delegate: pair.delegate,
        shape: pair.shape,
        problems: pair.problems,
        want,
        shown,
        health: row?.health,
      });
  }
  expect(wrong).toEqual([]);
}

test("a 1,000-owner organisation audited in real PowerShell shows each planted problem on its pair and none elsewhere", async () => {
  const generated = await auditGeneratedOrganisation();
  expect(generated.owners.length).toBeGreaterThanOrEqual(1000);
  const failing = generated.owners.filter((o) => o.failsAt !== null);
  expect(failing).toHaveLength(1);
  // The run met throttling and said so, and the plants cover every problem the issue names.
  expect(generated.run.Warnings.length).toBeGreaterThan(0);
  const problems = new Set(generated.owners.flatMap((o) => o.pairs.flatMap((p) => p.problems)));
  for (const problem of ["no-delegate-flag", "read-only", "left-organisation", "ews-closed-mailbox", "no-send-on-behalf"] as const) {
    expect(problems).toContain(problem);
  }
  expect(generated.owners.some((o) => o.pairs.length > 0 && o.pairs.every((p) => p.problems.length === 0))).toBe(true);

  audit = await openAuditPage(harness);
  const { page } = audit;
  await expect(dropAuditFile(page, readFileSync(generated.file, "utf8"))).resolves.toBe("ready");
  const rows = await readAllRows(page);
  checkRows(generated.owners, rows);

  // The owner Exchange refused is one row of its own, naming the cmdlet that failed; nobody else failed.
  const failedRows = rows.filter((r) => r.delegate === null);
  expect(failedRows.map((r) => r.owner)).toEqual([failing[0]?.owner]);
  expect(failedRows[0]?.text).toContain(failing[0]?.failsAt ?? "?");
  const summary = await summaryValues(page);
  expect(summary["owners-failed"]).toBe("1");
  expect(summary.pairs).toBe(generated.owners.reduce((n, o) => n + o.pairs.length, 0).toLocaleString("en-US"));
  expect(audit.problems).toEqual([]);
}, 300_000);

test("EWS closed for the whole organisation refuses Teams on every pair, and only Teams where nothing else is wrong", async () => {
  const generated = await auditGeneratedOrganisation({ owners: 40, orgEwsOff: true, throttle: false, failingOwner: null });
  expect(
    generated.owners
      .flatMap((o) => o.pairs)
      .every((p) => p.problems.includes("ews-closed-organisation") || p.problems.includes("left-organisation")),
  ).toBe(true);

  audit = await openAuditPage(harness);
  const { page } = audit;
  await expect(dropAuditFile(page, readFileSync(generated.file, "utf8"))).resolves.toBe("ready");
  const rows = await readAllRows(page);
  checkRows(generated.owners, rows);
  expect(rows.filter((r) => r.delegate !== null).every((r) => r.teams !== "granted")).toBe(true);
  expect(audit.problems).toEqual([]);
}, 120_000);
