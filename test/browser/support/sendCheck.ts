/**
 * The Smart Alerts send-time check as Outlook drives it: launchevent.html opened on a scenario, the
 * handler the page registered with Office.actions.associate called with an event that records every
 * completed(options). Shared by the send-time tests and the 1 MB body tests.
 */
import type { Page } from "playwright-core";
import { openTaskpane, type Harness } from "./harness";

export const SEND_HANDLER = "onAppointmentSendHandler";

export interface Completion {
  readonly allowEvent: boolean;
  readonly errorMessage?: string;
}

export interface Send {
  /** Every completed(options) call the handler made, in order. */
  readonly calls: Completion[];
  /** From the handler's call to its first completed(), in the page's clock; -1 if it never completed. */
  readonly ms: number;
}

/** launchevent.html on a scenario, once its handler is registered and the simulated host is ready. */
export async function openSendPage(harness: Harness, scenario: string) {
  const opened = await openTaskpane(harness, scenario, { page: "launchevent.html" });
  await opened.page.waitForFunction(
    (name) => {
      const sim = (window as unknown as { __sim?: { handlers: Record<string, unknown> } }).__sim;
      return sim !== undefined && typeof sim.handlers[name] === "function";
    },
    SEND_HANDLER,
    { timeout: 10_000 },
  );
  await opened.page.evaluate(() => (window as unknown as { __sim: { hostReady: Promise<unknown> } }).__sim.hostReady);
  return opened;
}

/**
 * Presses Send: calls the handler and waits `settleMs` after its first completed() (long enough for a
 * second one to show up), or `giveUpMs` in all if it never completes.
 */
export function pressSend(page: Page, wait: { settleMs: number; giveUpMs: number }): Promise<Send> {
  return page.evaluate(
    async ({ name, settleMs, giveUpMs }) => {
      const handler = (window as unknown as { __sim: { handlers: Record<string, (event: unknown) => void> } }).__sim.handlers[name];
      const calls: Completion[] = [];
      const started = performance.now();
      let ms = -1;
      await new Promise<void>((resolve) => {
        handler?.({
          completed(options: unknown) {
            calls.push(JSON.parse(JSON.stringify(options)) as Completion);
            if (ms < 0) ms = performance.now() - started;
            setTimeout(resolve, settleMs);
          },
        });
        setTimeout(resolve, giveUpMs);
      });
      return { calls, ms };
    },
    { name: SEND_HANDLER, ...wait },
  );
}
