// @ts-check
/**
 * The README's screenshots: the playground's pane at 320 px, first screen (600 px high), in Office's
 * light and dark themes, for the situations an assistant meets most, and the round trip with IT:
 * Outlook for Mac's "can't tell", IT's answer pasted into the pane, and the first screen it turns
 * into. Run `npm run screenshots` (it builds the playground first); the PNGs land in docs/screenshots/.
 *
 *   node scripts/screenshots.js [--lang nl-BE] [--out docs/screenshots] [--only audit]
 * --only audit: just the audit page (audit.html) with a generated audit file, light and dark.
 */
const { mkdirSync } = require("node:fs");
const { join, resolve } = require("node:path");
const { chromium } = require("playwright-core");
const { chromiumPath, CHROMIUM_ARGS } = require("./lib/chromium");
const { serveStatic } = require("./lib/staticServer");

const SHOTS = [
  ["own-calendar", "Own calendar"],
  ["delegate-editor", "Editor"],
  ["delegate-author", "Author"],
  ["delegate-reviewer", "Reviewer"],
  ["delegate-zero", "No rights"],
  ["delegate-zero-mac", "Outlook for Mac"],
];
const THEMES = ["light", "dark"];
const PANE_WIDTH = 320;
const FIRST_SCREEN = 600;

/** @param {string[]} argv */
function options(argv) {
  const at = (/** @type {string} */ flag) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return { lang: at("--lang") ?? "en-US", out: resolve(at("--out") ?? "docs/screenshots"), only: at("--only") };
}

