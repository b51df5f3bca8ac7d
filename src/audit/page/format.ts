/** Numbers and dates in the page's language (French groups thousands with U+202F, German with a dot). */
export interface Format {
  readonly number: (n: number) => string;
  /** An ISO 8601 instant from the file, in UTC; the text itself when it is not one. */
  readonly date: (iso: string) => string;
}

export function formatFor(language: string): Format {
  const numbers = new Intl.NumberFormat(language);
  const dates = new Intl.DateTimeFormat(language, { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });
  return {
    number: (n) => numbers.format(n),
    date: (iso) => {
      const time = Date.parse(iso);
      return Number.isFinite(time) ? `${dates.format(time)} UTC` : iso;
    },
  };
}
