/** Each language's words are a chunk of their own: the page downloads only the one it shows. */
import type { Language } from "../../i18n/language";
import type { AuditText } from "./types";

export type AuditLanguage = Exclude<Language, "pseudo">;

export function loadAuditText(language: AuditLanguage): Promise<AuditText> {
  switch (language) {
    case "fr":
      return import(/* webpackChunkName: "audit-i18n-fr" */ "./fr").then((m) => m.frAudit);
    case "nl":
      return import(/* webpackChunkName: "audit-i18n-nl" */ "./nl").then((m) => m.nlAudit);
    case "de":
      return import(/* webpackChunkName: "audit-i18n-de" */ "./de").then((m) => m.deAudit);
    case "en":
      return import(/* webpackChunkName: "audit-i18n-en" */ "./en").then((m) => m.enAudit);
  }
}
