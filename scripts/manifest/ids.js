// @ts-check
/**
 * The add-in Id of each manifest the build writes. manifest.xml keeps the Id in the source; the
 * taskpane-only manifest and the app package get their own, derived from it, because the Microsoft 365
 * admin center and Exchange key an add-in by its Id: two custom apps with one Id cannot sit side by
 * side (the second upload is treated as an update of the first), and Microsoft asks for a different
 * GUID in a unified manifest kept beside an add-in only manifest (README, "One Id per manifest").
 *
 * Derived, not random: a name-based UUID (RFC 9562 version 5, SHA-1) of the source Id and the file
 * name, so every build writes the same Id and an update in the admin center stays an update.
 */
const { createHash } = require("node:crypto");

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * @param {string} sourceId  the GUID in manifest.xml's <Id>
 * @param {string} name      what the Id is for, e.g. "manifest-taskpane.xml"
 * @returns {string} a lower-case GUID
 */
function derivedId(sourceId, name) {
  if (!GUID.test(sourceId)) throw new Error(`manifest.xml <Id> must be a GUID to derive the other manifests' Ids from, got "${sourceId}"`);
  const namespace = Buffer.from(sourceId.replace(/-/g, ""), "hex");
  const hash = createHash("sha1").update(namespace).update(name, "utf8").digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50; // version 5
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80; // RFC 9562 variant
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The file each Id belongs to. */
const ID_NAMES = /** @type {const} */ ({ taskpane: "manifest-taskpane.xml", unified: "manifest.json" });

module.exports = { derivedId, ID_NAMES, GUID };
