#!/usr/bin/env node
// @ts-check

/**
 * Offline manifest checks from the command line.
 *
 *   node scripts/manifest/cli.js [manifest.xml] [--assets dir] [--source dir] [--base dir] [--allow-permission Level]
 *
 * Prints every problem and exits 1, or prints "manifest OK: N checks" and exits 0.
 * --assets  folder with the icon files (default: none, icon files not checked)
 * --source  folder scanned for Office.actions.associate("name", …) (default: none)
 * --base    folder served at the manifest's base URL, e.g. dist (default: none)
 */
const fs = require("node:fs");
const path = require("node:path");
const { runChecks } = require("./checks.js");

const USAGE = "usage: node scripts/manifest/cli.js [manifest.xml] [--assets dir] [--source dir] [--base dir] [--allow-permission Level]";

/**
 * @param {string[]} argv  arguments after the script name
 * @returns {{ file: string, assetsDir?: string, sourceDir?: string, baseDir?: string, allowPermissions: string[] }}
 */
function parseArgs(argv) {
  /** @type {{ file: string, assetsDir?: string, sourceDir?: string, baseDir?: string, allowPermissions: string[] }} */
  const out = { file: "manifest.xml", allowPermissions: [] };
  let fileSet = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = /** @type {string} */ (argv[i]);
    const value = () => {
      const next = argv[++i];
      if (next === undefined || next.startsWith("--")) throw new Error(`${arg} needs a value\n${USAGE}`);
      return next;
    };
    if (arg === "--assets") out.assetsDir = path.resolve(value());
    else if (arg === "--source") out.sourceDir = path.resolve(value());
    else if (arg === "--base") out.baseDir = path.resolve(value());
    else if (arg === "--allow-permission") out.allowPermissions.push(value());
    else if (arg === "--help" || arg === "-h") throw new Error(USAGE);
    else if (arg.startsWith("--")) throw new Error(`unknown option ${arg}\n${USAGE}`);
    else if (!fileSet) {
      out.file = arg;
      fileSet = true;
    } else throw new Error(`only one manifest path is accepted, got "${out.file}" and "${arg}"\n${USAGE}`);
  }
  return out;
}

/**
 * @param {string[]} argv
 * @returns {number} exit code
 */
function main(argv) {
  /** @type {ReturnType<typeof parseArgs>} */
  let args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
  for (const [flag, dir] of /** @type {const} */ ([
    ["--assets", args.assetsDir],
    ["--source", args.sourceDir],
    ["--base", args.baseDir],
  ])) {
    if (dir !== undefined && !fs.existsSync(dir)) {
      console.error(`${flag} ${dir} does not exist`);
      return 1;
    }
  }
  /** @type {string} */
  let xml;
  try {
    xml = fs.readFileSync(args.file, "utf8");
  } catch (error) {
    console.error(`cannot read ${args.file}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const { problems, checks } = runChecks(xml, {
    ...(args.assetsDir ? { assetsDir: args.assetsDir } : {}),
    ...(args.sourceDir ? { sourceDir: args.sourceDir } : {}),
    ...(args.baseDir ? { baseDir: args.baseDir } : {}),
    allowPermissions: args.allowPermissions,
  });
  if (problems.length > 0) {
    console.error(`${args.file}: ${problems.length} problem${problems.length === 1 ? "" : "s"}`);
    for (const p of problems) console.error(`  ${p.element}: ${p.message}`);
    return 1;
  }
  console.log(`manifest OK: ${checks} checks (${args.file})`);
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));

module.exports = { main, parseArgs };
