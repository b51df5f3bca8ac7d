/**
 * The pane's own files arrive in pieces (a theme, a language, the panels). When one does not, the
 * pane says so in Outlook's language and what to do, instead of "Reading Outlook…" forever.
 */
import { openTaskpane, startHarness, type Harness } from "./support/harness";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness?.close());

test.each([
  ["the theme", /\/theme-light\.css$/, "en-US", /Part of this add-in did not load/],
  ["the components' styles", /\/griffel\.css$/, "de-DE", /Ein Teil dieses Add-Ins wurde nicht geladen/],
  ["the language", /\/i18n-nl\.js$/, "nl-BE", /Een deel van deze invoegtoepassing is niet geladen/],
])("when %s cannot be downloaded, the pane says what to do", async (_what, failFiles, language, expected) => {
  const { page, context } = await openTaskpane(harness, "delegate-editor", { failFiles, language });
  try {
    await page.getByText(expected).waitFor({ timeout: 10_000 });
    await expect(page.getByText(/Reading Outlook|Outlook wordt gelezen|Outlook wird gelesen/).count()).resolves.toBe(0);
  } finally {
    await context.close();
  }
});

test("when the language's details part cannot be downloaded, the answer stays and the panels say so in Outlook's language", async () => {
  const { page, context } = await openTaskpane(harness, "delegate-reviewer", { failFiles: /\/i18n-nl-details\.js$/, language: "nl-BE" });
  try {
    await page.locator("[data-answer='not-yet']").waitFor({ timeout: 10_000 });
    await page.getByText(/Dit deel van het venster kon niet worden getoond/).waitFor({ timeout: 10_000 });
    await expect(page.locator("[data-check]").count()).resolves.toBe(3);
    await expect(page.getByText(/This part of the pane could not be shown/).count()).resolves.toBe(0);
  } finally {
    await context.close();
  }
});

test("only the theme Office asked for is downloaded", async () => {
  const { page, context } = await openTaskpane(harness, "delegate-editor", { theme: "dark" });
  try {
    await page.locator("[data-answer]:not([data-answer=''])").waitFor();
    const files = await page.evaluate(() => performance.getEntriesByType("resource").map((entry) => entry.name));
    expect(files.some((url) => url.endsWith("/theme-dark.css"))).toBe(true);
    expect(files.some((url) => url.endsWith("/theme-light.css"))).toBe(false);
  } finally {
    await context.close();
  }
});

test("when the panels below the answer cannot be downloaded, the answer and its button stay, with one line on what is missing", async () => {
  const { page, context } = await openTaskpane(harness, "delegate-reviewer", { failFiles: /\/panels\.js$/ });
  try {
    await page.locator("[data-answer='not-yet']").waitFor({ timeout: 10_000 });
    await page.getByText(/This part of the pane could not be shown/).waitFor({ timeout: 10_000 });
    await expect(page.getByRole("button", { name: /^Ask Alex for edit access/ }).isVisible()).resolves.toBe(true);
    await expect(page.locator("[data-check]").count()).resolves.toBe(3);
  } finally {
    await context.close();
  }
});

test("what the first answer does not show arrives right after it, without a click, and none of it before", async () => {
  const own = await harness.browser.newContext({ viewport: { width: 320, height: 900 } });
  // The moment the answer is filled in, stamped in the page's own clock from its first script on.
  await own.addInitScript(() => {
    const w = window as unknown as { __answeredAt?: number };
    const stamp = () => {
      if (w.__answeredAt === undefined && document.querySelector("[data-answer]:not([data-answer=''])")) w.__answeredAt = performance.now();
    };
    new MutationObserver(stamp).observe(document, { subtree: true, childList: true, attributes: true });
  });
  const { page, context, problems } = await openTaskpane(harness, "delegate-reviewer", { context: own });
  try {
    await page.locator("[data-answer='not-yet']").waitFor({ timeout: 10_000 });
    const later = ["details.js", "panels.js", "i18n-en-details.js", "decoder.js", "actions.js"];
    await page.waitForFunction(
      (names) => {
        const fetched = new Set(performance.getEntriesByType("resource").map((entry) => entry.name.split("/").pop()));
        return names.every((name) => fetched.has(name));
      },
      later,
      { timeout: 10_000 },
    );
    const { answeredAt, starts } = await page.evaluate(
      (names) => ({
        answeredAt: (window as unknown as { __answeredAt?: number }).__answeredAt ?? Number.NaN,
        starts: performance
          .getEntriesByType("resource")
          .map((entry) => [entry.name.split("/").pop() ?? "", entry.startTime] as const)
          .filter(([name]) => names.includes(name)),
      }),
      later,
    );
    expect(Number.isFinite(answeredAt)).toBe(true);
    for (const [name, startTime] of starts) expect([name, startTime >= answeredAt]).toEqual([name, true]);
    // Nothing was opened: no Details, nothing typed into the decoder.
    await expect(page.locator("details[open]").count()).resolves.toBe(0);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});
