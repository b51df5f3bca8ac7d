/**
 * Every playground scenario as an assistant sees it at 320 × 600 px: the answer, the one next step and
 * the three checks as a line each, all on the first screen, in plain words. The evidence and the
 * technical record are one click away, not on that screen.
 */
import type { Page } from "playwright-core";
import { checkStatus, openTaskpane, startHarness, waitForAnswer, waitForVerdict, type Harness } from "./support/harness";
import { copyReportFromFooter, waitForMeetingPanel } from "./support/pane";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness?.close());

type Expect = {
  delegation: string;
  answer: string;
  /** The primary button's name, or null when the answer has none (Outlook's own button, a link already there). */
  primary: RegExp | null;
  editor?: string;
  sendOnBehalf?: string;
  meeting?: string;
  /** The calendar check's one line. */
  line?: RegExp;
  canAdd?: boolean;
};

const cases: Record<string, Expect> = {
  "own-calendar": { delegation: "self", answer: "yes", primary: /^Add online meeting$/, canAdd: true },
  "own-calendar-shared-self": { delegation: "self", answer: "yes", primary: /^Add online meeting$/, canAdd: true },
  "delegate-editor": {
    delegation: "delegate",
    answer: "looks-ready",
    primary: /^Add online meeting$/,
    editor: "granted",
    sendOnBehalf: "unknown",
    meeting: "not-needed",
    line: /You can create and change meetings in Alex's calendar/,
    canAdd: true,
  },
  "delegate-author": {
    delegation: "delegate",
    answer: "looks-ready",
    primary: /^Add online meeting$/,
    editor: "partial",
    sendOnBehalf: "unknown",
    line: /not change ones others created/,
    canAdd: true,
  },
  "delegate-reviewer": {
    delegation: "delegate",
    answer: "not-yet",
    primary: /^Ask Alex for edit access$/,
    editor: "missing",
    sendOnBehalf: "unknown",
    line: /You can only read Alex's calendar/,
    canAdd: false,
  },
  "delegate-zero": {
    delegation: "delegate",
    answer: "not-yet",
    primary: /^Ask Alex for edit access$/,
    editor: "missing",
    line: /no access/,
    canAdd: false,
  },
  "delegate-zero-mac": {
    delegation: "delegate",
    answer: "cant-tell",
    primary: /^Confirm with Alex$/,
    editor: "unknown",
    line: /Outlook for Mac didn't report your access/,
    canAdd: true,
  },
  "old-client": {
    delegation: "delegate",
    answer: "cant-tell",
    primary: /^Confirm with Alex$/,
    editor: "unknown",
    sendOnBehalf: "unknown",
    line: /Outlook didn't show your access/,
    canAdd: true,
  },
  "shared-props-failing": { delegation: "delegate", answer: "cant-tell", primary: /^Confirm with Alex$/, editor: "unknown", canAdd: true },
  "organizer-undefined": {
    delegation: "delegate",
    answer: "looks-ready",
    primary: /^Add online meeting$/,
    editor: "granted",
    canAdd: true,
  },
  throws: { delegation: "delegate", answer: "looks-ready", primary: /^Add online meeting$/, editor: "granted", canAdd: true },
  "plain-text-body": { delegation: "delegate", answer: "looks-ready", primary: /^Add online meeting$/, editor: "granted", canAdd: true },
  "hostile-name": { delegation: "delegate", answer: "looks-ready", primary: /^Add online meeting$/, editor: "granted", canAdd: true },
  "never-calls-back": { delegation: "delegate", answer: "cant-tell", primary: /^Confirm with Alex$/, editor: "unknown", canAdd: true },
  "huge-body": { delegation: "delegate", answer: "looks-ready", primary: /^Copy the link$/, editor: "granted", canAdd: false },
};

/** API names, error class names, issue numbers and requirement sets: for Technical details and the report only. */
const TECHNICAL =
  /Async\b|Office\.|\bMailbox 1\.\d|GenericResponseError|InternalError|ArgumentException|issue #|office-js|userProfile|getShared/;

/** The pane's visible text, Technical details (and every closed disclosure) left out. */
async function firstScreenText(page: Page): Promise<string> {
  return page.locator("main").innerText();
}

async function bottomOf(page: Page, selector: string): Promise<number> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  return box.y + box.height;
}

