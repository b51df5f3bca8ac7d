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

  /** Why a fact is unknown, in plain words (the technical reason goes to the report). Main clauses: used in brackets. */
  why: {
    absent: "deze versie van Outlook biedt dit niet aan invoegtoepassingen",
    failed: "Outlook meldde een fout",
    "timed-out": "Outlook antwoordde niet op tijd",
    empty: "Outlook gaf een leeg antwoord",
    unexpected: "Outlook gaf een waarde die deze invoegtoepassing niet begrijpt",
    "no-item": "er is geen vergadering geopend",
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
