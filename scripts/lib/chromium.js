// @ts-check
const { existsSync } = require("node:fs");

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

/**
 * Debian's Chromium (Playwright's own browser download does not work here). Missing → an error that says how to fix it.
 * @returns {string}
 */
function chromiumPath() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
  }
  const found = CANDIDATES.find((candidate) => existsSync(candidate));
  if (found) return found;
  throw new Error(
    "Browser tests need Chromium and none was found. Install it with `apt-get install -y chromium` (Debian/Ubuntu), " +
      "or point CHROMIUM_PATH at a Chromium or Chrome binary. These tests are never skipped.",
  );
}

/** Flags that keep headless Chromium from reaching for the (closed) network or needing a sandbox as root. */
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

module.exports = { chromiumPath, CHROMIUM_ARGS };
