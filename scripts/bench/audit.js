// @ts-check
/**
 * `npm run bench -- --only audit`: the audit page (audit.html) with a generated file of 10,000
 * owner–assistant pairs (1,000 owners × 10, the planted shapes of scripts/lib/auditFile.js), each run
 * in a fresh context:
 * - rows visible: from the file read (the page's "audit-file-read" mark, after File.text()) to the
 *   first grid row in the DOM (parse, deciding every pair with the pane's rules, first render);
 * - usable: from the same mark to the answer of a click on "Problems only" made as soon as the rows
 *   are visible (the grid's row count changes): what IT waits for before the page responds;
 * - filter answer: that click's own wait, from the input event to the new row count.
 * Bare reference: JSON.parse of the same text in the same browser, the least any page reading the
 * file must spend; the ratio says how many parses the page's work costs. Target: usable ≤ 1 s.
 */
const { generateAudit } = require("../lib/auditFile");
const { median, ms, p90, ratio } = require("./numbers");

const TARGET_USABLE_MS = 1000;
const OWNERS = 1000;
const PAIRS_PER_OWNER = 10;

/** @param {import("playwright-core").Browser} browser @param {string} origin @param {Buffer} file */
async function auditOnce(browser, origin, file) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  /** @type {string[]} */
  const problems = [];
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  await page.route("**/*", (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
  await page.addInitScript(() => {
    const marks = {
      rowsAt: /** @type {number | null} */ (null),
      answeredAt: /** @type {number | null} */ (null),
      clickAt: /** @type {number | null} */ (null),
      firstCount: /** @type {string | null} */ (null),
    };
    /** @type {any} */ (window).__audit = marks;
    new MutationObserver(() => {
      const now = performance.now();
      if (marks.rowsAt === null && document.querySelector('[data-audit-grid] [role="row"][data-index]')) marks.rowsAt = now;
      const count = document.querySelector("[data-rows-shown]")?.getAttribute("data-rows-shown") ?? null;
      if (marks.firstCount === null) marks.firstCount = count;
      else if (marks.clickAt !== null && marks.answeredAt === null && count !== marks.firstCount) marks.answeredAt = now;
    }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-rows-shown"] });
    document.addEventListener(
      "click",
      (event) => {
        if (marks.clickAt === null && event.target instanceof HTMLInputElement && event.target.dataset.filter === "problems")
          marks.clickAt = event.timeStamp;
      },
      true,
    );
  });
  try {
    await page.goto(`${origin}/audit.html`);
    await page.locator("[data-audit-input]").setInputFiles({ name: "audit.json", mimeType: "application/json", buffer: file });
    await page.waitForFunction(() => /** @type {any} */ (window).__audit.rowsAt !== null, undefined, { timeout: 60_000 });
    await page.locator('[data-filter="problems"]').click();
    await page.waitForFunction(() => /** @type {any} */ (window).__audit.answeredAt !== null, undefined, { timeout: 60_000 });
    const marks = await page.evaluate(() => {
      const read = performance.getEntriesByName("audit-file-read")[0]?.startTime ?? NaN;
      const m = /** @type {any} */ (window).__audit;
      return { read, rowsAt: m.rowsAt, answeredAt: m.answeredAt, clickAt: m.clickAt };
    });
    return {
      rowsMs: marks.rowsAt - marks.read,
      usableMs: marks.answeredAt - marks.read,
      filterMs: marks.answeredAt - marks.clickAt,
      problems,
    };
  } finally {
    await context.close();
  }
}

/** JSON.parse of the file's text in the page: the bare floor. @param {import("playwright-core").Browser} browser @param {string} text */
async function parseOnce(browser, text) {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.setContent("<!doctype html><title>parse</title>");
    return await page.evaluate((t) => {
      const started = performance.now();
      JSON.parse(t);
      return performance.now() - started;
    }, text);
  } finally {
    await context.close();
  }
}

/**
 * @param {import("playwright-core").Browser} browser
 * @param {{ origin: string, runs: number }} options
 */
async function measureAudit(browser, { origin, runs }) {
  const text = JSON.stringify(generateAudit({ owners: OWNERS, pairsPerOwner: PAIRS_PER_OWNER, failedOwners: [3, 500] }).file);
  const file = Buffer.from(text);
  await auditOnce(browser, origin, file); // warm-up: the browser's caches, not a sample
  /** @type {{ rowsMs: number, usableMs: number, filterMs: number, parseMs: number }[]} */
  const samples = [];
  /** @type {string[]} */
  const problems = [];
  for (let i = 0; i < runs; i++) {
    const page = await auditOnce(browser, origin, file);
    problems.push(...page.problems);
    samples.push({ ...page, parseMs: await parseOnce(browser, text) });
  }
  return { pairs: OWNERS * PAIRS_PER_OWNER, fileBytes: file.length, samples, problems };
}

/**
 * @param {Awaited<ReturnType<typeof measureAudit>>} result
 * @returns {{ header: string[], rows: import("./table").TableRow[] }}
 */
function auditTable(result) {
  const pick = (/** @type {"rowsMs" | "usableMs" | "filterMs" | "parseMs"} */ key) => result.samples.map((s) => s[key]);
  const parse = median(pick("parseMs"));
  const usable = median(pick("usableMs"));
  const row = (/** @type {string} */ label, /** @type {number[]} */ xs, target = "", result = "") => ({
    cells: [label, ms(median(xs)), ms(p90(xs)), ms(parse), ratio(median(xs), parse), target, result],
  });
  return {
    header: ["measure (10,000 pairs)", "median", "p90", "bare JSON.parse", "ratio", "target", "result"],
    rows: [
      {
        section: `Audit page, ${result.pairs.toLocaleString("en")} pairs, ${(result.fileBytes / 1e6).toFixed(1)} MB file, from the file read`,
      },
      row("rows visible", pick("rowsMs")),
      row("usable (filter click answered)", pick("usableMs"), `≤ ${TARGET_USABLE_MS} ms`, usable <= TARGET_USABLE_MS ? "pass" : "miss"),
      { cells: ["filter click → answer", ms(median(pick("filterMs"))), ms(p90(pick("filterMs"))), "", "", "", ""] },
    ],
  };
}

module.exports = { measureAudit, auditTable, TARGET_USABLE_MS };
