/**
 * The few words the pane shows before Outlook has said which language it speaks: the frame's
 * "Reading Outlook…", and what to do when the page is opened outside Outlook. Chosen by the
 * browser's language (or Outlook's, once known); everything after comes from the catalogues. Only
 * frame.js bundles this table; it publishes bootText for taskpane.js (./bootShared.ts), so the first
 * bytes every user loads carry it once.
 */
import { BOOT_TEXT_GLOBAL, EN_BOOT, type BootText } from "./bootEn";
import { languageOf, type UiLanguage } from "./language";

export type { BootText } from "./bootEn";

export const BOOT_TEXTS: Readonly<Record<UiLanguage, BootText>> = {
  en: EN_BOOT,
  nl: {
    reading: "Outlook wordt gelezen…",
    notInOutlook:
      "Namens iemand anders plannen werkt in Outlook. Open een vergadering in Outlook (een nieuwe, of een die u organiseert) en kies Namens iemand anders plannen op het lint.",
    officeMissing:
      "De invoegtoepassingsbibliotheek van Outlook is niet geladen, dus dit venster kan de vergadering niet lezen. Open het vanuit een vergadering in Outlook, of vraag IT na te gaan of appsforoffice.microsoft.com bereikbaar is.",
    filesMissing:
      "Een deel van deze invoegtoepassing is niet geladen. Sluit het venster en open het opnieuw; gebeurt het vaker, meld het dan aan IT.",
    crashTitle: "Er ging iets mis in dit venster",
    crashBody:
      "Er is niets aan uw vergadering gewijzigd. Sluit het venster en open het opnieuw; gebeurt het nog eens, stuur dan de gegevens hieronder naar IT.",
  },
  fr: {
    reading: "Lecture d’Outlook…",
    notInOutlook:
      "« Planifier de la part d’autrui » fonctionne dans Outlook. Ouvrez une réunion dans Outlook (une nouvelle, ou une que vous organisez) et choisissez « Planifier de la part d’autrui » dans son ruban.",
    officeMissing:
      "La bibliothèque des compléments d’Outlook ne s’est pas chargée : ce volet ne peut pas lire la réunion. Ouvrez-le depuis une réunion dans Outlook, ou demandez à l’informatique de vérifier qu’appsforoffice.microsoft.com est accessible.",
    filesMissing:
      "Une partie de ce complément ne s’est pas chargée. Fermez le volet et rouvrez-le ; si cela se reproduit, prévenez l’informatique.",
    crashTitle: "Un problème est survenu dans ce volet",
    crashBody:
      "Rien n’a été modifié dans votre réunion. Fermez puis rouvrez le volet ; si le problème se reproduit, envoyez les détails ci-dessous au service informatique.",
  },
  de: {
    reading: "Outlook wird gelesen…",
    notInOutlook:
      "„Im Auftrag planen“ funktioniert in Outlook. Öffnen Sie in Outlook eine Besprechung (eine neue oder eine, die Sie organisieren) und wählen Sie im Menüband „Im Auftrag planen“.",
    officeMissing:
      "Die Add-In-Bibliothek von Outlook wurde nicht geladen, daher kann dieser Bereich die Besprechung nicht lesen. Öffnen Sie ihn aus einer Besprechung in Outlook, oder bitten Sie die IT zu prüfen, ob appsforoffice.microsoft.com erreichbar ist.",
    filesMissing:
      "Ein Teil dieses Add-Ins wurde nicht geladen. Schließen Sie den Bereich und öffnen Sie ihn erneut; passiert das wieder, melden Sie es der IT.",
    crashTitle: "In diesem Bereich ist ein Fehler aufgetreten",
    crashBody:
      "An Ihrer Besprechung wurde nichts geändert. Schließen Sie den Bereich und öffnen Sie ihn erneut. Passiert es wieder, senden Sie die Details unten an die IT.",
  },
};

/** The boot words for a language tag (Office's displayLanguage, else the browser's). */
export function bootText(tag: unknown): BootText {
  const language = languageOf(tag);
  return BOOT_TEXTS[language === "pseudo" ? "en" : language];
}

/** Hands the four languages' boot words to taskpane.js, which then need not carry them again. */
export function publishBootText(): void {
  (globalThis as Record<string, unknown>)[BOOT_TEXT_GLOBAL] = bootText;
}
