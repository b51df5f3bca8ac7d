import { readFileSync, existsSync } from "node:fs";
import { resolve } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { chromiumPath, CHROMIUM_ARGS } from "../../../scripts/lib/chromium";
import { serveStatic, type StaticServer } from "../../../scripts/lib/staticServer";

export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** Chromium's console line for a CSP violation (the violation itself is reported with its source below). */
const CSP_CONSOLE = /violates the following Content Security Policy directive/;
/** `npm run build:test` writes here, so tests never overwrite a production dist/. */
const DIST = resolve(__dirname, "../../../build/test/dist");
const DIST_DEV = resolve(__dirname, "../../../build/test/dist-dev");
const SIM_HOST = resolve(DIST_DEV, "simulated-office.js");

export interface Harness {
  readonly browser: Browser;
  readonly server: StaticServer;
  close(): Promise<void>;
}

export interface OpenOptions {
  /**
   * config.json served next to the add-in: an object (JSON-encoded), raw text, null for none at all
   * (404), or omitted for the one the build deploys.
   */
  readonly config?: unknown;
  readonly width?: number;
  /** Viewport height; 900 unless given (600 is the first screen of a pane in Outlook). */
  readonly height?: number;
  /** Reuse a context (same sessionStorage) to "reopen" the pane on the same item. */
  readonly context?: BrowserContext;
  readonly page?: string;
  /** Office's theme as the simulated host reports it; light when omitted. */
  readonly theme?: "light" | "dark";
  /** The Outlook client the simulated host imitates (how it rewrites the body); faithful when omitted. */
  readonly client?: "faithful" | "web" | "classic" | "mac";
  /** The item's custom properties are gone whenever the pane is reopened (office-js #1557). */
  readonly loseCustomProperties?: boolean;
  /** Office's display language ("nl-BE", "qps-ploc"); en-US when omitted. */
  readonly language?: string;
  /** The add-in's own files whose download fails (a flaky network, a half-deployed update). */
  readonly failFiles?: RegExp;
}

export interface OpenedPane {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Uncaught exceptions and console errors seen so far (CSP violations show up here). */
  readonly problems: string[];
  /**
   * Resolves once the pane has nothing left in flight: no Office call unanswered, no request (chunk,
   * config) unfinished, two frames in a row. What "nothing happened" is checked after, instead of a
   * fixed sleep that a late write would slip past.
   */
  settled(): Promise<void>;
}

/** dist/ (production, what ships) by default; dist-dev/ for the playground. */
export async function startHarness(folder: "dist" | "dist-dev" = "dist"): Promise<Harness> {
  if (!existsSync(SIM_HOST)) throw new Error(`${SIM_HOST} is missing: run \`npm run build:test\` first (npm test does).`);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS] });
  const server = await serveStatic(folder === "dist" ? DIST : DIST_DEV);
  return {
    browser,
    server,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

export interface CspViolation {
  readonly directive: string;
  readonly sourceFile: string;
  readonly line: number;
  readonly sample: string;
}

/** Every Content-Security-Policy violation the page reports, from its first script on, handed to `onViolation`. */
export async function watchCsp(page: Page, onViolation: (violation: CspViolation) => void): Promise<void> {
  await page.exposeBinding("__reportCspViolation", (_source, v: CspViolation) => onViolation(v));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const report = (window as unknown as { __reportCspViolation?: (v: unknown) => void }).__reportCspViolation;
      report?.({ directive: e.violatedDirective, sourceFile: e.sourceFile, line: e.lineNumber, sample: e.sample });
    });
  });
}

