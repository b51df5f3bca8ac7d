import { LANGUAGES, languageOf } from "../../i18n/language";
import type { AuditLanguage } from "../i18n/load";

/** Each language named in itself, for the switch. */
export const LANGUAGE_NAMES: Readonly<Record<AuditLanguage, string>> = { en: "English", fr: "Français", nl: "Nederlands", de: "Deutsch" };

/** The first of the browser's languages the page speaks; English otherwise. */
export function preferredLanguage(languages: readonly string[] | undefined): AuditLanguage {
  for (const tag of languages ?? []) {
    const base = tag.trim().toLowerCase().split(/[-_]/)[0] ?? "";
    if ((LANGUAGES as readonly string[]).includes(base)) return languageOf(base) as AuditLanguage;
  }
  return "en";
}

export type ThemeChoice = "auto" | "light" | "dark";

export function isDark(choice: ThemeChoice, systemDark: boolean): boolean {
  return choice === "dark" || (choice === "auto" && systemDark);
}
