/**
 * The help-desk text: one string for everyone, or one per language the pane speaks
 * ({ "en": "IT help desk, …", "nl": "IT-helpdesk, …" }). Each text follows the same rule as the plain
 * string; a wrong entry is named and dropped, the others still apply.
 */
import { LANGUAGES } from "../kernel/languages";
import { describe, field, isJsonObject, path, reportUnknownKeys, textProblem, type JsonObject, type Problems } from "./fields";
import type { HelpdeskLanguage, OrgConfig } from "./types";

export const HELPDESK_MAX_LENGTH = 300;

export interface HelpdeskSetting {
  /** The text for a language with none of its own: English's, else the first given. */
  readonly helpdesk?: string;
  readonly helpdeskByLanguage?: Readonly<Partial<Record<HelpdeskLanguage, string>>>;
}

export function readHelpdesk(raw: JsonObject, problems: Problems): HelpdeskSetting {
  const value = field(raw, "helpdesk");
  if (value === undefined) return {};
  if (!isJsonObject(value)) {
    const reason = typeof value === "string" ? textProblem(value, { maxLength: HELPDESK_MAX_LENGTH }) : undefined;
    if (typeof value === "string" && !reason) return { helpdesk: value.trim() };
    problems.push({
      field: "helpdesk",
      reason: reason ?? `must be text in quotes, or one text per language ({ "en": "…", "nl": "…" }), not ${describe(value)}`,
    });
    return {};
  }
  reportUnknownKeys(value, LANGUAGES, "helpdesk", problems);
  const byLanguage: Partial<Record<HelpdeskLanguage, string>> = {};
  for (const language of LANGUAGES) {
    const text = field(value, language);
    if (text === undefined) continue;
    const reason = textProblem(text, { maxLength: HELPDESK_MAX_LENGTH });
    if (reason) problems.push({ field: path("helpdesk", language), reason });
    else byLanguage[language] = (text as string).trim();
  }
  const fallback = byLanguage.en ?? LANGUAGES.map((language) => byLanguage[language]).find(Boolean);
  if (fallback === undefined) {
    problems.push({ field: "helpdesk", reason: "gives no usable text for any language (en, nl, fr, de); no help desk is shown" });
    return {};
  }
  return { helpdesk: fallback, helpdeskByLanguage: byLanguage };
}

/** The help-desk text for the pane's language ("pseudo" reads English's). */
export function helpdeskFor(config: Pick<OrgConfig, "helpdesk" | "helpdeskByLanguage"> | undefined, language: string): string | undefined {
  const own = (LANGUAGES as readonly string[]).includes(language) ? config?.helpdeskByLanguage?.[language as HelpdeskLanguage] : undefined;
  return own ?? config?.helpdesk;
}
