// @ts-check
/**
 * `npm run bench -- --why`: where the taskpane's kilobytes go, from the production source maps
 * (source-map-explorer). Own sources are listed per file, node_modules per package.
 */
const { mkdirSync, writeFileSync } = require("node:fs");
const { join, relative } = require("node:path");

const TOP = Number(process.env.WHY_TOP || 25);

/** @typedef {{ name: string, bytes: number, share: number }} WhyRow */
/** @typedef {{ file: string, kind: "initial" | "lazy", totalBytes: number, rows: WhyRow[], modules: Record<string, number> }} WhyFile */

/**
 * A source map path → what a contributor would act on: the package for node_modules, else the file.
 * @param {string} source
 */
function owner(source) {
  const path = source.replace(/^webpack:\/\/[^/]*\//, "").replace(/^\.\//, "");
  const inModules = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  return inModules ? `${inModules[1]} (package)` : path;
}

/**
 * @param {{ dist: string, outDir: string, files: { file: string, kind: "initial" | "lazy" }[] }} options
 * @returns {Promise<WhyFile[]>}
 */
async function why({ dist, outDir, files }) {
  const { explore } = require("source-map-explorer");
  const bundles = files.map(({ file }) => ({ code: join(dist, file), map: join(dist, `${file}.map`) }));
  mkdirSync(outDir, { recursive: true });
  const options = { noBorderChecks: true, replaceMap: { "^webpack://[^/]*/": "" } };
  /** @type {WhyFile[]} */
  const out = [];
  for (const [index, bundle] of bundles.entries()) {
    const { file, kind } = /** @type {{ file: string, kind: "initial" | "lazy" }} */ (files[index]);
    const result = await explore(bundle, options);
    const explored = result.bundles[0];
    if (!explored) throw new Error(`source-map-explorer could not read ${file}: ${result.errors.map((e) => e.message).join("; ")}`);
    /** @type {Map<string, number>} */
    const groups = new Map();
    /** @type {Record<string, number>} */
    const modules = {};
    for (const [source, data] of Object.entries(explored.files)) {
      modules[source] = data.size;
      const key = owner(source);
      groups.set(key, (groups.get(key) ?? 0) + data.size);
    }
    const rows = [...groups.entries()]
      .map(([name, bytes]) => ({ name, bytes, share: bytes / explored.totalBytes }))
      .sort((a, b) => b.bytes - a.bytes)
      .slice(0, TOP);
    out.push({ file, kind, totalBytes: explored.totalBytes, rows, modules });
  }
  // One HTML treemap with every taskpane file (a selector switches between them).
  const html = join(outDir, "taskpane.html");
  await explore(bundles, { ...options, output: { format: "html", filename: html } });
  writeFileSync(join(outDir, "why.json"), JSON.stringify(out, null, 2));
  return out;
}

/**
 * @param {WhyFile[]} files
 * @param {string} root for relative paths in the printout
 * @param {string} outDir
 */
function printWhy(files, root, outDir) {
  for (const file of files) {
    console.log(`\n${file.file} (${file.kind}, ${file.totalBytes} bytes raw): ${Math.min(TOP, file.rows.length)} largest`);
    const width = Math.max(20, ...file.rows.map((row) => row.name.length)) + 2;
    console.log(`${"module / package".padEnd(width)}${"bytes".padStart(9)}${"share".padStart(8)}`);
    for (const row of file.rows) {
      console.log(`${row.name.padEnd(width)}${String(row.bytes).padStart(9)}${`${(row.share * 100).toFixed(1)}%`.padStart(8)}`);
    }
  }
  console.log(`\nTreemap: ${relative(root, join(outDir, "taskpane.html"))} (every module: ${relative(root, join(outDir, "why.json"))})`);
}

module.exports = { why, printWhy };
