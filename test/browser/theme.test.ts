/**
 * Office's light and dark themes: the pane follows the theme Office reports, and every piece of
 * text a user reads (headline, evidence, status words, the reason next to a disabled button,
 * remedies, the error decoder's result) keeps WCAG AA contrast (4.5:1) against what is actually
 * behind it.
 */
import type { Page } from "playwright-core";
import { openTaskpane, startHarness, waitForVerdict, type Harness } from "./support/harness";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness?.close());

interface TextContrast {
  readonly text: string;
  readonly ratio: number;
}

/** Contrast of every visible text node's element against the first opaque background behind it. */
function contrasts(page: Page): Promise<{ background: string; texts: TextContrast[] }> {
  return page.evaluate(() => {
    const parse = (css: string): [number, number, number, number] => {
      const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(css);
      return m ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])] : [0, 0, 0, 0];
    };
    const luminance = ([r, g, b]: number[]) => {
      const lin = (c: number) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * lin(r ?? 0) + 0.7152 * lin(g ?? 0) + 0.0722 * lin(b ?? 0);
    };
    const backgroundOf = (el: Element | null): number[] => {
      for (let node = el; node; node = node.parentElement) {
        const bg = parse(getComputedStyle(node).backgroundColor);
        if (bg[3] >= 0.99) return bg;
      }
      return [255, 255, 255, 1];
    };
    const root = document.body;
    const texts: { text: string; ratio: number }[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? "").trim();
      const el = node.parentElement;
      // WCAG sets no contrast minimum for disabled controls; their reason is measured as text.
      if (!text || !el || el.closest("[hidden], textarea, select, option, button:disabled, [aria-disabled='true']")) continue;
      const style = getComputedStyle(el);
      if (style.visibility === "hidden" || style.display === "none" || el.getClientRects().length === 0) continue;
      const fg = parse(style.color);
      const bg = backgroundOf(el);
      // Semi-transparent text is blended over its background, as the browser paints it.
      const a = fg[3];
      const blended = [0, 1, 2].map((i) => (fg[i] ?? 0) * a + (bg[i] ?? 0) * (1 - a));
      const [l1, l2] = [luminance(blended), luminance(bg)].sort((x, y) => y - x) as [number, number];
      texts.push({ text: text.slice(0, 50), ratio: Math.round(((l1 + 0.05) / (l2 + 0.05)) * 100) / 100 });
    }
    return { background: getComputedStyle(root).backgroundColor, texts };
  });
}

function isDark(css: string): boolean {
  const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(css);
  return !!m && (Number(m[1]) + Number(m[2]) + Number(m[3])) / 3 < 80;
}

describe.each(["light", "dark"] as const)("Office's %s theme", (theme) => {
  test.each(["delegate-reviewer", "delegate-editor", "own-calendar"])(
    "%s: the pane follows the theme and all text is readable",
    async (scenario) => {
      const { page, context, problems } = await openTaskpane(harness, scenario, { theme });
      try {
        await waitForVerdict(page);
        await page.getByRole("button", { name: /^Add online meeting/ }).waitFor();
        // Open every "How to fix" and show a decoded error, so their text is measured too.
        for (const summary of await page.locator("details > summary").all()) await summary.click();
        await page
          .getByRole("textbox", { name: "Error message" })
          .fill("Please contact the owner of the account to get delegate permissions in Lync");
        await page.locator("[data-error-id]").waitFor();
        // Fluent's buttons fade between states (disabled while the item is read, then enabled): measure
        // the colours they settle on, not a frame in between.
        await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));

        const { background, texts } = await contrasts(page);
        expect(isDark(background)).toBe(theme === "dark");
        // Enough text to judge the theme by (the own-calendar pane has the fewest lines).
        expect(texts.length).toBeGreaterThanOrEqual(20);
        const poor = texts.filter((t) => t.ratio < 4.5);
        expect(poor).toEqual([]);
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});
