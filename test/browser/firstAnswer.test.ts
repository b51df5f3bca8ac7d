/**
 * The answer arrives usable: when Outlook lets the body be read, the answer's next step ("Add online
 * meeting") is enabled in the very frame the answer first shows, never painted disabled for a moment
 * while the body is still being read (the "disabled flash").
 */
import type { BrowserContext } from "playwright-core";
import { openTaskpane, startHarness, type Harness } from "./support/harness";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness?.close());

interface FrameRecord {
  /** [data-answer] is filled in. */
  readonly answer: boolean;
  /** Its first button: its label, and whether it is disabled (null when there is none). */
  readonly label: string | null;
  readonly disabled: boolean | null;
}

/**
 * Runs before the page's own scripts: samples the pane once per animation frame (what the user can
 * see painted) until a while after the answer has shown.
 */
function recordFrames(): void {
  const w = window as unknown as { __frames: FrameRecord[] };
  w.__frames = [];
  let framesAfterAnswer = 0;
  const sample = () => {
    const answer = document.querySelector("[data-answer]:not([data-answer=''])");
    const button = answer?.querySelector("button") ?? null;
    w.__frames.push({ answer: answer !== null, label: button?.textContent ?? null, disabled: button ? button.disabled : null });
    if (answer) framesAfterAnswer++;
    // About half a second of frames after the answer: longer than the body read ever took on main.
    if (framesAfterAnswer < 30) requestAnimationFrame(sample);
  };
  requestAnimationFrame(sample);
}

async function recordingContext(officeDelayMs: number): Promise<BrowserContext> {
  const context = await harness.browser.newContext({ viewport: { width: 320, height: 900 } });
  await context.addInitScript(recordFrames);
  if (officeDelayMs > 0) {
    await context.addInitScript((delay) => {
      (window as unknown as { __SIM_READY_DELAY_MS__: number }).__SIM_READY_DELAY_MS__ = delay;
    }, officeDelayMs);
  }
  return context;
}

test.each([
  ["delegate-editor", 0],
  ["delegate-editor", 300],
  ["own-calendar", 0],
  ["own-calendar", 300],
])("%s, Office ready after %i ms: no frame shows the answer with its button disabled", async (scenario, officeDelayMs) => {
  const own = await recordingContext(officeDelayMs);
  const { page, context, problems } = await openTaskpane(harness, scenario, { context: own });
  try {
    await page.waitForFunction(
      () => {
        const frames = (window as unknown as { __frames: FrameRecord[] }).__frames;
        return frames.filter((frame) => frame.answer).length >= 30;
      },
      undefined,
      { timeout: 15_000 },
    );
    const frames = await page.evaluate(() => (window as unknown as { __frames: FrameRecord[] }).__frames);
    const answered = frames.filter((frame) => frame.answer);
    // The next step is the link, and the body of these meetings can be read: it must be usable at once.
    expect(answered[0]).toEqual({ answer: true, label: "Add online meeting", disabled: false });
    expect(answered.filter((frame) => frame.disabled !== false)).toEqual([]);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});
