/**
 * French, Exchange part: the words for what an Exchange admin's output said, always with its source
 * and date. Its own chunk, loaded with the rules that read that output (diagnosis/checks/evidenceRules.ts)
 * only when there is such an answer for the pair; most panes never need it. How it is written: ./style.ts.
 */
/* eslint-disable no-irregular-whitespace -- U+202F (narrow no-break space) is French typography before ; : ! ? and inside « ». */
import { dateOf } from "../format";
import type { ExchangeMessages } from "../messages";
import { serviceIn } from "./services";
import { de, LOCALE } from "./style";

/** La réponse est passée par le service informatique et un collage, et le dit : « Selon Exchange, tel que le service informatique l’a envoyé le 9 décembre 2026 ». */
const asSent = (at: string) => `Selon Exchange, tel que le service informatique l’a envoyé le ${dateOf(LOCALE, at)}`;

/** Ce que le résultat d’un administrateur Exchange a dit, toujours avec sa source et sa date (evidence/merge.ts). */
export const frExchange: ExchangeMessages = {
  calendar: {
    granted: (p: { owner: string; at: string }) =>
      `${asSent(p.at)}, vous pouvez créer et modifier des réunions dans le calendrier ${de(p.owner)}.`,
    partial: (p: { owner: string; at: string }) =>
      `${asSent(p.at)}, vous pouvez ajouter des réunions au calendrier ${de(p.owner)}, mais pas modifier celles des autres.`,
    readOnly: (p: { owner: string; at: string }) => `${asSent(p.at)}, vous pouvez seulement lire le calendrier ${de(p.owner)}.`,
    none: (p: { owner: string; at: string }) => `${asSent(p.at)}, vous n’avez aucun accès au calendrier ${de(p.owner)}.`,
    conflict: (p: { owner: string }) => `Outlook et Exchange ne disent pas la même chose de votre accès au calendrier ${de(p.owner)}.`,
  },
  sending: {
    granted: (p: { owner: string; at: string }) => `${asSent(p.at)}, les invitations peuvent partir de la part ${de(p.owner)}.`,
    missing: (p: { owner: string; at: string }) => `${asSent(p.at)}, vous ne pouvez pas envoyer d’invitations de la part ${de(p.owner)}.`,
  },
  service: {
    granted: (p: { owner: string; at: string }) =>
      `${asSent(p.at)}, vous figurez parmi les délégués ${de(p.owner)} et EWS n’empêche pas Teams d’accéder à la boîte aux lettres ${de(p.owner)}.`,
    notDelegate: (p: { owner: string }) =>
      `Teams exige que vous figuriez parmi les délégués ${de(p.owner)} ; selon Exchange, le calendrier est seulement partagé avec vous.`,
    ewsBlocked: (p: { owner: string }) =>
      `Les réglages EWS d’Exchange peuvent empêcher le service de planification de Teams d’accéder à la boîte aux lettres ${de(p.owner)} ; seul le service informatique peut les changer.`,
  },
  evidence: {
    role: (p: { owner: string; rights: string; at: string }) =>
      `${asSent(p.at)} : votre accès au calendrier ${de(p.owner)} est ${p.rights}.`,
    noEntry: (p: { owner: string; at: string }) => `${asSent(p.at)} : le calendrier ${de(p.owner)} n’a aucune autorisation pour vous.`,
    delegateYes: (p: { owner: string }) => `Selon Exchange, vous figurez parmi les délégués ${de(p.owner)} (indicateur Delegate).`,
    delegateNo: (p: { owner: string }) =>
      `Selon Exchange, le calendrier est partagé avec vous sans l’indicateur Delegate : vous ne figurez pas parmi les délégués ${de(p.owner)}, ce que Teams exige.`,
    sendingListed: (p: { owner: string; at: string }) =>
      `${asSent(p.at)} : vous figurez parmi les personnes autorisées à envoyer de la part ${de(p.owner)} (GrantSendOnBehalfTo).`,
    sendingNotListed: (p: { owner: string; at: string }) =>
      `${asSent(p.at)} : vous ne figurez pas parmi les personnes autorisées à envoyer de la part ${de(p.owner)} (GrantSendOnBehalfTo).`,
    sendingUnsettled: (p: { owner: string }) =>
      `Ce que le service informatique a collé ne permet pas de savoir si vous pouvez envoyer de la part ${de(p.owner)} (un nom correspond à plusieurs personnes, ou la liste n’y figure pas).`,
    ewsAllowed: (p: { owner: string }) =>
      `Selon Exchange, EWS n’est pas bloqué pour la boîte aux lettres ${de(p.owner)} : il ne devrait donc pas empêcher le service de planification de Teams d’y accéder.`,
    ewsBlocked: (p: { owner: string }) =>
      `Selon Exchange, EWS est bloqué pour la boîte aux lettres ${de(p.owner)} ou pour toute l’organisation, ce qui peut arrêter le service de planification de Teams.`,
    ewsDates:
      "Depuis le 1er octobre 2026, Exchange Online bloque EWS dans les organisations qui ont laissé EwsAllowedAppIDs vide. Le 1er avril 2027, EWS prend fin dans Exchange Online ; ensuite, ces lignes sur EWS ne valent plus que pour les personnes propriétaires sur Exchange Server ou en environnement hybride.",
    unverified:
      "Le complément ne peut pas vérifier un texte collé : c’est la réponse d’Exchange telle que le service informatique l’a envoyée et que vous l’avez collée.",
    conflict:
      "Outlook et Exchange ne disent pas la même chose, donc aucun des deux n’est retenu. Demandez au service informatique de refaire la vérification.",
    stale: (p: { at: string }) =>
      `${asSent(p.at)}, il y a plus de 30 jours ; ce n’est plus pris en compte tant que le service informatique n’a pas vérifié à nouveau.`,
  },
  answer: {
    yesLine: (p: { owner: string; at: string }) => `${asSent(p.at)}, vous avez toutes les autorisations nécessaires pour ${p.owner}.`,
    cantSeeService: (p: { owner: string; service: string }) =>
      `Outlook ne peut pas montrer si ${serviceIn(p.service)} vous permet de planifier pour ${p.owner}.`,
    conflictLine: (p: { owner: string }) =>
      `Outlook et Exchange ne disent pas la même chose de votre accès au calendrier ${de(p.owner)}. Demandez au service informatique de vérifier à nouveau.`,
    itOnly: (p: { owner: string }) =>
      `Pas encore : le service informatique doit vérifier si Teams peut accéder à la boîte aux lettres ${de(p.owner)}`,
    itOnlyLine: "Seul le service informatique peut vérifier et modifier ce réglage. Envoyez-lui le rapport.",
  },
  status: {
    confirmed: (p: { at: string }) => `${asSent(p.at)}.`,
    old: (p: { at: string }) => `${asSent(p.at)}, il y a plus de 30 jours. Demandez au service informatique de vérifier à nouveau.`,
    forget: "Oublier",
    forgotten: "Oublié. Les vérifications montrent de nouveau ce qu’Outlook seul peut voir.",
    notSaved: "Outlook n’a pas gardé ceci pour la prochaine fois ; cela vaut tant que le volet reste ouvert.",
  },
};
