/**
 * The playground (dist-dev/playground.html): the real taskpane beside a simulated appointment form.
 * What a developer sees there must follow what the pane does to the item.
 */
import { SCENARIOS } from "../../dev/simulated-office/scenarios";
import { CUSTOM_PROPERTY_KEY, HTML_BLOCK_BEGIN } from "../../src/meeting/marker";
import { checkStatus, simState, startHarness, waitForAnswer, waitForVerdict, type Harness } from "./support/harness";
import { ADD, blockIn, clickAndWaitForFeedback } from "./support/pane";
import { openPlayground } from "./support/playground";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness("dist-dev");
});
afterAll(async () => harness?.close());

test("?scenario= opens that scenario: the taskpane renders inside and the picker lists every scenario", async () => {
  const { page, context, problems } = await openPlayground(harness, "?scenario=delegate-editor");
  try {
    expect(await waitForVerdict(page)).toBe("delegate");
    await expect(page.locator("aside #container [data-delegation]").count()).resolves.toBe(1);
    const options = await page.$$eval("#pg-scenario option", (els) =>
      els.map((e) => ({ value: (e as HTMLOptionElement).value, label: e.textContent, selected: (e as HTMLOptionElement).selected })),
    );
    expect(options.map((o) => o.value)).toEqual(SCENARIOS.map((s) => s.id));
    expect(options.map((o) => o.label)).toEqual(SCENARIOS.map((s) => s.label));
    expect(options.filter((o) => o.selected).map((o) => o.value)).toEqual(["delegate-editor"]);
    await expect(page.locator("#pg-location").innerText()).resolves.toBe("Conf Room Adams (12)");
    await expect(page.locator("#pg-custom-properties").innerText()).resolves.toBe("(none)");
    await expect(page.locator("#pg-handlers").innerText()).resolves.not.toBe("");
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});

test("Add online meeting in the pane shows up in the playground's body and custom-properties views", async () => {
  const { page, context, problems } = await openPlayground(harness, "?scenario=delegate-editor");
  try {
    await waitForVerdict(page);
    const sourceBefore = (await page.locator("#pg-body-source").textContent()) ?? "";
    expect(sourceBefore).not.toContain(HTML_BLOCK_BEGIN);

    await clickAndWaitForFeedback(page, ADD, /meeting link was added/);
    const state = await simState(page);
    const link = blockIn(state.body, "html")?.links[0] ?? "";
    expect(link).toMatch(/^https:\/\//);

    await page.locator("#pg-custom-properties", { hasText: CUSTOM_PROPERTY_KEY }).waitFor({ timeout: 5000 });
    await expect(page.locator("#pg-custom-properties").innerText()).resolves.toContain(link);
    await expect(page.locator("#pg-body-source").textContent()).resolves.toBe(state.body);
    await expect(page.locator("#pg-body-size").innerText()).resolves.toBe(`${state.body.length.toLocaleString("en-US")} characters`);
    // The rendered body (sandboxed iframe) shows the link too.
    const frameText = await page.frameLocator("#pg-body-view").locator("body").innerText();
    expect(frameText).toContain(link);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});

test("choosing another scenario in the picker reopens the pane on it", async () => {
  const { page, context, problems } = await openPlayground(harness, "?scenario=delegate-editor");
  try {
    await waitForVerdict(page);
    await Promise.all([page.waitForURL(/scenario=delegate-reviewer/), page.selectOption("#pg-scenario", "delegate-reviewer")]);
    expect(await waitForVerdict(page)).toBe("delegate");
    expect(await checkStatus(page, "calendar-editor")).toBe("missing");
    await expect(page.locator("#pg-scenario").inputValue()).resolves.toBe("delegate-reviewer");
    await expect(page.locator("#pg-scenario-description").innerText()).resolves.toMatch(/Reviewer/);
    await expect(page.getByRole("button", { name: ADD }).isDisabled()).resolves.toBe(true);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});

test("the Client picker opens each scenario as its own client, says when it overrides it, and does not stick to the next scenario", async () => {
  const { page, context, problems } = await openPlayground(harness, "?scenario=delegate-editor&client=classic");
  try {
    await waitForVerdict(page);
    const override = page.locator("#pg-client-override");
    await expect(override.isVisible()).resolves.toBe(true);
    await expect(override.innerText()).resolves.toMatch(/overrides this scenario's own client .*Classic Outlook for Windows/);

    await Promise.all([page.waitForURL(/scenario=delegate-zero-mac/), page.selectOption("#pg-scenario", "delegate-zero-mac")]);
    expect(await waitForVerdict(page)).toBe("delegate");
    expect(page.url()).not.toMatch(/client=/);
    await expect(page.locator("#pg-client").inputValue()).resolves.toBe("faithful");
    await expect(page.locator("#pg-client option[value='faithful']").innerText()).resolves.toMatch(/^Scenario's own: Outlook for Mac/);
    await expect(override.isHidden()).resolves.toBe(true);
    // Mac's own report of 0 is "can't tell", not the "not yet" Classic's would be.
    expect(await waitForAnswer(page)).toBe("cant-tell");
    expect(await checkStatus(page, "calendar-editor")).toBe("unknown");
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});
