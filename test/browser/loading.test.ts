/**
 * The pane's own files arrive in pieces (a theme, a language, the panels). When one does not, the
 * pane says so in Outlook's language and what to do, instead of "Reading Outlook…" forever.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { webLightTheme } from "@fluentui/react-components";
import { openTaskpane, startHarness, type Harness } from "./support/harness";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness?.close());

test.each([
  ["the themes", /\/theme\.css$/, "en-US", /Part of this add-in did not load/],
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

test.each([
  ["dark", "rgb(41, 41, 41)"],
  ["light", "rgb(255, 255, 255)"],
] as const)(
  "one sheet holds both themes, asked for once with the page; the pane shows the %s theme Office reported",
  async (theme, background) => {
    const { page, context, problems } = await openTaskpane(harness, "delegate-editor", { theme });
    try {
      await page.locator("[data-answer]:not([data-answer=''])").waitFor();
      const files = await page.evaluate(() => performance.getEntriesByType("resource").map((entry) => entry.name));
      expect(files.filter((url) => url.endsWith("/theme.css"))).toHaveLength(1);
      expect(files.filter((url) => /theme-(light|dark)\.css$/.test(url))).toEqual([]);
      await expect(page.evaluate(() => document.documentElement.getAttribute("data-theme"))).resolves.toBe(theme);
      await expect(page.evaluate(() => getComputedStyle(document.body).backgroundColor)).resolves.toBe(background);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  },
);

test("once Office says dark on a light system, the frame's words take the dark theme's colour over its background", async () => {
  const { page, context } = await openTaskpane(harness, "delegate-editor", { theme: "dark" });
  try {
    await page.locator("[data-answer]:not([data-answer=''])").waitFor();
    // The frame is gone by now; the same markup under the same root shows what it looked like meanwhile.
    const color = await page.evaluate(() => {
      const frame = document.createElement("main");
      frame.className = "sob-frame";
      const words = frame.appendChild(document.createElement("p"));
      document.body.append(frame);
      const value = getComputedStyle(words).color;
      frame.remove();
      return value;
    });
    expect(await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches)).toBe(false);
    expect(color).toBe("rgb(214, 214, 214)"); // Fluent's dark colorNeutralForeground2, #d6d6d6
  } finally {
    await context.close();
  }
});

test("the theme sheet defines every Fluent token the components' styles read, in both themes", () => {
  const dist = resolve(__dirname, "../../build/test/dist");
  const theme = readFileSync(resolve(dist, "theme.css"), "utf8");
  const components = readFileSync(resolve(dist, "griffel.css"), "utf8");
  const defined = new Set([...(/:root\{([^}]*)\}/.exec(theme)?.[1] ?? "").matchAll(/--([A-Za-z0-9]+):/g)].map((match) => match[1]));
  const fluent = new Set(Object.keys(webLightTheme));
  const read = [...new Set([...components.matchAll(/var\(\s*--([A-Za-z][A-Za-z0-9]*)/g)].map((match) => match[1] ?? ""))];
  expect(read.length).toBeGreaterThan(20);
  expect(read.filter((name) => fluent.has(name) && !defined.has(name))).toEqual([]);
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