describe.each(Object.entries(cases))("scenario %s at 320 × 600", (scenario, expected) => {
  test(`answers "${expected.answer}" with the next step and the checks on the first screen, in plain words`, async () => {
    const { page, context, problems } = await openTaskpane(harness, scenario, { width: 320, height: 600 });
    try {
      expect(await waitForVerdict(page)).toBe(expected.delegation);
      expect(await waitForAnswer(page)).toBe(expected.answer);
      await waitForMeetingPanel(page);
      const answer = page.locator("[data-answer]");
      const buttons = answer.locator("button");
      if (expected.primary) {
        await expect(buttons.first().innerText()).resolves.toMatch(expected.primary);
        expect(await bottomOf(page, "[data-answer] button")).toBeLessThanOrEqual(600);
      }
      expect(await bottomOf(page, "[data-answer] h1")).toBeLessThanOrEqual(600);
      if (expected.delegation === "self") {
        expect(await page.locator("[data-check]").count()).toBe(0);
      } else {
        expect(await page.locator("[data-check]").count()).toBe(3);
        // Each check: its status and its one sentence, all three above the fold.
        for (const id of ["calendar-editor", "send-on-behalf", "online-meeting-delegate"]) {
          expect(await bottomOf(page, `[data-check="${id}"] > p`)).toBeLessThanOrEqual(600);
        }
      }
      if (expected.editor) expect(await checkStatus(page, "calendar-editor")).toBe(expected.editor);
      if (expected.sendOnBehalf) expect(await checkStatus(page, "send-on-behalf")).toBe(expected.sendOnBehalf);
      if (expected.meeting) expect(await checkStatus(page, "online-meeting-delegate")).toBe(expected.meeting);
      if (expected.line) await expect(page.locator('[data-check="calendar-editor"]').innerText()).resolves.toMatch(expected.line);
      const add = page.getByRole("button", { name: /^Add online meeting/ });
      if (expected.canAdd) {
        await expect(add.isEnabled()).resolves.toBe(true);
      } else {
        await expect(add.isDisabled()).resolves.toBe(true);
        await expect(page.locator("[data-insert-reason]").innerText()).resolves.toMatch(/can't add|too long/i);
      }
      expect(await firstScreenText(page)).not.toMatch(TECHNICAL);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

test("the technical record is one click away: Technical details holds the API names and the raw reasons", async () => {
  const { page, context } = await openTaskpane(harness, "shared-props-failing");
  try {
    await waitForAnswer(page);
    await page.locator("[data-technical] summary").click();
    const record = page.locator("[data-technical] pre");
    await record.waitFor();
    await expect(record.innerText()).resolves.toMatch(/item\.getSharedPropertiesAsync failed: InternalError/);
    await expect(record.innerText()).resolves.toMatch(/Mailbox requirement sets supported: .*1\.14/);
  } finally {
    await context.close();
  }
});

test("a call that never answers is reported as unknown after the timeout, saying what happened, and the rest still shows", async () => {
  const { page, context, problems } = await openTaskpane(harness, "never-calls-back");
  try {
    expect(await waitForVerdict(page)).toBe("delegate");
    expect(await checkStatus(page, "calendar-editor")).toBe("unknown");
    await page.locator('[data-check="calendar-editor"] summary').click();
    await page.locator('[data-check-details="calendar-editor"]').waitFor();
    await expect(page.locator('[data-check="calendar-editor"]').innerText()).resolves.toMatch(/Outlook did not answer in time/);
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
    const scripts = await page.$$eval("script[src]", (els) => els.map((e) => e.getAttribute("src") ?? ""));
    expect(scripts).toContain("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    // Everything else is the add-in's own: relative to the page, never another origin.
    expect(scripts.filter((src) => /^[a-z]+:/i.test(src))).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
    const csp = await page.$eval('meta[http-equiv="Content-Security-Policy"]', (m) => m.getAttribute("content"));
    expect(csp).toMatch(/script-src 'self' https:\/\/appsforoffice\.microsoft\.com;/);
    expect(csp).not.toMatch(/unsafe-eval/);
    // Styles come from the theme's style sheet and from Griffel through CSSOM; no inline style text is allowed.
    expect(csp).not.toMatch(/unsafe-inline/);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});

test.each(["launchevent.html", "commands.html"])(
  "%s (no pane) allows no inline script or style either, and loads without a violation",
  async (name) => {
    const { page, context, problems } = await openTaskpane(harness, "delegate-editor", { page: name });
    try {
      await page.waitForFunction(() => (window as unknown as { __sim?: unknown }).__sim !== undefined, undefined, { timeout: 10_000 });
      await page.evaluate(() => (window as unknown as { __sim: { hostReady: Promise<unknown> } }).__sim.hostReady);
      const csp = await page.$eval('meta[http-equiv="Content-Security-Policy"]', (m) => m.getAttribute("content"));
      expect(csp).toMatch(/default-src 'none';/);
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  },
);

test("Copy report for IT puts the facts and statuses on the clipboard, without tokens", async () => {
  const { page, context } = await openTaskpane(harness, "delegate-reviewer");
  try {
    await waitForVerdict(page);
    const report = await copyReportFromFooter(page, context);
    expect(report).toMatch(/calendar-editor/);
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
    await page.getByRole("button", { name: /^Ask Alex for edit access/ }).click();
    await page.getByText(/draft opened/).waitFor();
    const opened = await page.evaluate(
      () => (window as unknown as { __sim: { getState(): { openedMessages: unknown[] } } }).__sim.getState().openedMessages,
    );
    expect(JSON.stringify(opened)).toContain("alex.wilber@contoso.com");
  } finally {
    await context.close();
  }
});
