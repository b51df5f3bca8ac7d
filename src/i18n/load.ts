/**
 * Loads only the active language's catalogue: each is its own chunk, so a Dutch assistant downloads
 * Dutch and nothing else. English is a chunk too, not a fallback bundled with everyone's pane.
 */
import type { Language } from "./language";
import type { Messages } from "./messages";

export function loadCatalogue(language: Language): Promise<Messages> {
  switch (language) {
    case "nl":
      return import(/* webpackChunkName: "i18n-nl" */ "./nl").then((m) => m.nl);
    case "fr":
      return import(/* webpackChunkName: "i18n-fr" */ "./fr").then((m) => m.fr);
    case "de":
      return import(/* webpackChunkName: "i18n-de" */ "./de").then((m) => m.de);
    case "pseudo":
      return import(/* webpackChunkName: "i18n-pseudo" */ "./pseudo").then((m) => m.pseudo);
    case "en":
      return import(/* webpackChunkName: "i18n-en" */ "./en").then((m) => m.en);
  }
}
