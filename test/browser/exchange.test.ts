/**
 * "Confirmed by Exchange" as an assistant meets it in the simulated Outlook: IT's answer pasted into
 * the error box (our block, or the cmdlets' own table and Format-List output) changes the first
 * screen's answer and each check, with the source and date in words, in English and Dutch, and is
 * still there when the pane is reopened. Another pair's output and a truncated block change nothing.
 */
import type { Page } from "playwright-core";
import { blockObject, blockText } from "../diagnosis/evidence/fixtures";
import { openTaskpane, startHarness, waitForAnswer, type Harness } from "./support/harness";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness?.close());

const TEAMS = { providers: [{ id: "teams", type: "teams" }] };
/** The block ran just now, so the answer is never old whenever this test runs. */
const RAN_AT = new Date().toISOString();
const day = (locale: string) => new Intl.DateTimeFormat(locale, { day: "numeric", month: "long" }).format(new Date(RAN_AT));
const block = (overrides: Record<string, unknown> = {}) => blockText(blockObject({ RanAtUtc: RAN_AT, ...overrides }));
const ALEX_MAILBOX = blockObject().OwnerMailbox as Record<string, unknown>;

/*
 * The cmdlets' own output as an admin pastes it without our block. Shapes as in Microsoft's
 * documentation and the public posts cited in test/diagnosis/evidence/adminPaste.forms.test.ts
 * (Get-MailboxFolderPermission's table with the SharingPermissionFlags column; Format-List).
 */
const FOLDER_TABLE_HEADER = [
  "PS C:\\> Get-MailboxFolderPermission alex.wilber@contoso.com:\\Calendar",
  "FolderName           User                 AccessRights                       SharingPermissionFlags",
  "----------           ----                 ------------                       ----------------------",
  "Calendar             Default              {AvailabilityOnly}",
];
const folderTable = (rights: string, flags = "") =>
  [...FOLDER_TABLE_HEADER, `Calendar             Megan Bowen          ${rights.padEnd(35)}${flags}`.trimEnd()].join("\n");
const FOLDER_LIST_AND_MAILBOX = [
  "PS C:\\> Get-MailboxFolderPermission alex.wilber@contoso.com:\\Calendar -User megan.bowen@contoso.com | fl",
  "",
  "FolderName             : Calendar",
  "User                   : Megan Bowen",
  "AccessRights           : {Editor}",
  "SharingPermissionFlags : Delegate",
  "Identity               : alex.wilber@contoso.com:\\Calendar\\Megan Bowen",
  "",
  "PS C:\\> Get-Mailbox alex.wilber@contoso.com | fl PrimarySmtpAddress,GrantSendOnBehalfTo",
  "",
  "PrimarySmtpAddress  : alex.wilber@contoso.com",
  "GrantSendOnBehalfTo : {megan.bowen}",
].join("\n");

async function paste(page: Page, text: string, box = "Error message"): Promise<void> {
  const field = page.getByRole("textbox", { name: box });
  await field.waitFor({ timeout: 10_000 });
  await field.fill(text);
  await page.locator("[data-admin-paste]").waitFor({ timeout: 10_000 });
}

async function statuses(page: Page): Promise<Record<string, string | null>> {
  const entries = await page.$$eval("[data-check]", (els) =>
    els.map((el) => [el.getAttribute("data-check"), el.getAttribute("data-status")]),
  );
  return Object.fromEntries(entries) as Record<string, string | null>;
}

async function waitForAnswerKind(page: Page, kind: string): Promise<void> {
  await page.locator(`[data-answer="${kind}"]`).waitFor({ timeout: 10_000 });
}

const summary = (page: Page, id: string) => page.locator(`[data-check="${id}"] p`).first().innerText();

/** The rules and words that read Exchange's answer: downloaded only when there is one. */
const EVIDENCE_FILES = /\/(evidence|i18n-[a-z]+-exchange)\.js$/;

