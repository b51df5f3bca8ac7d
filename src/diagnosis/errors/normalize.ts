/**
 * Folds a pasted error message into one canonical form, so the knowledge base can describe each
 * message once instead of once per client, font, mail program and copy-paste accident.
 *
 * What people paste differs from what Microsoft wrote in ways that carry no meaning: curly or
 * straight quotes, "can't" or "cannot", line breaks where a dialog wrapped, HTML from a bounce
 * viewed as source, "> " from a forwarded reply, invisible characters from rich-text editors,
 * full-width letters from East Asian keyboards. All of that is removed here; nothing else is.
 *
 * Every step is a single pass of a simple expression, so the whole function stays linear in the
 * input length.
 */

/** Soft line breaks of quoted-printable mail ("…on be=\nhalf of…"): pasted raw bounces contain them. */
const QP_SOFT_BREAK = /=\r?\n/g;

/** Escapes left when an error is copied out of JSON or a log: \" \' \/ \\ and \n \r \t. */
const JSON_QUOTE_ESCAPE = /\\(["'/\\])/g;
const JSON_SPACE_ESCAPE = /\\[nrt]/g;

/** "> " or ">> " at the start of a line: a message forwarded or replied to. */
const REPLY_PREFIX = /^[ \t]*(?:>[ \t]?)+/gm;

/**
 * An HTML tag. The name must start right after "<" and be followed by whitespace, "/" or ">", so
 * the addresses bounces print as <alex@contoso.com> are kept, and "a < b" is left alone.
 */
const HTML_TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/gi;

const HTML_ENTITY = /&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi;

/** The entities mail programs actually emit around error text; anything else is left as written. */
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  ensp: " ",
  emsp: " ",
  thinsp: " ",
  lsquo: "\u2018",
  rsquo: "\u2019",
  sbquo: "\u201A",
  ldquo: "\u201C",
  rdquo: "\u201D",
  bdquo: "\u201E",
  laquo: "\u00AB",
  raquo: "\u00BB",
  ndash: "\u2013",
  mdash: "\u2014",
  hellip: "\u2026",
  shy: "\u00AD",
  zwsp: "\u200B",
};

/** Soft hyphen, zero-width and bidirectional controls: invisible, but they split words apart. */
const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g;

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u2035\u02B9\u02BC\u0060\u00B4]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u2036\u00AB\u00BB\u301D\u301E\u301F]/g;
const DASHES = /[\u2010-\u2015\u2212\u2E3A\u2E3B\uFE58\uFE63\uFF0D]/g;

const WHITESPACE = /\s+/g;

/**
 * Normalised form of a pasted message: HTML, JSON-escape and reply noise removed, Unicode NFKC, invisible
 * characters dropped, quotes and dashes made ASCII, lower case, English contractions spelled out
 * ("can't", "cannot" → "can not"; "don't" → "do not"), and all whitespace collapsed to single
 * spaces. Patterns in the knowledge base are written against this form.
 */
export function normalizeErrorText(text: string): string {
  let s = text.replace(QP_SOFT_BREAK, "");
  s = s.replace(JSON_SPACE_ESCAPE, " ").replace(JSON_QUOTE_ESCAPE, "$1");
  s = s.replace(REPLY_PREFIX, "");
  // Tags become a space: "<br>" and "</td><td>" separate words just as a line break would.
  s = s.replace(HTML_TAG, " ");
  s = s.replace(HTML_ENTITY, decodeEntity);
  s = s.normalize("NFKC");
  s = s.replace(INVISIBLE, "");
  s = s.replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"').replace(DASHES, "-");
  s = s.toLowerCase();
  s = expandContractions(s);
  return s.replace(WHITESPACE, " ").trim();
}

function decodeEntity(match: string, body: string): string {
  if (body.startsWith("#")) {
    const hex = body[1] === "x" || body[1] === "X";
    const codePoint = Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
    const valid = Number.isInteger(codePoint) && codePoint > 0 && codePoint <= 0x10ffff && !(codePoint >= 0xd800 && codePoint <= 0xdfff);
    return valid ? String.fromCodePoint(codePoint) : match;
  }
  return NAMED_ENTITIES[body.toLowerCase()] ?? match;
}

/**
 * Microsoft's own wording varies between versions ("don't" in one, "do not" in the next), so one
 * spelling is chosen. Runs after quotes are straightened and text is lower-cased.
 */
function expandContractions(s: string): string {
  return (
    s
      .replace(/\bcan't\b/g, "can not")
      .replace(/\bcannot\b/g, "can not")
      .replace(/\bwon't\b/g, "will not")
      .replace(/n't\b/g, " not")
      // Retyped or pasted from a phone, the apostrophe is often gone: "dont", "couldnt". "cant" and
      // "wont" are left alone because they are words of their own.
      .replace(/\b(do|does|did|could|would|should|is|are|was|were|has|have|had)nt\b/g, "$1 not")
  );
}
