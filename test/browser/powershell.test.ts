/**
 * The IT round trip in real PowerShell: the report the pane copies for IT (with its read-only block,
 * whatever the generator puts in it) is pasted whole into pwsh, where stand-ins of the Exchange cmdlets
 * answer (test/powershell/standins); what PowerShell prints is pasted back into the pane, which shows
 * the checks the scenario implies and never "granted" from a part Exchange did not answer.
 */
import type { BrowserContext, Page } from "playwright-core";
import { enFirstScreen } from "../../src/i18n/en/firstScreen";
import { nlFirstScreen } from "../../src/i18n/nl/firstScreen";
import { Pwsh } from "../powershell/pwsh";
import { scenario } from "../powershell/scenarios";
import { openTaskpane, startHarness, waitForAnswer, type Harness } from "./support/harness";

let harness: Harness;
let pwsh: Pwsh;
beforeAll(async () => {
  pwsh = new Pwsh();
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
  await pwsh?.close();
});

const TEAMS = { providers: [{ id: "teams", type: "teams" }] };

async function statuses(page: Page): Promise<Record<string, string | null>> {
  const entries = await page.$$eval("[data-check]", (els) =>
    els.map((el) => [el.getAttribute("data-check"), el.getAttribute("data-status")]),
  );
  return Object.fromEntries(entries) as Record<string, string | null>;
}

/** The footer's "Copy report for IT" in the pane's language, and what reached the clipboard. */
async function copyReport(page: Page, context: BrowserContext, words: typeof enFirstScreen): Promise<string> {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.locator("footer").getByRole("button", { name: words.actions.copyReport }).click();
  await page.getByText(words.actions.reportCopied).waitFor();
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Megan in Alex's meeting on Mac: the report goes to IT, IT pastes it whole into PowerShell, the output comes back. */
async function roundTrip(id: string, language?: string) {
  const opened = await openTaskpane(harness, "delegate-zero-mac", { config: TEAMS, ...(language ? { language } : {}) });
  const { page, context } = opened;
  await waitForAnswer(page);
  const before = await statuses(page);
  const report = await copyReport(page, context, language ? nlFirstScreen : enFirstScreen);
  const { Output, Errors } = await pwsh.run(report, scenario(id).directory, 120);
  // Only the report's admin commands fail (their cmdlets are not stood in): nothing from the prose ran.
  expect(
    Errors.filter(
      (e) => !/is not recognized as a name of a cmdlet|couldn't be found|no existing permission|Access is denied|matches multiple/.test(e),
    ),
  ).toEqual([]);
  const box = page.locator("textarea").first();
  await box.waitFor({ timeout: 10_000 });
  await box.fill(Output);
  await page.locator("[data-admin-paste]").waitFor({ timeout: 10_000 });
  await opened.settled();
  return { page, context, before, after: await statuses(page), problems: opened.problems };
}

test("everything granted in Exchange: the pasted PowerShell output grants all three checks", async () => {
  const { context, before, after } = await roundTrip("everything");
  try {
    expect(before["send-on-behalf"]).not.toBe("granted");
    expect(after).toEqual({ "calendar-editor": "granted", "send-on-behalf": "granted", "online-meeting-delegate": "granted" });
  } finally {
    await context.close();
  }
});

test("the owner not found: the empty parts grant nothing", async () => {
  const { context, after } = await roundTrip("owner-not-found");
  try {
    expect(Object.values(after).filter((s) => s === "granted")).toEqual([]);
  } finally {
    await context.close();
  }
});

test("a send-on-behalf name that resolves to two recipients: send on behalf is not granted, the calendar is", async () => {
  const { context, after } = await roundTrip("two-recipients");
  try {
    expect(after["calendar-editor"]).toBe("granted");
    expect(after["send-on-behalf"]).not.toBe("granted");
    expect(after["online-meeting-delegate"]).not.toBe("granted");
  } finally {
    await context.close();
  }
});

test("in Dutch, a mailbox whose calendar is 'Agenda': granted as in English", async () => {
  const { context, after } = await roundTrip("agenda", "nl-BE");
  try {
    expect(after).toEqual({ "calendar-editor": "granted", "send-on-behalf": "granted", "online-meeting-delegate": "granted" });
  } finally {
    await context.close();
  }
});

test("the organisation admits EWS for a list of application IDs: Teams' check is not granted", async () => {
  const { context, after } = await roundTrip("ews-app-ids");
  try {
    expect(after["online-meeting-delegate"]).not.toBe("granted");
    expect(after["send-on-behalf"]).toBe("granted");
  } finally {
    await context.close();
  }
});
