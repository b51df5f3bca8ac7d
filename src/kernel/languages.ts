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

/** Each language's name in itself: the language menus of the playground, support page and screenshots. */
export const NATIVE_NAMES = {
  en: "English",
  nl: "Nederlands",
  fr: "Français",
  de: "Deutsch",
} as const satisfies Record<UiLanguage, string>;
