/**
 * German, Exchange part: the words for what an Exchange admin's output said, always with its source
 * and date. Its own chunk, loaded with the rules that read that output (diagnosis/checks/evidenceRules.ts)
 * only when there is such an answer for the pair; most panes never need it. How it is written: ./style.ts.
 */
import { dateOf } from "../format";
import type { ExchangeMessages } from "../messages";
import { serviceNom } from "./services";
import { bei, LOCALE, von } from "./style";

/** Was die Ausgabe eines Exchange-Administrators gesagt hat, immer mit Quelle und Datum (evidence/merge.ts). */
export const deExchange: ExchangeMessages = {
  calendar: {
    granted: (p: { owner: string; at: string }) =>
      `Laut Exchange (${dateOf(LOCALE, p.at)}) können Sie im Kalender ${von(p.owner)} Besprechungen erstellen und ändern.`,
    partial: (p: { owner: string; at: string }) =>
      `Laut Exchange (${dateOf(LOCALE, p.at)}) können Sie im Kalender ${von(p.owner)} Besprechungen hinzufügen, aber keine von anderen ändern.`,
    readOnly: (p: { owner: string; at: string }) =>
      `Laut Exchange (${dateOf(LOCALE, p.at)}) können Sie den Kalender ${von(p.owner)} nur lesen.`,
    none: (p: { owner: string; at: string }) =>
      `Laut Exchange (${dateOf(LOCALE, p.at)}) haben Sie keinen Zugriff auf den Kalender ${von(p.owner)}.`,
    conflict: (p: { owner: string }) => `Outlook und Exchange sagen Verschiedenes über Ihren Zugriff auf den Kalender ${von(p.owner)}.`,
  },
  sending: {
    granted: (p: { owner: string; at: string }) =>
      `Laut Exchange (${dateOf(LOCALE, p.at)}) können Einladungen im Auftrag ${von(p.owner)} gesendet werden.`,
    missing: (p: { owner: string; at: string }) =>
      `Laut Exchange (${dateOf(LOCALE, p.at)}) dürfen Sie keine Einladungen im Auftrag ${von(p.owner)} senden.`,
  },
  service: {
    granted: (p: { owner: string; at: string }) =>
      `Laut Exchange (${dateOf(LOCALE, p.at)}) sind Sie Stellvertretung ${von(p.owner)}, und Teams erreicht das Postfach ${von(p.owner)}.`,
    notDelegate: (p: { owner: string }) =>
      `Teams verlangt, dass Sie Stellvertretung ${von(p.owner)} sind; laut Exchange ist der Kalender nur für Sie freigegeben.`,
    ewsBlocked: (p: { owner: string }) =>
      `Exchange hindert Teams daran, das Postfach ${von(p.owner)} zu erreichen; das kann nur die IT ändern.`,
  },
  evidence: {
    role: (p: { owner: string; rights: string; at: string }) =>
      `Laut Exchange, ${dateOf(LOCALE, p.at)}: Ihr Zugriff auf den Kalender ${von(p.owner)} ist ${p.rights}.`,
    noEntry: (p: { owner: string; at: string }) =>
      `Laut Exchange, ${dateOf(LOCALE, p.at)}: Der Kalender ${von(p.owner)} hat keine Berechtigung für Sie.`,
    delegateYes: (p: { owner: string }) => `Exchange führt Sie als Stellvertretung ${von(p.owner)} (die Delegate-Markierung).`,
    delegateNo: (p: { owner: string }) =>
      `Laut Exchange ist der Kalender ohne die Delegate-Markierung für Sie freigegeben: Sie sind keine Stellvertretung ${von(p.owner)}, und das braucht Teams.`,
    sendingListed: (p: { owner: string; at: string }) =>
      `Laut Exchange, ${dateOf(LOCALE, p.at)}: Sie dürfen im Auftrag ${von(p.owner)} senden (GrantSendOnBehalfTo).`,
    sendingNotListed: (p: { owner: string; at: string }) =>
      `Laut Exchange, ${dateOf(LOCALE, p.at)}: Sie stehen nicht in der Liste derer, die im Auftrag ${von(p.owner)} senden dürfen (GrantSendOnBehalfTo).`,
    sendingUnsettled: (p: { owner: string }) =>
      `Was die IT eingefügt hat, klärt nicht, ob Sie im Auftrag ${von(p.owner)} senden dürfen (ein Name passte zu mehr als einer Person, oder die Liste fehlte).`,
    ewsAllowed: (p: { owner: string }) => `Laut Exchange darf Teams das Postfach ${von(p.owner)} erreichen (EWS ist dafür nicht gesperrt).`,
    ewsBlocked: (p: { owner: string }) =>
      `Laut Exchange ist EWS für Teams gesperrt, für das Postfach ${von(p.owner)} oder für die ganze Organisation.`,
    conflict: "Outlook und Exchange sagen Verschiedenes, daher gilt keines von beiden. Bitten Sie die IT, die Prüfung erneut auszuführen.",
    stale: (p: { at: string }) =>
      `Exchange hat das am ${dateOf(LOCALE, p.at)} bestätigt, vor mehr als 30 Tagen; es zählt erst wieder, wenn die IT erneut prüft.`,
  },
  answer: {
    yesLine: (p: { owner: string; at: string }) =>
      `Exchange hat am ${dateOf(LOCALE, p.at)} jede Berechtigung bestätigt, die Sie ${bei(p.owner)} brauchen.`,
    cantSeeService: (p: { owner: string; service: string }) =>
      `Outlook kann nicht zeigen, ob ${serviceNom(p.service)} Sie im Auftrag ${von(p.owner)} planen lässt.`,
    conflictLine: (p: { owner: string }) =>
      `Outlook und Exchange sagen Verschiedenes über Ihren Zugriff auf den Kalender ${von(p.owner)}. Bitten Sie die IT, erneut zu prüfen.`,
    itOnly: (p: { owner: string }) => `Noch nicht: Die IT muss Teams Zugang zum Postfach ${von(p.owner)} geben`,
    itOnlyLine: "Nur die IT kann diese Einstellung ändern. Senden Sie ihr den Bericht.",
  },
  status: {
    confirmed: (p: { at: string }) => `Von Exchange bestätigt am ${dateOf(LOCALE, p.at)}.`,
    old: (p: { at: string }) =>
      `Von Exchange bestätigt am ${dateOf(LOCALE, p.at)}, vor mehr als 30 Tagen. Bitten Sie die IT, erneut zu prüfen.`,
    forget: "Vergessen",
    forgotten: "Vergessen. Die Prüfungen zeigen wieder nur, was Outlook selbst sehen kann.",
    notSaved: "Outlook hat das nicht für das nächste Mal gespeichert; solange der Bereich offen ist, gilt es trotzdem.",
  },
};
