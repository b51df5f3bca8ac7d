// @ts-check
/**
 * One version for everything an admin sees: package.json's "version" (x.y.z) is the XML manifests'
 * <Version> (x.y.z.0), the unified manifest's "version" (x.y.z), the release folder's and the app
 * package's name, and the report's "Add-in version" (webpack's ADDIN_VERSION).
 *
 * Why it matters: Office picks up a changed manifest only when its <Version> rises, while the web files
 * change for everyone as soon as they are hosted; an admin needs one number to tell which is which.
 * The unified manifest has three parts, so the XML's fourth stays 0 (unified.js refuses anything else).
 */
const fs = require("node:fs");
const path = require("node:path");

const PACKAGE_JSON = path.resolve(__dirname, "..", "..", "package.json");

/**
 * @param {unknown} value  package.json's "version"
 * @returns {string} the same, checked to be x.y.z (no pre-release or build suffix: manifests have no room for one)
 */
function checkedVersion(value) {
  if (typeof value !== "string" || !/^(0|[1-9]\d{0,4})\.(0|[1-9]\d{0,4})\.(0|[1-9]\d{0,4})$/.test(value)) {
    throw new Error(
      `package.json "version" must be three numbers x.y.z of at most five digits each (the manifests' <Version> is x.y.z.0); got ${JSON.stringify(value)}`,
    );
  }
  return value;
}

/** package.json's version, read afresh (a release bump between two builds in one process is seen). */
function addinVersion() {
  return checkedVersion(JSON.parse(fs.readFileSync(PACKAGE_JSON, "utf8")).version);
}

/** @param {string} version x.y.z @returns {string} x.y.z.0 */
function xmlVersion(version) {
  return `${checkedVersion(version)}.0`;
}

/**
 * The manifest with its <Version> set to the given version (x.y.z.0). Only the add-in's own <Version>,
 * the root's direct child, is replaced; the manifest has exactly one.
 * @param {string} xml
 * @param {string} version x.y.z
 */
function withVersion(xml, version) {
  const matches = xml.match(/<Version>[^<]*<\/Version>/g) ?? [];
  if (matches.length !== 1) throw new Error(`manifest.xml must have exactly one <Version> element, found ${matches.length}`);
  return xml.replace(/<Version>[^<]*<\/Version>/, `<Version>${xmlVersion(version)}</Version>`);
}

/** @param {string} version x.y.z @returns {string} the release's name, also its folder and the app package's file name stem */
function releaseName(version) {
  return `schedule-on-behalf-${checkedVersion(version)}`;
}

module.exports = { addinVersion, checkedVersion, xmlVersion, withVersion, releaseName };
