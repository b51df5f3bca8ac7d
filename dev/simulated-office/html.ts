/**
 * Body conversions between the two coercion types.
 *
 * Real Outlook normalises HTML (it re-serialises the document, adds its own styles and wrappers).
 * The "faithful" client profile does NOT: it stores an HTML string exactly as the add-in gave it, so
 * tests can compare bodies byte for byte; the other profiles rewrite it (rewrite.ts). Cross-type
 * reads and writes convert, as below.
 */

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITY_FOR[c] ?? c);
}

const ENTITY_FOR: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Plain text as the HTML fragment Outlook would make of it (escaped, line breaks kept). */
export function textToHtmlFragment(text: string): string {
  return escapeHtml(text).replace(/\r\n|\r|\n/g, "<br>");
}

/** body.getAsync("html") on a text body: the text escaped inside a minimal document. */
export function textToHtmlDocument(text: string): string {
  return `<html><head><meta charset="utf-8"></head><body><div>${textToHtmlFragment(text)}</div></body></html>`;
}

/** body.getAsync("text") on an HTML body: a readable rendering (no tags, entities decoded, blocks on their own lines). */
export function htmlToText(html: string): string {
  // Word HTML (classic Outlook) ends its lines with CRLF: a line end, whatever its form.
  const withoutInvisible = html
    .replace(/\r\n?/g, "\n")
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<(script|style|head|title)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, "");
  const withBreaks = withoutInvisible
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/(td|th)\s*>/gi, "\t")
    .replace(/<\/(p|div|tr|li|h[1-6]|table|blockquote|pre|ul|ol)\s*>/gi, "\n")
    .replace(/<(p|div|table|h[1-6]|ul|ol|blockquote)\b[^>]*>/gi, "\n")
    .replace(/<li\b[^>]*>/gi, "\n• ");
  const text = decodeEntities(withBreaks.replace(/<[^>]*>/g, ""));
  return text
    .replace(/[ \t\f\v]*\t[ \t\f\v]*/g, "\t")
    .replace(/[ \f\v]+/g, " ")
    .replace(/\t+\n/g, "\n")
    .replace(/ *\n */g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

const NAMED: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
  copy: "©",
  reg: "®",
  trade: "™",
  euro: "€",
  pound: "£",
  hellip: "…",
  mdash: "—",
  ndash: "–",
  lsquo: "‘",
  rsquo: "’",
  ldquo: "“",
  rdquo: "”",
  bull: "•",
  middot: "·",
  eacute: "é",
  egrave: "è",
  agrave: "à",
  uuml: "ü",
  ouml: "ö",
  auml: "ä",
  szlig: "ß",
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (whole, entity: string) => {
    if (entity[0] === "#") {
      const hex = entity[1] === "x" || entity[1] === "X";
      const code = Number.parseInt(entity.slice(hex ? 2 : 1), hex ? 16 : 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[entity.toLowerCase()] ?? whole;
  });
}

/**
 * Where Outlook puts prepended or "selected" content in an HTML body: just inside <body> when the
 * string is a full document, else at the very start.
 */
export function insertAtStartOfHtml(body: string, fragment: string): string {
  const open = /<body\b[^>]*>/i.exec(body);
  if (!open) return fragment + body;
  const at = open.index + open[0].length;
  return body.slice(0, at) + fragment + body.slice(at);
}
