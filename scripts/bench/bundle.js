// @ts-check
/** What each entry costs in JavaScript, from webpack's stats of the bench's production build. */
const { existsSync, readFileSync, statSync } = require("node:fs");
const { join } = require("node:path");
const { gzipSync } = require("node:zlib");

const ENTRIES = ["taskpane", "launchevent", "commands", "audit"];

/** @typedef {{ file: string, bytes: number, gzip: number }} FileSize */
/** @typedef {{ entry: string, initial: FileSize[], lazy: FileSize[] }} EntryJs */

/** @type {Map<string, FileSize>} */
const sizeCache = new Map();

/**
 * Raw and gzip (level 9) size of a file in `dist`, as on disk.
 * @param {string} dist
 * @param {string} file path relative to dist
 * @returns {FileSize}
 */
function fileSize(dist, file) {
  const path = join(dist, file);
  const cached = sizeCache.get(path);
  if (cached) return cached;
  const size = existsSync(path)
    ? { file, bytes: statSync(path).size, gzip: gzipSync(readFileSync(path), { level: 9 }).length }
    : { file, bytes: NaN, gzip: NaN };
  sizeCache.set(path, size);
  return size;
}

/**
 * For each entry: the JS files its page loads up front (the entrypoint's assets) and every async
 * chunk it can load later (dynamic import(), followed transitively through chunk children).
 * Without stats (--no-build on an old build), falls back to `<entry>.js` with lazy chunks unknown.
 * @param {string} statsPath webpack --json output
 * @param {string} dist
 * @returns {{ entries: EntryJs[], fromStats: boolean }}
 */
function entryJs(statsPath, dist) {
  if (!existsSync(statsPath)) {
    return { entries: ENTRIES.map((entry) => ({ entry, initial: [fileSize(dist, `${entry}.js`)], lazy: [] })), fromStats: false };
  }
  /** @type {any} */
  const stats = JSON.parse(readFileSync(statsPath, "utf8"));
  /** @type {Map<string | number, any>} */
  const chunks = new Map((stats.chunks ?? []).map((/** @type {any} */ chunk) => [chunk.id, chunk]));
  const isJs = (/** @type {string} */ file) => /\.m?js$/.test(file);
  const entries = ENTRIES.filter((entry) => stats.entrypoints?.[entry]).map((entry) => {
    const point = stats.entrypoints[entry];
    const initialFiles = (point.assets ?? [])
      .map((/** @type {any} */ asset) => (typeof asset === "string" ? asset : asset.name))
      .filter(isJs);
    const initialChunks = new Set(point.chunks ?? []);
    /** @type {Set<string | number>} */
    const seen = new Set();
    // Followed through script chunks only: the one style chunk every page shares (griffel.css) lists
    // every page's lazy chunks as its children, which would count the pane's chunks for the audit page
    // and the audit page's for the pane.
    /** @type {(string | number)[]} */
    const queue = [...initialChunks];
    /** @type {Set<string>} */
    const lazyFiles = new Set();
    while (queue.length > 0) {
      const id = /** @type {string | number} */ (queue.shift());
      if (seen.has(id)) continue;
      seen.add(id);
      const chunk = chunks.get(id);
      if (!chunk) continue;
      if (!initialChunks.has(id)) for (const file of chunk.files ?? []) if (isJs(file) && !initialFiles.includes(file)) lazyFiles.add(file);
      if ((chunk.files ?? []).some(isJs)) queue.push(...(chunk.children ?? []));
    }
    return {
      entry,
      initial: initialFiles.map((/** @type {string} */ file) => fileSize(dist, file)),
      lazy: [...lazyFiles].sort().map((file) => fileSize(dist, file)),
    };
  });
  return { entries, fromStats: true };
}

module.exports = { entryJs, fileSize };
