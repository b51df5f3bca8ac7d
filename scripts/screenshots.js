// @ts-check
/**
 * The README's screenshots: the playground's pane at 320 px, first screen (600 px high), in Office's
 * light and dark themes, for the situations an assistant meets most. Run `npm run screenshots`
 * (it builds the playground first); the PNGs land in docs/screenshots/.
 *
 *   node scripts/screenshots.js [--lang nl-BE] [--out docs/screenshots]
 */
const { mkdirSync } = require("node:fs");
const { join, resolve } = require("node:path");
const { chromium } = require("playwright-core");
const { chromiumPath, CHROMIUM_ARGS } = require("./lib/chromium");
const { serveStatic } = require("./lib/staticServer");

const SHOTS = [
  ["own-calendar", "Own calendar"],
  ["delegate-editor", "Editor"],
  ["delegate-author", "Author"],
  ["delegate-reviewer", "Reviewer"],
  ["delegate-zero", "No rights"],
  ["delegate-zero-mac", "Outlook for Mac"],
];
const THEMES = ["light", "dark"];
const PANE_WIDTH = 320;
const FIRST_SCREEN = 600;

/** @param {string[]} argv */
function options(argv) {
  const at = (/** @type {string} */ flag) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return { lang: at("--lang") ?? "en-US", out: resolve(at("--out") ?? "docs/screenshots") };
}

async function main() {
  const { lang, out } = options(process.argv.slice(2));
  mkdirSync(out, { recursive: true });
  const server = await serveStatic(resolve(__dirname, "../build/test/dist-dev"));
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS] });
  try {
    for (const [scenario] of SHOTS) {
      for (const theme of THEMES) {
        const page = await browser.newPage({ viewport: { width: 1100, height: FIRST_SCREEN + 200 }, deviceScaleFactor: 1 });
        const query = new URLSearchParams({ scenario, theme, width: String(PANE_WIDTH), lang });
        await page.goto(`${server.origin}/playground.html?${query}`);
        await page.locator("[data-answer]:not([data-answer=''])").waitFor({ timeout: 15_000 });
        await page.locator("[data-meeting]:not([data-meeting='loading'])").waitFor({ timeout: 15_000 });
        // Fonts and the lazily loaded panels settle before the picture.
        await page.waitForTimeout(300);
        const pane = await page.locator(".pg-taskpane").boundingBox();
        if (!pane) throw new Error(`${scenario}: the pane is not on screen`);
        const suffix = lang === "en-US" ? "" : `-${lang}`;
        const file = join(out, `${scenario}-${theme}${suffix}.png`);
        await page.screenshot({
          path: file,
          clip: { x: pane.x, y: pane.y, width: pane.width, height: Math.min(pane.height, FIRST_SCREEN) },
        });
        console.log(file);
        await page.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
