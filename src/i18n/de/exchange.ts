/**
 * German, Exchange part: the words for what an Exchange admin's output said, always with its source
 * and date. Its own chunk, loaded with the rules that read that output (diagnosis/checks/evidenceRules.ts)
 * only when there is such an answer for the pair; most panes never need it. How it is written: ./style.ts.
 */
import { dateOf } from "../format";
import type { ExchangeMessages } from "../messages";
import { serviceNom } from "./services";
import { LOCALE, von } from "./style";

/** Die Antwort kam über die IT und ein Einfügen und sagt das: „Laut Exchange, wie die IT es am 9. Dezember 2026 gesendet hat“. */
const asSent = (at: string) => `Laut Exchange, wie die IT es am ${dateOf(LOCALE, at)} gesendet hat`;

/** Was die Ausgabe eines Exchange-Administrators gesagt hat, immer mit Quelle und Datum (evidence/merge.ts). */
export const deExchange: ExchangeMessages = {
  calendar: {
    granted: (p: { owner: string; at: string }) =>
      `${asSent(p.at)}, können Sie im Kalender ${von(p.owner)} Besprechungen erstellen und ändern.`,
    partial: (p: { owner: string; at: string }) =>
      `${asSent(p.at)}, können Sie im Kalender ${von(p.owner)} Besprechungen hinzufügen, aber keine von anderen ändern.`,
    readOnly: (p: { owner: string; at: string }) => `${asSent(p.at)}, können Sie den Kalender ${von(p.owner)} nur lesen.`,
    none: (p: { owner: string; at: string }) => `${asSent(p.at)}, haben Sie keinen Zugriff auf den Kalender ${von(p.owner)}.`,
    conflict: (p: { owner: string }) => `Outlook und Exchange sagen Verschiedenes über Ihren Zugriff auf den Kalender ${von(p.owner)}.`,
  },
  sending: {
    granted: (p: { owner: string; at: string }) => `${asSent(p.at)}, können Einladungen im Auftrag ${von(p.owner)} gesendet werden.`,
    missing: (p: { owner: string; at: string }) => `${asSent(p.at)}, dürfen Sie keine Einladungen im Auftrag ${von(p.owner)} senden.`,
  },
  service: {
    granted: (p: { owner: string; at: string }) =>
      `${asSent(p.at)}, sind Sie Stellvertretung ${von(p.owner)}, und EWS hält Teams nicht vom Postfach ${von(p.owner)} ab.`,
    notDelegate: (p: { owner: string }) =>
      `Teams verlangt, dass Sie Stellvertretung ${von(p.owner)} sind; laut Exchange ist der Kalender lediglich für Sie freigegeben, ohne Stellvertretung.`,
    ewsBlocked: (p: { owner: string }) =>
      `Die EWS-Einstellungen von Exchange können den Planungsdienst von Teams vom Postfach ${von(p.owner)} abhalten; ändern kann sie nur die IT.`,
  },
  evidence: {
    role: (p: { owner: string; rights: string; at: string }) =>
      `${asSent(p.at)}, haben Sie für den Kalender ${von(p.owner)} diese Berechtigung: ${p.rights}.`,
    noEntry: (p: { owner: string; at: string }) =>
      `${asSent(p.at)}, gibt es für den Kalender ${von(p.owner)} keinen Berechtigungseintrag für Sie.`,
    delegateYes: (p: { owner: string }) => `Exchange führt Sie als Stellvertretung ${von(p.owner)} (die Delegate-Markierung).`,
    delegateNo: (p: { owner: string }) =>
      `Laut Exchange ist der Kalender ohne die Delegate-Markierung für Sie freigegeben: Sie sind keine Stellvertretung ${von(p.owner)}, und das braucht Teams.`,
    sendingListed: (p: { owner: string; at: string }) =>
      `${asSent(p.at)}: Sie dürfen im Auftrag ${von(p.owner)} senden (GrantSendOnBehalfTo).`,
    sendingNotListed: (p: { owner: string; at: string }) =>
      `${asSent(p.at)}: Sie stehen nicht in der Liste derer, die im Auftrag ${von(p.owner)} senden dürfen (GrantSendOnBehalfTo).`,
    sendingUnsettled: (p: { owner: string }) =>
      `Was die IT eingefügt hat, klärt nicht, ob Sie im Auftrag ${von(p.owner)} senden dürfen (ein Name passte zu mehr als einer Person, oder die Liste fehlte).`,
    ewsAllowed: (p: { owner: string }) =>
      `Laut Exchange ist EWS für das Postfach ${von(p.owner)} nicht gesperrt; es sollte den Planungsdienst von Teams also nicht abhalten.`,
    ewsBlocked: (p: { owner: string }) =>
      `Laut Exchange ist EWS für das Postfach ${von(p.owner)} oder für die ganze Organisation gesperrt, was den Planungsdienst von Teams abhalten kann.`,
    ewsDates:
      "Seit dem 1. Oktober 2026 sperrt Exchange Online EWS in Organisationen, die EwsAllowedAppIDs leer gelassen haben. Am 1. April 2027 endet EWS in Exchange Online; danach gelten diese EWS-Zeilen nur noch für Kalenderbesitzer auf Exchange Server oder in einer Hybridumgebung.",
    unverified:
      "Das Add-in kann eingefügten Text nicht prüfen: Dies ist die Antwort von Exchange, wie die IT sie gesendet und Sie sie eingefügt haben.",
    conflict: "Outlook und Exchange sagen Verschiedenes, daher gilt keines von beiden. Bitten Sie die IT, die Prüfung erneut auszuführen.",
    stale: (p: { at: string }) => `${asSent(p.at)}, vor mehr als 30 Tagen; es zählt erst wieder, wenn die IT erneut prüft.`,
  },
  answer: {
    yesLine: (p: { owner: string; at: string }) =>
      `${asSent(p.at)}, haben Sie jede Berechtigung, die Sie für den Kalender ${von(p.owner)} brauchen.`,
    cantSeeService: (p: { owner: string; service: string }) =>
      `Outlook kann nicht zeigen, ob ${serviceNom(p.service)} Sie im Auftrag ${von(p.owner)} planen lässt.`,
    conflictLine: (p: { owner: string }) =>
      `Outlook und Exchange sagen Verschiedenes über Ihren Zugriff auf den Kalender ${von(p.owner)}. Bitten Sie die IT, erneut zu prüfen.`,
    itOnly: (p: { owner: string }) => `Noch nicht: Die IT muss prüfen, ob Teams das Postfach ${von(p.owner)} erreicht`,
    itOnlyLine: "Nur die IT kann diese Einstellung prüfen und ändern. Senden Sie ihr den Bericht.",
  },
  status: {
    confirmed: (p: { at: string }) => `${asSent(p.at)}.`,
    old: (p: { at: string }) => `${asSent(p.at)}, vor mehr als 30 Tagen. Bitten Sie die IT, erneut zu prüfen.`,
    forget: "Exchange-Angaben entfernen",
    forgotten: "Entfernt. Die Prüfungen zeigen wieder nur, was Outlook selbst sehen kann.",
    notSaved: "Outlook hat das nicht für das nächste Mal gespeichert; solange der Bereich offen ist, gilt es trotzdem.",
  },
};
