/**
 * Loads only the active language's catalogue: each is its own chunk, so a Dutch assistant downloads
 * Dutch and nothing else. English is a chunk too, not a fallback bundled with everyone's pane.
 * Each language comes in three chunks: the first screen waits for the first one only, the details one
 * is fetched once the answer is on screen, the Exchange one only when there is an Exchange answer for
 * the pair (see ./messages.ts).
 */
import type { Language } from "./language";
import type { DetailsMessages, ExchangeMessages, FirstScreenMessages } from "./messages";

export function loadFirstScreenText(language: Language): Promise<FirstScreenMessages> {
  switch (language) {
    case "nl":
      return import(/* webpackChunkName: "i18n-nl" */ "./nl/firstScreen").then((m) => m.nlFirstScreen);
    case "fr":
      return import(/* webpackChunkName: "i18n-fr" */ "./fr/firstScreen").then((m) => m.frFirstScreen);
    case "de":
      return import(/* webpackChunkName: "i18n-de" */ "./de/firstScreen").then((m) => m.deFirstScreen);
    case "pseudo":
      return import(/* webpackChunkName: "i18n-pseudo" */ "./pseudo/firstScreen").then((m) => m.pseudoFirstScreen);
    case "en":
      return import(/* webpackChunkName: "i18n-en" */ "./en/firstScreen").then((m) => m.enFirstScreen);
  }
}

export function loadDetailsText(language: Language): Promise<DetailsMessages> {
  switch (language) {
    case "nl":
      return import(/* webpackChunkName: "i18n-nl-details" */ "./nl/details").then((m) => m.nlDetails);
    case "fr":
      return import(/* webpackChunkName: "i18n-fr-details" */ "./fr/details").then((m) => m.frDetails);
    case "de":
      return import(/* webpackChunkName: "i18n-de-details" */ "./de/details").then((m) => m.deDetails);
    case "pseudo":
      return import(/* webpackChunkName: "i18n-pseudo-details" */ "./pseudo/details").then((m) => m.pseudoDetails);
    case "en":
      return import(/* webpackChunkName: "i18n-en-details" */ "./en/details").then((m) => m.enDetails);
  }
}

export function loadExchangeText(language: Language): Promise<ExchangeMessages> {
  switch (language) {
    case "nl":
      return import(/* webpackChunkName: "i18n-nl-exchange" */ "./nl/exchange").then((m) => m.nlExchange);
    case "fr":
      return import(/* webpackChunkName: "i18n-fr-exchange" */ "./fr/exchange").then((m) => m.frExchange);
    case "de":
      return import(/* webpackChunkName: "i18n-de-exchange" */ "./de/exchange").then((m) => m.deExchange);
    case "pseudo":
      return import(/* webpackChunkName: "i18n-pseudo-exchange" */ "./pseudo/exchange").then((m) => m.pseudoExchange);
    case "en":
      return import(/* webpackChunkName: "i18n-en-exchange" */ "./en/exchange").then((m) => m.enExchange);
  }
}
