/**
 * Loads only the active language's catalogue: each is its own chunk, so a Dutch assistant downloads
 * Dutch and nothing else. English is a chunk too, not a fallback bundled with everyone's pane.
 * Each language comes in two chunks: the first screen waits for the first one only, the details one
 * is fetched once the answer is on screen (see ./messages.ts).
 */
import type { Language } from "./language";
import type { DetailsMessages, FirstScreenMessages } from "./messages";

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