test("our block for Editor + Delegate + send on behalf: Yes, every check granted according to Exchange, and still so after reopening", async () => {
  const context = await harness.browser.newContext({ viewport: { width: 320, height: 900 } });
  const evidenceFiles: string[] = [];
  context.on("request", (request) => {
    const path = new URL(request.url()).pathname;
    if (EVIDENCE_FILES.test(path)) evidenceFiles.push(path);
  });
  const { page, problems } = await openTaskpane(harness, "delegate-editor", { config: TEAMS, context });
  try {
    expect(await waitForAnswer(page)).toBe("looks-ready");
    // Everything fetched after the answer is in (the panels hold the error box): none of it is Exchange's.
    await page.getByRole("textbox", { name: "Error message" }).waitFor({ timeout: 10_000 });
    expect(evidenceFiles).toEqual([]);
    await paste(page, block());
    await waitForAnswerKind(page, "yes");
    expect(evidenceFiles.sort()).toEqual(["/evidence.js", "/i18n-en-exchange.js"]);
    expect(await statuses(page)).toEqual({
      "calendar-editor": "granted",
      "send-on-behalf": "granted",
      "online-meeting-delegate": "granted",
    });
    await expect(summary(page, "send-on-behalf")).resolves.toBe(
      `According to Exchange (${day("en-GB")}), invitations can go out for Alex.`,
    );
    await expect(page.locator("h1").innerText()).resolves.toBe("Yes: use Outlook's Microsoft Teams button");
    await page.locator("[data-admin-paste]", { hasText: /Remembered for Alex's calendar/ }).waitFor({ timeout: 10_000 });

    await page.reload();
    // The remembered answer is in the first answer the pane shows, not a second one after it.
    expect(await waitForAnswer(page)).toBe("yes");
    expect(await statuses(page)).toEqual({
      "calendar-editor": "granted",
      "send-on-behalf": "granted",
      "online-meeting-delegate": "granted",
    });
    await expect(page.locator("[data-exchange]").innerText()).resolves.toContain(`Exchange confirmed on ${day("en-GB")}.`);
    await expect(page.getByRole("textbox", { name: "Error message" }).inputValue()).resolves.toBe("");
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});

test("when the rules for Exchange's answer cannot be downloaded: Outlook's answer alone, and the pane says a part failed", async () => {
  const { page, context } = await openTaskpane(harness, "delegate-editor", { config: TEAMS, failFiles: /\/evidence\.js$/ });
  try {
    expect(await waitForAnswer(page)).toBe("looks-ready");
    await paste(page, block());
    await page.locator("[data-admin-paste]", { hasText: /Remembered for Alex's calendar/ }).waitFor({ timeout: 10_000 });
    await page.reload();
    expect(await waitForAnswer(page)).toBe("looks-ready");
    await page.locator('[data-exchange="failed"]').waitFor({ timeout: 10_000 });
    expect(await statuses(page)).toEqual({
      "calendar-editor": "granted",
      "send-on-behalf": "unknown",
      "online-meeting-delegate": "unknown",
    });
    await expect(page.locator("[data-exchange]").innerText()).resolves.toMatch(/^This part of the pane could not be shown/);
  } finally {
    await context.close();
  }
});

test("Format-List output of the folder permission and the mailbox: calendar and sending granted, Teams still unseen (no EWS in it)", async () => {
  const { page, context, problems } = await openTaskpane(harness, "delegate-editor", { config: TEAMS });
  try {
    await waitForAnswer(page);
    await paste(page, FOLDER_LIST_AND_MAILBOX);
    await page.locator('[data-check="send-on-behalf"][data-status="granted"]').waitFor({ timeout: 10_000 });
    expect(await statuses(page)).toEqual({
      "calendar-editor": "granted",
      "send-on-behalf": "granted",
      "online-meeting-delegate": "unknown",
    });
    await expect(page.locator("[data-answer]").getAttribute("data-answer")).resolves.toBe("looks-ready");
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});

test("the folder table with Editor but no Delegate flag: Teams is missing, and Alex is asked for it", async () => {
  const { page, context, problems } = await openTaskpane(harness, "delegate-editor", { config: TEAMS });
  try {
    await waitForAnswer(page);
    await paste(page, folderTable("{Editor}"));
    await page.locator('[data-check="online-meeting-delegate"][data-status="missing"]').waitFor({ timeout: 10_000 });
    await expect(summary(page, "online-meeting-delegate")).resolves.toBe(
      "Teams needs you as Alex's delegate; Exchange shows the calendar only shared with you.",
    );
    await waitForAnswerKind(page, "not-yet");
    await page.getByRole("button", { name: "Ask Alex for Microsoft Teams access" }).waitFor({ timeout: 10_000 });
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});

test("Reviewer: on a Mac that reported 0 it settles the calendar as missing; against Outlook's Editor both are shown and nothing is granted", async () => {
  const mac = await openTaskpane(harness, "delegate-zero-mac", { config: TEAMS });
  try {
    expect(await waitForAnswer(mac.page)).toBe("cant-tell");
    await paste(mac.page, folderTable("{Reviewer}"));
    await waitForAnswerKind(mac.page, "not-yet");
    expect((await statuses(mac.page))["calendar-editor"]).toBe("missing");
    await expect(summary(mac.page, "calendar-editor")).resolves.toBe(
      `According to Exchange (${day("en-GB")}), you can only read Alex's calendar.`,
    );
    expect(mac.problems).toEqual([]);
  } finally {
    await mac.context.close();
  }
  const windows = await openTaskpane(harness, "delegate-editor", { config: TEAMS });
  try {
    await waitForAnswer(windows.page);
    await paste(windows.page, folderTable("{Reviewer}"));
    await windows.page.locator('[data-check="calendar-editor"][data-status="unknown"]').waitFor({ timeout: 10_000 });
    await expect(summary(windows.page, "calendar-editor")).resolves.toBe(
      "Outlook and Exchange disagree about your access to Alex's calendar.",
    );
    // No Delegate flag either, so Teams is proven missing: "Not yet", never a "Yes" on one side's word.
    await expect(windows.page.locator("[data-answer]").getAttribute("data-answer")).resolves.toBe("not-yet");
    await windows.page.locator('[data-check="calendar-editor"] summary').click();
    const details = windows.page.locator('[data-check="calendar-editor"] [data-check-details]');
    await details.waitFor({ timeout: 10_000 });
    await expect(details.innerText()).resolves.toMatch(
      /Outlook reports your access to Alex's calendar as Editor[\s\S]*your access to Alex's calendar is Reviewer/,
    );
  } finally {
    await windows.context.close();
  }
});

test("send on behalf missing: Not yet, and the check says so according to Exchange", async () => {
  const { page, context } = await openTaskpane(harness, "delegate-editor", { config: TEAMS });
  try {
    await waitForAnswer(page);
    await paste(
      page,
      block({
        OwnerMailbox: { ...ALEX_MAILBOX, GrantSendOnBehalfTo: [{ Listed: "Adele Vance", PrimarySmtpAddress: "adele.vance@contoso.com" }] },
      }),
    );
    await page.locator('[data-check="send-on-behalf"][data-status="missing"]').waitFor({ timeout: 10_000 });
    await expect(summary(page, "send-on-behalf")).resolves.toBe(
      `According to Exchange (${day("en-GB")}), you may not send invitations for Alex.`,
    );
    await waitForAnswerKind(page, "not-yet");
    await expect(page.locator("h1").innerText()).resolves.toMatch(/^Not yet: you need permission to send invitations for Alex/);
  } finally {
    await context.close();
  }
});

test("EWS blocked for Teams: only IT can fix it, so the next step is IT", async () => {
  const { page, context } = await openTaskpane(harness, "delegate-editor", { config: TEAMS });
  try {
    await waitForAnswer(page);
    const blocked = { EwsEnabled: false, EwsApplicationAccessPolicy: null, EwsAllowList: null, EwsBlockList: null };
    await paste(page, block({ CasMailbox: blocked }));
    await waitForAnswerKind(page, "not-yet");
    await expect(page.locator("h1").innerText()).resolves.toBe("Not yet: IT must let Teams reach Alex's mailbox");
    expect((await statuses(page))["online-meeting-delegate"]).toBe("missing");
    await expect(page.locator("[data-answer] button").first().innerText()).resolves.toBe("Copy report for IT");
  } finally {
    await context.close();
  }
});

test("a block for another owner and a truncated block change nothing and say why", async () => {
  const { page, context, problems } = await openTaskpane(harness, "delegate-editor", { config: TEAMS });
  try {
    await waitForAnswer(page);
    const before = await statuses(page);
    await paste(page, block({ Owner: "lee.gu@contoso.com", OwnerMailbox: null }));
    await expect(page.locator("[data-admin-paste]").getAttribute("data-admin-paste")).resolves.toBe("other-pair");
    await expect(page.locator("[data-admin-paste]").innerText()).resolves.toMatch(
      /This output is about .*lee\.gu@contoso\.com.*nothing changed/,
    );
    expect(await statuses(page)).toEqual(before);

    const whole = block();
    await page.getByRole("textbox", { name: "Error message" }).fill(whole.slice(0, Math.floor(whole.length * 0.6)));
    await page.locator('[data-admin-paste="incomplete"]').waitFor({ timeout: 10_000 });
    await expect(page.locator("[data-admin-paste]").innerText()).resolves.toContain("Incomplete: ask IT to paste the whole block");
    expect(await statuses(page)).toEqual(before);
    expect(await page.locator("[data-exchange]").count()).toBe(0);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});

test("in Dutch: the answer, the source and the date in Dutch, kept after reopening, forgotten in one click", async () => {
  const { page, context, problems } = await openTaskpane(harness, "delegate-editor", { config: TEAMS, language: "nl-BE" });
  try {
    await waitForAnswer(page);
    await paste(page, block(), "Foutmelding");
    await waitForAnswerKind(page, "yes");
    await expect(summary(page, "send-on-behalf")).resolves.toBe(
      `Volgens Exchange (${day("nl")}) kunnen uitnodigingen namens Alex verzonden worden.`,
    );
    await expect(page.locator("[data-answer] p").first().innerText()).resolves.toBe(
      `Exchange bevestigde op ${day("nl")} elke toestemming die u voor Alex nodig hebt.`,
    );

    await page.reload();
    await waitForAnswerKind(page, "yes");
    await expect(page.locator("[data-exchange]").innerText()).resolves.toContain(`Bevestigd door Exchange op ${day("nl")}.`);
    await page.getByRole("button", { name: "Vergeten" }).click();
    await waitForAnswerKind(page, "looks-ready");
    await page.reload();
    await waitForAnswerKind(page, "looks-ready");
    expect(await page.locator("[data-exchange]").count()).toBe(0);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});
