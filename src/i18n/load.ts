/**
 * Loads only the active language's catalogue: each is its own chunk, so a Dutch assistant downloads
 * Dutch and nothing else. English is a chunk too, not a fallback bundled with everyone's pane.
 * Each language comes in three chunks: the first screen waits for the first one only, the details one
 * is fetched once the answer is on screen, the Exchange one only when there is an Exchange answer for
 * the pair (see ./messages.ts).
 *
 * One row per language (src/kernel/languages.ts lists them): a language without its row does not
 * compile. Each import() is written out because webpack names a chunk from the comment beside it, and
 * bench, docs and the CSP tests know these names (i18n-<code>, i18n-<code>-details, i18n-<code>-exchange).
 */
import type { Language } from "./language";
import type { DetailsMessages, ExchangeMessages, FirstScreenMessages } from "./messages";

export interface CatalogueLoaders {
  readonly firstScreen: () => Promise<FirstScreenMessages>;
  readonly details: () => Promise<DetailsMessages>;
  readonly exchange: () => Promise<ExchangeMessages>;
}

export const CATALOGUE_LOADERS: Readonly<Record<Language, CatalogueLoaders>> = {
  en: {
    firstScreen: () => import(/* webpackChunkName: "i18n-en" */ "./en/firstScreen").then((m) => m.enFirstScreen),
    details: () => import(/* webpackChunkName: "i18n-en-details" */ "./en/details").then((m) => m.enDetails),
    exchange: () => import(/* webpackChunkName: "i18n-en-exchange" */ "./en/exchange").then((m) => m.enExchange),
  },
  nl: {
    firstScreen: () => import(/* webpackChunkName: "i18n-nl" */ "./nl/firstScreen").then((m) => m.nlFirstScreen),
    details: () => import(/* webpackChunkName: "i18n-nl-details" */ "./nl/details").then((m) => m.nlDetails),
    exchange: () => import(/* webpackChunkName: "i18n-nl-exchange" */ "./nl/exchange").then((m) => m.nlExchange),
  },
  fr: {
    firstScreen: () => import(/* webpackChunkName: "i18n-fr" */ "./fr/firstScreen").then((m) => m.frFirstScreen),
    details: () => import(/* webpackChunkName: "i18n-fr-details" */ "./fr/details").then((m) => m.frDetails),
    exchange: () => import(/* webpackChunkName: "i18n-fr-exchange" */ "./fr/exchange").then((m) => m.frExchange),
  },
  de: {
    firstScreen: () => import(/* webpackChunkName: "i18n-de" */ "./de/firstScreen").then((m) => m.deFirstScreen),
    details: () => import(/* webpackChunkName: "i18n-de-details" */ "./de/details").then((m) => m.deDetails),
    exchange: () => import(/* webpackChunkName: "i18n-de-exchange" */ "./de/exchange").then((m) => m.deExchange),
  },
  pseudo: {
    firstScreen: () => import(/* webpackChunkName: "i18n-pseudo" */ "./pseudo/firstScreen").then((m) => m.pseudoFirstScreen),
    details: () => import(/* webpackChunkName: "i18n-pseudo-details" */ "./pseudo/details").then((m) => m.pseudoDetails),
    exchange: () => import(/* webpackChunkName: "i18n-pseudo-exchange" */ "./pseudo/exchange").then((m) => m.pseudoExchange),
  },
};

export function loadFirstScreenText(language: Language): Promise<FirstScreenMessages> {
  return CATALOGUE_LOADERS[language].firstScreen();
}

export function loadDetailsText(language: Language): Promise<DetailsMessages> {
  return CATALOGUE_LOADERS[language].details();
}

export function loadExchangeText(language: Language): Promise<ExchangeMessages> {
  return CATALOGUE_LOADERS[language].exchange();
}
