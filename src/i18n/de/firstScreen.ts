/**
 * German, first-screen part: the words of the answer, the check lines, the actions row and the
 * configuration warning, and all the verdict is worked out from. How it is written: ./style.ts.
 */
import { numberOf } from "../format";
import type { FirstScreenMessages } from "../messages";
import { Bei, LOCALE, OWNER, bei, dem, list, vom, von } from "./style";
import { deServices, forService, inService, linkFor, meetingOf, serviceNom, serviceStart, serviceTitle, unnamed } from "./services";

export const deFirstScreen: FirstScreenMessages = {
  locale: LOCALE,

  people: {
    /** Microsoft's "Kalenderbesitzer"; sentences put it in its case through ./style.ts's helpers. */
    owner: OWNER,
  },

  app: {
    name: "Im Auftrag planen",
    partFailed:
      "Dieser Teil des Bereichs konnte nicht angezeigt werden. Schließen Sie den Bereich und öffnen Sie ihn erneut; alles darüber gilt weiterhin.",
  },

  calendarOf: {
    self: "Ihr Kalender",
    delegate: (p: { owner: string }) => `Kalender ${von(p.owner)}`,
    unknown: "Wessen Kalender? Outlook sagt es nicht",
  },

  status: {
    checking: "Wird geprüft",
    granted: "Erteilt",
    partial: "Teilweise",
    missing: "Fehlt",
    unknown: "Nicht sichtbar",
    "not-needed": "Nicht nötig",
  },

  answer: {
    yes: "Ja, Sie können die Onlinebesprechung hinzufügen",
    yesLine: "Es ist Ihr eigener Kalender, daher brauchen Sie keine Berechtigung von anderen.",
    yesOutlookButton: (p: { service: string }) => `Ja: die Outlook-Schaltfläche ${forService(p.service)} nutzen`,
    yesOutlookButtonLine: (p: { service: string }) =>
      `Es ist Ihr eigener Kalender; ${unnamed(p.service) ? "Onlinebesprechungen" : `Besprechungen in ${p.service}`} fügt Outlook selbst hinzu.`,
    done: (p: { service: string }) => `Erledigt: Der ${linkFor(p.service)} ist eingefügt`,
    doneLine: "Unten können Sie ihn ersetzen oder entfernen.",
    looksReady: "Sieht gut aus",
    looksReadyOutlookButton: (p: { service: string }) => `Sieht gut aus: die Outlook-Schaltfläche ${forService(p.service)} nutzen`,
    cantSeeSending: (p: { owner: string }) =>
      `Outlook zeigt nicht, ob Sie Einladungen im Auftrag ${von(p.owner)} senden dürfen. Scheitert das Senden, fragen Sie ${bei(p.owner)} nach.`,
    cantSeeSendingOrService: (p: { owner: string; service: string }) =>
      `Outlook zeigt nicht, ob Sie Einladungen im Auftrag ${von(p.owner)} senden dürfen, und auch nicht, ob ${serviceNom(p.service)} Ihnen das Planen im Auftrag ${von(p.owner)} erlaubt.`,
    partialLine: (p: { owner: string }) =>
      `Sie können im Kalender ${von(p.owner)} Besprechungen hinzufügen, aber keine ändern, die andere erstellt haben.`,
    notYet: (p: { needs: readonly string[] }) => `Noch nicht: Sie brauchen ${list(p.needs)}`,
    notYetLine: (p: { owner: string }) => `Das erhalten Sie nur ${vom(p.owner)} (oder von der IT). Es dauert nur eine Minute.`,
    need: {
      calendar: (p: { owner: string }) => `Bearbeitungsrechte für den Kalender ${von(p.owner)}`,
      sending: (p: { owner: string }) => `die Berechtigung zum Senden im Auftrag ${von(p.owner)}`,
      service: (p: { owner: string; service: string }) => `die Berechtigung ${inService(p.service)} zum Planen im Auftrag ${von(p.owner)}`,
    },
    otherServiceRefused: (p: { chosen: string }) => `Einen ${linkFor(p.chosen)} können Sie trotzdem hinzufügen`,
    otherServiceRefusedLine: (p: { tried: string; chosen: string; owner: string }) =>
      `${p.tried} hat das Planen im Auftrag ${von(p.owner)} abgelehnt. ${serviceStart(p.chosen)} braucht keine Berechtigung; wenn Sie ${p.tried} brauchen, fragen Sie ${bei(p.owner)} nach.`,
    cantTell: "Von hier aus nicht erkennbar",
    cantTellWho: "Outlook hat nicht angegeben, wer angemeldet ist, daher kann hier nichts geprüft werden.",
    cantTellWhose: "Outlook hat nicht angegeben, in wessen Kalender diese Besprechung liegt.",
    cantTellAccess: (p: { owner: string }) =>
      `Outlook hat Ihren Zugriff auf den Kalender ${von(p.owner)} nicht angezeigt. Ob Sie als Stellvertretung eingetragen sind, erfahren Sie ${vom(p.owner)}.`,
  },

  actions: {
    addMeeting: "Onlinebesprechung hinzufügen",
    working: "Wird ausgeführt…",
    askOwner: (p: { owner: string; needs: readonly string[] }) => `${Bei(p.owner)} anfragen: ${list(p.needs)}`,
    needShort: {
      // „Senden im Auftrag von“: glossary [14] (Microsoft); never „Senderecht“, which is a broadcasting right.
      calendar: "Bearbeitungsrechte",
      sending: "Senden im Auftrag",
      service: (p: { service: string }) => `Berechtigung ${inService(p.service)}`,
    },
    confirmWithOwner: (p: { owner: string }) => `Mit ${dem(p.owner)} klären`,
    sendToIt: "An die IT senden",
    copyReport: "Bericht für die IT kopieren",
    reportCopied: "Bericht kopiert: Fügen Sie ihn in Ihr Ticket oder Ihre E-Mail an die IT ein.",
    askOpened: "In Outlook ist ein Entwurf geöffnet. Prüfen Sie ihn und senden Sie ihn ab.",
    askCopied:
      "Outlook konnte hier keine neue Nachricht öffnen, daher wurde die Anfrage kopiert. Fügen Sie sie in eine E-Mail an den Kalenderbesitzer ein.",
    copy: "Kopieren",
    copied: "Kopiert",
    copyFailed: "Kopieren fehlgeschlagen: Markieren Sie den Text und kopieren Sie ihn selbst.",
    failed: "Das hat nicht funktioniert. Schließen Sie den Bereich und öffnen Sie ihn erneut; passiert es wieder, melden Sie es der IT.",
    helpdesk: (p: { contact: string }) => `Helpdesk: ${p.contact}`,
  },

  checks: {
    heading: "Was nötig ist",
    details: "Details",
    technical: "Technische Details",
    whoDoesWhat: "So lässt es sich beheben",
    sources: "Quellen",
    title: {
      calendar: "Kalender bearbeiten",
      sending: "Einladungen senden",
      service: (p: { service: string }) => serviceTitle(p.service),
    },
    calendar: {
      granted: (p: { owner: string }) => `Sie können im Kalender ${von(p.owner)} Besprechungen erstellen und ändern.`,
      partial: "Sie können Besprechungen hinzufügen, aber keine ändern, die andere erstellt haben.",
      readOnly: (p: { owner: string }) => `Sie können den Kalender ${von(p.owner)} nur lesen.`,
      noAccess: (p: { owner: string }) => `Sie haben keinen Zugriff auf Elemente im Kalender ${von(p.owner)}.`,
      cannotCreate: (p: { owner: string }) => `Sie können im Kalender ${von(p.owner)} keine Besprechungen erstellen.`,
      reported: (p: { owner: string }) =>
        `Outlook hat das Speichern im Kalender ${von(p.owner)} verweigert (laut der eingefügten Meldung).`,
      macZero: "Outlook für Mac hat Ihren Zugriff nicht gemeldet (das kommt dort oft vor).",
      notShown: (p: { owner: string }) => `Outlook hat Ihren Zugriff auf den Kalender ${von(p.owner)} nicht angezeigt.`,
      badValue: "Outlook hat eine Zugriffsstufe gemeldet, die dieses Add-In nicht kennt.",
      whoseUnknown: "Erst prüfbar, wenn Outlook angibt, wessen Kalender das ist.",
    },
    sending: {
      unknown: (p: { owner: string }) => `Outlook kann das nicht anzeigen; fragen Sie ${bei(p.owner)} nach.`,
      reported: (p: { owner: string }) =>
        `Exchange hat das Senden einer Einladung im Auftrag ${von(p.owner)} verweigert (laut der eingefügten Meldung).`,
    },
    service: {
      notNeeded: (p: { service: string }) => `${serviceStart(p.service)} braucht keine Berechtigung.`,
      teams: (p: { owner: string }) =>
        `Teams richtet sich nach den Outlook-Stellvertretungen ${von(p.owner)}; ob Teams das auch so sieht, kann Outlook nicht anzeigen.`,
      skype: "Skype for Business führt eine eigene Liste der Stellvertretungen, die Outlook nicht anzeigen kann.",
      zoom: "Zoom verwaltet eigene Planungsberechtigungen, die Outlook nicht anzeigen kann.",
      webex: "Webex verwaltet eine eigene Berechtigung zum Planen, die Outlook nicht anzeigen kann.",
      reported: (p: { service: string; owner: string }) =>
        `${serviceStart(p.service)} hat das Planen im Auftrag ${von(p.owner)} abgelehnt (laut der eingefügten Meldung).`,
      otherRefused: (p: { tried: string; chosen: string; owner: string }) =>
        `${p.tried} hat das Planen im Auftrag ${von(p.owner)} abgelehnt; ${serviceNom(p.chosen)} braucht keine Berechtigung.`,
      needsCalendar: (p: { service: string; owner: string }) =>
        `${serviceStart(p.service)} braucht zuerst Bearbeitungsrechte für den Kalender ${von(p.owner)}.`,
      needsSending: (p: { service: string; owner: string }) =>
        `${serviceStart(p.service)} braucht außerdem die Berechtigung zum Senden von Einladungen im Auftrag ${von(p.owner)}.`,
      whoseUnknown: "Erst prüfbar, wenn Outlook angibt, wessen Kalender das ist.",
    },
  },

  /** Why a fact is unknown, in plain words (the technical reason goes to the report). */
  why: {
    absent: "dieses Outlook stellt es Add-Ins nicht zur Verfügung",
    failed: "Outlook hat einen Fehler gemeldet",
    "timed-out": "Outlook hat nicht rechtzeitig geantwortet",
    empty: "Outlook hat eine leere Antwort geliefert",
    unexpected: "Outlook hat einen Wert geliefert, den dieses Add-In nicht versteht",
    "no-item": "es ist keine Besprechung geöffnet",
  },

  insert: {
    blocked: (p: { reasons: readonly string[] }) => `Sie können noch keinen Besprechungslink hinzufügen: ${list(p.reasons)}.`,
    readOnly: (p: { owner: string }) => `Sie können den Kalender ${von(p.owner)} nur lesen`,
    noAccess: (p: { owner: string }) => `Sie haben keinen Zugriff auf Elemente im Kalender ${von(p.owner)}`,
    cannotCreate: (p: { owner: string }) => `Sie können im Kalender ${von(p.owner)} keine Besprechungen erstellen`,
    reportedCalendar: (p: { owner: string }) =>
      `laut der eingefügten Meldung können Sie im Kalender ${von(p.owner)} keine Besprechungen erstellen`,
    serviceMissing: (p: { service: string; owner: string }) =>
      `${serviceStart(p.service)} erlaubt Ihnen noch nicht, im Auftrag ${von(p.owner)} zu planen`,
    warnCalendarUnknown: (p: { owner: string }) => `Outlook hat nicht angegeben, ob Sie den Kalender ${von(p.owner)} bearbeiten können.`,
    warnPartial: (p: { owner: string }) =>
      `Sie können im Kalender ${von(p.owner)} Besprechungen erstellen, aber keine ändern, die andere erstellt haben.`,
    warnSendingUnknown: (p: { owner: string }) =>
      `Ob Einladungen im Auftrag ${von(p.owner)} gesendet werden dürfen, ist in Outlook nicht sichtbar.`,
    warnSendingMissing: (p: { owner: string }) =>
      `Einladungen im Auftrag ${von(p.owner)} können erst gesendet werden, wenn Sie die Berechtigung „Senden im Auftrag von“ haben.`,
    warnServiceUnknown: (p: { service: string; owner: string }) =>
      `Ob ${serviceNom(p.service)} Ihnen das Planen im Auftrag ${von(p.owner)} erlaubt, ist in Outlook nicht sichtbar.`,
    warnWhoseUnknown: "Outlook hat nicht angegeben, wessen Kalender das ist, daher konnten die Berechtigungen nicht geprüft werden.",
    bodyTooLarge: (p: { limit: number }) =>
      `Der Text der Besprechung ist zu lang, als dass Outlook den Link aufnehmen könnte (höchstens ${numberOf(LOCALE, p.limit)} Zeichen). Kürzen Sie ihn oder fügen Sie den Link von Hand ein.`,
    bodyUnreadable: "Outlook hat das Lesen des Besprechungstexts nicht erlaubt, daher kann der Link nicht von hier aus eingefügt werden.",
  },

  config: {
    title: "Die Add-In-Einstellungen Ihrer Organisation enthalten Fehler",
    body: "Wo eine Einstellung ungültig ist, gelten die Standardwerte. Teilen Sie der IT mit:",
  },

  /** "Label: text"; German puts no space before the colon. */
  labelled: (p: { label: string; text: string }) => `${p.label}: ${p.text}`,
  list,

  services: deServices,
  /** What the meeting itself holds (its link, its location, its size) and what this Outlook can show. */
  meetingTruth: {
    tooOld: "Diese Outlook-Version ist zu alt, um die Berechtigungen des Kalenders anzuzeigen",
    tooOldLine: (p: { owner: string }) =>
      `Aktualisieren Sie Outlook, oder öffnen Sie diese Besprechung in Outlook im Web, um Ihren Zugriff auf den Kalender ${von(p.owner)} zu sehen.`,
    tooLong: "Der Link passt nicht mehr in den Text dieser Besprechung",
    tooLongLine:
      "Der Text ist fast so lang, wie Outlook erlaubt, daher kann dieser Bereich den Link nicht einfügen. Kopieren Sie den Link und fügen Sie ihn selbst in die Besprechung ein, oder kürzen Sie den Text.",
    copyLink: "Link kopieren",
    link: "Besprechungslink",
    claimNoLink: (p: { quote: string; service: string; inLocation: boolean }) =>
      `${p.inLocation ? "Der Ort" : "Der Text"} nennt „${p.quote}“, aber es gibt keinen ${linkFor(p.service)}`,
    claimLocationLine: (p: { service: string }) =>
      `Eingeladene würden einen ${linkFor(p.service)} suchen, und Outlook hält die Einladung beim Senden an. Nehmen Sie diese Wörter aus dem Ort, oder fügen Sie die ${meetingOf(p.service)} selbst hinzu.`,
    claimBodyLine: (p: { service: string }) =>
      `Eingeladene würden einen ${linkFor(p.service)} suchen, und Outlook hält die Einladung beim Senden an. Fügen Sie die ${meetingOf(p.service)} hinzu, oder nehmen Sie diese Wörter aus dem Text.`,
    blockWithoutLink: "Im Besprechungsabschnitt dieses Add-Ins fehlt der Link",
    blockWithoutLinkLine: "Eingeladene hätten keine Möglichkeit teilzunehmen. Ersetzen oder entfernen Sie den Abschnitt unten.",
    fixLocation: (p: { quote: string }) => `„${p.quote}“ aus dem Ort entfernen`,
  },
};
