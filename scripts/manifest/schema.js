// @ts-check
/**
 * Offline JSON-schema validation of the unified manifest and its localization files against the
 * schema version the manifest declares, taken from Microsoft's @microsoft/app-manifest (the package
 * Microsoft 365 Agents Toolkit validates with; it ships every released schema version).
 *
 * The validator is set up as that package's AppManifestUtils.validateAgainstSchema sets it up (the
 * draft-04 Ajv it depends on, all errors, uri/email/regex formats), with one difference: Microsoft's
 * localization schema contains a pattern JavaScript's Unicode regular expressions reject
 * ("\b]"), on which validateAgainstSchema itself throws, so patterns are compiled without the u flag.
 */
const path = require("node:path");

const PACKAGE_DIR = path.dirname(require.resolve("@microsoft/app-manifest/package.json"));
/** Resolved from inside @microsoft/app-manifest, so it is the validator that package uses. */
const fromPackage = (/** @type {string} */ name) => require(require.resolve(name, { paths: [PACKAGE_DIR] }));

/** @type {Map<string, (json: unknown) => string[]>} */
const cache = new Map();

/**
 * @param {string} manifestVersion  e.g. "1.30" or "devPreview"
 * @param {"manifest" | "localization"} kind
 * @returns {{ url: string, validate: (json: unknown) => string[] }}
 */
function schemaFor(manifestVersion, kind) {
  const folder = manifestVersion === "devPreview" ? "vDevPreview" : `v${manifestVersion}`;
  const file = kind === "manifest" ? "MicrosoftTeams.schema.json" : "MicrosoftTeams.Localization.schema.json";
  const url = `https://developer.microsoft.com/json-schemas/teams/${folder}/${file}`;
  const key = `${folder}/${file}`;
  let validate = cache.get(key);
  if (!validate) {
    const schemaPath = path.join(PACKAGE_DIR, "build", "json-schemas", "teams", folder, file);
    /** @type {object} */
    let schema;
    try {
      schema = require(schemaPath);
    } catch {
      throw new Error(`no offline schema for manifestVersion "${manifestVersion}" (${key}) in @microsoft/app-manifest`);
    }
    const Ajv = fromPackage("ajv-draft-04");
    const addFormats = fromPackage("ajv-formats");
    const ajv = new (Ajv.default ?? Ajv)({ allErrors: true, strictTypes: false, unicodeRegExp: false });
    (addFormats.default ?? addFormats)(ajv, ["uri", "email", "regex"]);
    const compiled = ajv.compile(schema);
    validate = (json) =>
      compiled(json)
        ? []
        : (compiled.errors ?? []).map((/** @type {{ instancePath: string, message?: string, params?: unknown }} */ e) =>
            `${e.instancePath || "/"} ${e.message ?? ""} ${e.params ? JSON.stringify(e.params) : ""}`.trim(),
          );
    cache.set(key, validate);
  }
  return { url, validate };
}

module.exports = { schemaFor };
