/**
 * The send-time check's message (Smart Alerts shows at most 500 characters), in Dutch. Same keys and
 * placeholders as en.ts; said + likelyCause + openPane stays well under 500 characters. Menu labels
 * follow src/i18n/nl/: Dutch where /work/research/i18n-sources.md confirms them, English in quotes
 * otherwise.
 */
import type { SendGuardMessages } from "./en";
import { nlServices, unnamed } from "../nl/services";

export const sendGuardNl: SendGuardMessages = {
  said: (p: { quote: string; where: "location" | "body"; service: string }) =>
    `${p.where === "location" ? "De locatie" : "De tekst"} vermeldt "${p.quote}" zonder deelnamelink${unnamed(p.service) ? "" : ` voor ${p.service}`}: genodigden kunnen niet deelnemen.`,
  saidBlock:
    'Deze vergadering bevat een blok van "Namens iemand anders plannen" zonder werkende deelnamelink, dus genodigden kunnen niet deelnemen.',
  likelyCause: {
    // Redacteur: https://support.microsoft.com/nl-nl/office/machtigingen-voor-een-openbare-map-instellen-of-wijzigen-b2e0440c-7873-48ec-9ff2-b1a20b723005 (Microsoft, not MT); "Delegeren": https://support.microsoft.com/nl-nl/office/uw-agenda-delen-in-de-webversie-van-outlook-7ecef8ae-139c-40d9-bae2-a23977ee58d5 (Microsoft)
    teams:
      'Outlook kon de Teams-vergadering waarschijnlijk niet voor de eigenaar maken: u moet gemachtigde zijn (Redacteur, "Delegeren") en namens de eigenaar mogen verzenden.',
    // "Edit my delegate members": Dutch Skype for Business label NOT confirmed (i18n-sources.md §1d); English label kept, in quotes.
    skype:
      'Waarschijnlijk bent u in Skype voor Bedrijven geen gemachtigde van de eigenaar ("Edit my delegate members") of mist u bewerk- of verzendrechten.',
    // Planningsbevoegdheid: https://support.zoom.com/hc/nl/article?id=zm_kb&sysparm_article=KB0061750 (Zoom's own page, third-party to Microsoft). "Settings", "Meeting": Dutch labels NOT confirmed; kept in English, in quotes.
    zoom: 'Waarschijnlijk gaf de eigenaar u geen Planningsbevoegdheid in Zoom ("Settings" > "Meeting" > Planningsbevoegdheid), of mag u de agenda niet bewerken.',
    // Voorkeuren > Planning > Planningsrechten: https://help.webex.com/nl-nl/article/nub7z8c/Allow-another-host-to-schedule-meetings-or-training-sessions-on-your-behalf and https://help.webex.com/nl-nl/nxlczft/… (Webex's own pages, third-party to Microsoft, MT quality)
    webex:
      "Waarschijnlijk gaf de eigenaar u geen Planningsrechten in Webex (Voorkeuren > Planning > Planningsrechten), of mag u de agenda niet bewerken.",
    jitsi: "Jitsi heeft geen toestemming nodig; de link is waarschijnlijk nooit toegevoegd.",
    other: 'De deelnamelink in het blok van "Namens iemand anders plannen" is verwijderd of beschadigd.',
  },
  openPane:
    'Open "Namens iemand anders plannen" op het lint om dit na te kijken en de link toe te voegen, of verwijder de tekst over de onlinevergadering.',
  unchecked:
    "Namens iemand anders plannen kon de deelnamelink niet op tijd controleren (de tekst is erg lang), dus de verzending gaat door.",
  /** The services as the message names them. */
  services: nlServices,
};