async function main() {
  const { lang, out, only } = options(process.argv.slice(2));
  mkdirSync(out, { recursive: true });
  const server = await serveStatic(resolve(__dirname, "../build/test/dist-dev"));
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS] });
  try {
    for (const theme of THEMES) await auditPage(browser, server.origin, theme, lang, out);
    if (only === "audit") return;
    for (const theme of THEMES) await roundTrip(browser, server.origin, theme, lang, out);
    for (const theme of THEMES) await microsoft365(browser, server.origin, theme, lang, out);
    for (const [scenario] of SHOTS) {
      for (const theme of THEMES) {
        const page = await browser.newPage({ viewport: { width: 1100, height: FIRST_SCREEN + 200 }, deviceScaleFactor: 1 });
        const query = new URLSearchParams({ scenario, theme, width: String(PANE_WIDTH), lang });
        await page.goto(`${server.origin}/playground.html?${query}`);
        await page.locator("[data-answer]:not([data-answer=''])").waitFor({ timeout: 15_000 });
        await page.locator("[data-meeting]:not([data-meeting='loading'])").waitFor({ timeout: 15_000 });
        // Fonts and the lazily loaded panels settle before the picture.
        await page.waitForTimeout(300);
        const pane = await page.locator(".pg-taskpane").boundingBox();
        if (!pane) throw new Error(`${scenario}: the pane is not on screen`);
        const suffix = lang === "en-US" ? "" : `-${lang}`;
        const file = join(out, `${scenario}-${theme}${suffix}.png`);
        await page.screenshot({
          path: file,
          clip: { x: pane.x, y: pane.y, width: pane.width, height: Math.min(pane.height, FIRST_SCREEN) },
        });
        console.log(file);
        await page.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * What IT sends back from the read-only block (README, "Confirming with Exchange"): Editor with the
 * Delegate flag, send on behalf, EWS open, answering the pane's request (requestId). It "ran" now, so
 * the pane never shows it as old.
 * @param {string} requestId
 */
function itAnswer(requestId) {
  const owner = "alex.wilber@contoso.com";
  const delegate = "megan.bowen@contoso.com";
  const ews = { EwsEnabled: true, EwsApplicationAccessPolicy: null, EwsAllowList: null, EwsBlockList: null };
  const json = JSON.stringify({
    Version: 1,
    RanAtUtc: new Date().toISOString(),
    Owner: owner,
    Delegate: delegate,
    OwnerMailbox: {
      PrimarySmtpAddress: owner,
      DisplayName: "Alex Wilber",
      Alias: "alex.wilber",
      RecipientTypeDetails: "UserMailbox",
      HiddenFromAddressListsEnabled: false,
      GrantSendOnBehalfTo: [{ Listed: "Megan Bowen", PrimarySmtpAddress: delegate }],
    },
    DelegateRecipient: { PrimarySmtpAddress: delegate, DisplayName: "Megan Bowen", Alias: "megan.bowen" },
    CalendarFolder: { Name: "Calendar", FolderPath: "/Calendar" },
    CalendarPermission: {
      EntriesRead: 3,
      DelegateEntry: { User: "Megan Bowen", AccessRights: ["Editor"], SharingPermissionFlags: "Delegate" },
    },
    CasMailbox: ews,
    OrganizationConfig: ews,
    RequestId: requestId,
  });
  return ["-----BEGIN SCHEDULE-ON-BEHALF CHECK v1-----", json, "-----END SCHEDULE-ON-BEHALF CHECK v1-----"].join("\n");
}

/**
 * The round trip on Outlook for Mac (0 bits, Teams): the error box holding IT's answer, then the first
 * screen once the pane has taken it.
 * @param {import("playwright-core").Browser} browser
 * @param {string} origin
 * @param {string} theme
 * @param {string} lang
 * @param {string} out
 */
async function roundTrip(browser, origin, theme, lang, out) {
  const context = await browser.newContext({ viewport: { width: 1100, height: FIRST_SCREEN + 200 }, deviceScaleFactor: 1 });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin });
  const page = await context.newPage();
  const query = new URLSearchParams({ scenario: "delegate-zero-mac", theme, width: String(PANE_WIDTH), lang });
  await page.goto(`${origin}/playground.html?${query}`);
  await page.locator("[data-answer]:not([data-answer=''])").waitFor({ timeout: 15_000 });
  const box = page.locator("#error-heading ~ * textarea, section[aria-labelledby='error-heading'] textarea").first();
  await box.waitFor({ timeout: 15_000 });
  // IT answers the request the pane prepared: its id comes from the report the footer copies for IT.
  await page.locator("footer button").first().click();
  await page.waitForFunction(async () => /\$requestId = '[0-9a-f]{32}'/.test(await navigator.clipboard.readText()), undefined, {
    timeout: 15_000,
  });
  const report = await page.evaluate(() => navigator.clipboard.readText());
  const requestId = /\$requestId = '([0-9a-f]{32})'/.exec(report)?.[1] ?? "";
  await box.fill(itAnswer(requestId));
  await page.locator("[data-admin-paste='evidence']").waitFor({ timeout: 15_000 });
  await page.waitForTimeout(300);
  const suffix = lang === "en-US" ? "" : `-${lang}`;
  const section = page.locator("section[aria-labelledby='error-heading']");
  await section.scrollIntoViewIfNeeded();
  const pasted = await section.boundingBox();
  if (!pasted) throw new Error("round trip: the error box is not on screen");
  const pastedFile = join(out, `round-trip-pasted-${theme}${suffix}.png`);
  await page.screenshot({ path: pastedFile, clip: pasted });
  console.log(pastedFile);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.locator(".pg-taskpane").evaluate((el) => el.scrollTo?.(0, 0));
  await page.locator("[data-answer]").scrollIntoViewIfNeeded();
  const pane = await page.locator(".pg-taskpane").boundingBox();
  if (!pane) throw new Error("round trip: the pane is not on screen");
  const answerFile = join(out, `round-trip-answer-${theme}${suffix}.png`);
  await page.screenshot({
    path: answerFile,
    clip: { x: pane.x, y: pane.y, width: pane.width, height: Math.min(pane.height, FIRST_SCREEN) },
  });
  console.log(answerFile);
  await context.close();
}

/**
 * "Check with Microsoft 365" on Outlook for Mac (0 bits): the calendar check's details after Graph
 * answered for an Editor delegate, the check now "Partly" with the source in words.
 * @param {import("playwright-core").Browser} browser
 * @param {string} origin
 * @param {string} theme
 * @param {string} lang
 * @param {string} out
 */
async function microsoft365(browser, origin, theme, lang, out) {
  const page = await browser.newPage({ viewport: { width: 1100, height: FIRST_SCREEN + 600 }, deviceScaleFactor: 1 });
  const query = new URLSearchParams({ scenario: "delegate-zero-mac", graph: "editor-delegate", theme, width: String(PANE_WIDTH), lang });
  await page.goto(`${origin}/playground.html?${query}`);
  await page.locator("[data-answer]:not([data-answer=''])").waitFor({ timeout: 15_000 });
  await page.locator('[data-check="calendar-editor"] summary').click();
  await page.locator("[data-graph='ready']").waitFor({ timeout: 15_000 });
  await page.locator("[data-graph='ready'] button").click();
  await page.locator("[data-graph='evidence']").waitFor({ timeout: 15_000 });
  await page.locator('[data-check="calendar-editor"][data-status="partial"]').waitFor({ timeout: 15_000 });
  await page.waitForTimeout(300);
  const check = await page.locator('[data-check="calendar-editor"]').boundingBox();
  const pane = await page.locator(".pg-taskpane").boundingBox();
  if (!check || !pane) throw new Error("Microsoft 365: the calendar check is not on screen");
  const suffix = lang === "en-US" ? "" : `-${lang}`;
  const file = join(out, `microsoft365-mac-${theme}${suffix}.png`);
  await page.screenshot({ path: file, clip: { x: pane.x, y: check.y - 8, width: pane.width, height: check.height + 16 } });
  console.log(file);
  await page.close();
}

/**
 * The audit page IT opens (README, "Audit the whole organisation"): a generated organisation of 60
 * owners, one of them not read, one owner's pairs shown and the one with no Delegate flag selected, its fix commands shown.
 * @param {import("playwright-core").Browser} browser @param {string} origin @param {string} theme
 * @param {string} lang @param {string} out
 */
async function auditPage(browser, origin, theme, lang, out) {
  const { generateAudit } = require("./lib/auditFile");
  const context = await browser.newContext({
    viewport: { width: 1280, height: 1150 },
    deviceScaleFactor: 1,
    colorScheme: /** @type {"light" | "dark"} */ (theme),
    locale: lang,
  });
  const page = await context.newPage();
  await page.goto(`${origin}/audit.html`);
  const file = generateAudit({ owners: 60, pairsPerOwner: 3, failedOwners: [7] }).file;
  await page
    .locator("[data-audit-input]")
    .setInputFiles({ name: "contoso-audit.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(file)) });
  // A pair with "Can edit" and no Delegate flag (the third of the generator's shapes), its owner's rows in view.
  await page.locator('[data-filter="owner"]').selectOption("owner00000@contoso.com");
  await page.locator('[data-audit-grid] [role="row"][data-delegate="assistant00002@contoso.com"]').click();
  await page.locator("[data-audit-detail] [data-fix]").first().waitFor();
  await page.waitForTimeout(300);
  const suffix = lang === "en-US" ? "" : `-${lang}`;
  const path = join(out, `audit-${theme}${suffix}.png`);
  await page.screenshot({ path, clip: { x: 0, y: 0, width: 1280, height: 1150 } });
  console.log(path);
  await context.close();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
