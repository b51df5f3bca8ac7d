/**
 * How this language names each meeting service, in the pane and in the send-time alert alike (both
 * import it, so the alert's small bundle carries the names without the pane's catalogue).
 */
import type { ServiceKind } from "../../kernel/kinds";

export const frServices = {
  teams: "Microsoft Teams",
  // Skype Entreprise: glossary [10], MicrosoftDocs/OfficeDocs-SkypeForBusiness-pr.fr-FR, Teams/Teams-add-in-for-Outlook.md (Microsoft, MT)
  skype: "Skype Entreprise",
  zoom: "Zoom",
  webex: "Webex",
  jitsi: "Jitsi Meet",
  other: "réunion en ligne",
} satisfies Record<ServiceKind, string>;

/*
 * Le service sans nom. Sans nom donné par l’organisation, le service est frServices.other, un nom
 * commun : une phrase faite pour un nom propre donnerait « un lien réunion en ligne ». Chaque phrase
 * qui nomme un service passe par l’une de ces formes (fr review, finding 5).
 */
export const unnamed = (service: string) => service === frServices.other;
/** Le service dans la phrase : « Zoom », « le service de réunion en ligne ». */
export const serviceIn = (service: string) => (unnamed(service) ? "le service de réunion en ligne" : service);
/** Le service en début de phrase : « Zoom », « Le service de réunion en ligne ». */
export const serviceStart = (service: string) => (unnamed(service) ? "Le service de réunion en ligne" : service);
/** « lien Zoom », « lien de réunion en ligne ». */
export const lien = (service: string) => (unnamed(service) ? "lien de réunion en ligne" : `lien ${service}`);
/** « liens Zoom », « liens de réunion en ligne ». */
export const liens = (service: string) => (unnamed(service) ? "liens de réunion en ligne" : `liens ${service}`);
/** « réunion Zoom », « réunion en ligne ». */
export const reunion = (service: string) => (unnamed(service) ? "réunion en ligne" : `réunion ${service}`);
/** « réunions Zoom », « réunions en ligne ». */
export const reunions = (service: string) => (unnamed(service) ? "réunions en ligne" : `réunions ${service}`);
/** « bouton Microsoft Teams », « bouton de réunion en ligne ». */
export const bouton = (service: string) => (unnamed(service) ? "bouton de réunion en ligne" : `bouton ${service}`);
/** « accès Zoom », « accès au service de réunion en ligne ». */
export const acces = (service: string) => (unnamed(service) ? "accès au service de réunion en ligne" : `accès ${service}`);
/** Le service comme titre : « Zoom », « Réunion en ligne ». */
export const serviceTitle = (service: string) => (unnamed(service) ? "Réunion en ligne" : service);
