/**
 * The help page behind the manifest's SupportUrl, as served from the build: styled (its inline
 * <style> is admitted by the hash the build adds, nothing else), no console error, and each
 * language's section reachable by the address Outlook opens for that language.
 */
import { startHarness, type Harness } from "./support/harness";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness?.close());

test.each(["", "#nl", "#fr", "#de"])("support.html%s is styled, in its language, without a CSP violation", async (hash) => {
  const context = await harness.browser.newContext({ viewport: { width: 800, height: 600 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));
  try {
    await page.goto(`${harness.server.origin}/support.html${hash}`);
    // 44rem: the page's own stylesheet applied (a blocked <style> leaves the body full width).
    await expect(page.evaluate(() => getComputedStyle(document.body).maxWidth)).resolves.toBe("704px");
    const id = hash.slice(1) || "en";
    const section = page.locator(`section#${id}`);
    await expect(section.getAttribute("lang")).resolves.toBe(id);
    await expect(section.locator("h1").isVisible()).resolves.toBe(true);
    expect(await page.locator("script").count()).toBe(0);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});
