/**
 * How the production page starts (issue 20): Office.js in <head> as Microsoft requires, the pane's
 * bundle already downloading while it does, and the bundle marked for V8's eager compilation without
 * breaking the source maps a maintainer reads a production stack trace with.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { OFFICE_JS_URL, openTaskpane, startHarness, waitForVerdict, type Harness } from "./support/harness";

const DIST = resolve(__dirname, "../../build/test/dist");
const COMPILE_HINT = "//# allFunctionsCalledOnLoad";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness?.close());

test("Office.js is in <head> with the call that announces the pane right after it; the pane's bundle is requested before both and runs after the page is parsed", async () => {
  const { page, context, problems } = await openTaskpane(harness, "delegate-editor");
  try {
    await waitForVerdict(page);
    const head = await page.$$eval("head script[src]", (scripts) =>
      scripts.map((script) => ({ src: script.getAttribute("src"), defer: (script as HTMLScriptElement).defer })),
    );
    expect(head).toEqual([
      { src: "taskpane.js", defer: true },
      { src: OFFICE_JS_URL, defer: false },
      { src: "ready.js", defer: false },
    ]);
    // The frame's words still come from a script after the frame, in the body.
    await expect(page.$$eval("body script[src]", (scripts) => scripts.map((script) => script.getAttribute("src")))).resolves.toEqual([
      "frame.js",
    ]);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});

test.each(["taskpane.js", "i18n-en.js", "i18n-de.js"])("%s opens with V8's compile hint", (file) => {
  expect(readFileSync(resolve(DIST, file), "utf8").split("\n")[0]).toBe(COMPILE_HINT);
});

test("the later parts do not carry the compile hint (they load after the answer; compiling them eagerly would only cost)", () => {
  for (const file of ["details.js", "i18n-en-details.js", "decoder.js"]) {
    expect(readFileSync(resolve(DIST, file), "utf8").startsWith(COMPILE_HINT)).toBe(false);
  }
});

test.each(["taskpane.js", "i18n-en.js"])("%s's source map still starts its mappings on the first line of code, after the hint", (file) => {
  const lines = readFileSync(resolve(DIST, file), "utf8").split("\n");
  const map = JSON.parse(readFileSync(resolve(DIST, `${file}.map`), "utf8")) as { mappings: string };
  // Lines before the code (the hint, a licence comment) map to nothing; the first mapped line must be
  // the first line of code, or every position in a production stack trace would be one line off.
  const firstCodeLine = lines.findIndex((text) => text.trim() !== "" && !text.startsWith("//") && !text.startsWith("/*"));
  const firstMappedLine = map.mappings.split(";").findIndex((segments) => segments !== "");
  expect(firstCodeLine).toBeGreaterThan(0);
  expect(firstMappedLine).toBe(firstCodeLine);
});
