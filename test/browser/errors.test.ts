/**
 * The error decoder as a user meets it: paste (or type) what Outlook, Teams, Lync, Zoom or Webex said
 * into the "Error message" box and the pane names the cause. Wordings from the error catalogue
 * (/work/shared/docs/error-catalogue.md), plus the ways people actually paste them.
 */
import type { Page } from "playwright-core";
import { de } from "../../src/i18n/de";
import { en } from "../../src/i18n/en";
import { fr } from "../../src/i18n/fr";
import type { Messages } from "../../src/i18n/messages";
import { nl } from "../../src/i18n/nl";
import { checkStatus, openTaskpane, startHarness, waitForVerdict, type Harness } from "./support/harness";
import { countDialogs } from "./support/pane";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness?.close());

function errorBox(page: Page) {
  return page.getByRole("textbox", { name: "Error message" });
}

/** The decoded result for the text now in the box (waits for React to render it). */
async function decodedFor(page: Page, text: string): Promise<string> {
  const result = page.locator("[data-error-id]");
  // Empty the box first, so the result read below cannot be the previous message's.
  await errorBox(page).fill("");
  await result.waitFor({ state: "detached", timeout: 5000 });
  await errorBox(page).fill(text);
  await result.waitFor({ timeout: 5000 });
  return (await result.getAttribute("data-error-id")) ?? "";
}

const SEND_ON_BEHALF = "You do not have the permission to send the message on behalf of the specified user.";

const SEND_ON_BEHALF_NDR = [
  "Delivery has failed to these recipients or groups:",
  "",
  "lee.gu@contoso.com",
  SEND_ON_BEHALF,
  "",
  "Diagnostic information for administrators:",
  "",
  "Generating server: AM0PR06MB1234.eurprd06.prod.outlook.com",
  "",
  "lee.gu@contoso.com",
  "Remote Server returned '554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception with message Cannot submit message.'",
  "",
  "Original message headers:",
  "From: Megan Bowen on behalf of Alex Wilber <alex.wilber@contoso.com>",
  "Subject: Q3 planning review",
].join("\r\n");

const CATALOGUE: ReadonlyArray<readonly [string, readonly string[]]> = [
  [
    "lync-delegate",
    [
      "Please contact the owner of the account to get delegate permissions in Lync",
      // A dialog wrapped where the user copied it.
      "Please contact the owner of the account to get\r\ndelegate permissions in Lync.",
    ],
  ],
  [
    "teams-delegate",
    [
      "Looks like you don't have permission to schedule meetings for this account. Talk to the owner to get permission and try again.",
      // Curly apostrophe, as Teams renders it.
      "Looks like you don\u2019t have permission to schedule meetings for this account. Talk to the owner to get permission and try again.",
    ],
  ],
  ["send-on-behalf", [SEND_ON_BEHALF, `\u201C${SEND_ON_BEHALF}\u201D`, SEND_ON_BEHALF_NDR]],
  [
    "calendar-read-only",
    [
      "You don't have permission to create an entry in this folder.",
      "You can't make changes to contents of this read-only folder.",
      "You don\u2019t have permission to create an entry in this folder. Right-click the folder, and then click Properties to check your permissions for the folder.",
    ],
  ],
  [
    "webex-scheduling-permission",
    [
      "To schedule an online meeting for this host you must obtain scheduling permission from this host",
      "To schedule an online meeting for this host\nyou must obtain scheduling permission from this host.",
    ],
  ],
  [
    "zoom-scheduling-privilege",
    ["You cannot schedule a meeting for manager@contoso.com", "You cannot schedule a meeting for \u201Calex.wilber@contoso.com\u201D."],
  ],
  ["sharing-invitation-failed", ["The sharing invitation couldn't be sent.", "The sharing invitation couldn\u2019t be sent."]],
  [
    // KB 3187524 and KB 983062 (learn.microsoft.com/troubleshoot/exchange/calendars/policy-permissions-issue).
    "sharing-policy-refused",
    [
      "Policy does not allow granting permissions at this level to one or more of the recipient(s). Please select another permission level and send the sharing invite again.",
      "The Calendar was shared with some of the recipients. However, calendar sharing is not available with the following entries because of permission settings on your network:",
    ],
  ],
];

/** The check each cause proves missing, and for the meeting services the service it is about. */
const MARKS: Readonly<Record<string, { check: string; service?: string } | undefined>> = {
  "lync-delegate": { check: "online-meeting-delegate", service: "skype" },
  "teams-delegate": { check: "online-meeting-delegate", service: "teams" },
  "webex-scheduling-permission": { check: "online-meeting-delegate", service: "webex" },
  "zoom-scheduling-privilege": { check: "online-meeting-delegate", service: "zoom" },
  "send-on-behalf": { check: "send-on-behalf" },
  "calendar-read-only": { check: "calendar-editor" },
  "sharing-invitation-failed": undefined,
  "sharing-policy-refused": undefined,
};