/** Opens dist/taskpane.html with the CDN's Office.js replaced by the simulated Outlook host. */
export async function openTaskpane(harness: Harness, scenario: string, options: OpenOptions = {}): Promise<OpenedPane> {
  const context =
    options.context ?? (await harness.browser.newContext({ viewport: { width: options.width ?? 320, height: options.height ?? 900 } }));
  const page = await context.newPage();
  const problems: string[] = [];
  let requestsInFlight = 0;
  page.on("request", () => (requestsInFlight += 1));
  page.on("requestfinished", () => (requestsInFlight -= 1));
  page.on("requestfailed", () => (requestsInFlight -= 1));
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    // config.json is optional: its 404 is the normal case, not a problem. CSP violations are counted
    // from the page's own report below, which says which script caused them.
    if (message.type() === "error" && !/status of 404/.test(message.text()) && !CSP_CONSOLE.test(message.text()))
      problems.push(`console: ${message.text()}`);
  });
  // Every CSP violation counts, except those of the simulated host (served as Office.js: Outlook's own
  // body rewriting never runs in the pane) and of the tests' own page.evaluate reads (no source file),
  // which parse Outlook-style HTML with DOMParser; a DOMParser document inherits the page's CSP and
  // reports the style attributes and <style> elements it parses, although it applies none of them.
  await watchCsp(page, (v) => {
    if (v.sourceFile === OFFICE_JS_URL || v.sourceFile === "") return;
    problems.push(`csp: ${v.directive} blocked at ${v.sourceFile}:${v.line} ${v.sample}`);
  });
  const simHost = readFileSync(SIM_HOST, "utf8");
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS_URL) return route.fulfill({ status: 200, contentType: "text/javascript", body: simHost });
    if (url.startsWith(`${harness.server.origin}/config.json`)) {
      if (options.config === undefined) return route.continue();
      if (options.config === null) return route.fulfill({ status: 404, body: "not found" });
      const body = typeof options.config === "string" ? options.config : JSON.stringify(options.config);
      return route.fulfill({ status: 200, contentType: "application/json", body });
    }
    if (options.failFiles?.test(url)) return route.abort("failed");
    if (url.startsWith(harness.server.origin)) return route.continue();
    problems.push(`unexpected request: ${url}`);
    return route.abort();
  });
  await page.addInitScript(
    ({ id, theme, client, loseProps, language }) => {
      const w = window as unknown as {
        __SIM_SCENARIO__: string;
        __SIM_THEME__: string;
        __SIM_CLIENT__: string;
        __SIM_LOSE_PROPS__: boolean;
      };
      w.__SIM_SCENARIO__ = id;
      w.__SIM_THEME__ = theme;
      w.__SIM_CLIENT__ = client;
      w.__SIM_LOSE_PROPS__ = loseProps;
      (w as unknown as { __SIM_LANG__: string }).__SIM_LANG__ = language;
    },
    {
      id: scenario,
      theme: options.theme ?? "light",
      client: options.client ?? "faithful",
      loseProps: options.loseCustomProperties ?? false,
      language: options.language ?? "en-US",
    },
  );
  await page.goto(`${harness.server.origin}/${options.page ?? "taskpane.html"}`);
  return { page, context, problems, settled: () => settled(page, () => requestsInFlight) };
}

async function settled(page: Page, requestsInFlight: () => number, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (let quietFrames = 0; quietFrames < 2;) {
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    const calls = await page.evaluate(() => window.__sim?.pendingCalls() ?? 0);
    const requests = requestsInFlight();
    quietFrames = calls === 0 && requests === 0 ? quietFrames + 1 : 0;
    if (Date.now() > deadline)
      throw new Error(`the pane did not settle: ${calls} Office call(s) and ${requests} request(s) still in flight`);
  }
}

/** Waits until the answer is on screen and returns its kind ("yes", "looks-ready", "not-yet", "cant-tell"). */
export async function waitForAnswer(page: Page): Promise<string> {
  const element = page.locator("[data-answer]:not([data-answer=''])");
  await element.waitFor({ timeout: 10_000 });
  return (await element.getAttribute("data-answer")) ?? "";
}

/** Waits until the verdict is on screen and returns the delegation it shows. */
export async function waitForVerdict(page: Page): Promise<string> {
  const element = page.locator("[data-delegation]:not([data-delegation=''])");
  await element.waitFor({ timeout: 10_000 });
  return (await element.getAttribute("data-delegation")) ?? "";
}

export async function checkStatus(page: Page, id: string): Promise<string | null> {
  return page.locator(`[data-check="${id}"]`).getAttribute("data-status");
}

export interface SimState {
  readonly body: string;
  readonly bodyType: string;
  readonly location: string;
  readonly customProperties: Record<string, unknown>;
}

/** The simulated appointment as the host holds it. */
export async function simState(page: Page): Promise<SimState> {
  return page.evaluate(() => (window as unknown as { __sim: { getState(): SimState } }).__sim.getState());
}
