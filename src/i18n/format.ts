/**
 * Lists and plurals through the browser's Intl formatters, so no sentence is glued together by hand
 * and each language gets its own "and" and plural rules. Used by the catalogues.
 */

/** "A, B and C" in the catalogue's language; falls back to commas where Intl.ListFormat is missing. */
export function listOf(locale: string, items: readonly string[], type: "conjunction" | "disjunction" = "conjunction"): string {
  const ListFormat = (Intl as { ListFormat?: new (l: string, o: object) => { format(items: readonly string[]): string } }).ListFormat;
  if (typeof ListFormat === "function") {
    try {
      return new ListFormat(locale, { style: "long", type }).format(items);
    } catch {
      // An unknown locale tag: fall through to the plain form.
    }
  }
  return items.join(", ");
}

/** The plural category of `count` in the catalogue's language ("one", "other", …). */
export function pluralOf(locale: string, count: number): Intl.LDMLPluralRule {
  try {
    return new Intl.PluralRules(locale).select(count);
  } catch {
    return count === 1 ? "one" : "other";
  }
}

/** A number written for people in the catalogue's language: 1,000,000 / 1.000.000 / 1 000 000. */
export function numberOf(locale: string, value: number): string {
  try {
    return new Intl.NumberFormat(locale).format(value);
  } catch {
    return String(value);
  }
}
