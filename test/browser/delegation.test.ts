import { checkStatus, openTaskpane, startHarness, waitForVerdict, type Harness } from "./support/harness";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness?.close());

type Expect = { delegation: string; editor?: string; sendOnBehalf?: string; meeting?: string; canAdd?: boolean; evidence?: RegExp };

const cases: Record<string, Expect> = {
  "own-calendar": { delegation: "self", canAdd: true },
  "own-calendar-shared-self": { delegation: "self", canAdd: true },
  "delegate-editor": {
    delegation: "delegate",
    editor: "granted",
    sendOnBehalf: "unknown",
    meeting: "not-needed",
    canAdd: true,
    evidence: /Editor/,
  },
  "delegate-author": { delegation: "delegate", editor: "partial", sendOnBehalf: "unknown", canAdd: true, evidence: /Author/ },
  "delegate-reviewer": { delegation: "delegate", editor: "missing", sendOnBehalf: "unknown", canAdd: false, evidence: /Reviewer/ },
  "delegate-zero": { delegation: "delegate", editor: "missing", canAdd: false },
  "delegate-zero-mac": { delegation: "delegate", editor: "unknown", canAdd: true, evidence: /Mac/ },
  "old-client": { delegation: "delegate", editor: "unknown", sendOnBehalf: "unknown", canAdd: true, evidence: /1\.8/ },
  "shared-props-failing": { delegation: "delegate", editor: "unknown", canAdd: true },
  "organizer-undefined": { delegation: "delegate", editor: "granted", canAdd: true },
  throws: { delegation: "delegate", editor: "granted", canAdd: true },
  "plain-text-body": { delegation: "delegate", editor: "granted", canAdd: true },
};

describe.each(Object.entries(cases))("scenario %s", (scenario, expected) => {
  test(`shows ${expected.delegation} with the right checks, evidence and button state`, async () => {
    const { page, context, problems } = await openTaskpane(harness, scenario);
    try {
      expect(await waitForVerdict(page)).toBe(expected.delegation);
      if (expected.delegation === "self") {
        expect(await page.locator("[data-check]:not([data-status='not-needed'])").count()).toBe(0);
      } else {
        expect(await page.locator("[data-check]").count()).toBe(3);
      }
      if (expected.editor) expect(await checkStatus(page, "calendar-editor")).toBe(expected.editor);
      if (expected.sendOnBehalf) expect(await checkStatus(page, "send-on-behalf")).toBe(expected.sendOnBehalf);
      if (expected.meeting) expect(await checkStatus(page, "online-meeting-delegate")).toBe(expected.meeting);
      if (expected.evidence) await expect(page.locator('[data-check="calendar-editor"]').innerText()).resolves.toMatch(expected.evidence);
      const add = page.getByRole("button", { name: /^Add online meeting/ });
      if (expected.canAdd) {
        await expect(add.isEnabled()).resolves.toBe(true);
      } else {
        await expect(add.isDisabled()).resolves.toBe(true);
        await expect(page.locator("[data-insert-reason]").innerText()).resolves.toMatch(/can't add/i);
      }
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

test("a call that never answers is reported as unknown after the timeout, and the rest still shows", async () => {
  const { page, context, problems } = await openTaskpane(harness, "never-calls-back");
  try {
    expect(await waitForVerdict(page)).toBe("delegate");
    expect(await checkStatus(page, "calendar-editor")).toBe("unknown");
    await expect(page.locator('[data-check="calendar-editor"]').innerText()).resolves.toMatch(/did not answer/);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});

test("a hostile display name stays inert text and the 320 px pane does not scroll sideways", async () => {
  const { page, context, problems } = await openTaskpane(harness, "hostile-name");
  let dialogs = 0;
  page.on("dialog", (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  try {
    expect(await waitForVerdict(page)).toBe("delegate");
    expect(await page.locator("#container img").count()).toBe(0);
    await expect(page.locator("#container").innerText()).resolves.toContain("<img src=x onerror=alert(1)>");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(dialogs).toBe(0);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});

test("the production page loads Office.js from Microsoft's CDN and makes no other outside request", async () => {
  const { page, context, problems } = await openTaskpane(harness, "delegate-editor");
  try {
    await waitForVerdict(page);
    const scripts = await page.$$eval("script[src]", (els) => els.map((e) => e.getAttribute("src")));
    expect(scripts[0]).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    const csp = await page.$eval('meta[http-equiv="Content-Security-Policy"]', (m) => m.getAttribute("content"));
    expect(csp).toMatch(/script-src 'self' https:\/\/appsforoffice\.microsoft\.com;/);
    expect(csp).not.toMatch(/unsafe-eval/);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});

test("Copy report for IT puts the facts and statuses on the clipboard, without tokens", async () => {
  const { page, context } = await openTaskpane(harness, "delegate-reviewer");
  try {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await waitForVerdict(page);
    await page.getByRole("button", { name: /Copy report for IT/ }).click();
    await page.getByText(/Report copied/).waitFor();
    const report = await page.evaluate(() => navigator.clipboard.readText());
    expect(report).toMatch(/calendar-editor|Edit access/);
    expect(report).toMatch(/Reviewer/);
    expect(report).toMatch(/alex\.wilber@contoso\.com/);
    expect(report).not.toMatch(/undefined|\[object Object\]|token/i);
  } finally {
    await context.close();
  }
});

test("Ask the owner opens a new message to the owner in Outlook", async () => {
  const { page, context } = await openTaskpane(harness, "delegate-reviewer");
  try {
    await waitForVerdict(page);
    await page.getByRole("button", { name: /^Ask Alex Wilber for access/ }).click();
    await page.getByText(/draft message opened/).waitFor();
    const opened = await page.evaluate(
      () => (window as unknown as { __sim: { getState(): { openedMessages: unknown[] } } }).__sim.getState().openedMessages,
    );
    expect(JSON.stringify(opened)).toContain("alex.wilber@contoso.com");
  } finally {
    await context.close();
  }
});
