#!/usr/bin/env node
// @ts-check
/**
 * npm run release: a production build for one ADDIN_BASE_URL, checked offline, laid out for an admin.
 *
 *   ADDIN_BASE_URL=https://addins.contoso.com/schedule-on-behalf/ npm run release
 *
 * 1. builds into build/release/dist/ (never over a dist/ someone is about to deploy);
 * 2. runs the offline manifest and app package checks `npm test` runs, on that build;
 * 3. writes release/schedule-on-behalf-<version>/ (scripts/release/assemble.js says what is in it)
 *    and prints its SHA256SUMS.
 * The same sources and ADDIN_BASE_URL give the same bytes: run it twice and compare SHA256SUMS.
 */
const path = require("node:path");
const { spawnSync } = require("node:child_process");
const { validateBaseUrl } = require("./manifest/baseUrl.js");
const { addinVersion } = require("./manifest/version.js");
const { assembleRelease } = require("./release/assemble.js");

const ROOT = path.resolve(__dirname, "..");
const BUILD_DIR = path.join(ROOT, "build", "release", "dist");
const RELEASE_ROOT = path.join(ROOT, "release");

/** @returns {number} exit code */
function main() {
  const baseUrl = process.env.ADDIN_BASE_URL;
  if (baseUrl === undefined || baseUrl === "") {
    console.error(
      "npm run release needs ADDIN_BASE_URL, the https address the files will be hosted at, e.g.\n" +
        "  ADDIN_BASE_URL=https://addins.contoso.com/schedule-on-behalf/ npm run release",
    );
    return 1;
  }
  /** @type {string} */
  let version;
  try {
    validateBaseUrl(baseUrl);
    version = addinVersion();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }

  const relative = path.relative(ROOT, BUILD_DIR);
  const checkXml = (/** @type {string} */ file) => [
    "scripts/manifest/cli.js",
    `${relative}/${file}`,
    ...["--assets", `${relative}/assets`, "--source", "src", "--base", relative],
  ];
  const steps = /** @type {[string, string[]][]} */ ([
    ["build", [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--env", `out=${relative}`]],
    // Hook for later steps that write into the build before it is released (audit files: AUDIT_FOLDER
    // in scripts/release/assemble.js); add them here so they run on this build.
    ["check manifest.xml", checkXml("manifest.xml")],
    ["check manifest-taskpane.xml", checkXml("manifest-taskpane.xml")],
    ["check the app package", ["scripts/manifest/unified-cli.js", relative]],
  ]);
  for (const [what, args] of steps) {
    console.log(`release ${version}: ${what}`);
    const run = spawnSync(process.execPath, args, { cwd: ROOT, stdio: "inherit", env: { ...process.env, ADDIN_BASE_URL: baseUrl } });
    if (run.status !== 0) {
      console.error(`release ${version}: "${what}" failed; nothing was released`);
      return 1;
    }
  }

  const release = assembleRelease({ buildDir: BUILD_DIR, releaseRoot: RELEASE_ROOT, repoRoot: ROOT, version });
  console.log(`\n${path.relative(ROOT, release.dir)}/ for ${validateBaseUrl(baseUrl)} (${release.files.length} files)\n`);
  process.stdout.write(release.sums);
  console.log(`\nHost ${path.relative(ROOT, release.dir)}/site/ at that address; upload one of the manifests or the app package.`);
  return 0;
}

process.exitCode = main();
