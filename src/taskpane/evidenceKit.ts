/**
 * The rules that merge Exchange's and Graph's answers into the checks, and Exchange's words in the
 * pane's language: two chunks fetched together, only when there is such an answer for the pair (a
 * remembered or pasted Exchange answer, or Graph's). Most panes have none and never download them.
 */
import type { EvidenceRules } from "../diagnosis/checks/evidenceRules";
import type { Language } from "../i18n/language";
import { loadExchangeText } from "../i18n/load";
import type { ExchangeMessages } from "../i18n/messages";

export interface EvidenceKit {
  readonly rules: EvidenceRules;
  readonly words: ExchangeMessages;
}

export function loadEvidenceKit(language: Language): Promise<EvidenceKit> {
  return Promise.all([import(/* webpackChunkName: "evidence" */ "../diagnosis/checks/evidenceRules"), loadExchangeText(language)]).then(
    ([{ evidenceRules }, words]) => ({ rules: evidenceRules, words }),
  );
}
