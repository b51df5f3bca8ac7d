/**
 * The pane in every language it speaks. With the pseudo-locale (every catalogue text accented and
 * bracketed ⟦…⟧) no scenario may show a word outside the brackets: such a word bypassed the
 * catalogues and would stay English in Dutch, French and German. Each real language, the longest
 * texts included, fits 320 px without sideways scrolling, in light and dark themes.
 */
import type { Page } from "playwright-core";
import { SCENARIOS } from "../../dev/simulated-office/scenarios";
import { LANGUAGE_DETAILS, LANGUAGES } from "../../src/kernel/languages";
import { openTaskpane, startHarness, waitForAnswer, type Harness } from "./support/harness";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness?.close());

/** The meeting panel has read the item (language-neutral: waitForMeetingPanel reads English labels). */
async function waitForMeeting(page: Page): Promise<void> {
  await page.locator("[data-meeting]:not([data-meeting='loading'])").waitFor({ timeout: 10_000 });
}

/** Opens every check's details, so their evidence, steps and sources are on screen too. */
async function openAllDetails(page: Page): Promise<void> {
  const closed = page.locator("[data-check] details:not([open]) > summary");
  for (let i = await closed.count(); i > 0; i--) await closed.first().click();
  await page
    .locator("[data-check-details]")
    .first()
    .waitFor({ timeout: 5000 })
    .catch(() => undefined);
}

/**
 * Visible text outside the pseudo-locale's brackets, with what is not ours to translate left out:
 * [translate=no] (commands, the technical record, service names, link addresses).
 */
function unbracketedText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const leftovers: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let chunks = "";
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest("[translate=no], script, style, noscript")) continue;
      if (!parent.checkVisibility({ checkVisibilityCSS: true }) || parent.closest("[hidden], details:not([open]) > :not(summary)"))
        continue;
      chunks += `${node.nodeValue ?? ""}\u0000`;
    }
    // Brackets may wrap element boundaries (a label in <strong> inside a sentence), so join first.
    // Innermost first: catalogue texts nest inside placeholder values ⟪…⟫, which nest inside texts.
    let outside = chunks;
    for (let before = ""; before !== outside;) {
      before = outside;
      outside = outside.replace(/⟦[^⟦⟧⟪⟫]*⟧|⟪[^⟦⟧⟪⟫]*⟫/g, " ");
    }
    for (const piece of outside.split("\u0000")) {
      const words = piece.match(/[A-Za-z]{2,}/g);
      if (words) leftovers.push(piece.trim());
    }
    return leftovers;
  });
}

describe("the pseudo-locale leaves no text outside the catalogues", () => {
  test.each(SCENARIOS.map((s) => s.id))("%s", async (scenario) => {
    const { page, context, problems } = await openTaskpane(harness, scenario, { language: "qps-ploc", width: 450 });
    try {
      await waitForAnswer(page);
      await waitForMeeting(page);
      await openAllDetails(page);
      expect(await unbracketedText(page)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

test("pseudo-locale: a pasted error, its decoding and the Add feedback come from the catalogues too", async () => {
  const { page, context, problems } = await openTaskpane(harness, "delegate-editor", { language: "qps-ploc", width: 450 });
  try {
    await waitForAnswer(page);
    await waitForMeeting(page);
    await page.locator("[data-answer] button").first().click();
    await page.locator("[data-feedback]").waitFor({ timeout: 5000 });
    await page.locator("textarea").fill("Looks like you don't have permission to schedule meetings for this account.");
    await page.locator("[data-error-id='teams-delegate']").waitFor({ timeout: 5000 });
    await openAllDetails(page);
    const leftovers = await unbracketedText(page);
    // The pasted message is the user's own text, shown back as typed.
    expect(leftovers.filter((text) => !text.includes("schedule meetings for this account"))).toEqual([]);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});

/** Scenarios with the longest texts: a refused calendar, an unknown one, a failed call, a hostile name. */
const LONG_SCENARIOS = ["delegate-reviewer", "delegate-zero-mac", "shared-props-failing", "hostile-name"] as const;

/** Every translated language (its sample tag: nl-BE, fr-BE, de-DE) and the pseudo-locale, from the one list. */
const TRANSLATED_TAGS = [...LANGUAGES.filter((code) => code !== "en").map((code) => LANGUAGE_DETAILS[code].sampleLocale), "qps-ploc"];

describe.each(TRANSLATED_TAGS)("%s at 320 px", (language) => {
  test.each(LONG_SCENARIOS.flatMap((scenario) => (["light", "dark"] as const).map((theme) => [scenario, theme] as const)))(
    "%s, %s theme: the answer and its button on the first screen, nothing scrolls sideways with every detail open",
    async (scenario, theme) => {
      const { page, context, problems } = await openTaskpane(harness, scenario, { language, theme, width: 320, height: 600 });
      try {
        await waitForAnswer(page);
        await waitForMeeting(page);
        const expected = language === "qps-ploc" ? "en" : language.slice(0, 2);
        await expect(page.locator("main").getAttribute("lang")).resolves.toBe(expected);
        const button = await page.locator("[data-answer] button").first().boundingBox();
        expect(button && button.y + button.height).toBeLessThanOrEqual(600);
        await openAllDetails(page);
        await page
          .locator("textarea")
          .fill("Sie besitzen nicht die Berechtigung, die Nachricht im Auftrag des angegebenen Benutzers zu senden.");
        await page.locator("[data-error-id='send-on-behalf']").waitFor({ timeout: 5000 });
        await page.locator("[data-technical] summary").click();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});
