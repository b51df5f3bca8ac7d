#!/usr/bin/env node
// @ts-check

/**
 * Offline checks of the app package the build writes, from the command line:
 *
 *   node scripts/manifest/unified-cli.js <dist folder>
 *
 * Reads <dist>/schedule-on-behalf.zip, <dist>/manifest.json, <dist>/manifest.xml and
 * <dist>/manifest-taskpane.xml, and checks that
 * - the zip holds exactly manifest.json, the two icons and the localization files it names, and its
 *   manifest.json is the one beside it;
 * - manifest.json and each localization file pass the JSON schema of the manifestVersion it declares
 *   (scripts/manifest/schema.js, from @microsoft/app-manifest, no network);
 * - the colour icon is a 192 x 192 PNG and the outline icon a 32 x 32 PNG, white on transparent;
 * - the three manifests agree (scripts/manifest/agreement.js).
 * Prints every problem and exits 1, or prints "app package OK: N checks" and exits 0.
 */
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");
const { schemaFor } = require("./schema.js");
const { compareManifests } = require("./agreement.js");
const { PACKAGE_NAME } = require("./unified.js");

/** @typedef {{ element: string, message: string }} Problem */

/**
 * Decodes an 8-bit RGBA, non-interlaced PNG (what make-icons.js writes) into straight RGBA bytes.
 * @param {Buffer} bytes
 * @returns {{ width: number, height: number, rgba: Buffer } | string} the image, or why it cannot be read
 */
function decodePng(bytes) {
  if (bytes.length < 33 || bytes.toString("latin1", 1, 4) !== "PNG" || bytes.toString("ascii", 12, 16) !== "IHDR") return "not a PNG";
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  if (bytes[24] !== 8 || bytes[25] !== 6 || bytes[28] !== 0) return "not an 8-bit RGBA (colour type 6) non-interlaced PNG";
  /** @type {Buffer[]} */
  const idat = [];
  for (let at = 8; at + 8 <= bytes.length;) {
    const length = bytes.readUInt32BE(at);
    if (bytes.toString("ascii", at + 4, at + 8) === "IDAT") idat.push(bytes.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const rgba = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x] ?? 0;
      const a = x >= 4 ? (rgba[y * stride + x - 4] ?? 0) : 0;
      const b = y > 0 ? (rgba[(y - 1) * stride + x] ?? 0) : 0;
      const c = x >= 4 && y > 0 ? (rgba[(y - 1) * stride + x - 4] ?? 0) : 0;
      const p = a + b - c;
      const paeth =
        Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter ?? 0];
      if (predictor === undefined) return `unknown PNG row filter ${filter}`;
      rgba[y * stride + x] = (value + predictor) & 0xff;
    }
  }
  return { width, height, rgba };
}

/**
 * @param {string} dir  the build's output folder
 * @returns {{ problems: Problem[], checks: number }}
 */
