/**
 * The audit page (audit.html) as IT uses it: a file with planted problems dropped on it shows each
 * problem on its own pair and none elsewhere; filters, search, CSV export, the keyboard, bad files,
 * hostile names and dark mode. Served from the production build, under its own CSP, with every
 * request leaving the site counted as a problem.
 */
import { readFileSync } from "node:fs";
import { generateAudit, SHAPE_CYCLE, type Shape } from "../../scripts/lib/auditFile";
import {
  type AuditPage,
  chooseAuditFile,
  dropAuditFile,
  dropLargeFile,
  fileProblem,
  openAuditPage,
  readAllRows,
  rowsShown,
  search,
  summaryValues,
} from "./support/auditPage";
import { startHarness, type Harness } from "./support/harness";

const HOSTILE = "<img src=x onerror=\"document.title='owned'\">";
const FORMULA = '=HYPERLINK("http://evil.example","click")';

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

function planted() {
  // Every fourth owner has only healthy pairs; the others every shape in turn.
  const shapeOf = (owner: number, _pair: number, n: number): Shape =>
    owner % 4 === 0 ? "healthy" : (SHAPE_CYCLE[n % SHAPE_CYCLE.length] as Shape);
  return generateAudit({ owners: 40, pairsPerOwner: 3, failedOwners: [5], names: { 0: HOSTILE, 1: FORMULA }, shapeOf });
}

test("every planted problem shows on its own pair, and no problem where there is none", async () => {
  const { file, planted: expected } = planted();
  audit = await openAuditPage(harness);
  const { page } = audit;
  await expect(dropAuditFile(page, JSON.stringify(file))).resolves.toBe("ready");
  const rows = await readAllRows(page);
  const pairs = rows.filter((r) => r.delegate !== null);
  expect(pairs).toHaveLength(expected.length);
  for (const p of expected) {
    const row = pairs.find((r) => r.owner === p.owner && r.delegate === p.delegate);
    expect({ shape: p.shape, calendar: row?.calendar, sending: row?.sending, teams: row?.teams, health: row?.health }).toEqual({
      shape: p.shape,
      calendar: p.calendar,
      sending: p.sending,
      teams: p.teams,
      health: p.health,
    });
  }
  // The owner that could not be read is a row of its own, with the cmdlet that failed.
  const failed = rows.filter((r) => r.delegate === null);
  expect(failed.map((r) => r.owner)).toEqual(["owner00005@contoso.com"]);
  expect(failed[0]?.text).toContain("Get-Mailbox");
  // Owners with problems first: once an owner without one is listed, no owner with one follows.
  const ownerHasProblem = rows.map((r) => rows.some((o) => o.owner === r.owner && o.health === "problem"));
  expect(ownerHasProblem.indexOf(false)).toBeGreaterThan(0);
  expect(ownerHasProblem.slice(ownerHasProblem.indexOf(false))).not.toContain(true);
  const summary = await summaryValues(page);
  expect(summary).toMatchObject({
    "owners-read": "39",
    "owners-failed": "1",
    pairs: String(expected.length),
    "problem-pairs": String(expected.filter((p) => p.health === "problem").length),
    orphans: String(expected.filter((p) => p.shape === "orphan").length),
  });
  expect(audit.problems).toEqual([]);
});

