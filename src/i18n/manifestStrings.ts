/**
 * What Outlook shows before the pane opens (the add-in's name in lists, its description, the ribbon
 * button and its tooltip), per language. manifest.xml carries these as <Override Locale> values;
 * test/manifest/locales.test.ts keeps the two identical. Not bundled: the pane never reads it.
 *
 * The locales are the ones the issue asked for plus their neighbours with the same wording
 * (Austrian and Swiss German, Canadian and Swiss French): Office matches overrides on the full tag.
 */
import type { UiLanguage } from "../kernel/languages";

export interface ManifestStrings {
  /** DisplayName, Group.Label and TaskpaneButton.Label; the manifest schema allows 125 characters. */
  readonly name: string;
  /** Description; 250 characters at most. */
  readonly description: string;
  /** TaskpaneButton.Tooltip; 250 characters at most. */
  readonly tooltip: string;
}

export const MANIFEST_STRINGS: Readonly<Record<UiLanguage, ManifestStrings>> = {
  en: {
    name: "Schedule on behalf",
    description:
      "Checks the calendar, send-on-behalf and online-meeting permissions a delegate needs to schedule in someone else's calendar, and adds the owner's meeting link safely.",
    tooltip: "Check that you can schedule this meeting for the calendar's owner, and add their online-meeting link.",
  },
  nl: {
    name: "Namens iemand anders plannen",
    description:
      "Controleert de agenda-, verzend- en onlinevergaderrechten die een gemachtigde nodig heeft om in de agenda van iemand anders te plannen, en voegt de vergaderlink van de eigenaar veilig toe.",
    tooltip:
      "Controleer of u deze vergadering kunt plannen voor de eigenaar van de agenda, en voeg de link naar de onlinevergadering van de eigenaar toe.",
  },
  fr: {
    name: "Planifier de la part d’autrui",
    description:
      "Vérifie les autorisations de calendrier, d’envoi de la part d’autrui et de réunion en ligne dont un délégué a besoin pour planifier dans le calendrier d’une autre personne, et ajoute sans risque le lien de réunion de la personne propriétaire.",
    tooltip:
      "Vérifiez que vous pouvez planifier cette réunion pour la personne propriétaire du calendrier, et ajoutez son lien de réunion en ligne.",
  },
  de: {
    name: "Im Auftrag planen",
    description:
      "Prüft die Rechte für Kalender, Senden im Auftrag und Onlinebesprechungen, die eine Stellvertretung zum Planen im Kalender einer anderen Person braucht, und fügt den Besprechungslink des Kalenderbesitzers sicher ein.",
    tooltip:
      "Prüft, ob Sie diese Besprechung im Auftrag des Kalenderbesitzers planen können, und fügt dessen Link zur Onlinebesprechung ein.",
  },
};

export const MANIFEST_LOCALES: Readonly<Record<Exclude<UiLanguage, "en">, readonly string[]>> = {
  nl: ["nl-NL", "nl-BE"],
  fr: ["fr-FR", "fr-BE", "fr-CA", "fr-CH"],
  de: ["de-DE", "de-AT", "de-CH"],
};

/**
 * The app package (manifest.json, description.short) needs a description of at most 80 characters
 * where the XML manifests take the full one; the full description above stays description.full.
 * Kept apart from MANIFEST_STRINGS because only the package shows it. The build reads this file
 * (scripts/manifest/unified.js), so it stays plain data.
 */
export const MANIFEST_SUMMARIES: Readonly<Record<UiLanguage, string>> = {
  en: "Checks delegate permissions and adds the owner's meeting link safely.",
  nl: "Controleert de rechten van een gemachtigde en voegt de vergaderlink veilig toe.",
  fr: "Vérifie les autorisations du délégué et ajoute le lien de réunion sans risque.",
  de: "Prüft die Rechte der Stellvertretung und fügt den Besprechungslink sicher ein.",
};
