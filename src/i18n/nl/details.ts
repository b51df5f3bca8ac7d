/**
 * Dutch, details part: what the pane shows after the first screen (remedies, the request to
 * the owner, the report, the meeting panel, the error decoder). How it is written: ./style.ts.
 */
import { dateTimeOf } from "../dateTime";
import { dateOf, numberOf } from "../format";
import type { DetailsMessages } from "../messages";
import { linkOf, meetingsIn, serviceIn, unnamed, serviceStart } from "./services";
import { LOCALE, list, start } from "./style";

export const nlDetails: DetailsMessages = {
  meeting: {
    heading: "Onlinevergadering",
    service: "Vergaderdienst",
    replace: "Vergaderlink vervangen",
    remove: "Vergaderlink verwijderen",
    added: "De vergaderlink is aan de vergadering toegevoegd.",
    replaced: "De vergaderlink is vervangen.",
    removed: "De vergaderlink is verwijderd; de rest van de tekst van de vergadering is ongewijzigd.",
    alreadyThere: "Deze vergadering heeft al een link van deze invoegtoepassing.",
    recordedButChanged:
      "Er is eerder een link van deze invoegtoepassing toegevoegd, maar die is sindsdien in de tekst gewijzigd of verwijderd. Pas de link zelf aan of voeg een nieuwe toe.",
    guidance: {
      // Teams-vergadering: glossary [5], isabella232/OfficeDocs-AlchemyInsights-pr.nl-NL, AlchemyInsights/teams-outlook-add-in.md (Microsoft, MT), and
      // microsoft-365-docs-pr.nl-NL "Deelnemen aan een Teams-vergadering" (MT). A Dutch Outlook shows a Dutch label (nl review, finding 2);
      // the button's exact text is not confirmed on a screenshot, so it is named, unquoted, by Microsoft's Dutch name for the feature.
      teamsSelf:
        "Maak de Teams-vergadering met de knop Teams-vergadering van Outlook zelf, op het lint van de vergadering (in de nieuwe Outlook en de webversie van Outlook: de schakelaar Teams-vergadering). Deze invoegtoepassing voegt geen links voor Teams toe.",
      // Teams-vergadering: as teamsSelf.
      teamsDelegate: (p: { owner: string }) =>
        `Maak de Teams-vergadering met de knop Teams-vergadering van Outlook zelf, op het lint van de vergadering (in de nieuwe Outlook en de webversie van Outlook: de schakelaar Teams-vergadering): omdat u gemachtigde van ${p.owner} bent, maakt Outlook de vergadering voor ${p.owner}. Deze invoegtoepassing kan geen Teams-vergaderingen voor iemand anders maken.`,
      // Skype-vergadering: Microsoft's Dutch name (nl review, finding 3): nl-nl Dynamics 365 Talent "Activiteiten in de aanstellingsprocessen"
      // (ms.translationtype HT) quotes the join link "Deelnemen aan Skype-vergadering"; Microsoft 365 docs nl-NL write "Skype-vergadering".
      skypeSelf:
        "Gebruik de knop Skype-vergadering van Outlook zelf, op het lint van de vergadering. Deze invoegtoepassing voegt geen links voor Skype voor Bedrijven toe.",
      // Skype-vergadering: as skypeSelf.
      skypeDelegate: (p: { owner: string }) =>
        `Gebruik de knop Skype-vergadering van Outlook zelf, op het lint van de vergadering: omdat u gemachtigde van ${p.owner} bent, maakt die knop de vergadering voor ${p.owner}. Deze invoegtoepassing kan geen vergaderingen van Skype voor Bedrijven voor iemand anders maken.`,
    },
    problem: {
      unreadable: "Outlook liet dit venster de tekst van de vergadering niet lezen, dus er is niets gewijzigd.",
      exists: "Deze vergadering heeft al een link van deze invoegtoepassing. Gebruik Vergaderlink vervangen of Vergaderlink verwijderen.",
      missing: "De link van deze invoegtoepassing staat niet meer in de tekst van de vergadering, dus er valt niets te wijzigen.",
      tooLarge: (p: { limit: number }) =>
        `De tekst van de vergadering is te lang om er nog een link aan toe te voegen (hoogstens ${numberOf(LOCALE, p.limit)} tekens), dus er is niets gewijzigd.`,
      changed: "De vergadering veranderde terwijl de link werd toegevoegd, dus er is niets gewijzigd. Probeer het opnieuw.",
      invalidFormat: "Outlook weigerde de link omdat die niet paste bij de tekstopmaak van de vergadering; er is niets gewijzigd.",
      refused: "Outlook aanvaardde de wijziging niet, dus de vergadering is ongewijzigd gebleven.",
      failed: "Er ging iets mis, dus er is niets gewijzigd.",
    },
    note: {
      locationUnreadable: "De locatie kon niet worden gelezen en is dus ongewijzigd gebleven.",
      locationNotChanged: "De locatie kon niet worden gewijzigd.",
      locationTooLong: "De link is te lang voor het locatieveld, dus de locatie is leeg gelaten.",
      recordRejected: "Outlook bewaarde de notitie van de invoegtoepassing bij deze vergadering niet; de link staat wel in de tekst.",
      recordNotSaved: "Outlook kon de notitie van de invoegtoepassing bij deze vergadering niet opslaan; de link staat wel in de tekst.",
    },
    linkProblem: {
      randomness: "De browser leverde onvoldoende willekeurige gegevens om een privévergaderruimte te maken, dus er is geen link gemaakt.",
      "owner-missing":
        "Outlook gaf de naam of het adres van de eigenaar niet door, dus de link naar de persoonlijke vergaderruimte van de eigenaar kan niet worden gemaakt.",
      "owner-unusable": "De naam of het adres van de eigenaar kan niet in een vergaderlink worden gebruikt, dus er is geen link gemaakt.",
      "bad-link":
        "De vergaderlink uit de instellingen van uw organisatie is geen veilige https-link, dus die is niet toegevoegd. Vraag het aan IT.",
      "too-long": "De vergaderlink die voor de eigenaar is gemaakt, is te lang, dus die is niet toegevoegd.",
      "not-available": "Deze vergaderdienst voegt geen links toe; gebruik de eigen knop van Outlook.",
    },
  },

  sendCheck: {
    "at-send":
      "Wanneer u op Verzenden klikt, controleert Outlook of de deelnamelink echt in de uitnodiging staat (als IT deze invoegtoepassing voor iedereen heeft geïnstalleerd).",
    "popped-out-only":
      "Outlook controleert de deelnamelink bij het verzenden alleen als deze vergadering in een eigen venster openstaat: open de vergadering in een nieuw venster voordat u verzendt.",
    "not-on-this-client":
      "Deze versie van Outlook kan de deelnamelink niet controleren wanneer u op Verzenden klikt; kijk dus zelf na of de link in de uitnodiging staat voordat u verzendt.",
  },

  decoder: {
    heading: "Een foutmelding gekregen?",
    label: "Foutmelding",
    hint: "Plak de melding die u zag (of de hele e-mail over het niet-bezorgde bericht). De tekst blijft op dit apparaat.",
    truncated: (p: { max: number }) => `Alleen de eerste ${numberOf(LOCALE, p.max)} tekens zijn gelezen.`,
    notRecognised: "Niet herkend",
    notRecognisedBody:
      "Dit venster herkent de melding niet en gaat dus niet gokken. De controles hierboven tonen waar u op moet letten. U kunt het rapport ook naar IT sturen.",
    announce: (p: { title: string }) => `Herkend: ${p.title}.`,
    announceUnknown: "Niet herkend.",
    concerns: (p: { check: string }) => `Dit gaat over "${p.check}" hierboven: bij de details daarvan staat wie het kan oplossen.`,
    concernsNone: "De melding bewijst niet dat u een toestemming mist.",
    ownCalendar:
      "Deze melding gaat over plannen voor iemand anders, maar deze vergadering staat in uw eigen agenda. Kreeg u de melding in de agenda van iemand anders, open die agenda dan (als gedeelde agenda) en open dit venster van daaruit. Als u in de webversie van Outlook het postvak van iemand anders hebt geopend, meldt Outlook het als uw eigen postvak.",
    whoFixes: "Wie het oplost",
    unavailable: "De uitleg is niet geladen. Sluit het venster en open het opnieuw; de controles hierboven blijven gelden.",
    notRead:
      "Deze melding is in een taal die dit venster niet leest (het leest Engels, Frans, Nederlands en Duits). De zin zelf is dus niet gelezen; alleen de codes en productnamen erin zijn bekeken.",
    seen: (p: { items: string }) => `Gevonden: ${p.items}.`,
  },

  errors: {
    "lync-delegate": {
      title: "U bent geen gemachtigde van de eigenaar in Lync / Skype voor Bedrijven",
      cause:
        "Lync en Skype voor Bedrijven hebben een eigen lijst met gemachtigden, los van die van Outlook, en u staat niet op de lijst van de eigenaar. Tegenwoordig betekent deze melding dat uw organisatie een Lync Server of Skype voor Bedrijven Server gebruikt (Skype voor Bedrijven Online is in juli 2021 stopgezet). Gebruikelijke redenen: de eigenaar heeft u daar nooit toegevoegd; de eigenaar heeft u alleen in Outlook toegevoegd en de server heeft dat nooit overgenomen; of u en de eigenaar zitten op verschillende installaties van Skype voor Bedrijven.",
    },
    "teams-delegate": {
      title: "Teams ziet u niet als gemachtigde van de eigenaar",
      // Auteur / Redacteur: https://support.microsoft.com/nl-nl/office/machtigingen-voor-een-openbare-map-instellen-of-wijzigen-b2e0440c-7873-48ec-9ff2-b1a20b723005 (Microsoft, not MT)
      cause:
        "Voordat Teams een vergadering maakt met iemand anders als organisator, controleert Teams het postvak van de eigenaar: daar moet u een echte gemachtigde zijn (machtiging Auteur of Redacteur voor de agenda, en als gemachtigde toegevoegd, niet alleen iemand met wie de agenda is gedeeld) en namens de eigenaar mogen verzenden. Staan de postvakken in Exchange Server (on-premises of hybride), dan mislukt het ook als EWS geblokkeerd is voor de planningsdienst van Teams, of als OAuth tussen Exchange en Teams niet is ingesteld.",
    },
    "teams-hybrid-oauth": {
      title: "Teams kon het postvak van de eigenaar niet bereiken om uw rechten als gemachtigde te controleren",
      cause:
        "Staat het postvak van de eigenaar in Exchange on-premises, dan leest Teams de lijst met gemachtigden via OAuth; is dat niet ingesteld, dan meldt Teams alleen dat er geen verbinding is. Staan alle postvakken in Exchange Online, dan wijst dezelfde melding meestal op een tijdelijk netwerk- of dienstprobleem.",
    },
    "send-on-behalf": {
      title: "U mag niet namens de eigenaar verzenden",
      // "Kan bewerken": https://support.microsoft.com/nl-nl/office/uw-agenda-delen-in-de-webversie-van-outlook-7ecef8ae-139c-40d9-bae2-a23977ee58d5 (Microsoft). "Verzenden als": glossary [2]: github.com/isabella232/OfficeDocs-AlchemyInsights-pr.nl-NL, AlchemyInsights/how-to-add-or-remove-a-delegate-in-outlook-for-windows.md (Microsoft, MT)
      cause:
        'Exchange weigerde de uitnodiging te verzenden als "u namens de eigenaar": u hebt niet de machtiging Verzenden namens voor het postvak van de eigenaar (en ook niet Verzenden als). Bewerkrechten op de agenda horen daar niet bij. Het gebeurt wanneer de eigenaar de agenda heeft gedeeld met "Kan bewerken" in plaats van u als gemachtigde toe te voegen; pas dat laatste geeft deze machtiging. Verzenden namens iemand mislukt in Outlook voor Windows ook als diens postvak verborgen is in de adreslijsten.',
    },
    "calendar-read-only": {
      title: "U hebt alleen leestoegang tot de agenda van de eigenaar",
      // Lezer / Auteur / Redacteur: https://berendbotje.freshservice.com/support/solutions/articles/10000008173-hoe-machtig-ik-iemand-voor-mijn-agenda-en-mail- (third-party); Lezer also https://support.office.com/nl-nl/article/uw-e-mail-en-agenda-door-iemand-anders-laten-beheren-41c40c04-3bd1-4d22-963a-28eafec25926 (Microsoft, MT)
      cause:
        "U kunt de agenda van de eigenaar zien, maar er niets aan toevoegen: uw machtiging is Lezer (alleen lezen) of minder. Om een vergadering toe te voegen is Redacteur nodig (minstens Auteur). Bevestigt de eigenaar dat u de machtiging Redacteur al hebt, dan kan de klassieke Outlook dezelfde melding tonen terwijl Outlook nog veel gedeelde agenda's aan het synchroniseren is.",
    },
    "webex-scheduling-permission": {
      title: "De organisator heeft u geen planningsrechten in Webex gegeven",
      // Planningsrechten: https://help.webex.com/nl-nl/article/nub7z8c/Allow-another-host-to-schedule-meetings-or-training-sessions-on-your-behalf (Webex's own page, third-party to Microsoft; Webex nl pages are of MT quality)
      cause:
        "Webex heeft een eigen lijst met gemachtigden: de organisator (de eigenaar) moet u op de eigen Webex-site vermelden onder Planningsrechten. Het mislukt ook als u en de eigenaar op verschillende Webex-sites zitten, als het Webex-account van de eigenaar een alias gebruikt in plaats van het primaire adres dat Outlook kent, of bij agenda's in een gedeeld postvak.",
    },
    "zoom-scheduling-privilege": {
      title: "De eigenaar heeft u geen planningsbevoegdheid in Zoom gegeven",
      // Planningsbevoegdheid: https://support.zoom.com/hc/nl/article?id=zm_kb&sysparm_article=KB0061750 (Zoom's own page, third-party to Microsoft)
      cause:
        "Zoom laat u alleen plannen voor iemand die u Planningsbevoegdheid heeft gegeven in de eigen Zoom-instellingen. Dat werkt alleen binnen één Zoom-account (of gekoppelde hoofd- en subaccounts), u en de eigenaar hebben allebei een licentie nodig, en nadat de bevoegdheid is gegeven, moet u zich afmelden bij Zoom en opnieuw aanmelden.",
    },
    "sharing-invitation-failed": {
      title: "Het delen van de agenda is gewijzigd, maar de melding kon niet worden verzonden",
      // "Full Access" is Exchange's permission name, kept in English.
      cause:
        'Iemand met volledige toegang ("Full Access") tot het postvak van de eigenaar, maar zonder het recht om namens de eigenaar te verzenden, heeft in de webversie van Outlook het delen van de agenda van de eigenaar gewijzigd: de wijziging is meestal doorgevoerd, alleen de e-mail daarover kon niet worden verzonden. Exchange Server 2013 toont dit ook (zo is het ontworpen) wanneer in Outlook Web App gemachtigdentoegang aan een beveiligingsgroep wordt gegeven.',
    },
    "sharing-policy-refused": {
      title: "Het deelbeleid van Outlook weigerde de machtiging voor deze persoon",
      cause:
        "Outlook weigerde de agenda op het gekozen machtigingsniveau te delen met een of meer personen in de uitnodiging: voor hen is er niets veranderd. Het deelbeleid van Exchange beperkt wat met personen buiten de organisatie gedeeld mag worden. Is de persoon een collega, dan nam Outlook het adres meestal uit de eigen suggesties bij het typen, met het externe adres in plaats van de vermelding in het adresboek.",
    },
    unknown: {
      title: "Niet herkend",
      cause: "Dit venster herkent de melding niet en gaat dus niet gokken.",
    },
  },

  actor: {
    owner: (p: { owner: string }) => start(p.owner),
    admin: "IT",
    you: "U",
  },

  client: {
    "classic-windows": "Klassieke Outlook voor Windows",
    "new-outlook-web": "Nieuwe Outlook en de webversie van Outlook",
    mac: "Outlook voor Mac",
  },

  /** The owner's clicks and the admin's steps. Menu paths are the Dutch labels where confirmed, English in quotes otherwise. */
  remedies: {
    /** The calendar folder's name in a Dutch mailbox (admin commands address it). */
    // "mappen Agenda en Taken": https://support.office.com/nl-nl/article/uw-e-mail-en-agenda-door-iemand-anders-laten-beheren-41c40c04-3bd1-4d22-963a-28eafec25926 (Microsoft, MT; i18n-sources.md §5)
    calendarFolder: "Agenda",
    where: {
      // "Bestand, Info, Accountinstellingen, Gemachtigdentoegang": https://berendbotje.freshservice.com/support/solutions/articles/10000008173-hoe-machtig-ik-iemand-voor-mijn-agenda-en-mail- (third-party; the full nl path is on no Microsoft page found). Feature name "Gemachtigdentoegang" also on https://support.office.com/nl-nl/article/uw-e-mail-en-agenda-door-iemand-anders-laten-beheren-41c40c04-3bd1-4d22-963a-28eafec25926 (Microsoft, MT)
      // Microsoft's own: glossary [2], isabella232/OfficeDocs-AlchemyInsights-pr.nl-NL, AlchemyInsights/how-to-add-or-remove-a-delegate-in-outlook-for-windows.md (MT: "bestand", "account instellingen", "Gemachtigdentoegang", "toevoegen", "Redacteur")
      classicDelegateAccess: "Bestand > Info > Accountinstellingen > Gemachtigdentoegang",
      // "Agenda … Delen": https://support.microsoft.com/nl-nl/office/uw-agenda-delen-in-de-webversie-van-outlook-7ecef8ae-139c-40d9-bae2-a23977ee58d5 (Microsoft); "delen en machtigingen": https://support.office.com/nl-nl/article/agendadelegering-in-de-webversie-van-outlook-532e6410-ee80-42b5-9b1b-a09345ccef1b (Microsoft, MT)
      webShare: "Agenda > Delen (of klik met de rechtermuisknop op de agenda > Delen en machtigingen)",
      // "Agenda … Delen": https://support.microsoft.com/nl-nl/office/uw-agenda-delen-in-de-webversie-van-outlook-7ecef8ae-139c-40d9-bae2-a23977ee58d5 (Microsoft)
      webShareShort: "Agenda > Delen",
      // Extra > Accounts > Geavanceerd > Gemachtigden: http://office.microsoft.com/nl-be/mac-outlook-help/gemachtigden-toevoegen-en-beheren-HA102928247.aspx?CTT=5&origin=HA103528304 (Microsoft, old page).
      // "Delegation and Sharing": Dutch label NOT confirmed (English only, third-party: https://confluence.esg.wsu.edu/display/KB/Email+-+How+to+Add%252C+Manage%252C+and+Remove+Delegates+in+Outlook+for+Mac); kept in English, in quotes.
      macDelegates: 'Extra > Accounts > "Delegation and Sharing" (oudere Outlook voor Mac: Extra > Accounts > Geavanceerd > Gemachtigden)',
      // Dutch Skype for Business menu path NOT confirmed (i18n-sources.md §1d); English labels kept, in quotes. English source: GitHub MicrosoftDocs/OfficeDocs-SkypeForBusiness, Skype/SfbOnline/set-up-skype-for-business-online/set-up-and-troubleshoot-skype-for-business-online-delegation.md (Microsoft)
      skype: 'Skype voor Bedrijven / Lync: "Tools" > "Options" > "Call Forwarding Settings" > "Edit my delegate members"',
      // Overige, Planningsbevoegdheid: https://support.zoom.com/hc/nl/article?id=zm_kb&sysparm_article=KB0061750 (Zoom's own page, third-party to Microsoft).
      // "Settings" and "Meeting": Dutch labels NOT confirmed (only the de page quotes those steps); kept in English, in quotes.
      zoom: 'Zoom-webportaal: "Settings" > "Meeting" > Overige > Planningsbevoegdheid',
      // Voorkeuren > Planning > Planningsrechten: https://help.webex.com/nl-nl/nxlczft/… and https://help.webex.com/nl-nl/y3xvmu/… (addresses shortened in i18n-sources.md §1e), https://help.webex.com/nl-nl/article/nub7z8c/Allow-another-host-to-schedule-meetings-or-training-sessions-on-your-behalf (Webex's own pages, third-party to Microsoft, MT quality)
      webex: "Webex-site: Voorkeuren > Planning > Planningsrechten",
    },
    // Toevoegen, Agenda, Redacteur: "Toevoegen" on the Mac delegates page http://office.microsoft.com/nl-be/mac-outlook-help/gemachtigden-toevoegen-en-beheren-HA102928247.aspx?CTT=5&origin=HA103528304 (Microsoft, old page; assumed the same on Windows);
    // "Agenda" (folder) https://support.office.com/nl-nl/article/uw-e-mail-en-agenda-door-iemand-anders-laten-beheren-41c40c04-3bd1-4d22-963a-28eafec25926 (Microsoft, MT); Redacteur https://berendbotje.freshservice.com/support/solutions/articles/10000008173-hoe-machtig-ik-iemand-voor-mijn-agenda-en-mail- (third-party)
    // Toevoegen, Redacteur, Agenda: also glossary [2] (Microsoft, MT)
    addDelegateClassic: (p: { who: string }) =>
      `Toevoegen > ${p.who} kiezen > Agenda op Redacteur zetten > OK. Wie hier als gemachtigde wordt toegevoegd, mag ook uitnodigingen namens u verzenden.`,
    // "Delegeren", "Kan bewerken": https://support.microsoft.com/nl-nl/office/uw-agenda-delen-in-de-webversie-van-outlook-7ecef8ae-139c-40d9-bae2-a23977ee58d5 (Microsoft)
    addDelegateWeb: (p: { who: string }) =>
      `Daar ${p.who} toevoegen en "Delegeren" kiezen. Met "Kan bewerken" kan die persoon de agenda wel bewerken, maar geen uitnodigingen namens u verzenden, en Teams negeert het.`,
    // "Gemachtigden die namens mij kunnen handelen": http://office.microsoft.com/nl-be/mac-outlook-help/gemachtigden-toevoegen-en-beheren-HA102928247.aspx?CTT=5&origin=HA103528304 (Microsoft, old page; a later MT page says "Gedelegeerden"); Agenda, Redacteur as in addDelegateClassic
    addDelegateMac: (p: { who: string }) =>
      `Onder "Gemachtigden die namens mij kunnen handelen" op + klikken, ${p.who} toevoegen, Agenda op Redacteur zetten en op OK klikken.`,
    calendar: {
      // Redacteur: https://support.microsoft.com/nl-nl/office/machtigingen-voor-een-openbare-map-instellen-of-wijzigen-b2e0440c-7873-48ec-9ff2-b1a20b723005 (Microsoft, not MT)
      owner: (p: { delegate: string }) => `Van ${p.delegate} een gemachtigde maken, met Agenda op Redacteur`,
      admin: (p: { owner: string; delegate: string }) =>
        `Of geef ${p.delegate} als gemachtigde de machtiging Redacteur voor de agenda van ${p.owner}`,
      // IT texts name the -AccessRights values as typed (Editor, Reviewer) and add the Outlook label: Redacteur https://berendbotje.freshservice.com/support/solutions/articles/10000008173-hoe-machtig-ik-iemand-voor-mijn-agenda-en-mail- (third-party);
      // Lezer https://support.office.com/nl-nl/article/uw-e-mail-en-agenda-door-iemand-anders-laten-beheren-41c40c04-3bd1-4d22-963a-28eafec25926 (Microsoft, MT); Gemachtigdentoegang: same two sources.
      addPurpose:
        "Geeft de gemachtigde Editor (in Outlook: Redacteur) op de agenda van de eigenaar en markeert die persoon als gemachtigde (wat Teams en Gemachtigdentoegang in Outlook verwachten).",
      setPurpose:
        "Gebruik deze opdracht als de eerste opdracht meldt dat er al een machtiging bestaat (bijvoorbeeld Reviewer, in Outlook: Lezer).",
      folderNote: (p: { folder: string }) =>
        `De agendamap heeft een naam in de taal van het postvak van de eigenaar (${p.folder}); meldt de opdracht dat de map niet gevonden wordt, dan toont de laatste opdracht de echte naam. -SharingPermissionFlags bestaat alleen in Exchange Online; laat het weg op Exchange Server.`,
      findFolderPurpose: "Toont de echte naam van de agendamap van de eigenaar, in welke taal het postvak ook staat.",
    },
    sending: {
      confirm: (p: { owner: string }) => `Nagaan of u uitnodigingen namens ${p.owner} mag verzenden`,
      invisible: "Outlook laat dit recht niet zien aan invoegtoepassingen, dus dit venster kan het niet voor u controleren.",
      ownerLooks: (p: { delegate: string }) =>
        `Hier nakijken: staat ${p.delegate} in de lijst, dan mag ${p.delegate} al uitnodigingen namens u verzenden.`,
      listPurpose: (p: { owner: string; delegate: string }) =>
        `Toont iedereen die namens ${p.owner} uitnodigingen mag verzenden; ${p.delegate} hoort in die lijst te staan.`,
      owner: (p: { delegate: string }) => `Van ${p.delegate} een gemachtigde maken, zodat die namens u mag verzenden`,
      admin: (p: { owner: string; delegate: string }) => `Of laat ${p.delegate} uitnodigingen namens ${p.owner} verzenden`,
      grantPurpose:
        'Laat uitnodigingen vertrekken als "gemachtigde namens eigenaar"; @{Add=…} laat iedereen staan die al in de lijst staat.',
      hiddenNote:
        "Verzenden namens de eigenaar mislukt in Outlook voor Windows ook als het postvak van de eigenaar verborgen is in de adreslijsten.",
    },
    teams: {
      owner: (p: { delegate: string }) => `Van ${p.delegate} een gemachtigde maken (de agenda delen is niet genoeg voor Teams)`,
      admin: "Zorg dat Teams de gemachtigdentoegang kan zien",
      ewsOrgPurpose:
        "Toont of EWS beperkt is tot een lijst met toegestane toepassingen; is EwsApplicationAccessPolicy EnforceAllowList, voer dan de volgende opdracht uit.",
      ewsAllowPurpose:
        "Laat de planningsdienst van Teams de agenda van de eigenaar via EWS lezen (postvakken in Exchange Server en hybride postvakken).",
      ewsMailboxPurpose:
        "Controleert het postvak van de eigenaar zelf: EwsEnabled moet True (of leeg) zijn, en een eventuele eigen lijst met toegestane toepassingen moet *SchedulingService* bevatten.",
      ewsRetirementNote:
        "Exchange Online blokkeert EWS standaard vanaf oktober 2026 en schakelt het in april 2027 uit (aankondiging van Microsoft); controleer deze instellingen opnieuw als plannen via Teams voor gemachtigden dan niet meer werkt.",
    },
    skype: {
      owner: (p: { delegate: string }) => `Van ${p.delegate} een gemachtigde maken in Skype voor Bedrijven (Lync)`,
      // "Add": the Skype for Business button's Dutch label is NOT confirmed; written as a plain verb, no label.
      ownerClicks: (p: { who: string }) => `Daar ${p.who} toevoegen en op OK klikken.`,
      // Gemachtigdentoegang, Agenda, Redacteur: sources as in where.classicDelegateAccess and addDelegateClassic (third-party / Microsoft MT)
      alternative: (p: { delegate: string }) =>
        `Of ${p.delegate} in Outlook toevoegen via Gemachtigdentoegang, met Agenda op Redacteur (dan mag ${p.delegate} ook namens u verzenden). U moet daarbij zowel in Outlook als in Skype voor Bedrijven aangemeld zijn. Meestal is de wijziging binnen een tiental minuten zichtbaar, soms pas na 24 uur.`,
      admin: "Laat gemachtigden uit Outlook meetellen in Lync / Skype voor Bedrijven Server (on-premises)",
      syncPurpose:
        "Alleen op Lync of Skype voor Bedrijven Server: nodig als de eigenaar niet voor Enterprise Voice is ingeschakeld. Daarna meldt de eigenaar zich af bij Skype voor Bedrijven en opnieuw aan. Heeft de eigenaar een eigen clientbeleid, stel het dan in op dat beleid in plaats van op Global.",
      deploymentNote: (p: { owner: string }) =>
        `De gemachtigde en ${p.owner} moeten op dezelfde installatie van Skype voor Bedrijven staan.`,
      retiredNote: "Skype voor Bedrijven Online is op 31 juli 2021 stopgezet, dus dit geldt alleen voor een server on-premises.",
    },
    zoom: {
      // Planningsbevoegdheid: https://support.zoom.com/hc/nl/article?id=zm_kb&sysparm_article=KB0061750 (Zoom's own page, third-party to Microsoft)
      owner: (p: { delegate: string }) => `Planningsbevoegdheid in Zoom geven aan ${p.delegate}`,
      ownerClicks: (p: { who: string }) => `Daar ${p.who} toevoegen als iemand die voor u mag plannen.`,
      admin: "Controleer beide Zoom-accounts (daarvoor is een Zoom-beheerder nodig)",
      accountsNote: (p: { owner: string }) =>
        `De gemachtigde en ${p.owner} moeten allebei gebruikers met een licentie zijn in hetzelfde Zoom-account (of in gekoppelde hoofd- en subaccounts).`,
    },
    webex: {
      // Planningsrechten: https://help.webex.com/nl-nl/article/nub7z8c/Allow-another-host-to-schedule-meetings-or-training-sessions-on-your-behalf (Webex's own page, third-party to Microsoft, MT quality)
      owner: (p: { delegate: string }) => `Planningsrechten in Webex geven aan ${p.delegate}`,
      // "Save": the Webex button's Dutch label is NOT confirmed; written as a plain verb ("opslaan"), no label.
      ownerClicks: (p: { email: string }) => `Daar ${p.email} toevoegen en opslaan.`,
      yourEmail: (p: { address: string }) => `het e-mailadres van de gemachtigde (${p.address})`,
      yourEmailUnknown: "het e-mailadres van de gemachtigde",
      admin: "Controleer beide Webex-accounts (daarvoor is een Webex-beheerder nodig)",
      accountsNote: (p: { owner: string }) =>
        `De gemachtigde en ${p.owner} moeten op dezelfde Webex-site zitten, en het e-mailadres van elk Webex-account moet het primaire adres van die persoon zijn, geen alias.`,
    },
    placeholders: (p: { items: readonly string[] }) =>
      `Outlook gaf geen bruikbaar adres door; vervang dus ${list(p.items)} voordat deze opdrachten worden uitgevoerd.`,
    placeholderOwner: (p: { placeholder: string }) => `${p.placeholder} door het adres van de eigenaar`,
    placeholderDelegate: (p: { placeholder: string }) => `${p.placeholder} door het adres van de gemachtigde`,
    helpdesk: "Hulp nodig? Neem contact op met uw helpdesk",
    helpdeskSend: (p: { contact: string }) => `Stuur het rapport uit dit venster naar ${p.contact}.`,
    stuckSend: (p: { contact: string }) => `Kopieer het rapport uit dit venster en stuur het, met de melding die u zag, naar ${p.contact}.`,
    sharing: {
      check: "Kijk na of de wijziging toch is opgeslagen",
      // "Agenda": https://support.microsoft.com/nl-nl/office/uw-agenda-delen-in-de-webversie-van-outlook-7ecef8ae-139c-40d9-bae2-a23977ee58d5 (Microsoft); "delen en machtigingen": https://support.office.com/nl-nl/article/agendadelegering-in-de-webversie-van-outlook-532e6410-ee80-42b5-9b1b-a09345ccef1b (Microsoft, MT)
      checkWhere: (p: { owner: string }) => `Agenda > agenda van ${p.owner} > Delen en machtigingen`,
      checkText:
        "Meestal staat de persoon die u hebt toegevoegd of verwijderd er al zoals u het hebt ingesteld; alleen de e-mail met de melding ontbreekt. Laat het de persoon zelf weten.",
      owner: "De persoon die uw agenda beheert als gemachtigde toevoegen",
      // "Delegeren": https://support.microsoft.com/nl-nl/office/uw-agenda-delen-in-de-webversie-van-outlook-7ecef8ae-139c-40d9-bae2-a23977ee58d5 (Microsoft); Redacteur: https://berendbotje.freshservice.com/support/solutions/articles/10000008173-hoe-machtig-ik-iemand-voor-mijn-agenda-en-mail- (third-party)
      ownerWeb:
        'De persoon toevoegen en "Delegeren" kiezen: zo krijgt die persoon tegelijk Redacteur en het recht om namens u te verzenden.',
      // Agenda, Redacteur: sources as in addDelegateClassic (Microsoft MT / third-party)
      ownerClassic: "Agenda: Redacteur.",
      group:
        "Gemachtigdentoegang aan personen geven, niet aan een beveiligingsgroep: Outlook Web App op Exchange Server 2013 kan die uitnodiging niet verzenden (dan Outlook voor Windows gebruiken).",
      admin: (p: { owner: string }) => `Laat de persoon die de agenda van ${p.owner} beheert, namens ${p.owner} verzenden`,
      adminPurpose: 'Volledige toegang ("Full Access") alleen geeft nog niet het recht om namens de eigenaar te verzenden.',
    },
    sharingPolicy: {
      owner: (p: { delegate: string }) => `Opnieuw delen met ${p.delegate}, gekozen uit het adresboek`,
      ownerClassic:
        "Toevoegen > de persoon zoeken in de algemene adreslijst (niet het adres dat Outlook tijdens het typen voorstelt) > Agenda op Redacteur zetten > OK.",
      ownerWeb:
        'De naam typen en de persoon kiezen uit de adreslijst van de organisatie, niet een adres uit uw eigen contactpersonen; daarna "Delegeren" kiezen.',
      admin: (p: { owner: string }) => `Kijk welk deelbeleid geldt voor het postvak van ${p.owner}`,
      policyPurpose: "Toont het deelbeleid dat beperkt wat de eigenaar buiten de organisatie mag delen.",
      externalNote:
        "Deelbeleid geldt alleen voor personen buiten de organisatie. Werkt de persoon in dezelfde organisatie, dan is het beleid niet de oorzaak: de uitnodiging gebruikte het externe adres. Deel opnieuw en kies de persoon uit het adresboek.",
    },
    hybrid: {
      admin: "Als het postvak van de eigenaar in Exchange on-premises staat: laat Teams het lezen",
      recipientPurpose:
        "In Exchange Online PowerShell betekent MailUser dat het postvak van de eigenaar on-premises staat (de hybride situatie); UserMailbox betekent dat het in de cloud staat.",
      oauthNote:
        'Stel OAuth in tussen Exchange on-premises en Exchange Online (Hybrid Configuration Wizard) en daarna de partnertoepassing voor het plannen via Teams, zoals beschreven in het (Engelstalige) Microsoft-artikel "Configure integration and OAuth between Skype for Business Online and Exchange Server".',
      editorNote:
        "Controleer ook of de gemachtigde Editor met de Delegate-markering heeft op de agenda van de eigenaar; Owner is geen vervanging.",
      cloud: "Als alle postvakken in Exchange Online staan: probeer het later opnieuw",
      cloudNote: "De melding wijst dan meestal op een tijdelijk netwerk- of dienstprobleem, niet op een ontbrekende toestemming.",
      report: "Stuur het rapport naar IT",
    },
  },

  ownerRequest: {
    subject: (p: { me: string }) => `Toegang als gemachtigde tot uw agenda voor ${p.me}`,
    subjectAnonymous: "Toegang als gemachtigde tot uw agenda",
    greeting: (p: { owner: string; ownerFull: string }) => `Beste ${p.owner},`,
    greetingAnonymous: "Goedendag,",
    introAsk: "Om vergaderingen in uw agenda voor u te kunnen plannen, heb ik de volgende toegang nodig. Zou u die willen geven?",
    introCheck:
      "Om vergaderingen in uw agenda voor u te kunnen plannen, moet ik als gemachtigde voor uw agenda zijn ingesteld. Zou u willen controleren of dat zo is?",
    // Redacteur: https://support.microsoft.com/nl-nl/office/machtigingen-voor-een-openbare-map-instellen-of-wijzigen-b2e0440c-7873-48ec-9ff2-b1a20b723005 (Microsoft, not MT)
    delegate:
      "Mij als gemachtigde toevoegen aan uw agenda met de machtiging Redacteur, zodat ik uw vergaderingen kan maken en bijwerken en de uitnodigingen namens u kan verzenden.",
    // Redacteur: https://support.microsoft.com/nl-nl/office/machtigingen-voor-een-openbare-map-instellen-of-wijzigen-b2e0440c-7873-48ec-9ff2-b1a20b723005 (Microsoft, not MT)
    checkDelegate: "Controleren of ik gemachtigde ben voor uw agenda met de machtiging Redacteur (Outlook kon mij dat niet tonen).",
    sending: "Mij vergaderuitnodigingen namens u laten verzenden. Dat regelt u door mij in Outlook als gemachtigde toe te voegen.",
    checkSending:
      "Controleren of ik in Outlook als uw gemachtigde vermeld sta; daardoor mag ik vergaderuitnodigingen namens u verzenden (Outlook toont mij dat niet).",
    teams: (p: { service: string; check: boolean }) =>
      `${p.check ? "Controleren of" : "Ervoor zorgen dat"} ik in Outlook als gemachtigde ben toegevoegd (alleen de agenda delen is niet genoeg), zodat ${serviceIn(p.service)} mij vergaderingen voor u laat maken.`,
    skype: (p: { service: string; check: boolean }) =>
      `${p.check ? "Controleren of" : "Ervoor zorgen dat"} ik een van uw gemachtigden ben in ${serviceIn(p.service)}, zodat ik onlinevergaderingen met u als organisator kan maken.`,
    // Planningsbevoegdheid: https://support.zoom.com/hc/nl/article?id=zm_kb&sysparm_article=KB0061750 (Zoom's own page, third-party to Microsoft)
    zoom: (p: { service: string; check: boolean }) =>
      `${p.check ? "Controleren of" : "Ervoor zorgen dat"} ik Planningsbevoegdheid heb in ${serviceIn(p.service)}, zodat ik vergaderingen met u als organisator kan maken.`,
    // Planningsrechten: https://help.webex.com/nl-nl/article/nub7z8c/Allow-another-host-to-schedule-meetings-or-training-sessions-on-your-behalf (Webex's own page, third-party to Microsoft, MT quality)
    webex: (p: { service: string; check: boolean }) =>
      `${p.check ? "Controleren of" : "Ervoor zorgen dat"} ik Planningsrechten heb in ${serviceIn(p.service)}, zodat ik vergaderingen met u als organisator kan maken.`,
    howTo: "Zo doet u het:",
    // Bestand > Info > Accountinstellingen > Gemachtigdentoegang, Redacteur: https://berendbotje.freshservice.com/support/solutions/articles/10000008173-hoe-machtig-ik-iemand-voor-mijn-agenda-en-mail- (third-party);
    // Toevoegen: http://office.microsoft.com/nl-be/mac-outlook-help/gemachtigden-toevoegen-en-beheren-HA102928247.aspx?CTT=5&origin=HA103528304 (Microsoft, old Mac page); Agenda: https://support.office.com/nl-nl/article/uw-e-mail-en-agenda-door-iemand-anders-laten-beheren-41c40c04-3bd1-4d22-963a-28eafec25926 (Microsoft, MT)
    classic: (p: { me: string }) =>
      `- Outlook voor Windows: Bestand > Info > Accountinstellingen > Gemachtigdentoegang > Toevoegen > kies ${p.me} > zet Agenda op Redacteur > OK.`,
    // Agenda > Delen, "Delegeren", "Kan bewerken": https://support.microsoft.com/nl-nl/office/uw-agenda-delen-in-de-webversie-van-outlook-7ecef8ae-139c-40d9-bae2-a23977ee58d5 (Microsoft)
    web: (p: { me: string }) =>
      `- Nieuwe Outlook of de webversie van Outlook: Agenda > Delen > voeg ${p.me} toe > kies "Delegeren" (niet alleen "Kan bewerken").`,
    // Extra > Accounts, Geavanceerd > Gemachtigden: http://office.microsoft.com/nl-be/mac-outlook-help/gemachtigden-toevoegen-en-beheren-HA102928247.aspx?CTT=5&origin=HA103528304 (Microsoft, old page).
    // "Delegation and Sharing": Dutch label NOT confirmed (English, third-party: https://confluence.esg.wsu.edu/display/KB/Email+-+How+to+Add%252C+Manage%252C+and+Remove+Delegates+in+Outlook+for+Mac); kept in English, in quotes.
    mac: (p: { me: string }) =>
      `- Outlook voor Mac: Extra > Accounts > "Delegation and Sharing" (oudere versies: Geavanceerd > Gemachtigden) > + > voeg ${p.me} toe > zet Agenda op Redacteur > OK.`,
    // Dutch Skype for Business menu path NOT confirmed (i18n-sources.md §1d); English labels kept, in quotes. English source: GitHub MicrosoftDocs/OfficeDocs-SkypeForBusiness, Skype/SfbOnline/set-up-skype-for-business-online/set-up-and-troubleshoot-skype-for-business-online-delegation.md (Microsoft)
    skypeHow: (p: { me: string }) =>
      `- Skype voor Bedrijven: "Tools" > "Options" > "Call Forwarding Settings" > "Edit my delegate members" > voeg ${p.me} toe.`,
    // Overige, Planningsbevoegdheid: https://support.zoom.com/hc/nl/article?id=zm_kb&sysparm_article=KB0061750 (Zoom's own page, third-party to Microsoft). "Settings", "Meeting": Dutch labels NOT confirmed; kept in English, in quotes.
    zoomHow: (p: { me: string }) => `- Zoom-webportaal: "Settings" > "Meeting" > Overige > Planningsbevoegdheid > voeg ${p.me} toe.`,
    // Voorkeuren > Planning > Planningsrechten: https://help.webex.com/nl-nl/nxlczft/… and https://help.webex.com/nl-nl/y3xvmu/… (shortened in i18n-sources.md §1e), https://help.webex.com/nl-nl/article/nub7z8c/Allow-another-host-to-schedule-meetings-or-training-sessions-on-your-behalf (Webex's own pages, third-party to Microsoft, MT quality)
    webexHow: (p: { address: string }) =>
      `- Webex-site: Voorkeuren > Planning > Planningsrechten > voeg mijn e-mailadres toe${p.address ? ` (${p.address})` : ""}.`,
    wait: "Het kan enkele minuten tot een dag duren voordat de wijzigingen in Teams of Skype voor Bedrijven zichtbaar zijn.",
    helpdesk: (p: { contact: string }) => `Is er iets niet duidelijk, dan kan ${p.contact} helpen.`,
    thanks: (p: { me: string }) => `Alvast bedankt,\n${p.me}`,
    thanksAnonymous: "Alvast bedankt",
    me: "mij",
    /** Header lines when the request is copied instead of opened as a draft. */
    toLabel: "Aan",
    subjectLabel: "Onderwerp",
  },

  report: {
    title: "Namens iemand anders plannen: rapport over gemachtigdentoegang",
    version: (p: { version: string }) => `Versie van de invoegtoepassing: ${p.version}`,
    generated: (p: { at: string }) => `Gemaakt op: ${p.at}`,
    outlook: "Outlook",
    host: "Toepassing",
    hostVersion: "Versie",
    platform: "Platform",
    language: "Weergavetaal",
    sets: "Ondersteunde Mailbox-vereistensets",
    facts: "Gegevens",
    user: "Aangemelde gebruiker",
    organizer: "Organisator",
    shared: "Gedeelde agenda",
    source: (p: { source: string }) => `bron: ${p.source}`,
    unknownBecause: (p: { reason: string }) => `onbekend, reden: ${p.reason}`,
    sharedValue: (p: { owner: string; target: string; bits: string }) =>
      `eigenaar ${p.owner}${p.target ? `, doelpostvak ${p.target}` : ""}, machtigingen van de gemachtigde ${p.bits}`,
    answer: "Antwoord",
    conclusion: "Conclusie",
    delegation: "Gemachtigdentoegang",
    checks: "Controles",
    noChecks: "Niet nodig: dit is de eigen agenda van de gebruiker.",
    adding: "Een vergaderlink toevoegen",
    allowed: "Toegestaan",
    blocked: (p: { reason: string }) => `Geblokkeerd: ${p.reason}`,
    warning: (p: { text: string }) => `Waarschuwing: ${p.text}`,
    service: (p: { name: string; kind: string }) => `Vergaderdienst: ${p.name} (${p.kind})`,
    sendCheck: (p: { reach: string }) => `Controle bij verzenden in deze versie van Outlook: ${p.reach}`,
    reported: "Fouten die de gebruiker meldde",
    none: "Geen",
    commands: "Voorgestelde beheeropdrachten voor de controles hierboven",
    helpdesk: (p: { contact: string }) => `Helpdesk: ${p.contact}`,
    helpdeskNone: "Helpdesk: niet ingesteld",
    notReady: "De invoegtoepassing is nog niet klaar met het uitlezen van Outlook.",
    invalidBits: (p: { value: string }) => `${p.value} (geen geldige waarde)`,
    none_reported: "niets gemeld",
  },
  /** "Controleren met Microsoft 365" (issue 21): wat Graph over de agenda van de eigenaar liet zien, met de bron. */
  graph: {
    heading: "Microsoft 365",
    check: "Controleren met Microsoft 365",
    again: "Opnieuw controleren",
    checking: "Bezig met navragen bij Microsoft 365…",
    intro: (p: { owner: string }) =>
      `Microsoft 365 kan zeggen of u in de agenda van ${p.owner} kunt schrijven. Outlook vraagt u misschien één keer om u aan te melden.`,
    source: (p: { at: string }) => `Volgens Microsoft 365, ${dateTimeOf(LOCALE, p.at)}:`,
    canEdit: (p: { owner: string }) => `U kunt items toevoegen en wijzigen in de agenda van ${p.owner}.`,
    cannotEdit: (p: { owner: string }) =>
      `Microsoft 365 toont geen schrijftoegang voor u tot de agenda van ${p.owner} (het kan toegang via een groep missen).`,
    delegate: (p: { owner: string }) => `U bent gemachtigde van ${p.owner} (u mag privé-items zien).`,
    delegateNotShown:
      "Of u gemachtigde bent, is niet te zien: Microsoft 365 toont dat alleen voor gemachtigden die privé-items mogen zien.",
    teamsAllowed: (p: { owner: string; service: string }) => `De agenda van ${p.owner} staat ${meetingsIn(p.service)} toe.`,
    teamsNotAllowed: (p: { owner: string; service: string }) => `De agenda van ${p.owner} staat geen ${meetingsIn(p.service)} toe.`,
    notShown:
      "Microsoft 365 toont niet of u namens iemand mag verzenden, of waar kopieën van vergaderingen heen gaan; dat blijft zoals hierboven.",
    otherOwner: (p: { calendar: string }) =>
      `Microsoft 365 antwoordde voor een andere agenda (${p.calendar}), dus er is niets van overgenomen.`,
    noAccess: (p: { owner: string }) => `Volgens Microsoft 365 hebt u geen toegang tot de agenda van ${p.owner}.`,
    unknown: (p: { reason: string }) => `Microsoft 365 kon niet antwoorden: ${p.reason}`,
    unsupported:
      "Deze versie van Outlook laat invoegtoepassingen Microsoft 365 niet vragen (daarvoor is een nieuwere versie nodig), dus deze controle kan hier niet worden uitgevoerd.",
    checks: {
      calendarCanWrite: (p: { owner: string; at: string }) =>
        `Volgens Microsoft 365 (${dateOf(LOCALE, p.at)}) kunt u vergaderingen toevoegen aan de agenda van ${p.owner}; of u vergaderingen van anderen kunt wijzigen, is niet te zien.`,
      calendarCannotWrite: (p: { owner: string; at: string }) =>
        `Microsoft 365 (${dateOf(LOCALE, p.at)}) toont geen schrijftoegang voor u tot de agenda van ${p.owner}, maar het kan toegang via een groep missen, dus dit is niet zeker.`,
      agrees: (p: { at: string }) => `Microsoft 365 bevestigt dit (${dateOf(LOCALE, p.at)}).`,
      conflict: (p: { owner: string }) => `De bronnen hieronder zeggen iets anders over uw toegang tot de agenda van ${p.owner}.`,
      conflictLine: (p: { owner: string }) =>
        `Outlook, Exchange en Microsoft 365 zeggen niet allemaal hetzelfde over uw toegang tot de agenda van ${p.owner}, dus geen van hen wordt overgenomen. Vraag IT het te controleren.`,
      canWriteLine: (p: { owner: string }) =>
        `Microsoft 365 bevestigt dat u vergaderingen kunt toevoegen aan de agenda van ${p.owner}, niet of u vergaderingen van anderen kunt wijzigen.`,
      line: (p: { at: string; text: string }) => `Volgens Microsoft 365, ${dateOf(LOCALE, p.at)}: ${p.text}`,
      delegateConflict: (p: { owner: string }) =>
        `Exchange toont geen Delegate-markering, maar Microsoft 365 toont u als gemachtigde van ${p.owner}, dus geen van beide wordt overgenomen.`,
      serviceNotOffered: (p: { owner: string; at: string; service: string }) =>
        `Volgens Microsoft 365 (${dateOf(LOCALE, p.at)}) biedt de agenda van ${p.owner} geen ${meetingsIn(p.service)} aan; alleen IT kan ze voor ${p.owner} inschakelen.`,
      notOffered: (p: { owner: string; service: string }) => `Nog niet: IT moet ${meetingsIn(p.service)} inschakelen voor ${p.owner}`,
      teamsGranted: (p: { owner: string; at: string; graphAt: string }) =>
        `Volgens Exchange, zoals IT het op ${dateOf(LOCALE, p.at)} stuurde, en Microsoft 365 (${dateOf(LOCALE, p.graphAt)}) bent u gemachtigde van ${p.owner} en houdt EWS Teams niet tegen bij het postvak van ${p.owner}.`,
    },
    why: {
      "not-supported": "deze versie van Outlook laat invoegtoepassingen niet aanmelden bij Microsoft 365.",
      "bridge-missing": "Outlook bood de invoegtoepassing geen aanmelding aan.",
      "consent-refused": "de aanmelding is geannuleerd of de toestemming is niet gegeven.",
      "sign-in-failed": "de aanmelding is mislukt.",
      "scope-missing": "de toestemming om gedeelde agenda's te lezen (Calendars.Read.Shared) is niet gegeven.",
      "still-unauthorized": "Microsoft 365 weigerde de aanmelding twee keer.",
      throttled: "Microsoft 365 heeft het druk. Probeer het over een minuut opnieuw.",
      "server-error": "Microsoft 365 had een probleem. Probeer het later opnieuw.",
      network: "Microsoft 365 was niet bereikbaar.",
      "timed-out": "Microsoft 365 antwoordde niet op tijd.",
      unexpected: "het antwoord kon niet worden gelezen.",
    },
  },

  /** Changes the pane makes to what the meeting already holds: its location's claim, its block's service. */
  meetingFix: {
    locationFixed: (p: { quote: string }) => `"${p.quote}" is uit de locatie gehaald; de rest van de locatie is ongewijzigd.`,
    locationChanged: "De locatie vermeldt dat niet meer, dus er is niets gewijzigd.",
    replaceWith: (p: { service: string }) => `Vervangen door ${unnamed(p.service) ? "een onlinevergadering" : p.service}`,
    blockIs: (p: { service: string }) => `De link in de tekst van deze vergadering is een ${linkOf(p.service)}.`,
  },

  /** Who a remedy step is written for: the owner's steps speak to the owner about the delegate. */
  remedyPeople: {
    /** Stands for the delegate when Outlook gave no usable name, in the owner's and IT's steps (where "u" is never the delegate). */
    delegate: "de aanvrager",
    askBelow: (p: { owner: string }) => `Dit kan ${p.owner} of IT nakijken; hun stappen staan hieronder.`,
  },
  /** Het antwoord van IT uit Exchange: geplakt in het foutmeldingsvak, gevraagd met "Naar IT sturen", bewaard in het rapport. */
  adminPaste: {
    also: 'Het antwoord van IT op de Exchange-controle (uit "Naar IT sturen") kunt u hier ook plakken.',
    heading: "Antwoord van IT uit Exchange",
    applied: "Gelezen: de controles hierboven tonen nu wat Exchange zei.",
    remembered: (p: { owner: string }) =>
      `Onthouden voor de agenda van ${p.owner} in uw Outlook-instellingen, zodat het bij de volgende vergadering meteen wordt gebruikt.`,
    ambiguous: "Sommige namen erin konden niet met zekerheid aan u of de eigenaar gekoppeld worden; die delen zijn niet gebruikt.",
    otherPair: (p: { who: string }) => `Deze uitvoer gaat over ${p.who}, niet over deze agenda en u, dus er is niets veranderd.`,
    otherPairUnnamed: "Deze uitvoer gaat over een andere eigenaar of gemachtigde, niet over deze agenda en u, dus er is niets veranderd.",
    incomplete: "Onvolledig: vraag IT het hele blok te plakken, van de eerste markeerregel tot de laatste. Er is niets veranderd.",
    tooLong: (p: { limit: number }) =>
      `Te lang om te lezen (meer dan ${numberOf(LOCALE, p.limit)} tekens): plak alleen wat de controle van IT afdrukte. Er is niets veranderd.`,
    unattributed: (p: { cmdlets: string }) =>
      `Deze uitvoer (${p.cmdlets}) zegt niet van wie het postvak is, dus er is niets veranderd. Plak hem samen met de opdrachtregel die het postvak noemt (-Identity), of vraag IT de alleen-lezen-controle uit "Naar IT sturen" uit te voeren.`,
    unattributedPart: (p: { cmdlets: string }) =>
      `Een deel ervan (${p.cmdlets}) zegt niet van wie het postvak is, dus dat deel is niet gebruikt. Plak het samen met de opdrachtregel die het postvak noemt (-Identity).`,
    noRequestId:
      'Geen antwoord op uw vraag: dit blok draagt geen aanvraagnummer (blokken van oudere versies van de invoegtoepassing hebben er geen), dus er is niets veranderd. Stuur IT de controle uit "Naar IT sturen" en plak het antwoord daarop.',
    notRequested:
      'Geen antwoord op uw vraag: dit venster heeft dit blok niet gevraagd voor deze agenda en u, dus er is niets veranderd. Plak het antwoord op de controle uit "Naar IT sturen".',
    futureDated: (p: { at: string }) =>
      `Volgens dit blok liep het later dan nu (${dateOf(LOCALE, p.at)}), dus het is geweigerd en er is niets veranderd. Vraag IT de controle opnieuw uit te voeren.`,
    conflict: (p: { newer: string; older: string; layers: string }) =>
      `Twee geplakte blokken (uitgevoerd op ${dateOf(LOCALE, p.older)} en op ${dateOf(LOCALE, p.newer)}) spreken elkaar tegen over ${p.layers}, dus geen ervan is gebruikt en er is niets veranderd. Vraag IT de controle nog eens uit te voeren en plak alleen dat antwoord.`,
    layers: {
      calendarRole: "uw toegang tot de agenda",
      delegateFlag: "de Delegate-vlag",
      sendOnBehalf: "verzenden namens",
      ewsForTeams: "EWS voor Teams",
    },
    announce: "Het antwoord van IT uit Exchange is gelezen.",
    announceIgnored: "Het antwoord van IT veranderde niets.",
    mail: {
      subject: (p: { owner: string }) => `Namens iemand anders plannen: graag mijn gemachtigdenrechten voor ${p.owner} controleren`,
      intro:
        'Wilt u de alleen-lezen controle hieronder uitvoeren in Exchange Online PowerShell (na Connect-ExchangeOnline) en mij alles sturen wat ze afdrukt, van de eerste markeerregel tot de laatste? Ik plak het in de invoegtoepassing "Namens iemand anders plannen", die dan toont welke toestemming ontbreekt. Het rapport van de invoegtoepassing staat onder de controle.',
      check: "Alleen-lezen controle (verandert niets):",
      opened:
        "Er is een bericht aan IT geopend in Outlook, met het rapport en de controle. Klik op Verzenden; plak het antwoord van IT daarna in het vak Foutmelding.",
      copied:
        "Rapport en controle gekopieerd: plak ze in uw ticket of in een e-mail aan IT. Plak het antwoord van IT daarna in het vak Foutmelding.",
    },
    report: {
      heading: "Exchange (uitvoer van een beheerder, in het venster geplakt)",
      none: "niets geplakt",
      when: (p: { form: string; ranAt: string; pastedAt: string }) => `vorm: ${p.form}; uitgevoerd: ${p.ranAt}; geplakt: ${p.pastedAt}`,
      remembered: "onthouden van een eerdere keer plakken",
      stale: "meer dan 30 dagen oud: niet gebruikt door de controles",
      conclusions: "conclusies",
      notMatched: "niet gekoppeld",
      check: "Alleen-lezen controle voor IT (Exchange Online PowerShell, na Connect-ExchangeOnline)",
    },
    ownerRoundTrip:
      "Weet u niet zeker wat er nu is ingesteld? Dan kan onze IT een controle uitvoeren die niets verandert en mij het antwoord sturen; ik plak het in mijn planningshulp, die dan toont welke toestemming nog ontbreekt.",
  },

  /** Opdrachten voor IT: waar ze draaien, en eerst kijken voordat er iets verandert. */
  adminCommands: {
    // "Exchange Management Shell" is also Microsoft's nl-nl name for it; cmdlets and parameters stay as typed.
    shell:
      "Voer deze opdrachten uit in Exchange Online PowerShell, na Connect-ExchangeOnline. Op Exchange Server (on-premises): voer ze uit in de Exchange Management Shell en laat -SharingPermissionFlags weg; dat bestaat alleen in Exchange Online.",
    likelyFolder: (p: { folder: string }) =>
      `De opdrachten hieronder gebruiken "${p.folder}", de waarschijnlijke naam van de agendamap; de eerste opdracht toont de echte naam (de regel met FolderType Calendar). Wijkt die naam af, gebruik dan die naam.`,
    viewPurpose:
      "Toont de huidige rechten van de gemachtigde op de agenda en of de Delegate-markering is ingesteld (SharingPermissionFlags), voordat er iets verandert. Staat er een vermelding, gebruik dan hieronder Set-MailboxFolderPermission; meldt de opdracht dat er geen vermelding is, gebruik dan Add-MailboxFolderPermission.",
    setPurpose:
      "Gebruik deze opdracht in plaats van Add-MailboxFolderPermission als de gemachtigde al een vermelding heeft (bijvoorbeeld Reviewer, in Outlook: Lezer): Add- mislukt bij een bestaande vermelding.",
  },

  evidence: {
    reported: (p: { quote: string }) => `U meldde: "${p.quote}"`,
    permissions: (p: { owner: string; role: string }) => `Volgens Outlook hebt u deze toegang tot de agenda van ${p.owner}: ${p.role}.`,
    notEditOthers: "U kunt nieuwe vergaderingen maken, maar geen vergaderingen wijzigen die anderen hebben gemaakt.",
    notDeleteOthers: "U kunt geen vergaderingen verwijderen die anderen hebben gemaakt.",
    notRead: "U kunt de andere items in de agenda niet zien.",
    macZero: (p: { owner: string }) =>
      `Outlook voor Mac meldde dat u geen toegang hebt tot de agenda van ${p.owner}. Dat doet Outlook voor Mac ook bij echte gemachtigden, dus dit bewijst niets. Sla een gewone afspraak op in de agenda van ${p.owner} om het na te gaan.`,
    badBits: (p: { value: string }) => `Outlook gaf een toegangswaarde terug die deze invoegtoepassing niet begrijpt (${p.value}).`,
    sharedUnknown: (p: { owner: string; why: string }) =>
      `Outlook gaf uw toegang tot de agenda van ${p.owner} niet door (${p.why}). Sla een gewone afspraak op in de agenda van ${p.owner}: weigert Outlook dat, dan hebt u bewerkrechten nodig.`,
    whoseUnknown:
      "Dit venster kon niet nagaan van wie deze agenda is, dus het kan niet zeggen of deze toestemming nodig is of al gegeven is.",
    sendingInvisible: (p: { owner: string }) =>
      `Outlook laat invoegtoepassingen niet zien of u uitnodigingen namens ${p.owner} mag verzenden, dus dit kan hier niet gecontroleerd worden.`,
    // "Gemachtigdentoegang": https://support.office.com/nl-nl/article/uw-e-mail-en-agenda-door-iemand-anders-laten-beheren-41c40c04-3bd1-4d22-963a-28eafec25926 (Microsoft, MT) and https://berendbotje.freshservice.com/support/solutions/articles/10000008173-hoe-machtig-ik-iemand-voor-mijn-agenda-en-mail- (third-party)
    sendingHowToConfirm: (p: { owner: string }) =>
      `Zo kunt u het laten bevestigen: ${p.owner} opent Gemachtigdentoegang in Outlook en ziet u daar staan, of IT voert de opdracht hieronder uit.`,
    serviceNotNeeded: (p: { service: string }) =>
      `Een ${linkOf(p.service)} is niet gekoppeld aan het account van een organisator, dus niemand hoeft u toestemming te geven.`,
    serviceUnchecked: (p: { service: string; owner: string }) =>
      `${serviceStart(p.service)} houdt zelf bij wie voor ${p.owner} mag plannen; Outlook kan dat niet tonen.`,
    // Auteur / Redacteur: https://support.microsoft.com/nl-nl/office/machtigingen-voor-een-openbare-map-instellen-of-wijzigen-b2e0440c-7873-48ec-9ff2-b1a20b723005 (Microsoft, not MT)
    teamsNeeds: (p: { owner: string }) =>
      `Voor Teams moet u een echte gemachtigde van ${p.owner} zijn (machtiging Auteur of Redacteur voor de agenda, en als gemachtigde toegevoegd, niet alleen iemand met wie de agenda is gedeeld), met toestemming om namens ${p.owner} te verzenden.`,
    // Redacteur: https://support.microsoft.com/nl-nl/office/machtigingen-voor-een-openbare-map-instellen-of-wijzigen-b2e0440c-7873-48ec-9ff2-b1a20b723005 (Microsoft, not MT)
    skypeNeeds: (p: { owner: string }) =>
      `Voor Skype voor Bedrijven moet u in de lijst met gemachtigden van ${p.owner} staan, met Redacteur op de agenda en toestemming om namens ${p.owner} te verzenden.`,
    prerequisiteCalendar: (p: { service: string; owner: string }) =>
      `${serviceStart(p.service)} plant alleen voor ${p.owner} als u vergaderingen kunt maken in de agenda van ${p.owner}, en dat kunt u niet (zie hierboven).`,
    prerequisiteSending: (p: { service: string; owner: string }) =>
      `${serviceStart(p.service)} vereist ook dat u uitnodigingen namens ${p.owner} kunt verzenden, en volgens uw melding kan dat niet.`,
    chosenNeedsNothing: (p: { tried: string; chosen: string }) =>
      `Die weigering kwam van ${p.tried}. Deze vergadering gebruikt ${serviceIn(p.chosen)}, en daarvoor is zo'n recht niet nodig.`,
    otherService: (p: { quote: string; service: string }) =>
      `U meldde: "${p.quote}". Dat bericht komt van een andere vergaderdienst, dus het zegt niets over ${serviceIn(p.service)}.`,
  },

  roles: {
    // Redacteur: https://support.microsoft.com/nl-nl/office/machtigingen-voor-een-openbare-map-instellen-of-wijzigen-b2e0440c-7873-48ec-9ff2-b1a20b723005 (Microsoft, not MT)
    Editor: "Redacteur (alle items lezen, maken, bewerken en verwijderen)",
    // Auteur: https://support.microsoft.com/nl-nl/office/machtigingen-voor-een-openbare-map-instellen-of-wijzigen-b2e0440c-7873-48ec-9ff2-b1a20b723005 (Microsoft, not MT)
    Author: "Auteur (items lezen en maken, alleen eigen items bewerken en verwijderen)",
    // NOT confirmed in Dutch (i18n-sources.md §1f): English role name kept, in quotes.
    "Nonediting Author": `"Nonediting Author" (items lezen en maken, alleen eigen items verwijderen)`,
    // Lezer: https://support.office.com/nl-nl/article/uw-e-mail-en-agenda-door-iemand-anders-laten-beheren-41c40c04-3bd1-4d22-963a-28eafec25926 (Microsoft, MT) and https://berendbotje.freshservice.com/support/solutions/articles/10000008173-hoe-machtig-ik-iemand-voor-mijn-agenda-en-mail- (third-party)
    Reviewer: "Lezer (alleen lezen)",
    // Inzender (nl review, finding 4): https://support.microsoft.com/nl-nl/office/machtigingen-voor-een-openbare-map-instellen-of-wijzigen-b2e0440c-7873-48ec-9ff2-b1a20b723005 (Microsoft, not MT):
    // "Machtigingen variëren van Eigenaar, met alle rechten, tot Inzender, met de minste rechten."
    Contributor: "Inzender (alleen items maken, de agenda niet lezen)",
    // Geen: glossary [2]: github.com/isabella232/OfficeDocs-AlchemyInsights-pr.nl-NL, AlchemyInsights/how-to-add-or-remove-a-delegate-in-outlook-for-windows.md (Microsoft, MT) ("U kunt de machtiging voor Postvak in op geen wijzigen")
    None: "Geen (geen toegang tot items)",
    custom: (p: { rights: readonly string[] }) => `een aangepast niveau: ${list(p.rights)}`,
    right: {
      Read: "items lezen",
      Write: "items maken",
      DeleteOwn: "eigen items verwijderen",
      DeleteAll: "alle items verwijderen",
      EditOwn: "eigen items bewerken",
      EditAll: "alle items bewerken",
    },
  },

  delegation: {
    user: (p: { who: string }) => `Aangemeld: ${p.who}.`,
    userUnknown: (p: { why: string }) => `Outlook gaf niet door wie er is aangemeld (${p.why}).`,
    owner: (p: { address: string }) => `Volgens Outlook is deze agenda van ${p.address}.`,
    sharedUnknown: (p: { why: string }) =>
      `Outlook gaf geen gegevens over een gedeelde agenda (${p.why}); dat doet Outlook ook bij uw eigen agenda, dus dit op zich bewijst niets.`,
    organizer: (p: { who: string }) => `Organisator: ${p.who}.`,
    organizerUnknown: (p: { why: string }) => `Outlook gaf de organisator niet door (${p.why}).`,
    organizerDisagrees:
      "De organisator is iemand anders dan de eigenaar van de agenda; de eigenaar van de agenda bepaalt van wie deze vergadering is.",
    selfByOwner: "De agenda is van u, dus de toestemming van iemand anders speelt geen rol.",
    selfByOrganizer: "U bent de organisator en de vergadering staat niet in een gedeelde agenda, dus het is uw eigen agenda.",
    delegateByOwner: (p: { owner: string }) => `De agenda is van ${p.owner}, niet van u, dus u handelt als gemachtigde van ${p.owner}.`,
    delegateByOrganizer: (p: { owner: string }) => `De organisator is ${p.owner}, niet u, dus u handelt als gemachtigde van ${p.owner}.`,
    unknownBecauseUser: "Zonder te weten wie er is aangemeld, kan dit venster niet zeggen of dit uw agenda is of die van iemand anders.",
    unknownBecauseOwner:
      "Zonder de eigenaar van de agenda of de organisator kan dit venster niet zeggen of dit uw agenda is of die van iemand anders.",
  },
};