test("filters, search and sort narrow the list, and the row count is announced", async () => {
  const { file, planted: expected } = planted();
  audit = await openAuditPage(harness);
  const { page } = audit;
  await chooseAuditFile(page, JSON.stringify(file));
  const total = expected.length + 1;
  expect(await rowsShown(page)).toBe(total);
  await expect(page.locator('[role="grid"]').getAttribute("aria-rowcount")).resolves.toBe(String(total + 1));

  await page.locator('[data-filter="problems"]').check();
  await page.waitForFunction(
    (n) => document.querySelector("[data-rows-shown]")?.getAttribute("data-rows-shown") === String(n),
    expected.filter((p) => p.health === "problem").length + 1,
  );
  expect((await readAllRows(page)).every((r) => r.health === "problem")).toBe(true);
  await expect(page.locator('[role="status"]').filter({ hasText: "rows" }).innerText()).resolves.toMatch(
    new RegExp(`^\\d+ of ${total} rows$`),
  );
  await page.locator('[data-filter="problems"]').uncheck();

  await page.locator('[data-filter="layer"]').selectOption("teams");
  const teams = await readAllRows(page);
  expect(teams.length).toBe(expected.filter((p) => p.teams === "missing").length);
  expect(teams.every((r) => r.teams === "missing")).toBe(true);
  await page.locator('[data-filter="layer"]').selectOption("any");

  await page.locator('[data-filter="owner"]').selectOption("owner00003@contoso.com");
  const owner = await readAllRows(page);
  expect(owner.map((r) => r.owner)).toEqual(["owner00003@contoso.com", "owner00003@contoso.com", "owner00003@contoso.com"]);
  await page.locator('[data-filter="owner"]').selectOption("");

  await search(page, "assistant00007");
  expect((await readAllRows(page)).map((r) => r.delegate)).toEqual(["assistant00007@contoso.com"]);
  await search(page, "");

  await page.locator('[data-filter="sort"]').selectOption("owner");
  const byOwner = await readAllRows(page);
  expect(byOwner[0]?.owner).toBe("owner00000@contoso.com");
  expect(audit.problems).toEqual([]);
});

test("CSV export holds the rows shown, with names that would be formulas made text", async () => {
  const { file } = planted();
  audit = await openAuditPage(harness);
  const { page } = audit;
  await chooseAuditFile(page, JSON.stringify(file), "contoso-audit.json");
  await page.locator('[data-filter="owner"]').selectOption("owner00000@contoso.com");
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator("[data-export]").click()]);
  expect(download.suggestedFilename()).toBe("contoso-audit.csv");
  const csv = readFileSync((await download.path()) as string, "utf8").replace(/^\uFEFF/, "");
  const lines = csv.split("\r\n").filter(Boolean);
  expect(lines[0]).toMatch(/^Owner,Owner \(State\),Assistant,/);
  expect(lines).toHaveLength(4);
  expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
  expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
  expect(csv).toContain(`"${HOSTILE.replace(/"/g, '""')}"`);
});

test("the keyboard reaches every row and the fix commands, and comes back", async () => {
  const { file } = planted();
  audit = await openAuditPage(harness);
  const { page } = audit;
  await chooseAuditFile(page, JSON.stringify(file));
  await page.locator('[data-audit-grid] [role="row"][tabindex="0"]').focus();
  const focused = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.getAttribute("aria-rowindex"));
  await expect(focused()).resolves.toBe("2");
  await page.keyboard.press("ArrowDown");
  await expect(focused()).resolves.toBe("3");
  await page.keyboard.press("End");
  await expect(focused()).resolves.toBe(String(planted().planted.length + 2));
  await page.keyboard.press("Home");
  await expect(focused()).resolves.toBe("2");
  // The first row is the first owner with a problem; Enter opens its details, with the pane's commands.
  const owner = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.owner);
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.activeElement?.hasAttribute("data-audit-detail"));
  const detail = page.locator("[data-audit-detail]");
  const commands = await detail.locator("pre[data-command]").allInnerTexts();
  expect(commands.length).toBeGreaterThan(0);
  expect(commands.some((c) => c.includes(`'${owner}'`))).toBe(true);
  await page.keyboard.press("Tab");
  await expect(page.evaluate(() => document.activeElement?.closest("[data-audit-detail]") !== null)).resolves.toBe(true);
  await page.keyboard.press("Escape");
  await expect(focused()).resolves.toBe("2");
  // Focus is visible: the row draws an outline when reached by the keyboard.
  await expect(page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle)).resolves.toBe("solid");
});

test("each broken pair opens the pane's own fix commands with its real addresses", async () => {
  const { file } = generateAudit({ owners: 1, pairsPerOwner: 1, shapeOf: () => "no-delegate-flag" });
  audit = await openAuditPage(harness);
  const { page } = audit;
  await chooseAuditFile(page, JSON.stringify(file));
  await page.locator('[data-audit-grid] [role="row"][data-index="0"]').click();
  const detail = page.locator("[data-audit-detail]");
  await expect(detail.locator('[data-reason="no-delegate-flag"]').count()).resolves.toBe(1);
  const commands = await detail.locator('[data-fix="teams"] pre').allInnerTexts();
  expect(commands).toContain(
    "Set-MailboxFolderPermission -Identity 'owner00000@contoso.com:\\Calendar' -User 'assistant00000@contoso.com' -AccessRights Editor -SharingPermissionFlags Delegate",
  );
});

