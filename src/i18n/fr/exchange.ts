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

/** Ce que la sortie d’un administrateur Exchange a dit, toujours avec sa source et sa date (evidence/merge.ts). */
export const frExchange: ExchangeMessages = {
  calendar: {
    granted: (p: { owner: string; at: string }) =>
      `Selon Exchange (${dateOf(LOCALE, p.at)}), vous pouvez créer et modifier des réunions dans le calendrier ${de(p.owner)}.`,
    partial: (p: { owner: string; at: string }) =>
      `Selon Exchange (${dateOf(LOCALE, p.at)}), vous pouvez ajouter des réunions au calendrier ${de(p.owner)}, mais pas modifier celles des autres.`,
    readOnly: (p: { owner: string; at: string }) =>
      `Selon Exchange (${dateOf(LOCALE, p.at)}), vous pouvez seulement lire le calendrier ${de(p.owner)}.`,
    none: (p: { owner: string; at: string }) =>
      `Selon Exchange (${dateOf(LOCALE, p.at)}), vous n’avez aucun accès au calendrier ${de(p.owner)}.`,
    conflict: (p: { owner: string }) => `Outlook et Exchange ne disent pas la même chose de votre accès au calendrier ${de(p.owner)}.`,
  },
  sending: {
    granted: (p: { owner: string; at: string }) =>
      `Selon Exchange (${dateOf(LOCALE, p.at)}), les invitations peuvent partir de la part ${de(p.owner)}.`,
    missing: (p: { owner: string; at: string }) =>
      `Selon Exchange (${dateOf(LOCALE, p.at)}), vous ne pouvez pas envoyer d’invitations de la part ${de(p.owner)}.`,
  },
  service: {
    granted: (p: { owner: string; at: string }) =>
      `Selon Exchange (${dateOf(LOCALE, p.at)}), vous êtes délégué ${de(p.owner)} et Teams peut atteindre sa boîte aux lettres.`,
    notDelegate: (p: { owner: string }) =>
      `Teams exige que vous soyez délégué ${de(p.owner)} ; selon Exchange, le calendrier est seulement partagé avec vous.`,
    ewsBlocked: (p: { owner: string }) =>
      `Exchange empêche Teams d’atteindre la boîte aux lettres ${de(p.owner)} ; seul le service informatique peut changer cela.`,
  },
  evidence: {
    role: (p: { owner: string; rights: string; at: string }) =>
      `Selon Exchange, ${dateOf(LOCALE, p.at)} : votre accès au calendrier ${de(p.owner)} est ${p.rights}.`,
    noEntry: (p: { owner: string; at: string }) =>
      `Selon Exchange, ${dateOf(LOCALE, p.at)} : le calendrier ${de(p.owner)} n’a aucune autorisation pour vous.`,
    delegateYes: (p: { owner: string }) => `Exchange vous indique comme délégué ${de(p.owner)} (l’option Delegate).`,
    delegateNo: (p: { owner: string }) =>
      `Selon Exchange, le calendrier est partagé avec vous sans l’option Delegate : vous n’êtes pas délégué ${de(p.owner)}, ce que Teams exige.`,
    sendingListed: (p: { owner: string; at: string }) =>
      `Selon Exchange, ${dateOf(LOCALE, p.at)} : vous figurez parmi les personnes autorisées à envoyer de la part ${de(p.owner)} (GrantSendOnBehalfTo).`,
    sendingNotListed: (p: { owner: string; at: string }) =>
      `Selon Exchange, ${dateOf(LOCALE, p.at)} : vous ne figurez pas parmi les personnes autorisées à envoyer de la part ${de(p.owner)} (GrantSendOnBehalfTo).`,
    sendingUnsettled: (p: { owner: string }) =>
      `Ce que le service informatique a collé ne permet pas de savoir si vous pouvez envoyer de la part ${de(p.owner)} (un nom correspond à plusieurs personnes, ou la liste n’y figure pas).`,
    ewsAllowed: (p: { owner: string }) =>
      `Selon Exchange, Teams peut atteindre la boîte aux lettres ${de(p.owner)} (EWS n’est pas bloqué pour lui).`,
    ewsBlocked: (p: { owner: string }) =>
      `Selon Exchange, EWS est bloqué pour Teams, pour la boîte aux lettres ${de(p.owner)} ou pour toute l’organisation.`,
    conflict:
      "Outlook et Exchange ne disent pas la même chose, donc aucun des deux n’est retenu. Demandez au service informatique de refaire la vérification.",
    stale: (p: { at: string }) =>
      `Exchange l’a confirmé le ${dateOf(LOCALE, p.at)}, il y a plus de 30 jours ; ce n’est plus pris en compte tant que le service informatique n’a pas vérifié à nouveau.`,
  },
  answer: {
    yesLine: (p: { owner: string; at: string }) =>
      `Exchange a confirmé le ${dateOf(LOCALE, p.at)} toutes les autorisations nécessaires pour ${p.owner}.`,
    cantSeeService: (p: { owner: string; service: string }) =>
      `Outlook ne peut pas montrer si ${serviceIn(p.service)} vous permet de planifier pour ${p.owner}.`,
    conflictLine: (p: { owner: string }) =>
      `Outlook et Exchange ne disent pas la même chose de votre accès au calendrier ${de(p.owner)}. Demandez au service informatique de vérifier à nouveau.`,
    itOnly: (p: { owner: string }) =>
      `Pas encore : le service informatique doit laisser Teams atteindre la boîte aux lettres ${de(p.owner)}`,
    itOnlyLine: "Seul le service informatique peut modifier ce réglage. Envoyez-lui le rapport.",
  },
  status: {
    confirmed: (p: { at: string }) => `Confirmé par Exchange le ${dateOf(LOCALE, p.at)}.`,
    old: (p: { at: string }) =>
      `Confirmé par Exchange le ${dateOf(LOCALE, p.at)}, il y a plus de 30 jours. Demandez au service informatique de vérifier à nouveau.`,
    forget: "Oublier",
    forgotten: "Oublié. Les vérifications montrent de nouveau ce qu’Outlook seul peut voir.",
    notSaved: "Outlook n’a pas gardé ceci pour la prochaine fois ; cela vaut tant que le volet reste ouvert.",
  },
};
