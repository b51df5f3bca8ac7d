/**
 * "According to Exchange, as IT sent it" as an assistant meets it in the simulated Outlook: IT's answer
 * pasted into the error box (our block, or the cmdlets' own table and Format-List output) changes the
 * first screen's answer and each check, with the source and date in words, in English and Dutch, and
 * is still there when the pane is reopened. Every block here answers the request the pane itself
 * prepared (its request id is read from the report the pane copies for IT), as IT's answer would.
 * Another pair's output, a truncated block, output that names no mailbox, a block the pane did not
 * ask for and one dated in the future change nothing.
 */
import type { BrowserContext, Page } from "playwright-core";
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
const day = (locale: string) =>
  new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric" }).format(new Date(RAN_AT));
/** IT's answer to the request the pane issued (requestId from requestIdFromPane). */
const block = (requestId: string, overrides: Record<string, unknown> = {}) =>
  blockText(blockObject({ RanAtUtc: RAN_AT, RequestId: requestId, ...overrides }));

/**
 * The request id in the read-only check the pane prepares for IT: the footer's "Copy report for IT"
 * copies the report with the check, and the pane keeps the id for this pair (roaming settings).
 */
async function requestIdFromPane(
  page: Page,
  context: BrowserContext,
  button = /Copy report for IT/,
  copied = /Report copied/,
): Promise<string> {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.locator("footer").getByRole("button", { name: button }).click();
  await page.getByText(copied).waitFor({ timeout: 10_000 });
  const report = await page.evaluate(() => navigator.clipboard.readText());
  const id = /\$requestId = '([0-9a-f]{32})'/.exec(report)?.[1];
  if (!id) throw new Error("The report for IT carries no request id.");
  return id;
}
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
    const id = await requestIdFromPane(page, context);
    expect(evidenceFiles).toEqual([]);
    await paste(page, block(id));
    await waitForAnswerKind(page, "yes");
    expect(evidenceFiles.sort()).toEqual(["/evidence.js", "/i18n-en-exchange.js"]);
    expect(await statuses(page)).toEqual({
      "calendar-editor": "granted",
      "send-on-behalf": "granted",
      "online-meeting-delegate": "granted",
    });
    await expect(summary(page, "send-on-behalf")).resolves.toBe(
      `According to Exchange, as IT sent it on ${day("en-GB")}, invitations can go out for Alex.`,
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
    await expect(page.locator("[data-exchange]").innerText()).resolves.toContain(
      `According to Exchange, as IT sent it on ${day("en-GB")}.`,
    );
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
    await paste(page, block(await requestIdFromPane(page, context)));
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
      `According to Exchange, as IT sent it on ${day("en-GB")}, you can only read Alex's calendar.`,
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
      block(await requestIdFromPane(page, context), {
        OwnerMailbox: { ...ALEX_MAILBOX, GrantSendOnBehalfTo: [{ Listed: "Adele Vance", PrimarySmtpAddress: "adele.vance@contoso.com" }] },
      }),
    );
    await page.locator('[data-check="send-on-behalf"][data-status="missing"]').waitFor({ timeout: 10_000 });
    await expect(summary(page, "send-on-behalf")).resolves.toBe(
      `According to Exchange, as IT sent it on ${day("en-GB")}, you may not send invitations for Alex.`,
    );
    await waitForAnswerKind(page, "not-yet");
    await expect(page.locator("h1").innerText()).resolves.toMatch(/^Not yet: you need permission to send invitations for Alex/);
  } finally {
    await context.close();
  }
});

