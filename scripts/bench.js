// @ts-check
/**
 * `npm run bench`: what every user pays on every open.
 * - bytes: each production file in dist/, raw and gzip (what the network carries);
 * - time to verdict: from navigation to `[data-delegation]` being filled, in headless Chromium with
 *   the simulated Outlook answering instantly, so it measures our own start-up work, not Outlook's.
 * Results are printed and written to .bench/results.json. Not a test: nothing here fails on a number.
 */
const { execFileSync } = require("node:child_process");
const { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } = require("node:fs");
const { join, resolve } = require("node:path");
const { gzipSync } = require("node:zlib");
const { serveStatic } = require("./lib/staticServer");
const { chromiumPath, CHROMIUM_ARGS } = require("./lib/chromium");

const ROOT = resolve(__dirname, "..");
// Its own build folder: the bench never overwrites a production dist/.
const DIST = join(ROOT, "build", "bench", "dist");
const SIM_HOST = join(ROOT, "build", "bench", "dist-dev", "simulated-office.js");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const RUNS = Number(process.env.BENCH_RUNS || 15);
const SCENARIOS = ["own-calendar", "delegate-editor", "delegate-reviewer", "old-client"];

async function main() {
  if (!process.argv.includes("--no-build")) {
    run("npx", ["webpack", "--mode", "production", "--env", "out=build/bench/dist"]);
    run("npx", ["webpack", "--mode", "development", "--env", "devtools", "--env", "out=build/bench/dist-dev"]);
  }
  const bytes = measureBytes();
  const timing = await measureTimeToVerdict();
  const results = { date: new Date().toISOString(), runs: RUNS, bytes, timeToVerdictMs: timing };
  mkdirSync(join(ROOT, ".bench"), { recursive: true });
  writeFileSync(join(ROOT, ".bench", "results.json"), JSON.stringify(results, null, 2));

  console.log("\nBundle (production, dist/)");
  console.log(pad("file", 22) + pad("bytes", 12) + "gzip");
  for (const row of bytes) console.log(pad(row.file, 22) + pad(String(row.bytes), 12) + row.gzip);
  const pane = bytes.filter((r) => r.file === "taskpane.js" || r.file === "taskpane.html");
  console.log(`taskpane total: ${sum(pane.map((r) => r.bytes))} bytes, ${sum(pane.map((r) => r.gzip))} gzip`);
  console.log(`\nTime to verdict (ms, ${RUNS} runs each, simulated Outlook answering at once)`);
  console.log(pad("scenario", 22) + pad("median", 10) + pad("p90", 10) + "max");
  for (const [scenario, t] of Object.entries(timing))
    console.log(pad(scenario, 22) + pad(t.median.toFixed(0), 10) + pad(t.p90.toFixed(0), 10) + t.max.toFixed(0));
  console.log("\nWritten to .bench/results.json");
}

function measureBytes() {
  return readdirSync(DIST)
    .filter((file) => /\.(js|html)$/.test(file))
    .map((file) => {
      const content = readFileSync(join(DIST, file));
      return { file, bytes: statSync(join(DIST, file)).size, gzip: gzipSync(content, { level: 9 }).length };
    })
    .sort((a, b) => b.bytes - a.bytes);
}

async function measureTimeToVerdict() {
  const { chromium } = require("playwright-core");
  const server = await serveStatic(DIST);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS] });
  const simHost = readFileSync(SIM_HOST, "utf8");
  /** @type {Record<string, { median: number, p90: number, max: number }>} */
  const out = {};
  try {
    for (const scenario of SCENARIOS) {
      const samples = [];
      for (let i = 0; i < RUNS; i++) {
        const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
        const page = await context.newPage();
        await page.route("**/*", (route) => {
          const url = route.request().url();
          if (url === OFFICE_JS) return route.fulfill({ status: 200, contentType: "text/javascript", body: simHost });
          return url.startsWith(server.origin) ? route.continue() : route.abort();
        });
        await page.addInitScript((id) => {
          const w = /** @type {any} */ (window);
          w.__SIM_SCENARIO__ = id;
          // Stamped in the page the moment the verdict lands, so Playwright's polling adds nothing.
          new MutationObserver((_, observer) => {
            if (document.querySelector("[data-delegation]:not([data-delegation=''])")) {
              w.__verdictAt = performance.now();
              observer.disconnect();
            }
          }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-delegation"] });
        }, scenario);
        await page.goto(`${server.origin}/taskpane.html`);
        await page.waitForSelector("[data-delegation]:not([data-delegation=''])", { timeout: 30000 });
        samples.push(await page.evaluate(() => /** @type {any} */ (window).__verdictAt));
        await context.close();
      }
      samples.sort((a, b) => a - b);
      out[scenario] = {
        median: samples[Math.floor(samples.length / 2)] ?? NaN,
        p90: samples[Math.min(samples.length - 1, Math.floor(samples.length * 0.9))] ?? NaN,
        max: samples[samples.length - 1] ?? NaN,
      };
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return out;
}

/** @param {string} cmd @param {string[]} args */
function run(cmd, args) {
  execFileSync(cmd, args, { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
}
/** @param {string} s @param {number} n */
function pad(s, n) {
  return s.length >= n ? `${s} ` : s + " ".repeat(n - s.length);
}
/** @param {number[]} xs */
function sum(xs) {
  return xs.reduce((a, b) => a + b, 0);
}

if (!existsSync(join(ROOT, "node_modules"))) {
  console.error("Run npm ci first.");
  process.exit(1);
}
main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