test.each<[string, () => string, string, RegExp]>([
  ["not JSON", () => "Owner,Delegate\nceo@contoso.com,megan@contoso.com\n", "not-json", /not JSON/],
  ["truncated", () => JSON.stringify(planted().file).slice(0, 5000), "truncated", /cut off/],
  [
    "a journal",
    () =>
      `${JSON.stringify({ Format: "schedule-on-behalf-audit-journal", Version: 1, ScriptVersion: "1.0.0" })}\n{"Owner":"a@contoso.com","Pairs":[]}\n`,
    "journal",
    /-OutFile/,
  ],
  ["another version", () => JSON.stringify({ Format: "schedule-on-behalf-audit", Version: 9, Owners: [] }), "wrong-version", /version 9/],
])("a bad file (%s) gets a clear message and no rows", async (_what, content, kind, message) => {
  audit = await openAuditPage(harness);
  const { page } = audit;
  await expect(chooseAuditFile(page, content())).resolves.toBe("problem");
  const shown = await fileProblem(page);
  expect(shown.kind).toBe(kind);
  expect(shown.text).toMatch(message);
  await expect(page.locator('[role="grid"]').count()).resolves.toBe(0);
  // The page stays usable: a good file after the bad one is read.
  await expect(chooseAuditFile(page, JSON.stringify(generateAudit({ owners: 2 }).file))).resolves.toBe("ready");
  expect(audit.problems).toEqual([]);
});

test("a 100 MB file is refused before it is read, and the page stays usable", async () => {
  audit = await openAuditPage(harness);
  const { page } = audit;
  await expect(dropLargeFile(page, 100 * 1024 * 1024)).resolves.toBe("problem");
  const shown = await fileProblem(page);
  expect(shown.kind).toBe("too-large");
  expect(shown.text).toMatch(/larger than 64 MB/);
  await expect(chooseAuditFile(page, JSON.stringify(generateAudit({ owners: 2 }).file))).resolves.toBe("ready");
  expect(audit.problems).toEqual([]);
});

test("hostile names are shown as text, never as markup", async () => {
  const hostileOwner = generateAudit({ owners: 1, pairsPerOwner: 1, names: { 0: HOSTILE } }).file;
  audit = await openAuditPage(harness);
  const { page } = audit;
  await chooseAuditFile(page, JSON.stringify(hostileOwner));
  await expect(page.locator('[data-audit-grid] [role="row"][data-index="0"]').innerText()).resolves.toContain(HOSTILE);
  await page.locator('[data-audit-grid] [role="row"][data-index="0"]').click();
  await expect(page.locator("[data-audit-detail]").innerText()).resolves.toContain(HOSTILE);
  await expect(page.locator("img").count()).resolves.toBe(0);
  await expect(page.title()).resolves.not.toBe("owned");
  expect(audit.problems).toEqual([]);
});

test("dark mode follows the system, and the theme switch overrides it", async () => {
  audit = await openAuditPage(harness, { colorScheme: "dark" });
  const { page } = audit;
  await chooseAuditFile(page, JSON.stringify(generateAudit({ owners: 2 }).file));
  const theme = () => page.evaluate(() => [document.documentElement.dataset.theme, getComputedStyle(document.body).backgroundColor]);
  const [dark, darkBackground] = await theme();
  expect(dark).toBe("dark");
  await page.locator('[data-setting="theme"]').selectOption("light");
  const [light, lightBackground] = await theme();
  expect(light).toBe("light");
  expect(lightBackground).toBe("rgb(255, 255, 255)");
  expect(darkBackground).not.toBe(lightBackground);
  expect(audit.problems).toEqual([]);
});

test("the page speaks the browser's language, and the switch changes it", async () => {
  audit = await openAuditPage(harness, { locale: "fr-FR" });
  const { page } = audit;
  await expect(page.locator("h1").innerText()).resolves.toBe("Audit des délégations");
  await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe("fr");
  await page.locator('[data-setting="language"]').selectOption("de");
  await page.locator("h1", { hasText: "Audit der Stellvertretungen" }).waitFor();
  await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe("de");
});