test.each(CATALOGUE)("pasting a %s message names that cause and marks the check it proves missing", async (id, messages) => {
  // The default set-up: the add-in adds Jitsi links, which need no delegate right of their own.
  const { page, context, problems, settled } = await openTaskpane(harness, "delegate-editor");
  try {
    await waitForVerdict(page);
    const before = await page.$$eval("[data-check]", (els) => els.map((e) => e.getAttribute("data-status")));
    const seen: string[] = [];
    for (const message of messages) seen.push(await decodedFor(page, message));
    expect(seen).toEqual(messages.map(() => id));
    // A recognised message shows its title, not "Not recognised".
    await expect(page.locator("[data-error-id]").innerText()).resolves.not.toMatch(/Not recognised/);

    const mark = MARKS[id];
    if (mark) {
      const card = page.locator(`[data-check="${mark.check}"]`);
      await page.locator(`[data-check="${mark.check}"][data-status="missing"]`).waitFor({ timeout: 5000 });
      // The line says what changed; the evidence behind it is one click away.
      await expect(card.locator("p").first().innerText()).resolves.toMatch(/refused/);
      await card.locator("summary").click();
      await expect(card.locator(`[data-check-details="${mark.check}"] ul > li`).first().innerText()).resolves.toMatch(/^You reported/);
      if (mark.service) await expect(card.getAttribute("data-service")).resolves.toBe(mark.service);
    } else {
      await settled();
      await expect(page.$$eval("[data-check]", (els) => els.map((e) => e.getAttribute("data-status")))).resolves.toEqual(before);
    }
    // Only a calendar refusal stops the Jitsi link: another service's refusal is not about Jitsi.
    await expect(page.getByRole("button", { name: /^Add online meeting/ }).isEnabled()).resolves.toBe(id !== "calendar-read-only");
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});

test('an unspecific "Permission denied" is not guessed at: unknown, "Not recognised"; typing it works too', async () => {
  const { page, context, problems } = await openTaskpane(harness, "delegate-editor");
  try {
    await waitForVerdict(page);
    await errorBox(page).pressSequentially("Permission denied", { delay: 5 });
    const result = page.locator("[data-error-id]");
    await result.waitFor();
    await expect(result.getAttribute("data-error-id")).resolves.toBe("unknown");
    await expect(result.innerText()).resolves.toMatch(/Not recognised/);
    // Nothing about send on behalf was concluded from it.
    expect(await checkStatus(page, "send-on-behalf")).toBe("unknown");
    // Clearing the box clears the result.
    await errorBox(page).fill("");
    await result.waitFor({ state: "detached" });
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});

test("pasting the send-on-behalf bounce (clipboard, Ctrl+V) marks send on behalf missing, quoting what you reported", async () => {
  const { page, context, problems } = await openTaskpane(harness, "delegate-editor");
  try {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await waitForVerdict(page);
    expect(await checkStatus(page, "send-on-behalf")).toBe("unknown");
    await page.evaluate((text) => navigator.clipboard.writeText(text), SEND_ON_BEHALF_NDR);
    await errorBox(page).focus();
    await page.keyboard.press("ControlOrMeta+V");
    const result = page.locator("[data-error-id]");
    await result.waitFor();
    await expect(errorBox(page).inputValue()).resolves.toContain("SendAsDenied");
    await expect(result.getAttribute("data-error-id")).resolves.toBe("send-on-behalf");
    await page.locator('[data-check="send-on-behalf"][data-status="missing"]').waitFor({ timeout: 5000 });
    await page.locator('[data-check="send-on-behalf"] summary').click();
    const evidence = page.locator('[data-check-details="send-on-behalf"] ul > li').first();
    await expect(evidence.innerText()).resolves.toMatch(/^You reported/);
    await expect(evidence.innerText()).resolves.toContain("on behalf of the specified user");
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});

test("pasted markup is shown as text only: no element, no script, no dialog", async () => {
  const { page, context, problems, settled } = await openTaskpane(harness, "delegate-editor");
  const dialogs = countDialogs(page);
  try {
    await waitForVerdict(page);
    const imgsBefore = await page.locator("img").count();
    // Webpack adds and removes <script src> tags as chunks load, so only inline scripts are counted.
    const scriptsBefore = await page.locator("script:not([src])").count();

    expect(await decodedFor(page, "<script>alert('pasted')</script>")).toBe("unknown");

    const hostile = `${SEND_ON_BEHALF} <img src=x onerror=alert(1)><script>alert(2)</script>`;
    expect(await decodedFor(page, hostile)).toBe("send-on-behalf");
    await page.locator('[data-check="send-on-behalf"][data-status="missing"]').waitFor({ timeout: 5000 });
    await page.locator('[data-check="send-on-behalf"] summary').click();
    const evidence = page.locator('[data-check-details="send-on-behalf"]');
    await expect(evidence.innerText()).resolves.toContain("<img src=x onerror=alert(1)><script>alert(2)</script>");
    await settled();
    expect(await page.locator("img").count()).toBe(imgsBefore);
    expect(await page.locator("script:not([src])").count()).toBe(scriptsBefore);
    expect(await page.locator("#container img, #container script").count()).toBe(0);
    expect(dialogs.count).toBe(0);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});

test("a 20,000-character paste is read only in part, and the pane says so", async () => {
  const { page, context, problems } = await openTaskpane(harness, "delegate-editor");
  try {
    await waitForVerdict(page);
    const huge = `${SEND_ON_BEHALF}\n${"Diagnostic information for administrators: x ".repeat(500)}`.slice(0, 20_000);
    expect(huge).toHaveLength(20_000);
    expect(await decodedFor(page, huge)).toBe("send-on-behalf");
    const result = page.locator("[data-error-id]");
    await expect(result.innerText()).resolves.toMatch(/Only the first 4,000 characters were read/);
    // A short paste afterwards has no such note.
    expect(await decodedFor(page, SEND_ON_BEHALF)).toBe("send-on-behalf");
    await expect(result.innerText()).resolves.not.toMatch(/Only the first/);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});

/** Teams' refusal as Microsoft's localized Teams–Exchange article prints it (de-de and fr-fr). */
const LOCALIZED_TEAMS: ReadonlyArray<readonly [string, string]> = [
  [
    // https://learn.microsoft.com/de-de/microsoftteams/troubleshoot/known-issues/teams-exchange-interaction-issue
    "German",
    "Sie scheinen keine Berechtigung zum Planen von Besprechungen für dieses Konto zu haben. Wenden Sie sich an den Besitzer, um die Berechtigung zu erhalten, und versuchen Sie es erneut.",
  ],
  [
    // https://learn.microsoft.com/fr-fr/microsoftteams/troubleshoot/exchange-integration/teams-exchange-interaction-issue
    "French",
    "Il semble que vous n\u2019êtes pas autorisé à planifier des réunions pour ce compte. Contactez le propriétaire pour obtenir l\u2019autorisation et essayez à nouveau.",
  ],
];

const PANES: ReadonlyArray<readonly [string, string, Messages]> = [
  ["en", "en-US", en],
  ["fr", "fr-FR", fr],
  ["nl", "nl-NL", nl],
  ["de", "de-DE", de],
];

describe.each(PANES)("the %s pane", (_name, officeLanguage, t) => {
  test.each(LOCALIZED_TEAMS)("explains the %s Teams refusal as the Teams check, in the pane's language", async (_language, refusal) => {
    const { page, context, problems } = await openTaskpane(harness, "delegate-editor", { language: officeLanguage });
    try {
      await waitForVerdict(page);
      // The box by its place, not its label: the label is in the pane's language.
      await page.locator('section[aria-labelledby="error-heading"] textarea').fill(refusal);
      const result = page.locator("[data-error-id]");
      await result.waitFor({ timeout: 5000 });
      await expect(result.getAttribute("data-error-id")).resolves.toBe("teams-delegate");
      const shown = await result.innerText();
      expect(shown).toContain(t.errors["teams-delegate"].title);
      expect(shown).toContain(t.errors["teams-delegate"].cause);
      // The message was read, not only its codes.
      await expect(result.locator("[data-sentence-read]").count()).resolves.toBe(0);
      await expect(result.locator("[data-concerns]").getAttribute("data-concerns")).resolves.toBe("online-meeting-delegate");
      // The Teams check takes the refusal: missing, about Teams.
      const card = page.locator('[data-check="online-meeting-delegate"]');
      await page.locator('[data-check="online-meeting-delegate"][data-status="missing"]').waitFor({ timeout: 5000 });
      await expect(card.getAttribute("data-service")).resolves.toBe("teams");
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

test("a refusal in a language the pane does not read says so, and lists the codes it found", async () => {
  const { page, context, problems } = await openTaskpane(harness, "delegate-editor");
  try {
    await waitForVerdict(page);
    // Spanish words around an SMTP status: nothing to recognise, but the code is there.
    expect(
      await decodedFor(page, "El mensaje no se pudo entregar: 550 5.7.1 no tiene permiso para enviar en nombre de este usuario."),
    ).toBe("unknown");
    const result = page.locator("[data-error-id]");
    await expect(result.locator("[data-sentence-read]").innerText()).resolves.toBe(en.decoder.notRead);
    await expect(result.locator("[data-signals]").innerText()).resolves.toBe(en.decoder.seen({ items: "SMTP 5.7.1" }));
    // Nothing about send on behalf was concluded from a code alone.
    expect(await checkStatus(page, "send-on-behalf")).toBe("unknown");
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});

test("pseudo-locale: the lines about a message in another language come from the catalogues", async () => {
  const { page, context, problems } = await openTaskpane(harness, "delegate-editor", { language: "qps-ploc" });
  try {
    await waitForVerdict(page);
    await page.locator("textarea").fill("Errore: ErrorSendAsDenied. Impossibile inviare il messaggio per conto di questo utente.");
    const result = page.locator("[data-error-id='send-on-behalf']");
    await result.waitFor({ timeout: 5000 });
    // Every word is inside the pseudo-locale's brackets; the code found is a value, fenced as it came.
    await expect(result.locator("[data-sentence-read]").innerText()).resolves.toMatch(/^⟦[^⟧]*⟧$/);
    await expect(result.locator("[data-signals]").innerText()).resolves.toMatch(/^⟦[^⟧]*⟪ErrorSendAsDenied⟫[^⟧]*⟧$/);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});
