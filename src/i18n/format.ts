/**
 * Lists and numbers through the browser's Intl formatters, so no sentence is glued together by hand
 * and each language gets its own "and" and digit grouping. Used by the catalogues; no message needs a
 * plural form today (counts are shown as numbers), Intl.PluralRules is the tool when one does.
 */

/** "A, B and C" in the catalogue's language; falls back to commas where Intl.ListFormat is missing. */
export function listOf(locale: string, items: readonly string[]): string {
  const ListFormat = (Intl as { ListFormat?: new (l: string, o: object) => { format(items: readonly string[]): string } }).ListFormat;
  if (typeof ListFormat === "function") {
    try {
      return new ListFormat(locale, { style: "long", type: "conjunction" }).format(items);
    } catch {
      // An unknown locale tag: fall through to the plain form.
    }
  }
  return items.join(", ");
}

/** A number written for people in the catalogue's language: 1,000,000 / 1.000.000 / 1 000 000. */
export function numberOf(locale: string, value: number): string {
  try {
    return new Intl.NumberFormat(locale).format(value);
  } catch {
    return String(value);
  }
}

/**
 * A day written for people in the catalogue's language, with its year ("3 December 2026", "3 december
 * 2026", "3 décembre 2026", "1er décembre 2026", "3. Dezember 2026"), in the reader's own time zone:
 * evidence dates come from pasted text, so "9 December" must not hide which year it claims. A value
 * that is not a date shows as given, cut short.
 */
export function dateOf(locale: string, iso: string): string {
  const time = Date.parse(iso);
  if (!Number.isFinite(time)) return iso.slice(0, 30);
  try {
    return formatDay(locale, { day: "numeric", month: "long", year: "numeric" }, time);
  } catch {
    return new Date(time).toISOString().slice(0, 10);
  }
}

/**
 * Intl's date in the language's own form. French writes the first of the month as an ordinal, « le
 * 1er décembre » (Imprimerie nationale), which Intl never does: every other day stays a number.
 */
export function formatDay(locale: string, options: Intl.DateTimeFormatOptions, time: number): string {
  const parts = new Intl.DateTimeFormat(locale, options).formatToParts(time);
  const french = locale.toLowerCase().startsWith("fr");
  return parts.map((part) => (french && part.type === "day" && part.value === "1" ? "1er" : part.value)).join("");
}
