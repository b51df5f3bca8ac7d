/**
 * The languages the add-in speaks: the one list every per-language table is keyed by. Each table is
 * typed Record<UiLanguage, …> (or satisfies it), so adding a code here without its tables is a compile
 * error, and test/i18n/languageTables.test.ts checks that each table has exactly these keys at run time.
 * docs/languages.md lists the steps.
 */
export const LANGUAGES = ["en", "nl", "fr", "de"] as const;

export type UiLanguage = (typeof LANGUAGES)[number];

/** What the pane may show: a real language, or the pseudo-locale tests use to find English left on screen. */
export type Language = UiLanguage | "pseudo";

/**
 * What people and tools see of each language: its name in itself (the help page's and the
 * playground's language menus), and the regional tag the playground, the screenshots and the
 * browser tests open the pane with. Not in the pane's bundle: nothing there reads it.
 */
export const LANGUAGE_DETAILS = {
  en: { nativeName: "English", sampleLocale: "en-US" },
  nl: { nativeName: "Nederlands", sampleLocale: "nl-BE" },
  fr: { nativeName: "Français", sampleLocale: "fr-BE" },
  de: { nativeName: "Deutsch", sampleLocale: "de-DE" },
} as const satisfies Record<UiLanguage, { readonly nativeName: string; readonly sampleLocale: string }>;
