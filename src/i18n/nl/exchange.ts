/**
 * Dutch, Exchange part: the words for what an Exchange admin's output said, always with its source
 * and date. Its own chunk, loaded with the rules that read that output (diagnosis/checks/evidenceRules.ts)
 * only when there is such an answer for the pair; most panes never need it. How it is written: ./style.ts.
 */
import { dateOf } from "../format";
import type { ExchangeMessages } from "../messages";
import { serviceIn } from "./services";
import { LOCALE } from "./style";

/** Het antwoord kwam via IT en een plakactie, en zegt dat: "Volgens Exchange, zoals IT het op 9 december 2026 stuurde". */
const asSent = (at: string) => `Volgens Exchange, zoals IT het op ${dateOf(LOCALE, at)} stuurde`;

/** Wat de uitvoer van een Exchange-beheerder zei, altijd met bron en datum (evidence/merge.ts). */
export const nlExchange: ExchangeMessages = {
  calendar: {
    granted: (p: { owner: string; at: string }) => `${asSent(p.at)}, kunt u vergaderingen maken en wijzigen in de agenda van ${p.owner}.`,
    partial: (p: { owner: string; at: string }) =>
      `${asSent(p.at)}, kunt u vergaderingen toevoegen aan de agenda van ${p.owner}, maar geen vergaderingen van anderen wijzigen.`,
    readOnly: (p: { owner: string; at: string }) => `${asSent(p.at)}, kunt u de agenda van ${p.owner} alleen lezen.`,
    none: (p: { owner: string; at: string }) => `${asSent(p.at)}, hebt u geen toegang tot de agenda van ${p.owner}.`,
    conflict: (p: { owner: string }) => `Outlook en Exchange zeggen iets anders over uw toegang tot de agenda van ${p.owner}.`,
  },
  sending: {
    granted: (p: { owner: string; at: string }) => `${asSent(p.at)}, kunnen uitnodigingen namens ${p.owner} verzonden worden.`,
    missing: (p: { owner: string; at: string }) => `${asSent(p.at)}, mag u geen uitnodigingen namens ${p.owner} verzenden.`,
  },
  service: {
    granted: (p: { owner: string; at: string }) =>
      `${asSent(p.at)}, bent u gemachtigde van ${p.owner} en houdt EWS Teams niet tegen bij het postvak van ${p.owner}.`,
    notDelegate: (p: { owner: string }) =>
      `Teams vereist dat u gemachtigde van ${p.owner} bent; volgens Exchange is de agenda alleen met u gedeeld.`,
    ewsBlocked: (p: { owner: string }) =>
      `De EWS-instellingen van Exchange kunnen de planningsdienst van Teams tegenhouden bij het postvak van ${p.owner}; alleen IT kan ze veranderen.`,
  },
  evidence: {
    role: (p: { owner: string; rights: string; at: string }) => `${asSent(p.at)}: uw toegang tot de agenda van ${p.owner} is ${p.rights}.`,
    noEntry: (p: { owner: string; at: string }) => `${asSent(p.at)}: de agenda van ${p.owner} heeft geen machtiging voor u.`,
    delegateYes: (p: { owner: string }) => `Exchange vermeldt u als gemachtigde van ${p.owner} (de Delegate-markering).`,
    delegateNo: (p: { owner: string }) =>
      `Volgens Exchange is de agenda met u gedeeld zonder de Delegate-markering: u bent geen gemachtigde van ${p.owner}, en dat heeft Teams nodig.`,
    sendingListed: (p: { owner: string; at: string }) =>
      `${asSent(p.at)}: u staat op de lijst van wie namens ${p.owner} mag verzenden (GrantSendOnBehalfTo).`,
    sendingNotListed: (p: { owner: string; at: string }) =>
      `${asSent(p.at)}: u staat niet op de lijst van wie namens ${p.owner} mag verzenden (GrantSendOnBehalfTo).`,
    sendingUnsettled: (p: { owner: string }) =>
      `Wat IT plakte, zegt niet met zekerheid of u namens ${p.owner} mag verzenden (een naam paste bij meer dan één persoon, of de lijst stond er niet in).`,
    ewsAllowed: (p: { owner: string }) =>
      `Volgens Exchange is EWS niet geblokkeerd voor het postvak van ${p.owner}, dus houdt het de planningsdienst van Teams niet tegen.`,
    ewsBlocked: (p: { owner: string }) =>
      `Volgens Exchange is EWS geblokkeerd voor het postvak van ${p.owner} of voor de hele organisatie, wat de planningsdienst van Teams kan tegenhouden.`,
    ewsDates:
      "Sinds 1 oktober 2026 blokkeert Exchange Online EWS in organisaties die EwsAllowedAppIDs leeg hebben gelaten. Op 1 april 2027 stopt EWS in Exchange Online; daarna gelden deze EWS-regels alleen nog voor eigenaars op Exchange Server of in een hybride omgeving.",
    unverified:
      "De invoegtoepassing kan geplakte tekst niet controleren: dit is het antwoord van Exchange zoals IT het stuurde en u het plakte.",
    conflict: "Outlook en Exchange zeggen iets anders, dus geen van beide wordt overgenomen. Vraag IT de controle opnieuw uit te voeren.",
    stale: (p: { at: string }) => `${asSent(p.at)}, meer dan 30 dagen geleden; het telt pas weer mee als IT het opnieuw controleert.`,
  },
  answer: {
    yesLine: (p: { owner: string; at: string }) => `${asSent(p.at)}, hebt u elke toestemming die u voor ${p.owner} nodig hebt.`,
    cantSeeService: (p: { owner: string; service: string }) =>
      `Outlook kan niet tonen of ${serviceIn(p.service)} u laat plannen voor ${p.owner}.`,
    conflictLine: (p: { owner: string }) =>
      `Outlook en Exchange zeggen iets anders over uw toegang tot de agenda van ${p.owner}. Vraag IT het opnieuw te controleren.`,
    itOnly: (p: { owner: string }) => `Nog niet: IT moet nagaan of Teams het postvak van ${p.owner} kan bereiken`,
    itOnlyLine: "Alleen IT kan deze instelling nagaan en wijzigen. Stuur IT het rapport.",
  },
  status: {
    confirmed: (p: { at: string }) => `${asSent(p.at)}.`,
    old: (p: { at: string }) => `${asSent(p.at)}, meer dan 30 dagen geleden. Vraag IT het opnieuw te controleren.`,
    forget: "Vergeten",
    forgotten: "Vergeten. De controles tonen weer alleen wat Outlook zelf kan zien.",
    notSaved: "Outlook heeft dit niet bewaard voor de volgende keer; zolang het venster open is, geldt het wel.",
  },
};
