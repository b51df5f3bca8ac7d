/**
 * Opens dist-dev/playground.html the way a developer does: the page loads simulated-office.js from its
 * own origin, so nothing is routed, and no window.__SIM_SCENARIO__ is injected (it would override
 * ?scenario= and the scenario picker). Requests to other origins are refused and recorded.
 */
import type { BrowserContext, Page } from "playwright-core";
import type { Harness } from "./harness";

export interface OpenedPlayground {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Uncaught exceptions, console errors (other than config.json's 404) and outside requests. */
  readonly problems: string[];
}

export async function openPlayground(harness: Harness, query = ""): Promise<OpenedPlayground> {
  const context = await harness.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error" && !/status of 404/.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(harness.server.origin) || url.startsWith("about:") || url.startsWith("data:")) return route.continue();
    problems.push(`unexpected request: ${url}`);
    return route.abort();
  });
  await page.goto(`${harness.server.origin}/playground.html${query}`);
  return { page, context, problems };
}