test("EWS blocked for Teams: worded as what may stop Teams, only IT can fix it, so the next step is IT", async () => {
  const { page, context } = await openTaskpane(harness, "delegate-editor", { config: TEAMS });
  try {
    await waitForAnswer(page);
    const blocked = { EwsEnabled: false, EwsApplicationAccessPolicy: null, EwsAllowList: null, EwsBlockList: null };
    await paste(page, block(await requestIdFromPane(page, context), { CasMailbox: blocked }));
    await waitForAnswerKind(page, "not-yet");
    await expect(page.locator("h1").innerText()).resolves.toBe("Not yet: IT should check whether Teams can reach Alex's mailbox");
    await expect(summary(page, "online-meeting-delegate")).resolves.toBe(
      "Exchange's EWS settings may stop Teams' scheduling service from reaching Alex's mailbox; only IT can change them.",
    );
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
    const id = await requestIdFromPane(page, context);
    await paste(page, block(id, { Owner: "lee.gu@contoso.com", OwnerMailbox: null }));
    await expect(page.locator("[data-admin-paste]").getAttribute("data-admin-paste")).resolves.toBe("other-pair");
    await expect(page.locator("[data-admin-paste]").innerText()).resolves.toMatch(
      /This output is about .*lee\.gu@contoso\.com.*nothing changed/,
    );
    expect(await statuses(page)).toEqual(before);

    const whole = block(id);
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

test("in Dutch: the request id survives reopening; the answer, the source and the date in Dutch, kept after reopening, forgotten in one click", async () => {
  const { page, context, problems } = await openTaskpane(harness, "delegate-editor", { config: TEAMS, language: "nl-BE" });
  try {
    await waitForAnswer(page);
    const id = await requestIdFromPane(page, context, /Rapport voor IT kopiëren/, /Rapport gekopieerd/);
    // IT answers days later, in a pane opened again: the id the pane issued is still this pair's.
    await page.reload();
    await waitForAnswer(page);
    await paste(page, block(id), "Foutmelding");
    await waitForAnswerKind(page, "yes");
    await expect(summary(page, "send-on-behalf")).resolves.toBe(
      `Volgens Exchange, zoals IT het op ${day("nl")} stuurde, kunnen uitnodigingen namens Alex verzonden worden.`,
    );
    await expect(page.locator("[data-answer] p").first().innerText()).resolves.toBe(
      `Volgens Exchange, zoals IT het op ${day("nl")} stuurde, hebt u elke toestemming die u voor Alex nodig hebt.`,
    );

    await page.reload();
    await waitForAnswerKind(page, "yes");
    await expect(page.locator("[data-exchange]").innerText()).resolves.toContain(`Volgens Exchange, zoals IT het op ${day("nl")} stuurde.`);
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

/** Bob's calendar listing pasted without its command line (the reported case): it names no mailbox. */
const UNNAMED_FOLDER_TABLE = [
  "FolderName User        AccessRights SharingPermissionFlags",
  "---------- ----        ------------ ----------------------",
  "Calendar   Default     {AvailabilityOnly}",
  "Calendar   Megan Bowen {Editor}     Delegate",
].join("\n");

interface Words {
  readonly language?: string;
  readonly box: string;
  readonly copy: RegExp;
  readonly copied: RegExp;
  readonly unnamed: RegExp;
  readonly unrequested: RegExp;
  readonly future: RegExp;
}

const ENGLISH: Words = {
  box: "Error message",
  copy: /Copy report for IT/,
  copied: /Report copied/,
  unnamed:
    /doesn't say whose mailbox it is, so nothing changed\. To make it count, paste it together with the command line that names the mailbox \(-Identity\)/,
  unrequested: /^Not an answer to your request/,
  future: /ran later than now \(9 December 2099\), so it was refused and nothing changed/,
};
const DUTCH: Words = {
  language: "nl-BE",
  box: "Foutmelding",
  copy: /Rapport voor IT kopiëren/,
  copied: /Rapport gekopieerd/,
  unnamed:
    /zegt niet van wie het postvak is, dus er is niets veranderd\. Plak hem samen met de opdrachtregel die het postvak noemt \(-Identity\)/,
  unrequested: /^Geen antwoord op uw vraag/,
  future: /liep het later dan nu \(9 december 2099\), dus het is geweigerd/,
};

async function pasteAndRead(page: Page, text: string, kind: string, box: string): Promise<string> {
  await page.getByRole("textbox", { name: box }).fill(text);
  const result = page.locator(`[data-admin-paste="${kind}"]`);
  await result.waitFor({ timeout: 10_000 });
  return (await result.locator("p").allInnerTexts()).join("\n");
}

describe.each([
  ["English", ENGLISH],
  ["Dutch", DUTCH],
])("in %s: what cannot be the answer to this pane's request changes no check, and says why", (_name, words) => {
  test("output naming no mailbox (a folder table without its command line, a bare GrantSendOnBehalfTo) on a Mac that can't see", async () => {
    const { page, context, problems } = await openTaskpane(harness, "delegate-zero-mac", {
      config: TEAMS,
      ...(words.language ? { language: words.language } : {}),
    });
    try {
      expect(await waitForAnswer(page)).toBe("cant-tell");
      await page.getByRole("textbox", { name: words.box }).waitFor({ timeout: 10_000 });
      const before = await statuses(page);
      expect(before["calendar-editor"]).toBe("unknown");

      await expect(pasteAndRead(page, UNNAMED_FOLDER_TABLE, "unattributed", words.box)).resolves.toMatch(words.unnamed);
      await expect(page.locator("[data-admin-paste]").innerText()).resolves.toContain("Get-MailboxFolderPermission");
      expect(await statuses(page)).toEqual(before);
      await expect(page.locator("[data-answer]").getAttribute("data-answer")).resolves.toBe("cant-tell");

      await expect(pasteAndRead(page, "GrantSendOnBehalfTo : {Megan Bowen}", "unattributed", words.box)).resolves.toMatch(words.unnamed);
      await expect(page.locator("[data-admin-paste]").innerText()).resolves.toContain("Get-Mailbox");
      expect(await statuses(page)).toEqual(before);
      expect(await page.locator("[data-exchange]").count()).toBe(0);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("a block this pane did not ask for (no id, another id) and a block dated in the future", async () => {
    const { page, context, problems } = await openTaskpane(harness, "delegate-editor", {
      config: TEAMS,
      ...(words.language ? { language: words.language } : {}),
    });
    try {
      expect(await waitForAnswer(page)).toBe("looks-ready");
      const id = await requestIdFromPane(page, context, words.copy, words.copied);
      const before = await statuses(page);
      expect(before["send-on-behalf"]).toBe("unknown");

      const old = blockObject({ RanAtUtc: RAN_AT });
      delete old.RequestId;
      await expect(pasteAndRead(page, blockText(old), "unrequested", words.box)).resolves.toMatch(words.unrequested);
      expect(await statuses(page)).toEqual(before);

      const another = block("0123456789abcdef0123456789abcdef");
      await expect(pasteAndRead(page, another, "unrequested", words.box)).resolves.toMatch(words.unrequested);
      expect(await statuses(page)).toEqual(before);

      // The pane's own id, but a run time in 2099: refused, whatever it says.
      await expect(pasteAndRead(page, block(id, { RanAtUtc: "2099-12-09T09:15:02Z" }), "future-dated", words.box)).resolves.toMatch(
        words.future,
      );
      expect(await statuses(page)).toEqual(before);
      await expect(page.locator("[data-answer]").getAttribute("data-answer")).resolves.toBe("looks-ready");
      expect(await page.locator("[data-exchange]").count()).toBe(0);

      // The same block with a real run time is the answer: so the refusals above were about the id and the date.
      await pasteAndRead(page, block(id), "evidence", words.box);
      await page.locator('[data-check="send-on-behalf"][data-status="granted"]').waitFor({ timeout: 10_000 });
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
