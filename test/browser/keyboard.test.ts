/**
 * Keyboard only and screen readers: everything the pane offers is reachable with Tab and works with
 * Enter or Space, every control has a name, and what changes after an action is announced through
 * live regions that were already in the page.
 */
import type { Page } from "playwright-core";
import { openTaskpane, simState, startHarness, waitForVerdict, type Harness } from "./support/harness";
import { blockIn, waitForMeetingPanel } from "./support/pane";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness?.close());

/** Describes the focused element: its accessible name as a user would hear it, roughly. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return "";
    const labelled = el.getAttribute("aria-labelledby");
    const label =
      el.getAttribute("aria-label") ||
      (labelled
        ? labelled
            .split(/\s+/)
            .map((id) => document.getElementById(id)?.textContent ?? "")
            .join(" ")
        : "") ||
      (el.id ? (document.querySelector(`label[for="${el.id}"]`)?.textContent ?? "") : "") ||
      el.textContent ||
      "";
    return `${el.tagName.toLowerCase()}:${label.trim().replace(/\s+/g, " ")}`;
  });
}

/** Presses Tab until the focused element matches, as a keyboard user would; fails after `limit` presses. */
async function tabTo(page: Page, target: RegExp, limit = 40): Promise<string[]> {
  const visited: string[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const now = await focused(page);
    visited.push(now);
    if (target.test(now)) return visited;
  }
  throw new Error(`Tab never reached ${String(target)}; visited: ${visited.join(" | ")}`);
}

test("keyboard only: add the link with Enter, open a remedy, copy the report; each result is announced", async () => {
  const { page, context, problems } = await openTaskpane(harness, "delegate-editor");
  try {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await waitForVerdict(page);
    await waitForMeetingPanel(page);
    // The live regions exist, empty, before anything happens.
    const liveRegions = page.locator('[role="status"][aria-live="polite"]');
    expect(await liveRegions.count()).toBeGreaterThanOrEqual(3);

    await tabTo(page, /^button:Add online meeting/);
    await page.keyboard.press("Enter");
    await page.locator('[data-feedback="success"]').waitFor({ timeout: 5000 });
    const announced = page.locator('[role="status"][aria-live="polite"]', { has: page.locator('[data-feedback="success"]') });
    await expect(announced.innerText()).resolves.toMatch(/meeting link was added/);
    const state = await simState(page);
    expect(blockIn(state.body, state.bodyType === "text" ? "text" : "html")).toBeDefined();

    // A check's Details open with the keyboard: the sending check's reveal the owner's clicks.
    await tabTo(page, /^summary:Details/);
    await tabTo(page, /^summary:Details/);
    await page.keyboard.press("Enter");
    const sending = page.locator('[data-check="send-on-behalf"] details[open]');
    await sending.locator("[data-check-details]").waitFor({ timeout: 5000 });
    await expect(sending.innerText()).resolves.toMatch(/Delegate Access/);

    // The error box is reachable and typing in it is announced in one short line.
    await tabTo(page, /^textarea:/);
    await page.keyboard.type("Permission denied");
    const hiddenStatus = page.locator('[role="status"]', { hasText: /^Not recognised\./ });
    await hiddenStatus.waitFor({ state: "attached", timeout: 5000 });

    await tabTo(page, /^button:Copy report for IT/);
    await page.keyboard.press("Space");
    await page
      .locator('[role="status"]', { hasText: /copied/i })
      .first()
      .waitFor({ timeout: 5000 });
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toMatch(/calendar-editor/);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});

test.each(["delegate-reviewer", "delegate-editor", "own-calendar"])(
  "%s: every control the keyboard reaches has a name",
  async (scenario) => {
    const { page, context, problems } = await openTaskpane(harness, scenario);
    try {
      await waitForVerdict(page);
      await waitForMeetingPanel(page);
      const names: string[] = [];
      // Tab through the whole pane once: stop when focus leaves it or comes back to an element seen before.
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press("Tab");
        const seenBefore = await page.evaluate(() => {
          const w = window as unknown as { __seen?: WeakSet<Element> };
          w.__seen ??= new WeakSet();
          const el = document.activeElement;
          if (!el || el === document.body || w.__seen.has(el)) return true;
          w.__seen.add(el);
          return false;
        });
        if (seenBefore) break;
        names.push(await focused(page));
      }
      expect(names.length).toBeGreaterThanOrEqual(3);
      for (const name of names) expect(name).toMatch(/^[a-z]+:\S/);
      // Nothing outside the natural order: no positive tabindex anywhere.
      await expect(page.locator("[tabindex]:not([tabindex='0']):not([tabindex='-1'])").count()).resolves.toBe(0);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  },
);
