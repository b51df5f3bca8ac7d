import { formatDay } from "./format";

/**
 * A day with its time of day, 24-hour, in the catalogue's language ("3 December at 09:15",
 * "3. Dezember um 09:15"), for the details part only: kept out of ./format.ts, which the first
 * screen's catalogue carries. A value that is not a date shows as given, cut short.
 */
export function dateTimeOf(locale: string, iso: string): string {
  const time = Date.parse(iso);
  if (!Number.isFinite(time)) return iso.slice(0, 30);
  try {
    const format = { day: "numeric", month: "long", hour: "2-digit", minute: "2-digit", hourCycle: "h23" } as const;
    return formatDay(locale, format, time);
  } catch {
    return new Date(time).toISOString().slice(0, 16).replace("T", " ");
  }
}
