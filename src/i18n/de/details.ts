/**
 * German, details part: what the pane shows after the first screen (remedies, the request to
 * the owner, the report, the meeting panel, the error decoder). How it is written: ./style.ts.
 */
import { numberOf } from "../format";
import type { DetailsMessages } from "../messages";
import { LOCALE, list } from "./style";

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
      // NOT CONFIRMED in German: Outlook's "Teams meeting" button label is kept in English (no de source in i18n-sources.md).
      teamsSelf:
        'Nutzen Sie im Menüband der Besprechung die Teams-Schaltfläche von Outlook ("Teams meeting"; im neuen Outlook und im Web ein Schalter). Dieses Add-In fügt keine Teams-Links hinzu.',
      // NOT CONFIRMED in German: "Teams meeting" kept in English.
      teamsDelegate: (p: { owner: string }) =>
        `Nutzen Sie im Menüband der Besprechung die Teams-Schaltfläche von Outlook ("Teams meeting"; im neuen Outlook und im Web ein Schalter): Als Stellvertretung erstellen Sie die Besprechung so im Auftrag von ${p.owner}. Dieses Add-In kann keine Teams-Besprechungen für andere erstellen.`,
      // NOT CONFIRMED in German: Outlook's "Skype Meeting" button label is kept in English.
      skypeSelf:
        'Nutzen Sie im Menüband der Besprechung die Skype-Schaltfläche von Outlook ("Skype Meeting"). Dieses Add-In fügt keine Links für Skype for Business hinzu.',
      // NOT CONFIRMED in German: "Skype Meeting" kept in English.
      skypeDelegate: (p: { owner: string }) =>
        `Nutzen Sie im Menüband der Besprechung die Skype-Schaltfläche von Outlook ("Skype Meeting"): Als Stellvertretung erstellen Sie die Besprechung so im Auftrag von ${p.owner}. Dieses Add-In kann keine Besprechungen in Skype for Business für andere erstellen.`,
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
        "Outlook hat weder Namen noch Adresse der Person geliefert, der der Kalender gehört; daher lässt sich der Link zu ihrem persönlichen Besprechungsraum nicht erstellen.",
      "owner-unusable":
        "Name oder Adresse der Person, der der Kalender gehört, lässt sich nicht in einem Besprechungslink verwenden, daher wurde kein Link erstellt.",
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
      "Diese Meldung ist hier nicht bekannt, daher wird nicht geraten. Die Prüfungen oben zeigen, worauf Sie achten sollten; oder senden Sie den Bericht an die IT.",
    announce: (p: { title: string }) => `Erkannt: ${p.title}.`,
    announceUnknown: "Nicht erkannt.",
    concerns: (p: { check: string }) => `Das betrifft „${p.check}“ oben: Dort steht in den Details, wer es beheben kann.`,
    concernsNone: "Die Meldung beweist nicht, dass Ihnen eine Berechtigung fehlt.",
    ownCalendar:
      "Diese Meldung betrifft das Planen für eine andere Person, diese Besprechung liegt aber in Ihrem eigenen Kalender. Kam die Meldung in einem fremden Kalender, öffnen Sie diesen Kalender (als freigegebenen Kalender) und von dort aus diesen Bereich. Haben Sie das Postfach einer anderen Person in Outlook im Web geöffnet, meldet Outlook es als Ihr eigenes.",
    whoFixes: "Wer es behebt",
    unavailable:
      "Die Erklärungen wurden nicht geladen. Schließen Sie den Bereich und öffnen Sie ihn erneut; die Prüfungen oben gelten weiterhin.",
  },

  errors: {
    "lync-delegate": {
      title: "Sie sind in Lync / Skype for Business nicht als Stellvertretung eingetragen",
      cause:
        "Lync und Skype for Business führen eine eigene Liste der Stellvertretungen, getrennt von Outlook, und Sie stehen nicht auf der Liste der Person, der der Kalender gehört. Heute bedeutet diese Meldung, dass Ihre Organisation einen Lync- oder Skype for Business Server betreibt (Skype for Business Online wurde im Juli 2021 eingestellt). Häufige Gründe: Sie wurden dort nie hinzugefügt; Sie wurden nur in Outlook hinzugefügt, und der Server hat das nie übernommen; oder Sie und diese Person sind in verschiedenen Bereitstellungen von Skype for Business.",
    },
    "teams-delegate": {
      title: "Teams erkennt Sie nicht als Stellvertretung",
      cause:
        "Bevor Teams eine Besprechung im Auftrag einer anderen Person erstellt, prüft es deren Postfach: Sie müssen dort als echte Stellvertretung eingetragen sein („Autor“ oder „Bearbeiter“, als Stellvertretung hinzugefügt, nicht nur mit Freigabe) und im Auftrag dieser Person senden dürfen. Bei Postfächern in Exchange Server (lokal oder hybrid) scheitert es außerdem, wenn EWS für den Teams-Planungsdienst gesperrt ist oder OAuth zwischen Exchange und Teams nicht eingerichtet ist.",
    },
    "teams-hybrid-oauth": {
      title: "Teams konnte das Postfach nicht erreichen, um Ihre Stellvertretung zu prüfen",
      cause:
        "Liegt das Postfach der Person, der der Kalender gehört, in Exchange lokal (on-premises), liest Teams die Stellvertretungen über OAuth; ist das nicht eingerichtet, meldet Teams nur, dass keine Verbindung möglich ist. Liegen alle Postfächer in Exchange Online, bedeuten dieselben Worte meist ein vorübergehendes Netzwerk- oder Dienstproblem.",
    },
    "send-on-behalf": {
      title: "Senden im Auftrag ist nicht erlaubt",
      // „Kann bearbeiten“: Microsoft (de-de), https://wus.prod.support.services.microsoft.com/de-de/office/freigeben-ihres-kalenders-in-outlook-im-web-7ecef8ae-139c-40d9-bae2-a23977ee58d5
      // "Send As" is NOT CONFIRMED in German and kept in English.
      cause:
        'Exchange hat es abgelehnt, die Einladung als „Sie im Auftrag von …“ zu senden: Ihnen fehlt das Recht, im Auftrag der Person zu senden, der der Kalender gehört (ebenso "Send As"). Bearbeitungsrechte für den Kalender schließen dieses Recht nicht ein. Das passiert, wenn der Kalender mit „Kann bearbeiten“ freigegeben wurde, statt Sie als Stellvertretung hinzuzufügen; nur Letzteres erteilt das Recht. In Outlook für Windows scheitert das Senden im Auftrag außerdem, wenn das Postfach dieser Person in der Adressliste ausgeblendet ist.',
    },
    "calendar-read-only": {
      title: "Sie haben nur Lesezugriff auf den Kalender",
      // „Prüfer“, „Bearbeiter“, „Autor“: Microsoft (de-de), https://support.microsoft.com/de-de/office/optionen-zum-freigeben-und-delegieren-von-ordnern-in-outlook-f%C3%BCr-mac-a8c46bdb-2f37-42be-9b34-5ac87caf8f3d
      // and https://wus.prod.support.services.microsoft.com/de-de/office/zulassen-dass-eine-andere-person-ihre-e-mail-und-ihren-kalender-verwaltet-41c40c04-3bd1-4d22-963a-28eafec25926
      cause:
        "Sie sehen den Kalender, können aber nichts hinzufügen: Ihre Berechtigung ist „Prüfer“ (nur lesen) oder geringer. Zum Hinzufügen einer Besprechung brauchen Sie „Bearbeiter“ (mindestens „Autor“). Ist bestätigt, dass Sie bereits „Bearbeiter“ haben: Das klassische Outlook kann dieselbe Meldung zeigen, solange es noch viele freigegebene Kalender synchronisiert.",
    },
    "webex-scheduling-permission": {
      title: "Webex: Berechtigung zum Ansetzen fehlt",
      // „Ansetzberechtigungen“: Webex (de-de, machine-translation quality), https://help.webex.com/de-de/nkyeiue/Allow-Someone-to-Schedule-Webex-Meetings-on-Your-Behalf-in-Microsoft-Outlook-for-Windows
      cause:
        "Webex führt eine eigene Liste: Die Person, der der Kalender gehört, muss Sie auf ihrer Webex-Website unter „Ansetzberechtigungen“ eintragen. Es scheitert auch, wenn Sie beide auf verschiedenen Webex-Websites sind, wenn das Webex-Konto dieser Person einen Alias statt der Hauptadresse verwendet, die Outlook kennt, oder bei Kalendern in einem freigegebenen Postfach.",
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
        "Jemand mit Vollzugriff auf das Postfach der Person, der der Kalender gehört, aber ohne das Recht, in ihrem Auftrag zu senden, hat die Kalenderfreigabe in Outlook im Web geändert: Die Änderung wurde meist übernommen, nur die E-Mail dazu konnte nicht gesendet werden. Exchange Server 2013 zeigt die Meldung außerdem absichtlich, wenn in Outlook Web App einer Sicherheitsgruppe Stellvertretungszugriff erteilt wird.",
    },
    unknown: {
      title: "Nicht erkannt",
      cause: "Diese Meldung ist hier nicht bekannt, daher wird nicht geraten.",
    },
  },

  /** Labels before each remedy ("Aufgabe von Alex: …"); the owner stays in the dative (see the header). */
  actor: {
    owner: (p: { owner: string }) => `Aufgabe von ${p.owner}`,
    admin: "Aufgabe der IT",
    you: "Ihre Aufgabe",
  },

  client: {
    "classic-windows": "Klassisches Outlook für Windows",
    "new-outlook-web": "Neues Outlook und Outlook im Web",
    mac: "Outlook für Mac",
  },

  /**
   * The owner's clicks and the admin's steps. Menu paths use only the German labels confirmed in
   * /work/research/i18n-sources.md (source next to each); unconfirmed labels stay English in "…".
   */
  remedies: {
    /** The calendar folder's name in a German mailbox (admin commands address it). */
    calendarFolder: "Kalender",
    where: {
      // Microsoft (de-de), https://support.microsoft.com/de-de/office/einrichten-einer-lync-besprechung-im-auftrag-einer-anderen-person-dd35d8e8-147a-4b51-abf2-9b02121ea3c3
      // ("Datei > Kontoeinstellungen > Zugriffsrechte für Stellvertretung > Hinzufügen").
      classicDelegateAccess: "Datei > Kontoeinstellungen > Zugriffsrechte für Stellvertretung",
      // „Freigeben“: Microsoft (de-de), https://wus.prod.support.services.microsoft.com/de-de/office/freigeben-ihres-kalenders-in-outlook-im-web-7ecef8ae-139c-40d9-bae2-a23977ee58d5
      // The right-click item "Sharing and permissions" is NOT CONFIRMED in German (the de source is truncated) and kept in English.
      webShare: 'Kalender > Freigeben (oder Rechtsklick auf den Kalender > "Sharing and permissions")',
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
    // the dd35d8e8 page and the MT SfB guide call the same choice „Editor“, hence both names.
    addDelegateClassic: (p: { who: string }) =>
      `Hinzufügen > ${p.who} auswählen > bei „Kalender“ „Bearbeiter“ (oder „Editor“) wählen > OK. Die hier hinzugefügte Stellvertretung darf damit auch Einladungen im Auftrag senden.`,
    // „Übertragen“, „Kann bearbeiten“: Microsoft (de-de), https://wus.prod.support.services.microsoft.com/de-de/office/freigeben-ihres-kalenders-in-outlook-im-web-7ecef8ae-139c-40d9-bae2-a23977ee58d5
    addDelegateWeb: (p: { who: string }) =>
      `${p.who} hinzufügen und „Übertragen“ wählen. „Kann bearbeiten“ erlaubt das Bearbeiten des Kalenders, aber nicht das Senden im Auftrag, und Teams ignoriert es.`,
    // „Stellvertretungen, die in meinem Auftrag handeln dürfen“, „Hinzufügen“: Microsoft (de-de, MT),
    // https://support.office.com/de-de/article/Hinzuf%C3%BCgen-und-Verwalten-von-Stellvertretungen-in-Outlook-f%C3%BCr-Mac-49ba7631-1984-453e-8a8f-c78fd43475e4
    // „Bearbeiter“: Microsoft (de-de), Mac page a8c46bdb.
    addDelegateMac: (p: { who: string }) =>
      `Unter „Stellvertretungen, die in meinem Auftrag handeln dürfen“ auf + (oder „Hinzufügen“) klicken, ${p.who} hinzufügen, „Kalender“ auf „Bearbeiter“ setzen, dann OK.`,
    calendar: {
      // „Bearbeiter“: Microsoft (de-de), Mac page a8c46bdb.
      owner: (p: { owner: string }) => `Sie als Stellvertretung mit „Bearbeiter“ für den Kalender von ${p.owner} hinzufügen`,
      admin: (p: { owner: string }) => `Oder: Ihnen „Bearbeiter“ als Stellvertretung für den Kalender von ${p.owner} erteilen`,
      // „Zugriffsrechte für Stellvertretung“: Microsoft (de-de), dd35d8e8. Editor is the value the command takes.
      addPurpose:
        "Erteilt Editor (in Outlook „Bearbeiter“) für den Kalender und trägt Sie als Stellvertretung ein (so erwarten es Teams und die „Zugriffsrechte für Stellvertretung“ in Outlook).",
      setPurpose:
        "Verwenden Sie stattdessen diesen Befehl, wenn der erste meldet, dass schon ein Berechtigungseintrag besteht (zum Beispiel Reviewer).",
      folderNote: (p: { folder: string }) =>
        `Der Name des Kalenderordners richtet sich nach der Sprache des Postfachs (hier angenommen: ${p.folder}). Meldet der Befehl, dass er ihn nicht findet, zeigt der letzte Befehl den tatsächlichen Namen. -SharingPermissionFlags gibt es nur in Exchange Online; unter Exchange Server lassen Sie es weg.`,
      findFolderPurpose: "Zeigt den tatsächlichen Namen des Kalenderordners, unabhängig von der Sprache des Postfachs.",
    },
    sending: {
      confirm: (p: { owner: string }) => `Klären, ob Sie Einladungen im Auftrag von ${p.owner} senden dürfen`,
      invisible: "Outlook zeigt Add-Ins dieses Recht nicht, daher kann es hier nicht für Sie geprüft werden.",
      ownerLooks: (p: { owner: string }) => `Nachsehen im Outlook von ${p.owner}: Wenn Sie dort aufgeführt sind, ist das Recht erteilt.`,
      listPurpose: (p: { owner: string }) => `Listet alle auf, die im Auftrag von ${p.owner} senden dürfen; Sie sollten dabei sein.`,
      owner: (p: { owner: string }) => `Sie als Stellvertretung hinzufügen; damit dürfen Sie Einladungen im Auftrag von ${p.owner} senden`,
      admin: (p: { owner: string }) => `Oder: Ihnen das Senden von Einladungen im Auftrag von ${p.owner} erlauben`,
      grantPurpose:
        "Damit gehen Einladungen als „Stellvertretung im Auftrag von …“ hinaus; @{Add=…} behält alle, die schon in der Liste stehen.",
      hiddenNote:
        "Das Senden im Auftrag scheitert in Outlook für Windows auch, wenn das Postfach der Person, der der Kalender gehört, in der Adressliste ausgeblendet ist.",
    },
    teams: {
      owner: (p: { owner: string }) =>
        `Sie für den Kalender von ${p.owner} als Stellvertretung hinzufügen (Freigeben allein reicht für Teams nicht)`,
      admin: "Sicherstellen, dass Teams die Stellvertretung sehen kann",
      ewsOrgPurpose:
        "Zeigt, ob EWS auf eine Zulassungsliste beschränkt ist; steht EwsApplicationAccessPolicy auf EnforceAllowList, führen Sie den nächsten Befehl aus.",
      ewsAllowPurpose:
        "Erlaubt dem Teams-Planungsdienst, den Kalender über EWS zu lesen (Postfächer in Exchange Server und in Hybridumgebungen).",
      ewsMailboxPurpose:
        "Prüft das Postfach der Person, der der Kalender gehört: EwsEnabled muss True (oder leer) sein, und eine eigene Zulassungsliste, falls vorhanden, muss *SchedulingService* enthalten.",
      ewsRetirementNote:
        "Exchange Online sperrt EWS ab Oktober 2026 standardmäßig und stellt es im April 2027 ein (Ankündigung von Microsoft). Prüfen Sie diese Einstellungen erneut, falls das Planen für Stellvertretungen in Teams dann nicht mehr funktioniert.",
    },
    skype: {
      owner: (p: { owner: string }) => `Sie in Skype for Business (Lync) als Stellvertretung von ${p.owner} hinzufügen`,
      ownerClicks: (p: { who: string }) => `${p.who} hinzufügen, dann OK.`,
      // „Zugriffsrechte für Stellvertretung“, „Kalender“: Microsoft (de-de), dd35d8e8; „Bearbeiter“: Microsoft (de-de), Mac page a8c46bdb.
      alternative: (p: { owner: string }) =>
        `Oder Sie werden von ${p.owner} in Outlook unter „Zugriffsrechte für Stellvertretung“ mit „Kalender“: „Bearbeiter“ hinzugefügt (damit dürfen Sie auch im Auftrag senden); dabei muss diese Person in Outlook und in Skype for Business angemeldet sein. Meist ist das nach etwa zehn Minuten sichtbar, manchmal erst nach 24 Stunden: Warten Sie einen Tag, bevor Sie sich an die IT wenden.`,
      admin: "Dafür sorgen, dass Outlook-Stellvertretungen zählen (Lync / Skype for Business Server, lokal)",
      syncPurpose:
        "Nur für Lync oder Skype for Business Server: nötig, wenn die Person, der der Kalender gehört, nicht für Enterprise Voice aktiviert ist. Danach meldet sie sich bei Skype for Business ab und wieder an. Hat sie eine eigene Clientrichtlinie, setzen Sie den Wert dort statt in Global.",
      deploymentNote: (p: { owner: string }) =>
        `Ihr Konto und das Konto von ${p.owner} müssen in derselben Bereitstellung von Skype for Business liegen.`,
      retiredNote: "Skype for Business Online wurde am 31. Juli 2021 eingestellt; das gilt also nur für einen lokalen Server.",
    },
    zoom: {
      // „Planungsberechtigung“: Zoom's own page (de), https://support.zoom.com/hc/de/article?id=zm_kb&sysparm_article=KB0061756
      owner: (p: { owner: string }) => `Ihnen in Zoom die Planungsberechtigung erteilen, damit Sie im Auftrag von ${p.owner} planen können`,
      // „Planungsberechtigung zuweisen an“, „Hinzufügen“: Zoom's own page (de), https://support.zoom.com/hc/de/article?id=zm_kb&sysparm_article=KB0061756
      ownerClicks: (p: { who: string; owner: string }) =>
        `Neben „Planungsberechtigung zuweisen an“ auf „Hinzufügen“ klicken und ${p.who} eintragen. Damit ist das Planen im Auftrag von ${p.owner} erlaubt.`,
      admin: "Beide Zoom-Konten prüfen",
      accountsNote: (p: { owner: string }) =>
        `Ihr Konto und das Konto von ${p.owner} müssen lizenzierte Benutzerkonten im selben Zoom-Konto sein (oder in verknüpften Haupt- und Unterkonten).`,
    },
    webex: {
      // „Berechtigung zum Ansetzen“: Webex (de-de, machine-translation quality), https://help.webex.com/de-de/nkyeiue/Allow-Someone-to-Schedule-Webex-Meetings-on-Your-Behalf-in-Microsoft-Outlook-for-Windows
      owner: (p: { owner: string }) =>
        `Ihnen in Webex die Berechtigung zum Ansetzen erteilen, damit Sie im Auftrag von ${p.owner} planen können`,
      ownerClicks: (p: { email: string }) => `${p.email} hinzufügen, dann speichern.`,
      yourEmail: (p: { address: string }) => `Ihre E-Mail-Adresse (${p.address})`,
      yourEmailUnknown: "Ihre E-Mail-Adresse",
      admin: "Beide Webex-Konten prüfen",
      accountsNote: (p: { owner: string }) =>
        `Ihr Konto und das Konto von ${p.owner} müssen auf derselben Webex-Website sein, und die E-Mail-Adresse jedes Webex-Kontos muss die Hauptadresse der Person sein, kein Alias.`,
    },
    placeholders: (p: { items: readonly string[] }) =>
      `Outlook hat keine verwendbare Adresse geliefert. Ersetzen Sie daher ${list(p.items)}, bevor Sie diese Befehle ausführen.`,
    placeholderOwner: (p: { placeholder: string }) => `${p.placeholder} durch die Adresse der Führungskraft`,
    placeholderDelegate: (p: { placeholder: string }) => `${p.placeholder} durch Ihre Adresse`,
    helpdesk: "Bei Bedarf Hilfe beim Helpdesk holen",
    helpdeskSend: (p: { contact: string }) => `Senden Sie den Bericht aus diesem Bereich an ${p.contact}.`,
    stuckSend: (p: { contact: string }) =>
      `Kopieren Sie den Bericht aus diesem Bereich und senden Sie ihn mit der angezeigten Meldung an ${p.contact}.`,
    sharing: {
      check: "Prüfen, ob die Änderung trotzdem gespeichert wurde",
      // "Sharing and permissions" is NOT CONFIRMED in German (the de source 532e6410 is truncated after „Freigeben u…“), kept in English.
      checkWhere: (p: { owner: string }) => `Kalender > Kalender von ${p.owner} > "Sharing and permissions"`,
      checkText:
        "Die hinzugefügte oder entfernte Person ist meist schon so eingetragen, wie Sie es eingestellt haben; nur die Benachrichtigung per E-Mail fehlt. Sagen Sie der Person selbst Bescheid.",
      owner: "Die Person, die den Kalender verwaltet, als Stellvertretung hinzufügen",
      // „Übertragen“: Microsoft (de-de), 7ecef8ae; „Bearbeiter“: Microsoft (de-de), Mac page a8c46bdb.
      ownerWeb: "Die Person auswählen und „Übertragen“: Das erteilt „Bearbeiter“ und das Senden im Auftrag zugleich.",
      // „Kalender“: Microsoft (de-de), dd35d8e8; „Bearbeiter“: Microsoft (de-de), Mac page a8c46bdb.
      ownerClassic: "„Kalender“: „Bearbeiter“.",
      group:
        "Stellvertretungszugriff an Personen vergeben, nicht an eine Sicherheitsgruppe: Outlook Web App unter Exchange Server 2013 kann diese Einladung nicht senden (nutzen Sie stattdessen Outlook für Windows).",
      admin: (p: { owner: string }) => `Der Person, die den Kalender von ${p.owner} verwaltet, das Senden im Auftrag erlauben`,
      adminPurpose: "Vollzugriff allein schließt das Senden im Auftrag nicht ein.",
    },
    hybrid: {
      admin: "Liegt das Postfach in Exchange lokal (on-premises): Teams den Lesezugriff ermöglichen",
      recipientPurpose:
        "In Exchange Online PowerShell bedeutet MailUser, dass das Postfach lokal liegt (Hybridfall); UserMailbox bedeutet, dass es in der Cloud liegt.",
      oauthNote:
        'Richten Sie OAuth zwischen Exchange lokal und Exchange Online ein (Hybrid Configuration Wizard), danach die Partneranwendung für die Teams-Planung, wie im Microsoft-Artikel "Configure integration and OAuth between Skype for Business Online and Exchange Server" beschrieben.',
      editorNote: "Prüfen Sie auch, ob die Stellvertretung im Kalender Editor mit dem Delegate-Flag hat; Owner ist kein Ersatz dafür.",
      cloud: "Liegen alle Postfächer in Exchange Online: später erneut versuchen",
      cloudNote: "Die Meldung bedeutet dann meist ein vorübergehendes Netzwerk- oder Dienstproblem, keine fehlende Berechtigung.",
      report: "Bericht an die IT senden",
    },
  },

  /** The message from the assistant to the owner; addressed with "Sie". */
  ownerRequest: {
    subject: (p: { me: string }) => `Kalender-Stellvertretung für ${p.me}`,
    subjectAnonymous: "Kalender-Stellvertretung",
    greeting: (p: { owner: string }) => `Hallo ${p.owner},`,
    greetingAnonymous: "Guten Tag,",
    introAsk: "Damit ich Besprechungen in Ihrem Kalender für Sie planen kann, könnten Sie mir bitte folgenden Zugriff geben?",
    introCheck:
      "Damit ich Besprechungen in Ihrem Kalender für Sie planen kann, könnten Sie bitte prüfen, ob ich als Stellvertretung für Ihren Kalender eingerichtet bin?",
    // „Bearbeiter“: Microsoft (de-de), Mac page a8c46bdb.
    delegate:
      "Fügen Sie mich bitte als Stellvertretung mit „Bearbeiter“ für Ihren Kalender hinzu, damit ich Ihre Besprechungen erstellen und ändern und die Einladungen in Ihrem Auftrag senden kann.",
    checkDelegate:
      "Bitte prüfen Sie, ob ich als Stellvertretung mit „Bearbeiter“ für Ihren Kalender eingetragen bin (Outlook konnte es mir nicht anzeigen).",
    sending:
      "Bitte erlauben Sie mir, Besprechungseinladungen in Ihrem Auftrag zu senden. Das geschieht, wenn Sie mich in Outlook als Stellvertretung hinzufügen.",
    checkSending:
      "Bitte prüfen Sie, ob ich in Outlook als Ihre Stellvertretung aufgeführt bin; damit darf ich Einladungen in Ihrem Auftrag senden (Outlook zeigt mir das nicht an).",
    teams: (p: { service: string; check: boolean }) =>
      `${p.check ? "Bitte prüfen Sie, ob" : "Bitte stellen Sie sicher, dass"} ich in Outlook als Stellvertretung hinzugefügt bin (eine Kalenderfreigabe allein reicht nicht), damit ich in ${p.service} Besprechungen für Sie erstellen kann.`,
    skype: (p: { service: string; check: boolean }) =>
      `${p.check ? "Bitte prüfen Sie, ob" : "Bitte stellen Sie sicher, dass"} ich in ${p.service} zu Ihren Stellvertretungen gehöre, damit ich Onlinebesprechungen in Ihrem Namen erstellen kann.`,
    // „Planungsberechtigung“: Zoom's own page (de), https://support.zoom.com/hc/de/article?id=zm_kb&sysparm_article=KB0061756
    zoom: (p: { service: string; check: boolean }) =>
      `${p.check ? "Bitte prüfen Sie, ob" : "Bitte stellen Sie sicher, dass"} ich in ${p.service} die Planungsberechtigung habe, damit ich Besprechungen in Ihrem Namen erstellen kann.`,
    // „Berechtigung zum Ansetzen“: Webex (de-de, machine-translation quality), https://help.webex.com/de-de/nkyeiue/Allow-Someone-to-Schedule-Webex-Meetings-on-Your-Behalf-in-Microsoft-Outlook-for-Windows
    webex: (p: { service: string; check: boolean }) =>
      `${p.check ? "Bitte prüfen Sie, ob" : "Bitte stellen Sie sicher, dass"} ich in ${p.service} die Berechtigung zum Ansetzen habe, damit ich Besprechungen in Ihrem Namen erstellen kann.`,
    howTo: "So geht es:",
    // Microsoft (de-de), https://support.microsoft.com/de-de/office/einrichten-einer-lync-besprechung-im-auftrag-einer-anderen-person-dd35d8e8-147a-4b51-abf2-9b02121ea3c3
    // ("Datei > Kontoeinstellungen > Zugriffsrechte für Stellvertretung > Hinzufügen", menu „Kalender“, "Editor");
    // „Bearbeiter“: Microsoft (de-de), Mac page a8c46bdb.
    classic: (p: { me: string }) =>
      `- Outlook für Windows: Datei > Kontoeinstellungen > Zugriffsrechte für Stellvertretung > Hinzufügen > ${p.me} auswählen > bei „Kalender“ „Bearbeiter“ (oder „Editor“) wählen > OK.`,
    // „Freigeben“, „Übertragen“, „Kann bearbeiten“: Microsoft (de-de), https://wus.prod.support.services.microsoft.com/de-de/office/freigeben-ihres-kalenders-in-outlook-im-web-7ecef8ae-139c-40d9-bae2-a23977ee58d5
    web: (p: { me: string }) =>
      `- Neues Outlook oder Outlook im Web: Kalender > Freigeben > ${p.me} hinzufügen > „Übertragen“ wählen (nicht nur „Kann bearbeiten“).`,
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
      `Kalender von ${p.owner}${p.target ? `, Zielpostfach ${p.target}` : ""}, Berechtigungen der Stellvertretung ${p.bits}`,
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
      `Microsoft 365 kann sagen, ob Sie in den Kalender von ${p.owner} schreiben können. Outlook fragt Sie eventuell einmal nach Ihrer Anmeldung.`,
    source: (p: { date: string }) => `Laut Microsoft 365, ${p.date}:`,
    canEdit: (p: { owner: string }) => `Sie können im Kalender von ${p.owner} Elemente hinzufügen und ändern.`,
    cannotEdit: (p: { owner: string }) =>
      `Sie können den Kalender von ${p.owner} öffnen, aber darin keine Elemente hinzufügen oder ändern.`,
    delegate: (p: { owner: string }) => `Sie sind Stellvertretung von ${p.owner} (Sie dürfen private Elemente sehen).`,
    delegateNotShown:
      "Ob Sie Stellvertretung sind, ist nicht zu sehen: Microsoft 365 zeigt es nur für Stellvertretungen, die private Elemente sehen dürfen.",
    teamsAllowed: (p: { owner: string }) => `Der Kalender von ${p.owner} erlaubt Microsoft Teams-Besprechungen.`,
    teamsNotAllowed: (p: { owner: string }) => `Der Kalender von ${p.owner} erlaubt keine Microsoft Teams-Besprechungen.`,
    notShown:
      "Microsoft 365 zeigt nicht, ob Sie im Auftrag senden dürfen oder wohin Besprechungskopien gehen; das bleibt wie oben angegeben.",
    disagree: "Outlook und Microsoft 365 sind sich hier nicht einig; beides wird gezeigt, und die Prüfung oben bleibt unverändert.",
    otherOwner: (p: { calendar: string }) =>
      `Microsoft 365 hat für einen anderen Kalender geantwortet (${p.calendar}), daher wurde nichts übernommen.`,
    noAccess: (p: { owner: string }) => `Laut Microsoft 365 haben Sie keinen Zugriff auf den Kalender von ${p.owner}.`,
    unknown: (p: { reason: string }) => `Microsoft 365 konnte nicht antworten: ${p.reason}`,
    unsupported:
      "Diese Outlook-Version lässt Add-Ins nicht bei Microsoft 365 nachfragen (dafür ist eine neuere Version nötig), daher ist diese Prüfung hier nicht möglich.",
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
};
