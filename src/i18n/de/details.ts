/**
 * German, details part: what the pane shows after the first screen (remedies, the request to
 * the owner, the report, the meeting panel, the error decoder). How it is written: ./style.ts.
 */
import { dateTimeOf } from "../dateTime";
import { dateOf, numberOf } from "../format";
import type { DetailsMessages } from "../messages";
import { inService, linkFor, meetingsOf, unnamed, linksFor, serviceAcc, serviceStart } from "./services";
import { DELEGATE, LOCALE, delegateFirst, delegateForIt, list, von, dem, vom } from "./style";

export const deDetails: DetailsMessages = {
  meeting: {
    heading: "Onlinebesprechung",
    service: "Besprechungsdienst",
    replace: "Besprechungslink ersetzen",
    remove: "Besprechungslink entfernen",
    added: "Der Besprechungslink wurde hinzugefügt.",
    replaced: "Der Besprechungslink wurde ersetzt.",
    removed: "Der Besprechungslink wurde entfernt; der übrige Text der Besprechung ist unverändert.",
    alreadyThere: "Diese Besprechung hat bereits einen Link von diesem Add-In.",
    recordedButChanged:
      "Ein Link von diesem Add-In wurde früher eingefügt, im Text aber inzwischen bearbeitet oder entfernt. Ändern Sie ihn von Hand oder fügen Sie einen neuen hinzu.",
    guidance: {
      // „Teams-Besprechung“: glossary [16]: github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness.de-DE, Teams/Teams-add-in-for-Outlook.md (Microsoft, MT: die Schaltfläche „Teams-Besprechung“)
      teamsSelf:
        "Nutzen Sie im Menüband der Besprechung die Schaltfläche „Teams-Besprechung“ von Outlook (im neuen Outlook und im Web ein Schalter). Dieses Add-In fügt keine Teams-Links hinzu.",
      // „Teams-Besprechung“: glossary [16], as above.
      teamsDelegate: (p: { owner: string }) =>
        `Nutzen Sie im Menüband der Besprechung die Schaltfläche „Teams-Besprechung“ von Outlook (im neuen Outlook und im Web ein Schalter): Als Stellvertretung erstellen Sie die Besprechung so im Auftrag ${von(p.owner)}. Dieses Add-In kann keine Teams-Besprechungen für andere erstellen.`,
      // „Skype-Besprechung“: Microsoft's German name for the meeting (MicrosoftDocs OfficeDocs-SkypeForBusiness de-DE,
      // "Skype-Besprechungen", "Skype-Besprechungs-App"); the Outlook button of that name in a German ribbon: a third-party
      // guide with screenshots, http://wiki.eureka-fach-verbund.de/doku.php?id=skype_for_business:sfb-intern. Its predecessor
      // was „Lync-Besprechung“ (Microsoft de-de dd35d8e8). The English "Skype Meeting" is never shown in a German Outlook.
      skypeSelf:
        "Nutzen Sie im Menüband der Besprechung die Schaltfläche „Skype-Besprechung“ von Outlook. Dieses Add-In fügt keine Links für Skype for Business hinzu.",
      // „Skype-Besprechung“: as above.
      skypeDelegate: (p: { owner: string }) =>
        `Nutzen Sie im Menüband der Besprechung die Schaltfläche „Skype-Besprechung“ von Outlook: Als Stellvertretung erstellen Sie die Besprechung so im Auftrag ${von(p.owner)}. Dieses Add-In kann keine Besprechungen in Skype for Business für andere erstellen.`,
    },
    problem: {
      unreadable: "Outlook hat das Lesen des Besprechungstexts nicht erlaubt, daher wurde nichts geändert.",
      exists: "Diese Besprechung hat bereits einen Link von diesem Add-In. Ersetzen oder entfernen Sie ihn unten.",
      missing: "Der Link von diesem Add-In steht nicht mehr im Text der Besprechung, daher gibt es nichts zu ändern.",
      tooLarge: (p: { limit: number }) =>
        `Der Text der Besprechung ist zu lang, als dass Outlook den Link aufnehmen könnte (höchstens ${numberOf(LOCALE, p.limit)} Zeichen), daher wurde nichts geändert.`,
      changed: "Die Besprechung hat sich beim Einfügen des Links geändert, daher wurde nichts geändert. Bitte versuchen Sie es erneut.",
      invalidFormat: "Outlook hat den Link abgelehnt, weil er nicht zum Textformat der Besprechung passte; es wurde nichts geändert.",
      refused: "Outlook hat die Änderung nicht angenommen; die Besprechung bleibt unverändert.",
      failed: "Etwas ist schiefgelaufen, daher wurde nichts geändert.",
    },
    note: {
      locationUnreadable: "Der Ort konnte nicht gelesen werden und bleibt unverändert.",
      locationNotChanged: "Der Ort konnte nicht geändert werden.",
      locationTooLong: "Der Link ist zu lang für die Ortsangabe, daher bleibt der Ort leer.",
      recordRejected: "Outlook hat die Notiz des Add-Ins zu dieser Besprechung nicht behalten; der Link steht trotzdem im Text.",
      recordNotSaved: "Outlook konnte die Notiz des Add-Ins zu dieser Besprechung nicht speichern; der Link steht trotzdem im Text.",
    },
    linkProblem: {
      randomness: "Der Browser hat zu wenig Zufallswerte für einen privaten Besprechungsraum geliefert, daher wurde kein Link erstellt.",
      "owner-missing":
        "Outlook hat weder Namen noch Adresse des Kalenderbesitzers geliefert; daher lässt sich der Link zu dessen persönlichem Besprechungsraum nicht erstellen.",
      "owner-unusable":
        "Name oder Adresse des Kalenderbesitzers lässt sich nicht in einem Besprechungslink verwenden, daher wurde kein Link erstellt.",
      "bad-link":
        "Der Besprechungslink aus den Einstellungen Ihrer Organisation ist kein sicherer https-Link und wurde daher nicht eingefügt. Wenden Sie sich an die IT.",
      "too-long": "Der erstellte Besprechungslink ist zu lang und wurde daher nicht eingefügt.",
      "not-available": "Dieser Besprechungsdienst fügt keine Links hinzu; nutzen Sie die Schaltfläche von Outlook.",
    },
  },

  sendCheck: {
    "at-send":
      "Beim Senden prüft Outlook, ob der Teilnahmelink wirklich in der Einladung steht (wenn die IT dieses Add-In für alle installiert hat).",
    "popped-out-only":
      "Outlook prüft den Teilnahmelink beim Senden nur, wenn diese Besprechung in einem eigenen Fenster geöffnet ist: Öffnen Sie sie vor dem Senden in einem neuen Fenster.",
    "not-on-this-client":
      "Dieses Outlook kann den Teilnahmelink beim Senden nicht prüfen. Stellen Sie vor dem Senden sicher, dass er in der Einladung steht.",
  },

  decoder: {
    heading: "Eine Fehlermeldung erhalten?",
    label: "Fehlermeldung",
    hint: "Fügen Sie die Meldung ein (oder die ganze Unzustellbarkeitsnachricht). Die Meldung bleibt auf diesem Gerät.",
    truncated: (p: { max: number }) => `Nur die ersten ${numberOf(LOCALE, p.max)} Zeichen wurden gelesen.`,
    notRecognised: "Nicht erkannt",
    notRecognisedBody:
      "Diese Meldung kennt das Add-In nicht, daher rät es nicht. Die Prüfungen oben zeigen, worauf Sie achten sollten; oder senden Sie den Bericht an die IT.",
    announce: (p: { title: string }) => `Erkannt: ${p.title}.`,
    announceUnknown: "Nicht erkannt.",
    concerns: (p: { check: string }) => `Das betrifft „${p.check}“ oben: Dort steht in den Details, wer es beheben kann.`,
    concernsNone: "Die Meldung beweist nicht, dass Ihnen eine Berechtigung fehlt.",
    ownCalendar:
      "Diese Meldung betrifft das Planen für eine andere Person, diese Besprechung liegt aber in Ihrem eigenen Kalender. Kam die Meldung in einem fremden Kalender, öffnen Sie diesen Kalender (als freigegebenen Kalender) und von dort aus diesen Bereich. Haben Sie das Postfach einer anderen Person in Outlook im Web geöffnet, meldet Outlook es als Ihr eigenes.",
    whoFixes: "Wer es behebt",
    unavailable:
      "Die Erklärungen wurden nicht geladen. Schließen Sie den Bereich und öffnen Sie ihn erneut; die Prüfungen oben gelten weiterhin.",
    notRead:
      "Diese Meldung ist in einer Sprache, die dieser Bereich nicht liest (er liest Englisch, Französisch, Niederländisch und Deutsch). Der Satz selbst wurde daher nicht gelesen; nur die enthaltenen Codes und Produktnamen wurden ausgewertet.",
    seen: (p: { items: string }) => `Darin gefunden: ${p.items}.`,
  },

  errors: {
    "lync-delegate": {
      title: "Sie sind in Lync / Skype for Business nicht als Stellvertretung eingetragen",
      cause:
        "Lync und Skype for Business führen eine eigene Liste der Stellvertretungen, getrennt von Outlook, und Sie stehen nicht auf der Liste des Kalenderbesitzers. Heute bedeutet diese Meldung, dass Ihre Organisation einen Lync- oder Skype for Business Server betreibt (Skype for Business Online wurde im Juli 2021 eingestellt). Häufige Gründe: Sie wurden dort nie hinzugefügt; Sie wurden nur in Outlook hinzugefügt, und der Server hat das nie übernommen; oder Sie und diese Person sind in verschiedenen Bereitstellungen von Skype for Business.",
    },
    "teams-delegate": {
      title: "Teams erkennt Sie nicht als Stellvertretung",
      cause:
        "Bevor Teams eine Besprechung im Auftrag einer anderen Person erstellt, prüft es deren Postfach: Sie müssen dort als echte Stellvertretung eingetragen sein (mit der Berechtigung „Autor“ oder „Bearbeiter“, als Stellvertretung hinzugefügt, nicht nur mit Freigabe) und im Auftrag dieser Person senden dürfen. Bei Postfächern in Exchange Server (lokal oder hybrid) scheitert es außerdem, wenn EWS für den Teams-Planungsdienst gesperrt ist oder OAuth zwischen Exchange und Teams nicht eingerichtet ist.",
    },
    "teams-hybrid-oauth": {
      title: "Teams konnte das Postfach nicht erreichen, um zu prüfen, ob Sie als Stellvertretung eingetragen sind",
      cause:
        "Liegt das Postfach des Kalenderbesitzers in einem lokalen Exchange (Exchange Server), liest Teams die Stellvertretungen über OAuth; ist das nicht eingerichtet, meldet Teams nur, dass keine Verbindung möglich ist. Liegen alle Postfächer in Exchange Online, bedeutet dieselbe Meldung meist ein vorübergehendes Netzwerk- oder Dienstproblem.",
    },
    "send-on-behalf": {
      title: "Senden im Auftrag ist nicht erlaubt",
      // „Kann bearbeiten“: Microsoft (de-de), https://wus.prod.support.services.microsoft.com/de-de/office/freigeben-ihres-kalenders-in-outlook-im-web-7ecef8ae-139c-40d9-bae2-a23977ee58d5
      // „Senden als“: glossary [14]: github.com/isabella232/OfficeDocs-AlchemyInsights-pr.de-DE, how-to-add-or-remove-a-delegate-in-outlook-for-windows.md (Microsoft, MT: „Senden als“)
      cause:
        "Exchange hat es abgelehnt, die Einladung als „Sie im Auftrag von …“ zu senden: Ihnen fehlt die Berechtigung „Senden im Auftrag von“ für das Postfach des Kalenderbesitzers (und auch „Senden als“). Bearbeitungsrechte für den Kalender schließen diese Berechtigung nicht ein. Das passiert, wenn der Kalender mit „Kann bearbeiten“ freigegeben wurde, statt Sie als Stellvertretung hinzuzufügen; nur Letzteres erteilt die Berechtigung. In Outlook für Windows scheitert das Senden im Auftrag außerdem, wenn das Postfach dieser Person in der Adressliste ausgeblendet ist.",
    },
    "calendar-read-only": {
      title: "Sie haben nur Lesezugriff auf den Kalender",
      // „Prüfer“, „Bearbeiter“, „Autor“: Microsoft (de-de), https://support.microsoft.com/de-de/office/optionen-zum-freigeben-und-delegieren-von-ordnern-in-outlook-f%C3%BCr-mac-a8c46bdb-2f37-42be-9b34-5ac87caf8f3d
      // and https://wus.prod.support.services.microsoft.com/de-de/office/zulassen-dass-eine-andere-person-ihre-e-mail-und-ihren-kalender-verwaltet-41c40c04-3bd1-4d22-963a-28eafec25926
      cause:
        "Sie sehen den Kalender, können aber nichts hinzufügen: Ihre Berechtigung ist „Prüfer“ (nur lesen) oder geringer. Zum Hinzufügen einer Besprechung brauchen Sie die Berechtigung „Bearbeiter“ (mindestens „Autor“). Ist bestätigt, dass Sie „Bearbeiter“ bereits haben: Das klassische Outlook kann dieselbe Meldung zeigen, solange es noch viele freigegebene Kalender synchronisiert.",
    },
    "webex-scheduling-permission": {
      title: "Webex: Berechtigung zum Ansetzen fehlt",
      // „Ansetzberechtigungen“: Webex (de-de, machine-translation quality), https://help.webex.com/de-de/nkyeiue/Allow-Someone-to-Schedule-Webex-Meetings-on-Your-Behalf-in-Microsoft-Outlook-for-Windows
      cause:
        "Webex führt eine eigene Liste: Der Kalenderbesitzer muss Sie auf der eigenen Webex-Website unter „Ansetzberechtigungen“ eintragen. Es scheitert auch, wenn Sie beide auf verschiedenen Webex-Websites sind, wenn das Webex-Konto des Kalenderbesitzers einen Alias statt der Hauptadresse verwendet, die Outlook kennt, oder bei Kalendern in einem freigegebenen Postfach.",
    },
    "zoom-scheduling-privilege": {
      title: "Zoom: Planungsberechtigung fehlt",
      // „Planungsberechtigung“: Zoom's own page (de), https://support.zoom.com/hc/de/article?id=zm_kb&sysparm_article=KB0061756
      cause:
        "Zoom lässt Sie nur für Personen planen, die Ihnen in ihren Zoom-Einstellungen die Planungsberechtigung erteilt haben. Das geht nur innerhalb eines Zoom-Kontos (oder verknüpfter Haupt- und Unterkonten), Sie beide brauchen eine Lizenz, und nach dem Erteilen müssen Sie sich bei Zoom ab- und wieder anmelden.",
    },
    "sharing-invitation-failed": {
      title: "Kalenderfreigabe geändert, aber Benachrichtigung nicht gesendet",
      cause:
        "Jemand mit Vollzugriff auf das Postfach des Kalenderbesitzers, aber ohne die Berechtigung, in dessen Auftrag zu senden, hat die Kalenderfreigabe in Outlook im Web geändert: Die Änderung wurde meist übernommen, nur die E-Mail dazu konnte nicht gesendet werden. Exchange Server 2013 zeigt die Meldung außerdem absichtlich, wenn in Outlook Web App einer Sicherheitsgruppe Stellvertretungszugriff erteilt wird.",
    },
    "sharing-policy-refused": {
      title: "Die Freigaberichtlinie hat die Berechtigung für diese Person abgelehnt",
      cause:
        "Outlook hat abgelehnt, den Kalender mit der gewählten Berechtigungsstufe für eine oder mehrere Personen der Einladung freizugeben: Für sie hat sich nichts geändert. Die Freigaberichtlinie von Exchange begrenzt, was für Personen außerhalb der Organisation freigegeben werden darf. Arbeitet die Person in Ihrer Organisation, hat Outlook die Adresse meist aus den eigenen Vorschlägen beim Tippen übernommen, die ihre externe Adresse statt ihres Eintrags im Adressbuch enthalten.",
    },
    unknown: {
      title: "Nicht erkannt",
      cause: "Diese Meldung kennt das Add-In nicht, daher rät es nicht.",
    },
  },

  /** Labels before each remedy ("Aufgabe von Alex: …"); the nameless owner takes the genitive, „Aufgabe des Kalenderbesitzers“ (./style.ts). */
  actor: {
    owner: (p: { owner: string }) => `Aufgabe ${von(p.owner)}`,
    admin: "Aufgabe der IT",
    you: "Ihre Aufgabe",
  },

  client: {
    "classic-windows": "Klassisches Outlook für Windows",
    "new-outlook-web": "Neues Outlook und Outlook im Web",
    mac: "Outlook für Mac",
  },

  /**
   * The owner's clicks and the admin's steps. Menu paths use only German labels confirmed on a Microsoft
   * or vendor page (source next to each); unconfirmed labels stay English in "…" or are described by what
   * they do. Owner's steps speak to the owner, IT's steps to IT (./style.ts).
   */
  remedies: {
    /** The calendar folder's name in a German mailbox (admin commands address it). */
    calendarFolder: "Kalender",
    where: {
      // Microsoft (de-de), https://support.microsoft.com/de-de/office/einrichten-einer-lync-besprechung-im-auftrag-einer-anderen-person-dd35d8e8-147a-4b51-abf2-9b02121ea3c3
      // ("Datei > Kontoeinstellungen > Zugriffsrechte für Stellvertretung > Hinzufügen").
      classicDelegateAccess: "Datei > Kontoeinstellungen > Zugriffsrechte für Stellvertretung",
      // „Freigeben“: Microsoft (de-de), https://wus.prod.support.services.microsoft.com/de-de/office/freigeben-ihres-kalenders-in-outlook-im-web-7ecef8ae-139c-40d9-bae2-a23977ee58d5
      // „Freigeben und Berechtigungen“: glossary [15]: https://support.office.com/de-de/article/kalenderdelegierung-in-outlook-im-web-f%C3%BCr-unternehmen-532e6410-ee80-42b5-9b1b-a09345ccef1b (Microsoft: die Seite „Freigeben und Berechtigungen“)
      webShare: "Kalender > Freigeben (oder Rechtsklick auf den Kalender > Freigeben und Berechtigungen)",
      // „Freigeben“: Microsoft (de-de), same page 7ecef8ae as above.
      webShareShort: "Kalender > Freigeben",
      // Older Mac path „Extras > Konten > Erweitert > Stellvertretungen“: Microsoft (de-de, MT),
      // https://support.office.com/de-de/article/Hinzuf%C3%BCgen-und-Verwalten-von-Stellvertretungen-in-Outlook-f%C3%BCr-Mac-49ba7631-1984-453e-8a8f-c78fd43475e4
      // New Outlook for Mac "Delegation and Sharing": NOT CONFIRMED in German (English only, third-party:
      // https://confluence.esg.wsu.edu/display/KB/Email+-+How+to+Add%252C+Manage%252C+and+Remove+Delegates+in+Outlook+for+Mac), kept in English.
      macDelegates: 'Extras > Konten > "Delegation and Sharing" (älteres Outlook für Mac: Extras > Konten > Erweitert > Stellvertretungen)',
      // Microsoft (de-de), Lync page https://support.microsoft.com/de-de/office/einrichten-einer-lync-besprechung-im-auftrag-einer-anderen-person-dd35d8e8-147a-4b51-abf2-9b02121ea3c3
      // ("Optionen > Anrufweiterleitung > Stellvertretungen bearbeiten"); the SfB guide's German is MT and garbled, so not used.
      skype: "Skype for Business / Lync: Optionen > Anrufweiterleitung > Stellvertretungen bearbeiten",
      // Zoom's own page (de), https://support.zoom.com/hc/de/article?id=zm_kb&sysparm_article=KB0061756
      zoom: "Zoom-Webportal: Einstellungen > Meeting > Sonstiges > Planungsberechtigung",
      // Webex (de-de, machine-translation quality, garbled: "Präferenzen > > Ansetzberechtigungen planen"),
      // https://help.webex.com/de-de/nkyeiue/Allow-Someone-to-Schedule-Webex-Meetings-on-Your-Behalf-in-Microsoft-Outlook-for-Windows
      // The middle step is missing there, so it stays English ("Scheduling", from the en page nxlczft).
      webex: 'Webex-Website: Präferenzen > "Scheduling" > Ansetzberechtigungen',
    },
    // „Hinzufügen“, „Kalender“: Microsoft (de-de), dd35d8e8 (see where.classicDelegateAccess). „Bearbeiter“: Microsoft (de-de), Mac page a8c46bdb;
    // The German dialog „Berechtigungen der Stellvertretung“ offers „Keine / Prüfer / Autor / Bearbeiter“ (third-party guide with
    // screenshots, https://dvision.org/microsoft-outlook-stellvertretung-einrichten/); „Editor“ only appears on an untranslated help page.
    addDelegateClassic: (p: { who: string }) =>
      `Hinzufügen > ${p.who} auswählen > bei „Kalender“ „Bearbeiter“ wählen > OK. Die hier hinzugefügte Stellvertretung darf damit auch Einladungen in Ihrem Auftrag senden.`,
    // „Kann bearbeiten“: Microsoft (de-de), https://support.microsoft.com/de-de/office/kalenderdelegierung-in-outlook-im-web-532e6410-ee80-42b5-9b1b-a09345ccef1b
    // The delegate option's German label is NOT CONFIRMED: the machine-translated pages say „Übertragen“ (7ecef8ae),
    // „Delegieren“ (a copy of 532e6410) or only „Stellvertretungszugriff“, so the step says what the option does.
    addDelegateWeb: (p: { who: string }) =>
      `${p.who} hinzufügen und in der Liste daneben die Option für Stellvertretungen wählen (nicht „Kann bearbeiten“). „Kann bearbeiten“ erlaubt das Bearbeiten des Kalenders, aber nicht das Senden in Ihrem Auftrag, und Teams ignoriert es.`,
    // „Stellvertretungen, die in meinem Auftrag handeln dürfen“, „Hinzufügen“: Microsoft (de-de, MT),
    // https://support.office.com/de-de/article/Hinzuf%C3%BCgen-und-Verwalten-von-Stellvertretungen-in-Outlook-f%C3%BCr-Mac-49ba7631-1984-453e-8a8f-c78fd43475e4
    // „Bearbeiter“: Microsoft (de-de), Mac page a8c46bdb.
    addDelegateMac: (p: { who: string }) =>
      `Unter „Stellvertretungen, die in meinem Auftrag handeln dürfen“ auf + (oder „Hinzufügen“) klicken, ${p.who} hinzufügen, „Kalender“ auf „Bearbeiter“ setzen, dann OK.`,
    calendar: {
      // „Bearbeiter“: Microsoft (de-de), Mac page a8c46bdb.
      owner: (p: { delegate: string }) =>
        `${delegateFirst(p.delegate)} als Stellvertretung mit der Berechtigung „Bearbeiter“ für Ihren Kalender hinzufügen`,
      admin: (p: { owner: string; delegate: string }) =>
        `Oder: ${delegateForIt(p.delegate)} als Stellvertretung mit der Berechtigung „Bearbeiter“ für den Kalender ${von(p.owner)} eintragen`,
      // „Zugriffsrechte für Stellvertretung“: Microsoft (de-de), dd35d8e8. Editor is the value the command takes.
      addPurpose:
        "Erteilt der Person hinter -User Editor (in Outlook „Bearbeiter“) für den Kalender und trägt sie als Stellvertretung ein (so erwarten es Teams und die „Zugriffsrechte für Stellvertretung“ in Outlook).",
      setPurpose:
        "Verwenden Sie stattdessen diesen Befehl, wenn der erste meldet, dass schon ein Berechtigungseintrag besteht (zum Beispiel Reviewer).",
      folderNote: (p: { folder: string }) =>
        `Der Name des Kalenderordners richtet sich nach der Sprache des Postfachs (hier angenommen: ${p.folder}). Meldet der Befehl, dass er ihn nicht findet, zeigt der letzte Befehl den tatsächlichen Namen. -SharingPermissionFlags gibt es nur in Exchange Online; unter Exchange Server lassen Sie es weg.`,
      findFolderPurpose: "Zeigt den tatsächlichen Namen des Kalenderordners, unabhängig von der Sprache des Postfachs.",
    },
    sending: {
      confirm: (p: { owner: string }) => `Klären, ob Sie Einladungen im Auftrag ${von(p.owner)} senden dürfen`,
      invisible: "Outlook zeigt Add-Ins diese Berechtigung nicht, daher kann sie hier nicht für Sie geprüft werden.",
      ownerLooks: (p: { delegate: string }) =>
        `Wenn ${p.delegate} hier aufgeführt ist, darf diese Person bereits Einladungen in Ihrem Auftrag senden.`,
      listPurpose: (p: { owner: string; delegate: string }) =>
        `Listet alle auf, die im Auftrag ${von(p.owner)} senden dürfen; ${delegateForIt(p.delegate)} sollte dabei sein.`,
      owner: (p: { delegate: string }) =>
        `${delegateFirst(p.delegate)} als Stellvertretung hinzufügen; damit darf diese Person Einladungen in Ihrem Auftrag senden`,
      admin: (p: { owner: string; delegate: string }) =>
        `Oder: ${delegateForIt(p.delegate)} zum Senden von Einladungen im Auftrag ${von(p.owner)} berechtigen`,
      grantPurpose: "Damit werden Einladungen als „… im Auftrag von …“ gesendet; @{Add=…} behält alle, die schon in der Liste stehen.",
      hiddenNote:
        "Das Senden im Auftrag scheitert in Outlook für Windows auch, wenn das Postfach des Kalenderbesitzers in der Adressliste ausgeblendet ist.",
    },
    teams: {
      owner: (p: { delegate: string }) =>
        `${delegateFirst(p.delegate)} für Ihren Kalender als Stellvertretung hinzufügen (Freigeben allein reicht für Teams nicht)`,
      admin: "Sicherstellen, dass Teams die Stellvertretung sehen kann",
      ewsOrgPurpose:
        "Zeigt, ob EWS auf eine Zulassungsliste beschränkt ist; steht EwsApplicationAccessPolicy auf EnforceAllowList, führen Sie den nächsten Befehl aus.",
      ewsAllowPurpose:
        "Erlaubt dem Teams-Planungsdienst, den Kalender über EWS zu lesen (Postfächer in Exchange Server und in Hybridumgebungen).",
      ewsMailboxPurpose:
        "Prüft das Postfach des Kalenderbesitzers: EwsEnabled muss True (oder leer) sein, und eine eigene Zulassungsliste, falls vorhanden, muss *SchedulingService* enthalten.",
      ewsRetirementNote:
        "Exchange Online sperrt EWS ab Oktober 2026 standardmäßig und stellt es im April 2027 ein (Ankündigung von Microsoft). Prüfen Sie diese Einstellungen erneut, falls das Planen für Stellvertretungen in Teams dann nicht mehr funktioniert.",
    },
    skype: {
      owner: (p: { delegate: string }) => `${delegateFirst(p.delegate)} in Skype for Business (Lync) als Ihre Stellvertretung hinzufügen`,
      ownerClicks: (p: { who: string }) => `${p.who} hinzufügen, dann OK.`,
      // „Zugriffsrechte für Stellvertretung“, „Kalender“: Microsoft (de-de), dd35d8e8; „Bearbeiter“: Microsoft (de-de), Mac page a8c46bdb.
      alternative: (p: { delegate: string }) =>
        `Oder ${p.delegate} in Outlook unter „Zugriffsrechte für Stellvertretung“ mit „Kalender“: „Bearbeiter“ hinzufügen (damit darf diese Person auch in Ihrem Auftrag senden); dabei in Outlook und in Skype for Business angemeldet sein. Meist ist das nach etwa zehn Minuten sichtbar, manchmal erst nach 24 Stunden.`,
      admin: "Dafür sorgen, dass Outlook-Stellvertretungen zählen (Lync / Skype for Business Server, lokal)",
      // „Enterprise-VoIP“: Microsoft (de-de), e.g. MicrosoftDocs OfficeDocs-SkypeForBusiness de-DE, Lync Server 2013 „Verwalten von
      // Reaktionsgruppen-Agentgruppen“ („Benutzer müssen für Enterprise-VoIP aktiviert sein“ for "enabled for Enterprise Voice").
      syncPurpose:
        "Nur für Lync oder Skype for Business Server: nötig, wenn der Kalenderbesitzer nicht für Enterprise-VoIP aktiviert ist. Danach meldet sich der Kalenderbesitzer bei Skype for Business ab und wieder an. Ist dem Kalenderbesitzer eine eigene Clientrichtlinie zugewiesen, setzen Sie den Wert dort statt in Global.",
      deploymentNote: (p: { owner: string }) =>
        `Das Konto der Stellvertretung und das Konto ${von(p.owner)} müssen in derselben Bereitstellung von Skype for Business liegen.`,
      retiredNote: "Skype for Business Online wurde am 31. Juli 2021 eingestellt; das gilt also nur für einen lokalen Server.",
    },
    zoom: {
      // „Planungsberechtigung“: Zoom's own page (de), https://support.zoom.com/hc/de/article?id=zm_kb&sysparm_article=KB0061756
      owner: (p: { delegate: string }) => `${p.delegate} in Zoom berechtigen, in Ihrem Auftrag zu planen`,
      // „Planungsberechtigung zuweisen an“, „Hinzufügen“: Zoom's own page (de), https://support.zoom.com/hc/de/article?id=zm_kb&sysparm_article=KB0061756
      ownerClicks: (p: { who: string }) =>
        `Neben „Planungsberechtigung zuweisen an“ auf „Hinzufügen“ klicken und ${p.who} eintragen. Damit ist das Planen in Ihrem Auftrag erlaubt.`,
      admin: "Beide Zoom-Konten prüfen",
      accountsNote: (p: { owner: string }) =>
        `Das Konto der Stellvertretung und das Konto ${von(p.owner)} müssen lizenzierte Benutzerkonten im selben Zoom-Konto sein (oder in verknüpften Haupt- und Unterkonten).`,
    },
    webex: {
      // „Berechtigung zum Ansetzen“: Webex (de-de, machine-translation quality), https://help.webex.com/de-de/nkyeiue/Allow-Someone-to-Schedule-Webex-Meetings-on-Your-Behalf-in-Microsoft-Outlook-for-Windows
      owner: (p: { delegate: string }) => `${p.delegate} in Webex berechtigen, in Ihrem Auftrag Meetings anzusetzen`,
      ownerClicks: (p: { email: string }) => `${p.email} hinzufügen, dann auf „Speichern“ klicken.`,
      yourEmail: (p: { address: string }) => `Die E-Mail-Adresse dieser Person (${p.address})`,
      yourEmailUnknown: "Die E-Mail-Adresse dieser Person",
      admin: "Beide Webex-Konten prüfen",
      accountsNote: (p: { owner: string }) =>
        `Das Konto der Stellvertretung und das Konto ${von(p.owner)} müssen auf derselben Webex-Website sein, und die E-Mail-Adresse jedes Webex-Kontos muss die Hauptadresse der Person sein, kein Alias.`,
    },
    placeholders: (p: { items: readonly string[] }) =>
      `Outlook hat keine verwendbare Adresse geliefert. Ersetzen Sie daher vor dem Ausführen dieser Befehle ${list(p.items)}.`,
    placeholderOwner: (p: { placeholder: string }) => `${p.placeholder} durch die Adresse des Kalenderbesitzers`,
    placeholderDelegate: (p: { placeholder: string }) => `${p.placeholder} durch die Adresse der Stellvertretung`,
    helpdesk: "Bei Bedarf Hilfe beim Helpdesk holen",
    helpdeskSend: (p: { contact: string }) => `Senden Sie den Bericht aus diesem Bereich an ${p.contact}.`,
    stuckSend: (p: { contact: string }) =>
      `Kopieren Sie den Bericht aus diesem Bereich und senden Sie ihn mit der angezeigten Meldung an ${p.contact}.`,
    sharing: {
      check: "Prüfen, ob die Änderung trotzdem gespeichert wurde",
      // „Freigeben und Berechtigungen“: glossary [15] (Microsoft), see where.webShare.
      checkWhere: (p: { owner: string }) => `Kalender > Kalender ${von(p.owner)} > Freigeben und Berechtigungen`,
      checkText:
        "Die hinzugefügte oder entfernte Person ist meist schon so eingetragen, wie Sie es eingestellt haben; nur die Benachrichtigung per E-Mail fehlt. Sagen Sie der Person selbst Bescheid.",
      owner: "Die Person, die den Kalender verwaltet, als Stellvertretung hinzufügen",
      // The delegate option's label is NOT CONFIRMED in German (see addDelegateWeb); „Bearbeiter“: Microsoft (de-de), Mac page a8c46bdb.
      ownerWeb:
        "Die Person auswählen und in der Liste daneben die Option für Stellvertretungen wählen: Das erteilt die Berechtigung „Bearbeiter“ und das Senden in Ihrem Auftrag zugleich.",
      // „Kalender“: Microsoft (de-de), dd35d8e8; „Bearbeiter“: Microsoft (de-de), Mac page a8c46bdb.
      ownerClassic: "„Kalender“: „Bearbeiter“.",
      group:
        "Stellvertretungszugriff an Personen vergeben, nicht an eine Sicherheitsgruppe: Outlook Web App unter Exchange Server 2013 kann diese Einladung nicht senden (nutzen Sie stattdessen Outlook für Windows).",
      admin: (p: { owner: string }) => `Der Person, die den Kalender ${von(p.owner)} verwaltet, das Senden im Auftrag erlauben`,
      adminPurpose: "Vollzugriff allein schließt das Senden im Auftrag nicht ein.",
    },
    sharingPolicy: {
      owner: (p: { delegate: string }) => `Erneut für ${p.delegate} freigeben, aus dem Adressbuch ausgewählt`,
      ownerClassic:
        "Hinzufügen > die Person in der globalen Adressliste suchen (nicht die Adresse, die Outlook beim Tippen vorschlägt) > „Kalender“: „Bearbeiter“ > OK.",
      ownerWeb:
        "Den Namen eingeben und die Person aus dem Verzeichnis der Organisation wählen, nicht eine Adresse aus den eigenen Kontakten; dann in der Liste daneben die Option für Stellvertretungen wählen.",
      admin: (p: { owner: string }) => `Prüfen, welche Freigaberichtlinie für das Postfach ${von(p.owner)} gilt`,
      policyPurpose: "Zeigt die Freigaberichtlinie, die begrenzt, was außerhalb der Organisation freigegeben werden darf.",
      externalNote:
        "Freigaberichtlinien gelten nur für Personen außerhalb der Organisation. Arbeitet die Person in derselben Organisation, liegt es nicht an der Richtlinie: Die Einladung hat ihre externe Adresse verwendet. Erneut freigeben und die Person aus dem Adressbuch auswählen.",
    },
    hybrid: {
      admin: "Liegt das Postfach in einem lokalen Exchange (Exchange Server): Teams den Lesezugriff ermöglichen",
      recipientPurpose:
        "In Exchange Online PowerShell bedeutet MailUser, dass das Postfach lokal liegt (Hybridfall); UserMailbox bedeutet, dass es in der Cloud liegt.",
      // The article's German title: Microsoft (de-de, MT), https://learn.microsoft.com/de-de/skypeforbusiness/deploy/integrate-with-exchange-server/oauth-with-online-and-on-premises
      oauthNote:
        "Richten Sie OAuth zwischen dem lokalen Exchange und Exchange Online ein (Hybrid Configuration Wizard), danach die Partneranwendung für die Teams-Planung, wie im Microsoft-Artikel „Konfigurieren von Integration und OAuth zwischen Skype for Business Online und Exchange Server“ beschrieben.",
      editorNote:
        "Prüfen Sie auch, ob die Stellvertretung im Kalender Editor mit der Delegate-Markierung hat; Owner ist kein Ersatz dafür.",
      cloud: "Liegen alle Postfächer in Exchange Online: später erneut versuchen",
      cloudNote: "Die Meldung bedeutet dann meist ein vorübergehendes Netzwerk- oder Dienstproblem, keine fehlende Berechtigung.",
      report: "Bericht an die IT senden",
    },
  },

  /** The message from the assistant to the owner; addressed with "Sie". */
  ownerRequest: {
    // „Stellvertretungszugriff“: Microsoft (de-de), 532e6410.
    subject: (p: { me: string }) => `Bitte um Stellvertretungszugriff auf Ihren Kalender (${p.me})`,
    subjectAnonymous: "Bitte um Stellvertretungszugriff auf Ihren Kalender",
    // The gender-neutral business form takes the whole name, titles kept ("Guten Tag Dr. Alex Wilber,"):
    // a first name with "Sie" is unusual towards a manager, and Herr/Frau needs a gender nobody gave us.
    greeting: (p: { owner: string; ownerFull: string }) => `Guten Tag ${p.ownerFull},`,
    greetingAnonymous: "Guten Tag,",
    // Lower case after the salutation's comma, as German letters write it (DIN 5008).
    introAsk: "damit ich Besprechungen in Ihrem Kalender für Sie planen kann, könnten Sie mir bitte folgenden Zugriff geben?",
    introCheck:
      "damit ich Besprechungen in Ihrem Kalender für Sie planen kann, könnten Sie bitte prüfen, ob ich als Stellvertretung für Ihren Kalender eingerichtet bin?",
    // „Bearbeiter“: Microsoft (de-de), Mac page a8c46bdb.
    delegate:
      "Fügen Sie mich bitte als Stellvertretung mit der Berechtigung „Bearbeiter“ für Ihren Kalender hinzu, damit ich Ihre Besprechungen erstellen und ändern und die Einladungen in Ihrem Auftrag senden kann.",
    checkDelegate:
      "Bitte prüfen Sie, ob ich als Stellvertretung mit der Berechtigung „Bearbeiter“ für Ihren Kalender eingetragen bin (Outlook konnte es mir nicht anzeigen).",
    sending:
      "Bitte erlauben Sie mir, Besprechungseinladungen in Ihrem Auftrag zu senden. Das geschieht, wenn Sie mich in Outlook als Stellvertretung hinzufügen.",
    checkSending:
      "Bitte prüfen Sie, ob ich in Outlook als Ihre Stellvertretung aufgeführt bin; damit darf ich Einladungen in Ihrem Auftrag senden (Outlook zeigt mir das nicht an).",
    teams: (p: { service: string; check: boolean }) =>
      `${p.check ? "Bitte prüfen Sie, ob" : "Bitte stellen Sie sicher, dass"} ich in Outlook als Stellvertretung hinzugefügt bin (eine Kalenderfreigabe allein reicht nicht), damit ich ${inService(p.service)} Besprechungen für Sie erstellen kann.`,
    skype: (p: { service: string; check: boolean }) =>
      `${p.check ? "Bitte prüfen Sie, ob" : "Bitte stellen Sie sicher, dass"} ich ${inService(p.service)} zu Ihren Stellvertretungen gehöre, damit ich Onlinebesprechungen in Ihrem Auftrag erstellen kann (mit Ihnen als Organisator).`,
    // „Planungsberechtigung“: Zoom's own page (de), https://support.zoom.com/hc/de/article?id=zm_kb&sysparm_article=KB0061756
    zoom: (p: { service: string; check: boolean }) =>
      `${p.check ? "Bitte prüfen Sie, ob" : "Bitte stellen Sie sicher, dass"} ich ${inService(p.service)} die Planungsberechtigung habe, damit ich Besprechungen in Ihrem Auftrag erstellen kann (mit Ihnen als Organisator).`,
    // „Berechtigung zum Ansetzen“: Webex (de-de, machine-translation quality), https://help.webex.com/de-de/nkyeiue/Allow-Someone-to-Schedule-Webex-Meetings-on-Your-Behalf-in-Microsoft-Outlook-for-Windows
    webex: (p: { service: string; check: boolean }) =>
      `${p.check ? "Bitte prüfen Sie, ob" : "Bitte stellen Sie sicher, dass"} ich ${inService(p.service)} die Berechtigung zum Ansetzen habe, damit ich Besprechungen in Ihrem Auftrag erstellen kann (mit Ihnen als Organisator).`,
    howTo: "So geht es:",
    // Microsoft (de-de), https://support.microsoft.com/de-de/office/einrichten-einer-lync-besprechung-im-auftrag-einer-anderen-person-dd35d8e8-147a-4b51-abf2-9b02121ea3c3
    // ("Datei > Kontoeinstellungen > Zugriffsrechte für Stellvertretung > Hinzufügen", menu „Kalender“);
    // „Bearbeiter“: Microsoft (de-de), Mac page a8c46bdb, and the German dialog (see addDelegateClassic).
    classic: (p: { me: string }) =>
      `- Outlook für Windows: Datei > Kontoeinstellungen > Zugriffsrechte für Stellvertretung > Hinzufügen > ${p.me} auswählen > bei „Kalender“ „Bearbeiter“ wählen > OK.`,
    // „Freigeben“, „Kann bearbeiten“: Microsoft (de-de), 532e6410. The delegate option's label is NOT CONFIRMED (see addDelegateWeb).
    web: (p: { me: string }) =>
      `- Neues Outlook oder Outlook im Web: Kalender > Freigeben > ${p.me} hinzufügen > in der Liste daneben die Option für Stellvertretungen wählen (nicht nur „Kann bearbeiten“).`,
    // Older path „Extras > Konten > Erweitert > Stellvertretungen“: Microsoft (de-de, MT),
    // https://support.office.com/de-de/article/Hinzuf%C3%BCgen-und-Verwalten-von-Stellvertretungen-in-Outlook-f%C3%BCr-Mac-49ba7631-1984-453e-8a8f-c78fd43475e4
    // "Delegation and Sharing" NOT CONFIRMED in German (English third-party source only), kept in English. „Bearbeiter“: Microsoft (de-de), a8c46bdb.
    mac: (p: { me: string }) =>
      `- Outlook für Mac: Extras > Konten > "Delegation and Sharing" (ältere Versionen: Erweitert > Stellvertretungen) > + > ${p.me} hinzufügen > „Kalender“ auf „Bearbeiter“ setzen > OK.`,
    // Microsoft (de-de), Lync page https://support.microsoft.com/de-de/office/einrichten-einer-lync-besprechung-im-auftrag-einer-anderen-person-dd35d8e8-147a-4b51-abf2-9b02121ea3c3
    skypeHow: (p: { me: string }) =>
      `- Skype for Business: Optionen > Anrufweiterleitung > Stellvertretungen bearbeiten > ${p.me} hinzufügen.`,
    // Zoom's own page (de), https://support.zoom.com/hc/de/article?id=zm_kb&sysparm_article=KB0061756
    zoomHow: (p: { me: string }) => `- Zoom-Webportal: Einstellungen > Meeting > Sonstiges > Planungsberechtigung > ${p.me} hinzufügen.`,
    // Webex (de-de, machine-translation quality, middle step missing), https://help.webex.com/de-de/nkyeiue/Allow-Someone-to-Schedule-Webex-Meetings-on-Your-Behalf-in-Microsoft-Outlook-for-Windows;
    // "Scheduling" NOT CONFIRMED in German, kept in English.
    webexHow: (p: { address: string }) =>
      `- Webex-Website: Präferenzen > "Scheduling" > Ansetzberechtigungen > meine E-Mail-Adresse hinzufügen${p.address ? ` (${p.address})` : ""}.`,
    wait: "Bis Änderungen in Teams oder Skype for Business ankommen, kann es einige Minuten bis zu einem Tag dauern.",
    helpdesk: (p: { contact: string }) => `Falls etwas unklar ist, hilft Ihnen ${p.contact} weiter.`,
    thanks: (p: { me: string }) => `Vielen Dank\n${p.me}`,
    thanksAnonymous: "Vielen Dank",
    me: "mich",
    /** Header lines when the request is copied instead of opened as a draft. */
    toLabel: "An",
    subjectLabel: "Betreff",
  },

  report: {
    title: "Im Auftrag planen: Bericht zur Stellvertretung",
    version: (p: { version: string }) => `Add-In-Version: ${p.version}`,
    generated: (p: { at: string }) => `Erstellt: ${p.at}`,
    outlook: "Outlook",
    host: "Host",
    hostVersion: "Version",
    platform: "Plattform",
    language: "Anzeigesprache",
    sets: "Unterstützte Anforderungssätze (Mailbox)",
    facts: "Fakten",
    user: "Angemeldete Person",
    organizer: "Organisator",
    shared: "Freigegebener Kalender",
    source: (p: { source: string }) => `Quelle: ${p.source}`,
    unknownBecause: (p: { reason: string }) => `unbekannt, Grund: ${p.reason}`,
    sharedValue: (p: { owner: string; target: string; bits: string }) =>
      `Kalender ${von(p.owner)}${p.target ? `, Zielpostfach ${p.target}` : ""}, Berechtigungen der Stellvertretung ${p.bits}`,
    answer: "Antwort",
    conclusion: "Ergebnis",
    delegation: "Stellvertretung",
    checks: "Prüfungen",
    noChecks: "Keine nötig: Das ist der eigene Kalender der angemeldeten Person.",
    adding: "Besprechungslink einfügen",
    allowed: "Erlaubt",
    blocked: (p: { reason: string }) => `Blockiert: ${p.reason}`,
    warning: (p: { text: string }) => `Warnung: ${p.text}`,
    service: (p: { name: string; kind: string }) => `Besprechungsdienst: ${p.name} (${p.kind})`,
    sendCheck: (p: { reach: string }) => `Prüfung beim Senden auf diesem Client: ${p.reach}`,
    reported: "Eingefügte Fehlermeldungen",
    none: "Keine",
    commands: "Vorgeschlagene Admin-Befehle zu den Prüfungen oben",
    helpdesk: (p: { contact: string }) => `Helpdesk: ${p.contact}`,
    helpdeskNone: "Helpdesk: nicht konfiguriert",
    notReady: "Das Add-In hat Outlook noch nicht fertig ausgelesen.",
    invalidBits: (p: { value: string }) => `${p.value} (kein gültiger Wert)`,
    none_reported: "keine gemeldet",
  },
  /** „Mit Microsoft 365 prüfen“ (Issue 21): was Graph über den Kalender zeigte, mit Quelle. */
  graph: {
    heading: "Microsoft 365",
    check: "Mit Microsoft 365 prüfen",
    again: "Erneut prüfen",
    checking: "Microsoft 365 wird gefragt…",
    intro: (p: { owner: string }) =>
      `Microsoft 365 kann sagen, ob Sie in den Kalender ${von(p.owner)} schreiben können. Möglicherweise werden Sie einmal aufgefordert, sich anzumelden.`,
    source: (p: { at: string }) => `Laut Microsoft 365, ${dateTimeOf(LOCALE, p.at)}:`,
    canEdit: (p: { owner: string }) => `Sie können im Kalender ${von(p.owner)} Elemente hinzufügen und ändern.`,
    cannotEdit: (p: { owner: string }) =>
      `Microsoft 365 zeigt für Sie keinen Schreibzugriff auf den Kalender ${von(p.owner)} (über eine Gruppe erteilter Zugriff kann fehlen).`,
    delegate: (p: { owner: string }) => `Sie sind Stellvertretung ${von(p.owner)} (Sie dürfen private Elemente sehen).`,
    delegateNotShown:
      "Ob Sie Stellvertretung sind, ist nicht zu sehen: Microsoft 365 zeigt es nur für Stellvertretungen, die private Elemente sehen dürfen.",
    teamsAllowed: (p: { owner: string; service: string }) => `Der Kalender ${von(p.owner)} erlaubt ${meetingsOf(p.service)}.`,
    teamsNotAllowed: (p: { owner: string; service: string }) => `Der Kalender ${von(p.owner)} erlaubt keine ${meetingsOf(p.service)}.`,
    notShown:
      "Microsoft 365 zeigt nicht, ob Sie im Auftrag senden dürfen oder wohin Besprechungskopien gehen; das bleibt wie oben angegeben.",
    otherOwner: (p: { calendar: string }) =>
      `Microsoft 365 hat für einen anderen Kalender geantwortet (${p.calendar}), daher wurde nichts übernommen.`,
    noAccess: (p: { owner: string }) => `Laut Microsoft 365 haben Sie keinen Zugriff auf den Kalender ${von(p.owner)}.`,
    unknown: (p: { reason: string }) => `Microsoft 365 konnte nicht antworten: ${p.reason}`,
    unsupported:
      "Diese Outlook-Version lässt Add-Ins nicht bei Microsoft 365 nachfragen (dafür ist eine neuere Version nötig), daher ist diese Prüfung hier nicht möglich.",
    checks: {
      calendarCanWrite: (p: { owner: string; at: string }) =>
        `Laut Microsoft 365 (${dateOf(LOCALE, p.at)}) können Sie im Kalender ${von(p.owner)} Besprechungen hinzufügen; ob Sie Besprechungen anderer ändern dürfen, ist nicht zu sehen.`,
      calendarCannotWrite: (p: { owner: string; at: string }) =>
        `Microsoft 365 (${dateOf(LOCALE, p.at)}) zeigt für Sie keinen Schreibzugriff auf den Kalender ${von(p.owner)}, aber über eine Gruppe erteilter Zugriff kann fehlen; das ist also nicht sicher.`,
      agrees: (p: { at: string }) => `Microsoft 365 bestätigt das (${dateOf(LOCALE, p.at)}).`,
      conflict: (p: { owner: string }) => `Die Quellen unten sagen Verschiedenes über Ihren Zugriff auf den Kalender ${von(p.owner)}.`,
      conflictLine: (p: { owner: string }) =>
        `Outlook, Exchange und Microsoft 365 sagen nicht alle dasselbe über Ihren Zugriff auf den Kalender ${von(p.owner)}, darum wird keine Angabe übernommen. Bitten Sie die IT, das zu prüfen.`,
      canWriteLine: (p: { owner: string }) =>
        `Microsoft 365 bestätigt, dass Sie im Kalender ${von(p.owner)} Besprechungen hinzufügen können, aber nicht, ob Sie Besprechungen anderer ändern dürfen.`,
      line: (p: { at: string; text: string }) => `Laut Microsoft 365, ${dateOf(LOCALE, p.at)}: ${p.text}`,
      delegateConflict: (p: { owner: string }) =>
        `Exchange zeigt keine Delegate-Markierung, Microsoft 365 aber führt Sie als Stellvertretung ${von(p.owner)}; darum wird keine der beiden Angaben übernommen.`,
      serviceNotOffered: (p: { owner: string; at: string; service: string }) =>
        `Laut Microsoft 365 (${dateOf(LOCALE, p.at)}) bietet der Kalender ${von(p.owner)} keine ${meetingsOf(p.service)} an; nur die IT kann sie dafür einschalten.`,
      notOffered: (p: { owner: string; service: string }) =>
        `Noch nicht: Die IT muss ${meetingsOf(p.service)} für den Kalender ${von(p.owner)} einschalten`,
      teamsGranted: (p: { owner: string; at: string; graphAt: string }) =>
        `Laut Exchange, wie die IT es am ${dateOf(LOCALE, p.at)} gesendet hat, und Microsoft 365 (${dateOf(LOCALE, p.graphAt)}) sind Sie Stellvertretung ${von(p.owner)}, und EWS hält Teams nicht vom Postfach ${von(p.owner)} ab.`,
    },
    why: {
      "not-supported": "Diese Outlook-Version lässt Add-Ins nicht bei Microsoft 365 anmelden.",
      "bridge-missing": "Outlook hat dem Add-In keine Anmeldung angeboten.",
      "consent-refused": "Die Anmeldung wurde abgebrochen oder die Berechtigung nicht erteilt.",
      "sign-in-failed": "Die Anmeldung ist fehlgeschlagen.",
      "scope-missing": "Die Berechtigung, freigegebene Kalender zu lesen (Calendars.Read.Shared), wurde nicht erteilt.",
      "still-unauthorized": "Microsoft 365 hat die Anmeldung zweimal abgelehnt.",
      throttled: "Microsoft 365 ist ausgelastet. Versuchen Sie es in einer Minute erneut.",
      "server-error": "Microsoft 365 hatte ein Problem. Versuchen Sie es später erneut.",
      network: "Microsoft 365 war nicht erreichbar.",
      "timed-out": "Microsoft 365 hat nicht rechtzeitig geantwortet.",
      unexpected: "Die Antwort konnte nicht gelesen werden.",
    },
  },

  /** Changes the pane makes to what the meeting already holds: its location's claim, its block's service. */
  meetingFix: {
    locationFixed: (p: { quote: string }) => `„${p.quote}“ wurde aus dem Ort entfernt; der Rest des Orts ist unverändert.`,
    locationChanged: "Der Ort nennt das nicht mehr, daher wurde nichts geändert.",
    replaceWith: (p: { service: string }) => `Durch ${unnamed(p.service) ? "eine Onlinebesprechung" : p.service} ersetzen`,
    blockIs: (p: { service: string }) => `Der Link im Text dieser Besprechung ist ein ${linkFor(p.service)}.`,
  },

  /** Who a remedy step is written for: the owner's steps speak to the owner about the delegate. */
  remedyPeople: {
    /** Stands for the delegate when Outlook gave no usable name, in a sentence to the owner. */
    delegate: DELEGATE,
    askBelow: (p: { owner: string }) => `Prüfen kann das ${p.owner} oder die IT; die Schritte dafür stehen unten.`,
  },
  /** Die Antwort der IT aus Exchange: ins Feld für Fehlermeldungen eingefügt, mit „An die IT senden“ angefragt, im Bericht festgehalten. */
  adminPaste: {
    also: "Die Antwort der IT auf die Exchange-Prüfung (aus „An die IT senden“) können Sie hier ebenfalls einfügen.",
    heading: "Antwort der IT aus Exchange",
    applied: "Gelesen: Die Prüfungen oben zeigen jetzt, was Exchange gesagt hat.",
    remembered: (p: { owner: string }) =>
      `Für den Kalender ${von(p.owner)} in Ihren Outlook-Einstellungen gespeichert; die nächste Besprechung geht davon aus.`,
    ambiguous: "Einige Namen darin ließen sich nicht sicher zuordnen; diese Teile wurden nicht verwendet.",
    otherPair: (p: { who: string }) => `Diese Ausgabe betrifft ${p.who}, nicht diesen Kalender und Sie; es hat sich nichts geändert.`,
    otherPairUnnamed:
      "Diese Ausgabe betrifft einen anderen Kalender oder eine andere Stellvertretung, nicht diesen Kalender und Sie; es hat sich nichts geändert.",
    incomplete:
      "Unvollständig: Bitten Sie die IT, den ganzen Block einzufügen, von der ersten Markierungszeile bis zur letzten. Es hat sich nichts geändert.",
    tooLong: (p: { limit: number }) =>
      `Zu lang zum Lesen (mehr als ${numberOf(LOCALE, p.limit)} Zeichen): Fügen Sie nur ein, was die Prüfung der IT ausgegeben hat. Es hat sich nichts geändert.`,
    unattributed: (p: { cmdlets: string }) =>
      `Diese Ausgabe (${p.cmdlets}) sagt nicht, wessen Postfach es ist; es hat sich nichts geändert. Damit sie zählt, fügen Sie sie zusammen mit der Befehlszeile ein, die das Postfach nennt (-Identity), oder bitten Sie die IT, die schreibgeschützte Prüfung aus „An die IT senden“ auszuführen.`,
    unattributedPart: (p: { cmdlets: string }) =>
      `Ein Teil davon (${p.cmdlets}) sagt nicht, wessen Postfach es ist; dieser Teil wurde nicht verwendet. Damit er zählt, fügen Sie ihn zusammen mit der Befehlszeile ein, die das Postfach nennt (-Identity).`,
    noRequestId:
      "Keine Antwort auf Ihre Anfrage: Dieser Block trägt keine Anfragenummer (Blöcke älterer Versionen des Add-Ins haben keine); es hat sich nichts geändert. Senden Sie der IT die Prüfung aus „An die IT senden“ und fügen Sie deren Antwort ein.",
    notRequested:
      "Keine Antwort auf Ihre Anfrage: Dieser Bereich hat diesen Block nicht für diesen Kalender und Sie angefordert; es hat sich nichts geändert. Fügen Sie die Antwort auf die Prüfung aus „An die IT senden“ ein.",
    futureDated: (p: { at: string }) =>
      `Laut diesem Block lief er später als jetzt (${dateOf(LOCALE, p.at)}); er wurde abgelehnt, und es hat sich nichts geändert. Bitten Sie die IT, die Prüfung erneut auszuführen.`,
    conflict: (p: { newer: string; older: string; layers: string }) =>
      `Zwei eingefügte Blöcke (ausgeführt am ${dateOf(LOCALE, p.older)} und am ${dateOf(LOCALE, p.newer)}) widersprechen sich bei ${p.layers}; keiner wurde verwendet, und es hat sich nichts geändert. Bitten Sie die IT, die Prüfung noch einmal auszuführen, und fügen Sie nur diese Antwort ein.`,
    layers: {
      calendarRole: "Ihrem Zugriff auf den Kalender",
      delegateFlag: "dem Delegate-Kennzeichen",
      sendOnBehalf: "dem Senden im Auftrag",
      ewsForTeams: "EWS für Teams",
    },
    announce: "Die Antwort der IT aus Exchange wurde gelesen.",
    announceIgnored: "Die Antwort der IT hat nichts geändert.",
    mail: {
      subject: (p: { owner: string }) => `Im Auftrag planen: bitte meine Stellvertretungsrechte für den Kalender ${von(p.owner)} prüfen`,
      intro:
        "Bitte führen Sie die schreibgeschützte Prüfung unten in Exchange Online PowerShell aus (nach Connect-ExchangeOnline) und senden Sie mir alles, was sie ausgibt, von der ersten Markierungszeile bis zur letzten. Ich füge es in das Add-In „Im Auftrag planen“ ein, das dann zeigt, welche Berechtigung fehlt. Der Bericht des Add-Ins folgt nach der Prüfung.",
      check: "Schreibgeschützte Prüfung (ändert nichts):",
      opened:
        "In Outlook wurde eine Nachricht an die IT geöffnet, mit dem Bericht und der Prüfung. Klicken Sie auf „Senden“; fügen Sie die Antwort der IT dann in das Feld „Fehlermeldung“ ein.",
      copied:
        "Bericht und Prüfung kopiert: Fügen Sie sie in Ihr Ticket oder eine E-Mail an die IT ein. Fügen Sie die Antwort der IT dann in das Feld „Fehlermeldung“ ein.",
    },
    report: {
      heading: "Exchange (Ausgabe eines Administrators, im Bereich eingefügt)",
      none: "nichts eingefügt",
      when: (p: { form: string; ranAt: string; pastedAt: string }) => `Form: ${p.form}; ausgeführt: ${p.ranAt}; eingefügt: ${p.pastedAt}`,
      remembered: "von einem früheren Einfügen gespeichert",
      stale: "älter als 30 Tage: von den Prüfungen nicht verwendet",
      conclusions: "Schlussfolgerungen",
      notMatched: "nicht zugeordnet",
      check: "Schreibgeschützte Prüfung für die IT (Exchange Online PowerShell, nach Connect-ExchangeOnline)",
    },
    ownerRoundTrip:
      "Falls Sie nicht sicher sind, was heute eingestellt ist: Unsere IT kann eine Prüfung ausführen, die nichts ändert, und mir die Antwort senden. Ich füge sie in mein Planungs-Add-In ein, das dann zeigt, welche Berechtigung noch fehlt.",
  },

  /** Befehle für die IT: wo sie laufen, und erst nachsehen, bevor sich etwas ändert. */
  adminCommands: {
    // "Exchange-Verwaltungsshell" is Microsoft's de-de name for the Exchange Management Shell; cmdlets and parameters stay as typed.
    shell:
      "Führen Sie diese Befehle in Exchange Online PowerShell aus, nach Connect-ExchangeOnline. Auf Exchange Server (lokal) führen Sie sie in der Exchange-Verwaltungsshell aus und lassen -SharingPermissionFlags weg; das gibt es nur in Exchange Online.",
    likelyFolder: (p: { folder: string }) =>
      `Die Befehle unten verwenden „${p.folder}“, den wahrscheinlichen Namen des Kalenderordners; der erste Befehl zeigt den tatsächlichen Namen (die Zeile mit FolderType Calendar). Weicht er ab, verwenden Sie stattdessen diesen.`,
    viewPurpose:
      "Zeigt die aktuellen Rechte der Stellvertretung am Kalender und ob die Markierung Delegate gesetzt ist (SharingPermissionFlags), bevor sich etwas ändert. Wird ein Eintrag angezeigt, verwenden Sie unten Set-MailboxFolderPermission; meldet der Befehl, dass es keinen Eintrag gibt, verwenden Sie Add-MailboxFolderPermission.",
    setPurpose:
      "Verwenden Sie diesen Befehl statt Add-MailboxFolderPermission, wenn die Stellvertretung bereits einen Eintrag hat (zum Beispiel Reviewer): Add- schlägt bei einem vorhandenen Eintrag fehl.",
  },

  evidence: {
    reported: (p: { quote: string }) => `Ihre Meldung: „${p.quote}“`,
    permissions: (p: { owner: string; role: string }) =>
      `Laut Outlook haben Sie für den Kalender ${von(p.owner)} diese Berechtigung: ${p.role}.`,
    notEditOthers: "Sie können neue Besprechungen erstellen, aber keine ändern, die andere erstellt haben.",
    notDeleteOthers: "Sie können keine Besprechungen löschen, die andere erstellt haben.",
    notRead: "Sie können die übrigen Elemente im Kalender nicht sehen.",
    macZero: (p: { owner: string }) =>
      `Outlook für Mac meldet keinen Zugriff auf den Kalender ${von(p.owner)}. Das tut es bekanntermaßen auch bei echten Stellvertretungen, es beweist also nichts. Speichern Sie einen einfachen Termin im Kalender ${von(p.owner)}, um es herauszufinden.`,
    badBits: (p: { value: string }) => `Outlook hat einen Zugriffswert geliefert, den dieses Add-In nicht versteht (${p.value}).`,
    sharedUnknown: (p: { owner: string; why: string }) =>
      `Outlook hat Ihren Zugriff auf den Kalender ${von(p.owner)} nicht angegeben: ${p.why}. Speichern Sie einen einfachen Termin im Kalender ${von(p.owner)}: Verweigert Outlook das, brauchen Sie Bearbeitungsrechte.`,
    whoseUnknown:
      "Hier ist nicht erkennbar, wessen Kalender das ist. Daher lässt sich nicht sagen, ob diese Berechtigung nötig oder erteilt ist.",
    sendingInvisible: (p: { owner: string }) =>
      `Outlook zeigt Add-Ins nicht, ob Sie Einladungen im Auftrag ${von(p.owner)} senden dürfen. Das lässt sich hier also nicht prüfen.`,
    // „Zugriffsrechte für Stellvertretung“: Microsoft (de-de), https://support.microsoft.com/de-de/office/einrichten-einer-lync-besprechung-im-auftrag-einer-anderen-person-dd35d8e8-147a-4b51-abf2-9b02121ea3c3
    sendingHowToConfirm: (p: { owner: string }) =>
      `Zur Bestätigung kann ${p.owner} in Outlook unter „Zugriffsrechte für Stellvertretung“ nachsehen, ob Sie dort aufgeführt sind, oder die IT führt den Befehl unten aus.`,
    serviceNotNeeded: (p: { service: string }) =>
      `${linksFor(p.service)} haben kein Gastgeberkonto, daher muss Ihnen niemand eine Berechtigung erteilen.`,
    serviceUnchecked: (p: { service: string; owner: string }) =>
      `${serviceStart(p.service)} führt eine eigene Liste, wer im Auftrag ${von(p.owner)} planen darf; Outlook kann sie nicht anzeigen.`,
    // Roles „Autor“, „Bearbeiter“: Microsoft (de-de), https://wus.prod.support.services.microsoft.com/de-de/office/zulassen-dass-eine-andere-person-ihre-e-mail-und-ihren-kalender-verwaltet-41c40c04-3bd1-4d22-963a-28eafec25926
    // and https://support.microsoft.com/de-de/office/optionen-zum-freigeben-und-delegieren-von-ordnern-in-outlook-f%C3%BCr-mac-a8c46bdb-2f37-42be-9b34-5ac87caf8f3d (Microsoft)
    teamsNeeds: (p: { owner: string }) =>
      `Teams verlangt, dass Sie als echte Stellvertretung ${von(p.owner)} eingetragen sind (mit der Berechtigung „Autor“ oder „Bearbeiter“ für den Kalender, als Stellvertretung hinzugefügt und nicht nur mit Freigabe) und im Auftrag dieser Person senden dürfen.`,
    // „Bearbeiter“: Microsoft (de-de), https://support.microsoft.com/de-de/office/optionen-zum-freigeben-und-delegieren-von-ordnern-in-outlook-f%C3%BCr-mac-a8c46bdb-2f37-42be-9b34-5ac87caf8f3d
    skypeNeeds: (p: { owner: string }) =>
      `Skype for Business verlangt, dass Sie in der Stellvertretungsliste ${von(p.owner)} stehen, mit der Berechtigung „Bearbeiter“ für den Kalender und der Berechtigung, im Auftrag dieser Person zu senden.`,
    prerequisiteCalendar: (p: { service: string; owner: string }) =>
      `${serviceStart(p.service)} plant nur dann im Auftrag ${von(p.owner)}, wenn Sie in diesem Kalender Besprechungen erstellen können, und das können Sie nicht (siehe oben).`,
    prerequisiteSending: (p: { service: string; owner: string }) =>
      `${serviceStart(p.service)} verlangt außerdem, dass Sie Einladungen im Auftrag ${von(p.owner)} senden können, und laut Ihrer Meldung können Sie das nicht.`,
    chosenNeedsNothing: (p: { tried: string; chosen: string }) =>
      `Diese Ablehnung kam von ${p.tried}. Diese Besprechung verwendet ${serviceAcc(p.chosen)}, und dafür ist keine solche Berechtigung nötig.`,
    otherService: (p: { quote: string; service: string }) =>
      `Ihre Meldung: „${p.quote}“. Diese Meldung stammt von einem anderen Besprechungsdienst und sagt daher nichts über ${serviceAcc(p.service)} aus.`,
  },

  roles: {
    // „Bearbeiter“: Microsoft (de-de), https://support.microsoft.com/de-de/office/optionen-zum-freigeben-und-delegieren-von-ordnern-in-outlook-f%C3%BCr-mac-a8c46bdb-2f37-42be-9b34-5ac87caf8f3d
    // ("Bearbeiter / Erstellen, Lesen, Ändern und Löschen aller Elemente."). Note: the de Lync page (dd35d8e8) says "Editor" instead.
    Editor: "Bearbeiter (alle Elemente lesen, erstellen, bearbeiten und löschen)",
    // „Autor“: Microsoft (de-de), https://wus.prod.support.services.microsoft.com/de-de/office/zulassen-dass-eine-andere-person-ihre-e-mail-und-ihren-kalender-verwaltet-41c40c04-3bd1-4d22-963a-28eafec25926
    Author: "Autor (Elemente lesen und erstellen, nur eigene bearbeiten und löschen)",
    // „Nicht bearbeitender Autor“: glossary [12]: https://support.microsoft.com/de-de/office/optionen-zum-freigeben-und-delegieren-von-ordnern-in-outlook-f%C3%BCr-mac-a8c46bdb-2f37-42be-9b34-5ac87caf8f3d (Microsoft)
    "Nonediting Author": "Nicht bearbeitender Autor (Elemente lesen und erstellen, nur eigene löschen)",
    // „Prüfer“: Microsoft (de-de), https://wus.prod.support.services.microsoft.com/de-de/office/zulassen-dass-eine-andere-person-ihre-e-mail-und-ihren-kalender-verwaltet-41c40c04-3bd1-4d22-963a-28eafec25926
    // and the Mac page a8c46bdb (Microsoft): "Prüfer / Nur Lesen von Elementen."
    Reviewer: "Prüfer (nur lesen)",
    // „Mitwirkender“: glossary [12] (Microsoft), as above.
    Contributor: "Mitwirkender (nur Elemente erstellen, Kalender nicht lesbar)",
    // „Keine“: third-party only (glossary; https://www.hrz.tu-darmstadt.de/support_und_anleitungen/hrz_anleitungen/groupware_wdb/artikel_details_26816.en.jsp,
    // https://www.ionos.de/hilfe/e-mail/microsoftr-exchange-verwalten/nutzung-der-stellvertreterfunktion-delegate-mit-microsoft-exchange/), no Microsoft page.
    None: "Keine (kein Zugriff auf Elemente)",
    custom: (p: { rights: readonly string[] }) => `eine benutzerdefinierte Stufe: ${list(p.rights)}`,
    right: {
      Read: "Elemente lesen",
      Write: "Elemente erstellen",
      DeleteOwn: "eigene Elemente löschen",
      DeleteAll: "alle Elemente löschen",
      EditOwn: "eigene Elemente bearbeiten",
      EditAll: "alle Elemente bearbeiten",
    },
  },

  delegation: {
    user: (p: { who: string }) => `Angemeldet: ${p.who}.`,
    userUnknown: (p: { why: string }) => `Outlook hat nicht angegeben, wer angemeldet ist (${p.why}).`,
    owner: (p: { address: string }) => `Laut Outlook gehört dieser Kalender ${p.address}.`,
    sharedUnknown: (p: { why: string }) =>
      `Outlook hat keine Angaben zum freigegebenen Kalender geliefert (${p.why}). Das tut es auch beim eigenen Kalender, für sich allein beweist das also nichts.`,
    organizer: (p: { who: string }) => `Organisator: ${p.who}.`,
    organizerUnknown: (p: { why: string }) => `Outlook hat den Organisator nicht angegeben (${p.why}).`,
    organizerDisagrees: "Die Besprechung wird nicht vom Kalenderbesitzer organisiert. Maßgeblich ist, wem der Kalender gehört.",
    selfByOwner: "Der Kalender gehört Ihnen, daher spielen Berechtigungen anderer keine Rolle.",
    selfByOrganizer:
      "Sie organisieren die Besprechung, und sie liegt nicht in einem freigegebenen Kalender: Es ist also Ihr eigener Kalender.",
    delegateByOwner: (p: { owner: string }) => `Der Kalender gehört ${dem(p.owner)}, nicht Ihnen. Sie handeln also als Stellvertretung.`,
    delegateByOrganizer: (p: { owner: string }) =>
      `Die Besprechung wird ${vom(p.owner)} organisiert, nicht von Ihnen. Sie handeln also als Stellvertretung.`,
    unknownBecauseUser:
      "Ohne zu wissen, wer angemeldet ist, lässt sich nicht erkennen, ob das Ihr Kalender ist oder der einer anderen Person.",
    unknownBecauseOwner:
      "Ohne Angaben zum Kalender oder zum Organisator lässt sich nicht erkennen, ob das Ihr Kalender ist oder der einer anderen Person.",
  },
};
