/**
 * Helpers shared by the meeting, error and send-guard browser tests. They only read the page and the
 * simulated host; none of them changes how harness.ts opens a pane.
 */
import type { BrowserContext, Page } from "playwright-core";
import { findBlock, type BodyType } from "../../../src/meeting/bodyEdit";
import { CUSTOM_PROPERTY_KEY, HTML_BLOCK_BEGIN, TEXT_BLOCK_BEGIN } from "../../../src/meeting/marker";
import { simState, type SimState } from "./harness";

export const ADD = /^Add online meeting/;
export const REPLACE = /^Replace meeting link/;
export const REMOVE = /^Remove meeting link/;

/**
 * The meeting panel has finished reading the item: some action button (or guidance) is enabled or
 * explained. The panel itself comes first: the answer above it can show "Add online meeting" too,
 * while the panels (meeting, error box, footer) still wait for their chunk and the language's details part.
 */
export async function waitForMeetingPanel(page: Page): Promise<void> {
  await page.locator("[data-meeting]:not([data-meeting='loading'])").waitFor({ timeout: 10_000 });
  await page
    .locator(
      [
        "button:has-text('Add online meeting'):not([disabled])",
        "[data-insert-reason]",
        "button:has-text('Remove meeting link')",
        "[data-guidance]",
      ].join(", "),
    )
    .first()
    .waitFor({ timeout: 10_000 });
}

/** Clicks a meeting button and waits for the pane's feedback (success/warning or error) to appear. */
export async function clickAndWaitForFeedback(page: Page, name: RegExp, expected: RegExp): Promise<string> {
  await page.getByRole("button", { name }).click();
  const feedback = page.locator("[data-feedback]", { hasText: expected });
  await feedback.waitFor({ timeout: 10_000 });
  return (await feedback.getAttribute("data-feedback")) ?? "";
}

export interface FoundBlock {
  readonly block: string;
  readonly before: string;
  readonly after: string;
  /** Every https link in the block (href values for HTML, bare URLs for text). */
  readonly links: string[];
}

/** The join block in a body, split into what precedes it, the block and what follows it. */
export function blockIn(body: string, type: BodyType): FoundBlock | undefined {
  const range = findBlock(body, type);
  if (!range) return undefined;
  const block = body.slice(range.start, range.end);
  const links =
    type === "html"
      ? Array.from(block.matchAll(/href="(https:\/\/[^"]+)"/g), (m) => m[1] ?? "")
      : Array.from(block.matchAll(/https:\/\/\S+/g), (m) => m[0]);
  return { block, before: body.slice(0, range.start), after: body.slice(range.end), links };
}

/** How many times the add-in's begin marker occurs in the body. */
export function markerCount(body: string, type: BodyType): number {
  const marker = type === "html" ? HTML_BLOCK_BEGIN : TEXT_BLOCK_BEGIN;
  return body.split(marker).length - 1;
}

/** The join link recorded in the item's saved custom properties, if any. */
export function recordedJoinUrl(state: SimState): string | undefined {
  const raw = state.customProperties[CUSTOM_PROPERTY_KEY];
  if (raw === undefined) return undefined;
  const parsed: unknown = typeof raw === "string" ? JSON.parse(raw) : raw;
  const joinUrl = (parsed as { joinUrl?: unknown } | null)?.joinUrl;
  return typeof joinUrl === "string" ? joinUrl : undefined;
}

/** Waits until the simulated item's body differs from `previous` and returns the new state. */
export async function waitForBodyChange(page: Page, previous: string): Promise<SimState> {
  await page.waitForFunction(
    (old) => (window as unknown as { __sim: { getState(): { body: string } } }).__sim.getState().body !== old,
    previous,
    { timeout: 10_000 },
  );
  return simState(page);
}

/** Counts dialogs (alert/confirm/prompt) the page opens, dismissing each one. */
export function countDialogs(page: Page): { readonly count: number } {
  const counter = { count: 0 };
  page.on("dialog", (dialog) => {
    counter.count++;
    void dialog.dismiss();
  });
  return counter;
}

/**
 * Clicks the footer's "Copy report for IT" (without a help-desk address the answer's IT step is named
 * the same) and returns what reached the clipboard.
 */
export async function copyReportFromFooter(page: Page, context: BrowserContext): Promise<string> {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page
    .locator("footer")
    .getByRole("button", { name: /Copy report for IT/ })
    .click();
  await page.getByText(/Report copied/).waitFor();
  return page.evaluate(() => navigator.clipboard.readText());
}
