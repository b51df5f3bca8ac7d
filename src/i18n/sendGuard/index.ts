/**
 * The send-time check's message in the user's display language. All four languages ship in the
 * check's own small bundle: classic Outlook's event runtime cannot load chunks, and the message is
 * a few hundred characters per language. The pseudo-locale brackets the English one, as the pane's does.
 */
import { languageOf, type UiLanguage } from "../language";
import { sendGuardDe } from "./de";
import { sendGuardEn, type SendGuardMessages } from "./en";
import { sendGuardFr } from "./fr";
import { sendGuardNl } from "./nl";
import { pseudoOf } from "../pseudo/text";

export const SEND_GUARD_MESSAGES: Readonly<Record<UiLanguage, SendGuardMessages>> = {
  en: sendGuardEn,
  nl: sendGuardNl,
  fr: sendGuardFr,
  de: sendGuardDe,
};

export function sendGuardMessages(displayLanguage: unknown): SendGuardMessages {
  const language = languageOf(displayLanguage);
  return language === "pseudo" ? pseudoOf(sendGuardEn) : SEND_GUARD_MESSAGES[language];
}
