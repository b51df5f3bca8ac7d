/**
 * Dutch, first-screen part: the words of the answer, the check lines, the actions row and the
 * configuration warning, and all the verdict is worked out from. How it is written: ./style.ts.
 */
import { numberOf } from "../format";
import type { FirstScreenMessages } from "../messages";
import { LOCALE, list, OWNER } from "./style";
import { buttonFor, linkOf, meetingIn, meetingsIn, nlServices, serviceIn, serviceStart, serviceTitle } from "./services";

export const nlFirstScreen: FirstScreenMessages = {
  locale: LOCALE,

  people: {
    owner: OWNER,
  },

  app: {
    name: "Namens iemand anders plannen",
    partFailed:
      "Dit deel van het venster kon niet worden getoond. Sluit het venster en open het opnieuw; wat erboven staat, blijft gelden.",
  },

  calendarOf: {
    self: "Uw agenda",
    delegate: (p: { owner: string }) => `Agenda van ${p.owner}`,
    unknown: "Welke agenda? Outlook gaf het niet door",
  },

  status: {
    checking: "Wordt gecontroleerd",
    granted: "In orde",
    partial: "Gedeeltelijk",
    missing: "Ontbreekt",
    unknown: "Niet zichtbaar",
    "not-needed": "Niet nodig",
  },

  answer: {
    yes: "Ja, u kunt de onlinevergadering toevoegen",
    yesLine: "Het is uw eigen agenda, dus u hebt van niemand toestemming nodig.",
    yesOutlookButton: (p: { service: string }) => `Ja: gebruik de ${buttonFor(p.service)} in Outlook`,
    yesOutlookButtonLine: (p: { service: string }) => `Het is uw eigen agenda; Outlook voegt ${meetingsIn(p.service)} zelf toe.`,
    done: (p: { service: string }) => `Klaar: deze vergadering heeft een ${linkOf(p.service)}`,
    doneLine: "Hieronder kunt u de link vervangen of verwijderen.",
    looksReady: "Lijkt in orde",
    looksReadyOutlookButton: (p: { service: string }) => `Lijkt in orde: gebruik de ${buttonFor(p.service)} in Outlook`,
    cantSeeSending: (p: { owner: string }) =>
      `Outlook kan niet tonen of er uitnodigingen namens ${p.owner} mogen worden verzonden; lukt het verzenden niet, vraag het dan aan ${p.owner}.`,
    cantSeeSendingOrService: (p: { owner: string; service: string }) =>
      `Outlook kan niet tonen of er uitnodigingen namens ${p.owner} mogen worden verzonden, en ook niet of u in ${serviceIn(p.service)} voor ${p.owner} mag plannen.`,
    partialLine: (p: { owner: string }) =>
      `U kunt vergaderingen toevoegen aan de agenda van ${p.owner}, maar geen vergaderingen wijzigen die anderen hebben gemaakt.`,
    notYet: (p: { needs: readonly string[] }) => `Nog niet: u hebt ${list(p.needs)} nodig`,
    notYetLine: (p: { owner: string }) => `Alleen ${p.owner} (of IT) kan u dit geven. Voor ${p.owner} is het een minuutje werk.`,
    need: {
      calendar: (p: { owner: string }) => `bewerkrechten voor de agenda van ${p.owner}`,
      sending: (p: { owner: string }) => `toestemming om uitnodigingen namens ${p.owner} te verzenden`,
      service: (p: { owner: string; service: string }) => `toestemming in ${serviceIn(p.service)} om voor ${p.owner} te plannen`,
    },
    otherServiceRefused: (p: { chosen: string }) => `U kunt wel een ${linkOf(p.chosen)} toevoegen`,
    otherServiceRefusedLine: (p: { tried: string; chosen: string; owner: string }) =>
      `${p.tried} weigerde om voor ${p.owner} te plannen. ${serviceStart(p.chosen)} heeft geen toestemming nodig; hebt u toch ${p.tried} nodig, vraag het dan aan ${p.owner}.`,
    cantTell: "Dat is van hieruit niet te zien",
    cantTellWho: "Outlook gaf niet door wie er is aangemeld, dus dit venster kan niets controleren.",
    cantTellWhose: "Outlook gaf niet door in welke agenda deze vergadering staat.",
    cantTellAccess: (p: { owner: string }) =>
      `Outlook toonde uw toegang tot de agenda van ${p.owner} niet. Of u gemachtigde bent, kan ${p.owner} bevestigen.`,
  },

  actions: {
    addMeeting: "Onlinevergadering toevoegen",
    working: "Even geduld…",
    askOwner: (p: { owner: string; needs: readonly string[] }) => `Bij ${p.owner} ${list(p.needs)} aanvragen`,
    needShort: {
      calendar: "bewerkrechten",
      sending: "verzendrechten",
      service: (p: { service: string }) => `toegang in ${serviceIn(p.service)}`,
    },
    confirmWithOwner: (p: { owner: string }) => `Navragen bij ${p.owner}`,
    sendToIt: "Naar IT sturen",
    copyReport: "Rapport voor IT kopiëren",
    reportCopied: "Rapport gekopieerd: plak het in uw ticket of in een e-mail aan IT.",
    askOpened: "Er is een concept geopend in Outlook. Lees het na en klik op Verzenden.",
    askCopied: "Outlook kon hier geen nieuw bericht openen, dus het verzoek is gekopieerd. Plak het in een e-mail aan de eigenaar.",
    copy: "Kopiëren",
    copied: "Gekopieerd",
    copyFailed: "Kopiëren is mislukt: selecteer de tekst en kopieer hem zelf.",
    failed: "Dat is niet gelukt. Sluit het venster en open het opnieuw; blijft het gebeuren, meld het dan aan IT.",
    helpdesk: (p: { contact: string }) => `Helpdesk: ${p.contact}`,
  },

  checks: {
    heading: "Wat er nodig is",
    details: "Details",
    technical: "Technische details",
    whoDoesWhat: "Zo lost u het op",
    sources: "Bronnen",
    title: {
      calendar: "De agenda bewerken",
      sending: "De uitnodigingen verzenden",
      service: (p: { service: string }) => serviceTitle(p.service),
    },
    calendar: {
      granted: (p: { owner: string }) => `U kunt vergaderingen maken en wijzigen in de agenda van ${p.owner}.`,
      partial: "U kunt vergaderingen toevoegen, maar geen vergaderingen wijzigen die anderen hebben gemaakt.",
      readOnly: (p: { owner: string }) => `U kunt de agenda van ${p.owner} alleen lezen.`,
      noAccess: (p: { owner: string }) => `U hebt geen toegang tot de items in de agenda van ${p.owner}.`,
      cannotCreate: (p: { owner: string }) => `U kunt geen vergaderingen maken in de agenda van ${p.owner}.`,
      reported: (p: { owner: string }) =>
        `Outlook weigerde op te slaan in de agenda van ${p.owner} (volgens het bericht dat u hebt geplakt).`,
      macZero: "Outlook voor Mac gaf uw toegang niet door (dat gebeurt vaak).",
      notShown: (p: { owner: string }) => `Outlook toonde uw toegang tot de agenda van ${p.owner} niet.`,
      badValue: "Outlook gaf een toegangsniveau door dat deze invoegtoepassing niet kent.",
      whoseUnknown: "Dit kan pas gecontroleerd worden als Outlook doorgeeft van wie deze agenda is.",
    },
    sending: {
      unknown: (p: { owner: string }) => `Outlook kan dit niet tonen; ${p.owner} kan het bevestigen.`,
      reported: (p: { owner: string }) =>
        `Exchange weigerde een uitnodiging namens ${p.owner} te verzenden (volgens het bericht dat u hebt geplakt).`,
    },
    service: {
      notNeeded: (p: { service: string }) => `${serviceStart(p.service)} heeft geen toestemming nodig.`,
      teams: (p: { owner: string }) =>
        `Teams volgt de gemachtigden die ${p.owner} in Outlook heeft ingesteld; Outlook kan niet tonen of Teams het daarmee eens is.`,
      skype: "Skype voor Bedrijven heeft een eigen lijst met gemachtigden, die Outlook niet kan tonen.",
      zoom: "Zoom houdt een eigen planningsbevoegdheid bij, die Outlook niet kan tonen.",
      webex: "Webex houdt eigen planningsrechten bij, die Outlook niet kan tonen.",
      reported: (p: { service: string; owner: string }) =>
        `${serviceStart(p.service)} weigerde om voor ${p.owner} te plannen (volgens het bericht dat u hebt geplakt).`,
      otherRefused: (p: { tried: string; chosen: string; owner: string }) =>
        `${p.tried} weigerde om voor ${p.owner} te plannen; ${serviceIn(p.chosen)} heeft geen toestemming nodig.`,
      needsCalendar: (p: { service: string; owner: string }) =>
        `${serviceStart(p.service)} heeft eerst bewerkrechten voor de agenda van ${p.owner} nodig.`,
      needsSending: (p: { service: string; owner: string }) =>
        `${serviceStart(p.service)} heeft ook toestemming nodig om uitnodigingen namens ${p.owner} te verzenden.`,
      whoseUnknown: "Dit kan pas gecontroleerd worden als Outlook doorgeeft van wie deze agenda is.",
    },
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

  /** Why a fact is unknown, in plain words (the technical reason goes to the report). Main clauses: used in brackets. */
  why: {
    absent: "deze versie van Outlook biedt dit niet aan invoegtoepassingen",
    failed: "Outlook meldde een fout",
    "timed-out": "Outlook antwoordde niet op tijd",
    empty: "Outlook gaf een leeg antwoord",
    unexpected: "Outlook gaf een waarde die deze invoegtoepassing niet begrijpt",
    "no-item": "er is geen vergadering geopend",
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

  insert: {
    blocked: (p: { reasons: readonly string[] }) => `U kunt nog geen vergaderlink toevoegen: ${list(p.reasons)}.`,
    readOnly: (p: { owner: string }) => `u kunt de agenda van ${p.owner} alleen lezen`,
    noAccess: (p: { owner: string }) => `u hebt geen toegang tot de items in de agenda van ${p.owner}`,
    cannotCreate: (p: { owner: string }) => `u kunt geen vergaderingen maken in de agenda van ${p.owner}`,
    reportedCalendar: (p: { owner: string }) =>
      `volgens het bericht dat u hebt geplakt, kunt u geen vergaderingen maken in de agenda van ${p.owner}`,
    serviceMissing: (p: { service: string; owner: string }) => `${serviceStart(p.service)} laat u nog niet voor ${p.owner} plannen`,
    warnCalendarUnknown: (p: { owner: string }) => `Outlook gaf niet door of u de agenda van ${p.owner} mag bewerken.`,
    warnPartial: (p: { owner: string }) =>
      `U kunt vergaderingen maken in de agenda van ${p.owner}, maar geen vergaderingen wijzigen die anderen hebben gemaakt.`,
    warnSendingUnknown: (p: { owner: string }) =>
      `Of er uitnodigingen namens ${p.owner} verzonden kunnen worden, is in Outlook niet te zien.`,
    warnSendingMissing: (p: { owner: string }) =>
      `Er kunnen geen uitnodigingen namens ${p.owner} vertrekken zolang u niet namens ${p.owner} mag verzenden.`,
    warnServiceUnknown: (p: { service: string; owner: string }) =>
      `Of u in ${serviceIn(p.service)} voor ${p.owner} mag plannen, is in Outlook niet te zien.`,
    warnWhoseUnknown: "Outlook gaf niet door van wie deze agenda is, dus de toestemmingscontroles konden niet worden uitgevoerd.",
    bodyTooLarge: (p: { limit: number }) =>
      `De tekst van de vergadering is te lang om er nog een link aan toe te voegen (hoogstens ${numberOf(LOCALE, p.limit)} tekens). Maak de tekst korter of voeg de link zelf toe.`,
    bodyUnreadable: "Outlook liet dit venster de tekst van de vergadering niet lezen, dus de link kan van hieruit niet worden toegevoegd.",
  },

  config: {
    title: "De instellingen van uw organisatie voor deze invoegtoepassing bevatten fouten",
    body: "Waar een instelling ongeldig is, worden de standaardwaarden gebruikt. Meld aan IT:",
  },

  /** "Label: text", with the language's own spacing around the colon. */
  labelled: (p: { label: string; text: string }) => `${p.label}: ${p.text}`,
  list,

  services: nlServices,
  /** What the meeting itself holds (its link, its location, its size) and what this Outlook can show. */
  meetingTruth: {
    tooOld: "Deze versie van Outlook is te oud om de machtigingen van de agenda te tonen",
    tooOldLine: (p: { owner: string }) =>
      `Werk Outlook bij, of open deze vergadering in de webversie van Outlook, om uw toegang tot de agenda van ${p.owner} te zien.`,
    tooLong: "De link past niet meer in de tekst van deze vergadering",
    tooLongLine:
      "De tekst is bijna zo lang als Outlook toestaat, dus dit venster kan de link niet toevoegen. Kopieer de link en plak hem zelf in de vergadering, of maak de tekst korter.",
    copyLink: "Link kopiëren",
    link: "Vergaderlink",
    claimNoLink: (p: { quote: string; service: string; inLocation: boolean }) =>
      `${p.inLocation ? "De locatie" : "De tekst"} vermeldt "${p.quote}", maar er is geen ${linkOf(p.service)}`,
    claimLocationLine: (p: { service: string }) =>
      `Genodigden zoeken dan een ${linkOf(p.service)}, en Outlook houdt de uitnodiging tegen bij Verzenden. Haal deze woorden uit de locatie, of voeg de ${meetingIn(p.service)} zelf toe.`,
    claimBodyLine: (p: { service: string }) =>
      `Genodigden zoeken dan een ${linkOf(p.service)}, en Outlook houdt de uitnodiging tegen bij Verzenden. Voeg de ${meetingIn(p.service)} toe, of haal deze woorden uit de tekst.`,
    blockWithoutLink: "In het vergaderblok van deze invoegtoepassing ontbreekt de link",
    blockWithoutLinkLine: "Genodigden kunnen dan niet deelnemen. Vervang of verwijder het blok hieronder.",
    fixLocation: (p: { quote: string }) => `"${p.quote}" uit de locatie verwijderen`,
  },
};
