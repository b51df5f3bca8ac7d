/**
 * The send-time check's message (Smart Alerts shows at most 500 characters), in French. Same keys and
 * placeholders as ./en.ts. Kept short: with a 60-character quote the longest message is well under 500
 * characters, so the menu paths are left to the pane. Labels without a confirmed French version
 * (/work/research/i18n-sources.md, sections 1a–1f) stay in English between « ».
 */
/* eslint-disable no-irregular-whitespace -- U+202F (narrow no-break space) is French typography before ; : ! ? and inside « ». */
import type { SendGuardMessages } from "./en";
import { frServices, lien } from "../fr/services";

export const sendGuardFr: SendGuardMessages = {
  said: (p: { quote: string; where: "location" | "body"; service: string }) =>
    `Le ${p.where === "location" ? "lieu" : "texte"} indique « ${p.quote} », mais aucun ${lien(p.service)} ne permet de rejoindre la réunion.`,
  saidBlock: "Le bloc « Planifier de la part d’autrui » de cette réunion n’a plus de lien valide : personne ne pourra la rejoindre.",
  likelyCause: {
    // "accès délégué": https://support.office.com/fr-fr/article/Autoriser-quelqu-un-d-autre-%C3%A0-g%C3%A9rer-votre-courrier-%C3%A9lectronique-et-votre-calendrier-aaeedebe-9de0-4141-8323-029f4b836759 (Microsoft, MT)
    // Éditeur: MicrosoftDocs/OfficeDocs-SkypeForBusiness-pr.fr-FR, Skype/SfbOnline/set-up-skype-for-business-online/set-up-and-troubleshoot-skype-for-business-online-delegation.md (Microsoft, MT)
    // « Déléguer »: glossary [9]: isabella232/OfficeDocs-AlchemyInsights-pr.fr-FR, sharing-with-outlook-on-the-web.md (Microsoft, human translation: « Peut modifier », « Déléguer ») and how-to-add-or-remove-a-delegate-in-outlook-on-the-web.md (Microsoft, MT: « partage et autorisations »)
    teams:
      "Outlook n’a sans doute pas pu créer la réunion Teams : il faut l’accès délégué au calendrier (Éditeur, option « Déléguer ») et le droit d’envoyer de la part de la personne propriétaire.",
    skype:
      "Vous ne figurez sans doute pas parmi les délégués Skype Entreprise de la personne propriétaire, ou vous ne pouvez pas modifier son calendrier ni envoyer de sa part.",
    // « Schedule privilege » (Zoom): French label NOT FOUND (i18n-sources 1e), kept in English.
    zoom: "La personne propriétaire ne vous a sans doute pas donné le privilège de planification Zoom (« Schedule privilege »), ou vous ne pouvez pas modifier son calendrier.",
    // « Scheduling permission » (Webex): French label NOT FOUND (i18n-sources 1e), kept in English.
    webex:
      "La personne propriétaire ne vous a sans doute pas donné l’autorisation de planification Webex (« Scheduling permission »), ou vous ne pouvez pas modifier son calendrier.",
    jitsi: "Jitsi ne demande aucune autorisation ; le lien n’a sans doute jamais été ajouté.",
    other: "Le lien pour rejoindre la réunion, dans le bloc ajouté par « Planifier de la part d’autrui », a été supprimé ou abîmé.",
  },
  // The add-in's own button, as the French manifest names it. The ribbon tab is described, not named: its French label is not confirmed.
  openPane:
    "Ouvrez « Planifier de la part d’autrui » (ruban) pour vérifier les autorisations et ajouter le lien, ou retirez le texte de réunion en ligne.",
  unchecked:
    "« Planifier de la part d’autrui » n’a pas pu vérifier à temps le lien de cette réunion (texte très long) : l’envoi a été autorisé.",
  /** The services as the message names them. */
  services: frServices,
};
