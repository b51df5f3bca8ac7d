/**
 * The rules that merge Exchange's and Graph's answers into the checks, and Exchange's words in the
 * pane's language: two chunks fetched together, only when there is such an answer for the pair (a
 * remembered or pasted Exchange answer, or Graph's). Most panes have none and never download them.
 */
import type { EvidenceRules } from "../diagnosis/checks/evidenceRules";
import type { Language } from "../i18n/language";
import { loadExchangeText } from "../i18n/load";
import type { ExchangeMessages } from "../i18n/messages";
import type { outsideSentence } from "../i18n/outsideWords";

export interface EvidenceKit {
  readonly rules: EvidenceRules;
  readonly words: ExchangeMessages;
  /** How the checks say Exchange's and Graph's reasons: in the same chunk as the rules that give them. */
  readonly say: typeof outsideSentence;
}

export function loadEvidenceKit(language: Language): Promise<EvidenceKit> {
  return Promise.all([
    import(/* webpackChunkName: "evidence" */ "../diagnosis/checks/evidenceRules"),
    import(/* webpackChunkName: "evidence" */ "../i18n/outsideWords"),
    loadExchangeText(language),
  ]).then(([{ evidenceRules }, { outsideSentence }, words]) => ({ rules: evidenceRules, words, say: outsideSentence }));
}
