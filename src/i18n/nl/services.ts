/**
 * How this language names each meeting service, in the pane and in the send-time alert alike (both
 * import it, so the alert's small bundle carries the names without the pane's catalogue).
 */
import type { ServiceKind } from "../../kernel/kinds";

export const nlServices = {
  teams: "Microsoft Teams",
  // Skype voor Bedrijven: glossary [17], https://support.microsoft.com/nl-nl/office/16bb9209-a0ab-4005-94b1-fb2e99c85e84 (Microsoft)
  skype: "Skype voor Bedrijven",
  zoom: "Zoom",
  webex: "Webex",
  jitsi: "Jitsi Meet",
  other: "onlinevergadering",
} satisfies Record<ServiceKind, string>;

/*
 * De dienst zonder naam. Zonder eigen naam van de organisatie is de dienst nlServices.other, een
 * gewoon zelfstandig naamwoord: een zin die voor een eigennaam is gebouwd, gaf dan "Links van
 * onlinevergadering" (nl review, finding 10). Elke zin die een dienst noemt, gaat door een van deze
 * vormen; een eigennaam staat nooit in een samenstelling ("link van Jitsi Meet", niet "Jitsi Meet-link").
 */
export const unnamed = (service: string) => service === nlServices.other;
/** De dienst midden in een zin: "Zoom", "de vergaderdienst". */
export const serviceIn = (service: string) => (unnamed(service) ? "de vergaderdienst" : service);
/** De dienst aan het begin van een zin: "Zoom", "De vergaderdienst". */
export const serviceStart = (service: string) => (unnamed(service) ? "De vergaderdienst" : service);
/** "link van Zoom", "link naar een onlinevergadering". */
export const linkOf = (service: string) => (unnamed(service) ? "link naar een onlinevergadering" : `link van ${service}`);
/** "vergadering in Zoom", "onlinevergadering". */
export const meetingIn = (service: string) => (unnamed(service) ? "onlinevergadering" : `vergadering in ${service}`);
/** "vergaderingen in Microsoft Teams", "onlinevergaderingen". */
export const meetingsIn = (service: string) => (unnamed(service) ? "onlinevergaderingen" : `vergaderingen in ${service}`);
/** "knop voor Microsoft Teams", "knop voor onlinevergaderingen". */
export const buttonFor = (service: string) => `knop voor ${unnamed(service) ? "onlinevergaderingen" : service}`;
/** De dienst als titel: "Zoom", "Onlinevergadering". */
export const serviceTitle = (service: string) => (unnamed(service) ? "Onlinevergadering" : service);
