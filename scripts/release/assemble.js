// @ts-check
/**
 * Lays out a release from a finished production build (scripts/release.js runs the build first):
 *
 *   release/schedule-on-behalf-<version>/
 *     site/                           every file to host at ADDIN_BASE_URL (pages, scripts, styles, icons, config.json)
 *     manifest.xml                    XML manifest: the pane and the send-time check (Mailbox 1.12)
 *     manifest-taskpane.xml           XML manifest: the pane only (Mailbox 1.3)
 *     schedule-on-behalf-<version>.zip  the app package (unified manifest) for the Microsoft 365 admin center
 *     audit/                          the build's audit files, when it wrote any (AUDIT_FOLDER below)
 *     CHANGELOG.md, LICENSE           what changed, and whether admins must re-deploy a manifest
 *     SHA256SUMS                      `sha256sum -c SHA256SUMS` in the folder checks every other file
 *
 * Nothing here reads a clock: files are copied byte for byte, the app package's zip has fixed dates
 * (scripts/manifest/zip.js), and SHA256SUMS is sorted, so the same sources and ADDIN_BASE_URL give the
 * same bytes on every machine. File dates on disk are not part of a release; the checksums are.
 */
const fs = require("node:fs");
const path = require("node:path");
const { createHash } = require("node:crypto");
const { PACKAGE_NAME } = require("../manifest/unified.js");
const { releaseName, xmlVersion } = require("../manifest/version.js");

/**
 * The hook for audit files: whatever the build writes into this folder of its output (dist/audit/ for
 * `npm run build`) is released beside the manifests, not hosted. Absent folder, nothing released.
 */
const AUDIT_FOLDER = "audit";
/** Where the hosted files go inside the release. */
const SITE_FOLDER = "site";
const SUMS_FILE = "SHA256SUMS";
/** Files of the build that are not hosted: the manifests are uploaded, manifest.json travels inside the app package. */
const NOT_HOSTED = new Set(["manifest.xml", "manifest-taskpane.xml", "manifest.json", PACKAGE_NAME]);
/** Repository files every release carries, read by admins before they upload. */
const DOCUMENTS = ["CHANGELOG.md", "LICENSE"];

/**
 * Every file under dir, as "/"-separated paths relative to it, in byte order (the same on every system).
 * @param {string} dir
 * @returns {string[]}
 */
function listFiles(dir) {
  /** @type {string[]} */
  const found = [];
  /** @param {string} relative */
  const walk = (relative) => {
    for (const entry of fs.readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile()) found.push(child);
      else throw new Error(`release: ${path.join(dir, child)} is neither a file nor a folder (a link?); refusing to guess what to ship`);
    }
  };
  walk("");
  return found.sort(byteOrder);
}

/** @param {string} a @param {string} b */
function byteOrder(a, b) {
  return Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
}

/**
 * Where each file of the build goes in the release.
 * @param {readonly string[]} buildFiles  relative paths, as listFiles gives them
 * @param {string} version x.y.z
 * @returns {{ from: string, to: string }[]} in byte order of `to`
 */
function planRelease(buildFiles, version) {
  for (const needed of ["manifest.xml", "manifest-taskpane.xml", PACKAGE_NAME, "taskpane.html"]) {
    if (!buildFiles.includes(needed)) throw new Error(`release: the build has no ${needed}; run the production build first`);
  }
  const plan = buildFiles
    .filter((file) => file !== "manifest.json")
    .map((file) => {
      if (file === PACKAGE_NAME) return { from: file, to: `${releaseName(version)}.zip` };
      if (NOT_HOSTED.has(file) || file.startsWith(`${AUDIT_FOLDER}/`)) return { from: file, to: file };
      return { from: file, to: `${SITE_FOLDER}/${file}` };
    });
  return plan.sort((a, b) => byteOrder(a.to, b.to));
}

/**
 * SHA256SUMS in sha256sum's own format: "<64 hex>  <path>" per line, sorted by path.
 * @param {ReadonlyArray<{ path: string, data: Buffer }>} files
 * @returns {string}
 */
function sha256sums(files) {
  return [...files]
    .sort((a, b) => byteOrder(a.path, b.path))
    .map((file) => {
      if (/[\n\\]/.test(file.path)) throw new Error(`release: "${file.path}" cannot be listed in ${SUMS_FILE}`);
      return `${createHash("sha256").update(file.data).digest("hex")}  ${file.path}\n`;
    })
    .join("");
}

/**
 * Writes the release folder (replacing an older one of the same version) and returns what it holds.
 * @param {{ buildDir: string, releaseRoot: string, repoRoot: string, version: string }} options
 *   buildDir: the production build; releaseRoot: where release folders go (release/); repoRoot: for CHANGELOG.md and LICENSE
 * @returns {{ dir: string, files: string[], sums: string }}
 */
function assembleRelease(options) {
  const { buildDir, releaseRoot, repoRoot, version } = options;
  const builtXml = fs.readFileSync(path.join(buildDir, "manifest.xml"), "utf8");
  if (!builtXml.includes(`<Version>${xmlVersion(version)}</Version>`)) {
    throw new Error(`release: ${path.join(buildDir, "manifest.xml")} is not version ${xmlVersion(version)}; build again`);
  }
  const dir = path.join(releaseRoot, releaseName(version));
  fs.rmSync(dir, { recursive: true, force: true });
  /** @type {{ path: string, data: Buffer }[]} */
  const written = [];
  /** @param {string} to @param {Buffer} data */
  const write = (to, data) => {
    fs.mkdirSync(path.dirname(path.join(dir, to)), { recursive: true });
    fs.writeFileSync(path.join(dir, to), data);
    written.push({ path: to, data });
  };
  for (const { from, to } of planRelease(listFiles(buildDir), version)) write(to, fs.readFileSync(path.join(buildDir, from)));
  for (const document of DOCUMENTS) write(document, fs.readFileSync(path.join(repoRoot, document)));
  const sums = sha256sums(written);
  fs.writeFileSync(path.join(dir, SUMS_FILE), sums);
  return { dir, files: listFiles(dir), sums };
}

module.exports = { assembleRelease, planRelease, sha256sums, listFiles, AUDIT_FOLDER, SITE_FOLDER, SUMS_FILE, DOCUMENTS };
