/**
 * The one rule every link we write or accept must pass. Shared by configuration (to name what is
 * wrong), providers (to refuse building) and block rendering (to re-check what it is handed), so the
 * three can never disagree about what "safe" means.
 */

export const MAX_URL_CHARS = 2048;

export type HttpsUrlCheck = { readonly ok: true; readonly url: URL } | { readonly ok: false; readonly reason: string };

/**
 * Accepts only an absolute https: address with a host and no user name or password.
 *
 * Checked on the raw text before the WHATWG parser sees it, because the parser silently repairs what
 * an admin or attacker wrote: it drops tabs and newlines, reads "\" as "/", and turns "https:///x"
 * into host "x". A link that only works after repair is not the link anyone reviewed.
 */
export function checkHttpsUrl(text: string): HttpsUrlCheck {
  if (text.length > MAX_URL_CHARS) return fail(`is longer than ${MAX_URL_CHARS} characters`);
  if (!/^https:\/\//i.test(text)) return fail("must start with https://");
  if (/[\s\p{Cc}\p{Cf}]/u.test(text)) return fail("must not contain spaces, line breaks or invisible characters");
  if (text.includes("\\")) return fail("must not contain backslashes");
  const authority = authorityOf(text);
  if (authority === "") return fail("must name a server after https://");
  // Even an empty "@" is refused: text before it reads like a host to people and is not one.
  if (authority.includes("@")) return fail("must not contain a user name or password");
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return fail("is not a valid web address");
  }
  // Repeated defensively: the prefix test above is the rule; these confirm the parser agrees.
  if (url.protocol !== "https:") return fail("must start with https://");
  if (url.username !== "" || url.password !== "") return fail("must not contain a user name or password");
  if (url.hostname === "") return fail("must name a server after https://");
  return { ok: true, url };
}

/** The text between "https://" and the first "/", "?" or "#": what decides where the link goes. */
export function authorityOf(httpsText: string): string {
  const rest = httpsText.slice("https://".length);
  const end = rest.search(/[/?#]/);
  return end === -1 ? rest : rest.slice(0, end);
}

function fail(reason: string): HttpsUrlCheck {
  return { ok: false, reason };
}
