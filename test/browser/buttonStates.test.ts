/**
 * The pane's buttons and badges take their colours from Fluent's theme tokens in every state a user
 * sees: at rest, hovered, pressed and disabled (a disabled button stays grey when hovered). Their
 * shared look is one reset class (makeResetStyles) that the appearances, atomic classes, must win over
 * in every state; screenshots show only the resting state.
 */
import type { Page } from "playwright-core";
import { openTaskpane, startHarness, waitForVerdict, type Harness } from "./support/harness";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness?.close());

/** What the browser paints for a token, through the same style sheets. */
function token(page: Page, property: "backgroundColor" | "color", name: string): Promise<string> {
  return page.evaluate(
    ([property, name]) => {
      const probe = document.createElement("span");
      // CSSOM, not a style attribute: the page's CSP allows no inline styles in markup.
      probe.style[property as "color"] = `var(--${name})`;
      document.body.append(probe);
      const value = getComputedStyle(probe)[property as "color"];
      probe.remove();
      return value;
    },
    [property, name] as const,
  );
}

async function settled(page: Page): Promise<void> {
  // The buttons fade between states: read the colour they settle on.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));
}

async function look(page: Page, selector: string): Promise<{ background: string; color: string }> {
  await settled(page);
  return page.locator(selector).evaluate((el) => {
    const style = getComputedStyle(el);
    return { background: style.backgroundColor, color: style.color };
  });
}

test.each(["light", "dark"] as const)("%s: primary and secondary buttons at rest, hovered and pressed", async (theme) => {
  const { page, context, problems } = await openTaskpane(harness, "delegate-editor", { theme });
  try {
    await waitForVerdict(page);
    const add = page.getByRole("button", { name: /^Add online meeting/ });
    await add.waitFor();
    // Everything below the answer in place first: a panel arriving later would move a button from under the pointer.
    const copyReport = page.getByRole("button", { name: "Copy report for IT" });
    await copyReport.waitFor();
    await page.waitForLoadState("networkidle");
    await add.evaluate((el) => el.setAttribute("data-probe", "primary"));
    const primary = '[data-probe="primary"]';
    // Rest, away from the pointer.
    await page.mouse.move(0, 0);
    expect(await look(page, primary)).toEqual({
      background: await token(page, "backgroundColor", "colorBrandBackground"),
      color: await token(page, "color", "colorNeutralForegroundOnBrand"),
    });
    await add.hover();
    expect((await look(page, primary)).background).toBe(await token(page, "backgroundColor", "colorBrandBackgroundHover"));
    await page.mouse.down();
    expect((await look(page, primary)).background).toBe(await token(page, "backgroundColor", "colorBrandBackgroundPressed"));
    await page.mouse.move(0, 0);
    await page.mouse.up();

    // A secondary button, small: the report's copy button.
    await copyReport.evaluate((el) => el.setAttribute("data-probe", "secondary"));
    const secondary = '[data-probe="secondary"]';
    expect((await look(page, secondary)).background).toBe(await token(page, "backgroundColor", "colorNeutralBackground1"));
    await copyReport.hover();
    expect(await copyReport.evaluate((el) => el.matches(":hover"))).toBe(true);
    expect((await look(page, secondary)).background).toBe(await token(page, "backgroundColor", "colorNeutralBackground1Hover"));

    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});

test.each(["light", "dark"] as const)("%s: a disabled button stays grey when hovered, whatever its appearance", async (theme) => {
  // A Reviewer cannot add: the Add button is disabled, with its reason beside it.
  const { page, context, problems } = await openTaskpane(harness, "delegate-reviewer", { theme });
  try {
    await waitForVerdict(page);
    await page.locator("[data-insert-reason]").first().waitFor();
    await page.waitForLoadState("networkidle");
    const add = page.getByRole("button", { name: /^Add online meeting/ }).first();
    expect(await add.isDisabled()).toBe(true);
    await add.evaluate((el) => el.setAttribute("data-probe", "disabled"));
    const disabled = {
      background: await token(page, "backgroundColor", "colorNeutralBackgroundDisabled"),
      color: await token(page, "color", "colorNeutralForegroundDisabled"),
    };
    expect(await look(page, '[data-probe="disabled"]')).toEqual(disabled);
    await add.hover({ force: true });
    expect(await add.evaluate((el) => el.matches(":hover"))).toBe(true);
    expect(await look(page, '[data-probe="disabled"]')).toEqual(disabled);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});

/** Each element carrying the attribute: its value, and whether its background is the token that value names. */
async function backgroundsByAttribute(page: Page, attribute: string, tokens: Record<string, string>) {
  const found = await page
    .locator(`[${attribute}]`)
    .evaluateAll(
      (els, name) => els.map((el) => ({ value: el.getAttribute(name) ?? "", background: getComputedStyle(el).backgroundColor })),
      attribute,
    );
  const out: { value: string; matches: boolean }[] = [];
  for (const { value, background } of found) {
    out.push({ value, matches: background === (await token(page, "backgroundColor", tokens[value] ?? "none")) });
  }
  return out;
}

test("status badges and notices take the colours of their tone", async () => {
  const { page, context, problems } = await openTaskpane(harness, "delegate-reviewer");
  try {
    await waitForVerdict(page);
    const badges = await backgroundsByAttribute(page, "data-tone", {
      success: "colorPaletteGreenBackground1",
      warning: "colorPaletteDarkOrangeBackground1",
      danger: "colorPaletteRedBackground1",
      informative: "colorNeutralBackground4",
      subtle: "colorNeutralBackground1",
    });
    expect(badges.length).toBeGreaterThanOrEqual(3);
    expect(badges.some((badge) => badge.value === "danger")).toBe(true);
    expect(badges.filter((badge) => !badge.matches)).toEqual([]);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
  // A notice: the one that says the meeting was added.
  const editor = await openTaskpane(harness, "delegate-editor");
  try {
    await waitForVerdict(editor.page);
    await editor.page.getByRole("button", { name: /^Add online meeting/ }).click();
    await editor.page.locator("[data-feedback]").waitFor();
    const notices = await backgroundsByAttribute(editor.page, "data-intent", {
      success: "colorPaletteGreenBackground1",
      error: "colorPaletteRedBackground1",
      warning: "colorPaletteYellowBackground1",
      info: "colorNeutralBackground3",
    });
    expect(notices.some((notice) => notice.value === "success")).toBe(true);
    expect(notices.filter((notice) => !notice.matches)).toEqual([]);
    expect(editor.problems).toEqual([]);
  } finally {
    await editor.context.close();
  }
});
