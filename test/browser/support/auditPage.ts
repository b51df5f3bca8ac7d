/**
 * The audit page (audit.html) as a test drives it: open it from the built site, give it a file the
 * way IT does (dropped, or picked with the file button), and read what it shows. Reused by the
 * end-to-end test that drops the real audit script's output.
 */
import type { BrowserContext, Page } from "playwright-core";
import { type Harness, watchCsp } from "./harness";

export interface AuditPage {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Page errors, console errors, CSP violations and any request that left the site. */
  readonly problems: string[];
  close(): Promise<void>;
}

export interface AuditPageOptions {
  readonly colorScheme?: "light" | "dark";
  /** navigator.languages' first entry ("fr-FR"); en-US when omitted. */
  readonly locale?: string;
  readonly width?: number;
  readonly height?: number;
}

export async function openAuditPage(harness: Harness, options: AuditPageOptions = {}): Promise<AuditPage> {
  const context = await harness.browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    colorScheme: options.colorScheme ?? "light",
    locale: options.locale ?? "en-US",
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(harness.server.origin) || url.startsWith("blob:") || url.startsWith("data:")) return route.continue();
    problems.push(`unexpected request: ${url}`);
    return route.abort();
  });
  await watchCsp(page, (v) => problems.push(`csp: ${v.directive} ${v.sample}`));
  await page.goto(`${harness.server.origin}/audit.html`);
  await page.locator("[data-audit-input]").waitFor({ state: "attached" });
  return { page, context, problems, close: () => context.close() };
}

/** What the page made of the file: "ready" (rows shown) or "problem" (a message instead). */
export type Outcome = "ready" | "problem";

/** Forgets the previous file's outcome, so settled() waits for this file's. */
async function giving(page: Page): Promise<void> {
  await page.evaluate(() => {
    document.documentElement.dataset.auditState = "giving";
  });
}

async function settled(page: Page): Promise<Outcome> {
  await page.waitForFunction(() => ["ready", "problem"].includes(document.documentElement.dataset.auditState ?? ""), undefined, {
    timeout: 60_000,
  });
  return (await page.evaluate(() => document.documentElement.dataset.auditState)) as Outcome;
}

/** Picks the file with the page's file button (its hidden <input type=file>). */
export async function chooseAuditFile(page: Page, content: string | Buffer, name = "audit.json"): Promise<Outcome> {
  await giving(page);
  await page.locator("[data-audit-input]").setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(content) });
  return settled(page);
}

/** Drops the file on the page, as dragging it from the file manager does. */
export async function dropAuditFile(page: Page, content: string, name = "audit.json"): Promise<Outcome> {
  await giving(page);
  await page.evaluate(
    ({ text, fileName }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], fileName, { type: "application/json" }));
      const target = document.querySelector("[data-drop]") as HTMLElement;
      target.dispatchEvent(new DragEvent("dragover", { bubbles: true, cancelable: true, dataTransfer: transfer }));
      target.dispatchEvent(new DragEvent("drop", { bubbles: true, cancelable: true, dataTransfer: transfer }));
    },
    { text: content, fileName: name },
  );
  return settled(page);
}

/** The message shown instead of rows (data-problem says which). */
export async function fileProblem(page: Page): Promise<{ kind: string | null; text: string }> {
  const alert = page.locator("[data-problem]");
  return { kind: await alert.getAttribute("data-problem"), text: await alert.innerText() };
}

export interface ShownRow {
  readonly owner: string;
  readonly delegate: string | null;
  readonly health: string;
  readonly calendar: string | null;
  readonly sending: string | null;
  readonly teams: string | null;
  /** The visible text of the row's cells. */
  readonly text: string;
}

/**
 * Every row the grid holds under the current filters, in order, by scrolling the virtualised list
 * from top to bottom in the page (each step waits for React to draw the rows in view).
 */
export async function readAllRows(page: Page): Promise<ShownRow[]> {
  return page.evaluate(async () => {
    const viewport = document.querySelector('[data-audit-grid] [role="rowgroup"]:last-child') as HTMLElement;
    const found = new Map<number, ShownRow>();
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    viewport.scrollTop = 0;
    await frame();
    for (;;) {
      for (const row of viewport.querySelectorAll<HTMLElement>('[role="row"][data-index]')) {
        const status = (layer: string) => row.querySelector(`[data-cell="${layer}"]`)?.getAttribute("data-status") ?? null;
        found.set(Number(row.dataset.index), {
          owner: row.dataset.owner ?? "",
          delegate: row.dataset.delegate ?? null,
          health: row.dataset.health ?? "",
          calendar: status("calendar"),
          sending: status("sending"),
          teams: status("teams"),
          text: row.innerText,
        });
      }
      if (viewport.scrollTop + viewport.clientHeight >= viewport.scrollHeight - 1) break;
      viewport.scrollTop += viewport.clientHeight;
      await frame();
    }
    return [...found.entries()].sort((a, b) => a[0] - b[0]).map(([, row]) => row);
  });
}

/** The summary's numbers by key (data-summary: pairs, problem-pairs, owners-failed, broken-teams, …). */
export async function summaryValues(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll<HTMLElement>("[data-summary]")].map((item) => [
        item.dataset.summary,
        item.querySelector("dd")?.textContent ?? "",
      ]),
    ),
  );
}

/** How many rows the grid says it holds under the current filters. */
export async function rowsShown(page: Page): Promise<number> {
  return Number(await page.locator("[data-rows-shown]").getAttribute("data-rows-shown"));
}

/** Narrows the list with the search box and waits for the grid to follow. */
export async function search(page: Page, query: string): Promise<void> {
  await page.locator('[data-filter="search"]').fill(query);
  await page.waitForFunction((q) => {
    const rows = [...document.querySelectorAll<HTMLElement>('[data-audit-grid] [role="row"][data-index]')];
    return rows.every(
      (r) =>
        r.innerText.toLowerCase().includes(q.toLowerCase()) ||
        (r.dataset.owner ?? "").includes(q) ||
        (r.dataset.delegate ?? "").includes(q),
    );
  }, query);
}

/** Drops a file of `bytes` bytes made in the page (a 100 MB file never crosses the test's connection). */
export async function dropLargeFile(page: Page, bytes: number, name = "huge.json"): Promise<Outcome> {
  await giving(page);
  await page.evaluate(
    ({ size, fileName }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(size).fill(0x20)], fileName, { type: "application/json" }));
      const target = document.querySelector("[data-drop]") as HTMLElement;
      target.dispatchEvent(new DragEvent("drop", { bubbles: true, cancelable: true, dataTransfer: transfer }));
    },
    { size: bytes, fileName: name },
  );
  return settled(page);
}