function checkAppPackage(dir) {
  /** @type {Problem[]} */
  const problems = [];
  let checks = 0;
  /** @param {boolean} ok @param {string} element @param {string} message */
  const expect = (ok, element, message) => {
    checks++;
    if (!ok) problems.push({ element, message });
    return ok;
  };
  /** @param {string} name */
  const read = (name) => {
    try {
      return fs.readFileSync(path.join(dir, name));
    } catch {
      expect(false, name, `missing in ${dir} (run the build first)`);
      return undefined;
    }
  };
  const zipBytes = read(PACKAGE_NAME);
  const manifestBytes = read("manifest.json");
  const fullXml = read("manifest.xml");
  const taskpaneXml = read("manifest-taskpane.xml");
  if (!zipBytes || !manifestBytes || !fullXml || !taskpaneXml) return { problems, checks };

  const AdmZip = require("adm-zip");
  /** @type {Map<string, Buffer>} */
  const files = new Map();
  try {
    for (const entry of new AdmZip(zipBytes).getEntries()) files.set(entry.entryName, entry.getData());
  } catch (error) {
    expect(false, PACKAGE_NAME, `cannot be read as a zip: ${error instanceof Error ? error.message : String(error)}`);
    return { problems, checks };
  }
  const packaged = files.get("manifest.json");
  if (!expect(packaged !== undefined, PACKAGE_NAME, "has no manifest.json at its root")) return { problems, checks };
  expect(
    /** @type {Buffer} */ (packaged).equals(manifestBytes),
    PACKAGE_NAME,
    "its manifest.json differs from the manifest.json beside it",
  );

  /** @param {string} name @param {Buffer} bytes @returns {Record<string, any> | undefined} */
  const parse = (name, bytes) => {
    try {
      return JSON.parse(bytes.toString("utf8"));
    } catch (error) {
      expect(false, name, `is not JSON: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  };
  const manifest = parse("manifest.json", /** @type {Buffer} */ (packaged));
  if (!manifest) return { problems, checks };

  // Exactly the files the manifest names.
  const languageFiles = (manifest.localizationInfo?.additionalLanguages ?? []).map((/** @type {{ file: string }} */ l) => String(l.file));
  const expected = ["manifest.json", manifest.icons?.color, manifest.icons?.outline, ...languageFiles].map(String);
  expect(
    JSON.stringify([...files.keys()].sort()) === JSON.stringify([...expected].sort()),
    PACKAGE_NAME,
    `holds ${[...files.keys()].join(", ")}; the admin center expects exactly ${expected.join(", ")}`,
  );

  // Schemas of the declared version.
  /** @type {ReturnType<typeof schemaFor> | undefined} */
  let manifestSchema;
  try {
    manifestSchema = schemaFor(String(manifest.manifestVersion), "manifest");
  } catch (error) {
    expect(false, "manifest.json manifestVersion", error instanceof Error ? error.message : String(error));
  }
  if (manifestSchema) {
    expect(
      manifest.$schema === manifestSchema.url,
      "manifest.json $schema",
      `is ${manifest.$schema}, manifestVersion ${manifest.manifestVersion} means ${manifestSchema.url}`,
    );
    for (const error of manifestSchema.validate(manifest)) expect(false, "manifest.json", error);
  }
  /** @type {Record<string, Record<string, any>>} */
  const localizations = {};
  for (const name of languageFiles) {
    const bytes = files.get(name);
    if (!expect(bytes !== undefined, PACKAGE_NAME, `has no ${name} (named in localizationInfo)`)) continue;
    const content = parse(name, /** @type {Buffer} */ (bytes));
    if (!content) continue;
    localizations[name] = content;
    if (manifestSchema) {
      const schema = schemaFor(String(manifest.manifestVersion), "localization");
      expect(content.$schema === schema.url, `${name} $schema`, `is ${content.$schema}, expected ${schema.url}`);
      for (const error of schema.validate(content)) expect(false, name, error);
    }
  }

  // Icons.
  for (const [kind, size] of /** @type {const} */ ([
    ["color", 192],
    ["outline", 32],
  ])) {
    const name = String(manifest.icons?.[kind]);
    const bytes = files.get(name);
    if (!bytes) continue; // reported above
    const png = decodePng(bytes);
    if (!expect(typeof png !== "string", name, `${kind} icon: ${png}`) || typeof png === "string") continue;
    expect(png.width === size && png.height === size, name, `${kind} icon must be ${size} x ${size}, is ${png.width} x ${png.height}`);
    if (kind === "outline") {
      let colouredPixels = 0;
      let transparent = 0;
      for (let i = 0; i < png.rgba.length; i += 4) {
        const alpha = png.rgba[i + 3] ?? 0;
        if (alpha === 0) transparent++;
        else if (png.rgba[i] !== 255 || png.rgba[i + 1] !== 255 || png.rgba[i + 2] !== 255) colouredPixels++;
      }
      expect(colouredPixels === 0, name, `outline icon must be white on transparent; ${colouredPixels} pixels are another colour`);
      expect(transparent > 0, name, "outline icon needs a transparent background");
    }
  }

  const agreement = compareManifests({
    fullXml: fullXml.toString("utf8"),
    taskpaneXml: taskpaneXml.toString("utf8"),
    unified: manifest,
    localizations,
  });
  return { problems: [...problems, ...agreement.problems], checks: checks + agreement.checks };
}

/** @param {string[]} argv @returns {number} */
function main(argv) {
  if (argv.length !== 1 || argv[0]?.startsWith("-")) {
    console.error("usage: node scripts/manifest/unified-cli.js <dist folder>");
    return 1;
  }
  const dir = /** @type {string} */ (argv[0]);
  const { problems, checks } = checkAppPackage(dir);
  if (problems.length > 0) {
    console.error(`${path.join(dir, PACKAGE_NAME)}: ${problems.length} problem${problems.length === 1 ? "" : "s"}`);
    for (const p of problems) console.error(`  ${p.element}: ${p.message}`);
    return 1;
  }
  console.log(`app package OK: ${checks} checks (${path.join(dir, PACKAGE_NAME)})`);
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));

module.exports = { main, checkAppPackage, decodePng };
