/**
 * Which catalogue the pane shows. Outlook gives Office.context.displayLanguage as an RFC 1766 tag
 * ("nl-BE", "fr-FR"); a regional tag falls back to its language and anything unknown to English.
 * "qps-ploc" (Windows' pseudo-locale tag) selects the pseudo-locale that tests use to find English
 * left on screen.
 */
import { LANGUAGES, type Language } from "../kernel/languages";

export { LANGUAGES, type Language, type UiLanguage } from "../kernel/languages";

export function languageOf(tag: unknown): Language {
  if (typeof tag !== "string") return "en";
  const lower = tag.trim().toLowerCase();
  if (lower === "qps-ploc" || lower === "pseudo") return "pseudo";
  const base = lower.split(/[-_]/)[0] ?? "";
  return (LANGUAGES as readonly string[]).includes(base) ? (base as Language) : "en";
}

/** The browser's own language, the best guess before Office.js is ready. */
export function browserLanguage(): string | undefined {
  return typeof navigator === "undefined" ? undefined : (navigator.languages?.[0] ?? navigator.language);
}
