/**
 * taskpane.html opened in a plain browser tab, with Microsoft's real Office.js (the @microsoft/office-js
 * package, served where the CDN would serve it). Office.js then becomes ready without a host or a
 * mailbox; the pane must say where it works instead of checking forever or inventing a verdict.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { startHarness, type Harness } from "./support/harness";

const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_JS_PACKAGE = join(__dirname, "../../node_modules/@microsoft/office-js/dist");

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness?.close());

test("with the real Office.js outside Outlook, the page soon says to open it from a meeting in Outlook", async () => {
  const context = await harness.browser.newContext({ viewport: { width: 320, height: 600 } });
  const page = await context.newPage();
  const served: string[] = [];
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(CDN)) {
      const file = join(OFFICE_JS_PACKAGE, new URL(url).pathname.slice(new URL(CDN).pathname.length));
      served.push(file);
      return existsSync(file)
        ? route.fulfill({ status: 200, contentType: "text/javascript", body: readFileSync(file) })
        : route.fulfill({ status: 404, body: "" });
    }
    if (url.startsWith(harness.server.origin)) return route.continue();
    return route.abort();
  });
  try {
    await page.goto(`${harness.server.origin}/taskpane.html`);
    const container = page.locator("#container");
    await page.waitForFunction(() => /works inside Outlook/.test(document.getElementById("container")?.textContent ?? ""), undefined, {
      timeout: 5000,
    });
    const text = (await container.textContent()) ?? "";
    expect(text).toMatch(/Open a meeting in Outlook/);
    expect(text).not.toMatch(/Checking|Reading Outlook|Loading/);
    // No verdict was made up from nothing.
    expect(await page.locator("[data-delegation]").count()).toBe(0);
    expect(served.some((file) => file.endsWith("office.js"))).toBe(true);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});
