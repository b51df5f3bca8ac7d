// @ts-check
/**
 * Dev → production URL swap for manifest.xml. The manifest is written against the development base
 * https://localhost:3000/; the build (webpack CopyWebpackPlugin transform) calls rewriteManifest with
 * process.env.ADDIN_BASE_URL to point every URL at the real host.
 */

const DEV_BASE_URL = "https://localhost:3000/";

/**
 * Checks an ADDIN_BASE_URL value and returns it normalised to end with "/".
 * Office only loads add-in pages over https, and the value ends up verbatim in every manifest URL,
 * so anything else (http:, javascript:, relative paths, user:password@, ?query, #fragment) is refused.
 * @param {unknown} value
 * @returns {string}
 */
function validateBaseUrl(value) {
  const shown = JSON.stringify(value);
  if (typeof value !== "string" || value.trim() === "") {
    throw new Error(`ADDIN_BASE_URL must be an absolute https:// URL such as https://addin.example.com/ (got ${shown}).`);
  }
  /** @type {URL} */
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(
      `ADDIN_BASE_URL must be an absolute https:// URL such as https://addin.example.com/; ${shown} is not (relative or malformed).`,
    );
  }
  if (url.protocol !== "https:" || !/^https:\/\//i.test(value.trim())) {
    throw new Error(`ADDIN_BASE_URL must start with https:// (Office loads add-in pages over https only); got ${shown}.`);
  }
  if (url.username !== "" || url.password !== "") {
    url.username = "";
    url.password = "";
    const redacted = url.href.replace("https://", "https://***@");
    throw new Error(`ADDIN_BASE_URL must not contain credentials (user:password@); got ${JSON.stringify(redacted)} (credentials hidden).`);
  }
  if (url.search !== "" || value.includes("?")) {
    throw new Error(`ADDIN_BASE_URL must not contain a query string (it would end up in the middle of every URL); got ${shown}.`);
  }
  if (url.hash !== "" || value.includes("#")) {
    throw new Error(`ADDIN_BASE_URL must not contain a fragment (#...); got ${shown}.`);
  }
  if (url.hostname === "") {
    throw new Error(`ADDIN_BASE_URL must name a host; got ${shown}.`);
  }
  const href = url.href; // WHATWG-normalised: lower-case host, default port dropped, IDN punycoded
  return href.endsWith("/") ? href : `${href}/`;
}

/**
 * Replaces every occurrence of the development base URL with baseUrl (validated and normalised).
 * Without a baseUrl (undefined) the manifest is returned unchanged, for local development; an empty or
 * otherwise invalid value throws, so a mis-set CI variable fails the build instead of shipping localhost.
 * @param {string} xml
 * @param {string | undefined} baseUrl
 * @returns {string}
 */
function rewriteManifest(xml, baseUrl) {
  if (baseUrl === undefined) return xml;
  const base = validateBaseUrl(baseUrl);
  return xml.split(DEV_BASE_URL).join(base);
}

module.exports = { DEV_BASE_URL, validateBaseUrl, rewriteManifest };
