/**
 * How this language names each meeting service, in the pane and in the send-time alert alike (both
 * import it, so the alert's small bundle carries the names without the pane's catalogue).
 */
import type { ServiceKind } from "../../kernel/kinds";

export const deServices = {
  teams: "Microsoft Teams",
  // Microsoft's German pages keep the English name (glossary [16]).
  skype: "Skype for Business",
  zoom: "Zoom",
  webex: "Webex",
  jitsi: "Jitsi Meet",
  other: "Onlinebesprechung",
} satisfies Record<ServiceKind, string>;

/*
 * Der Dienst ohne Namen. Ohne eigenen Namen der Organisation ist der Dienst deServices.other, ein
 * Gattungswort: ein Satz für einen Eigennamen ergab „Der Link für Onlinebesprechung“ (de review,
 * finding 13). Jeder Satz, der einen Dienst nennt, geht durch eine dieser Formen, die den Fall kennen.
 */
export const unnamed = (service: string) => service === deServices.other;
/** Nominativ im Satz: „Zoom“, „der Besprechungsdienst“. */
export const serviceNom = (service: string) => (unnamed(service) ? "der Besprechungsdienst" : service);
/** Nominativ am Satzanfang: „Zoom“, „Der Besprechungsdienst“. */
export const serviceStart = (service: string) => (unnamed(service) ? "Der Besprechungsdienst" : service);
/** Akkusativ: „über Zoom“, „über den Besprechungsdienst“. */
export const serviceAcc = (service: string) => (unnamed(service) ? "den Besprechungsdienst" : service);
/** „in Zoom“, „im Besprechungsdienst“. */
export const inService = (service: string) => (unnamed(service) ? "im Besprechungsdienst" : `in ${service}`);
/** „Link für Zoom“, „Besprechungslink“ (maskulin wie „Link“). */
export const linkFor = (service: string) => (unnamed(service) ? "Besprechungslink" : `Link für ${service}`);
/** „Links für Zoom“, „Besprechungslinks“. */
export const linksFor = (service: string) => (unnamed(service) ? "Besprechungslinks" : `Links für ${service}`);
/** „Microsoft Teams-Besprechung“, „Onlinebesprechung“ (feminin). */
export const meetingOf = (service: string) => (unnamed(service) ? "Onlinebesprechung" : `${service}-Besprechung`);
/** „Microsoft Teams-Besprechungen“, „Onlinebesprechungen“. */
export const meetingsOf = (service: string) => (unnamed(service) ? "Onlinebesprechungen" : `${service}-Besprechungen`);
/** „für Microsoft Teams“, „für Onlinebesprechungen“. */
export const forService = (service: string) => `für ${unnamed(service) ? "Onlinebesprechungen" : service}`;
/** Der Dienst als Überschrift: „Zoom“, „Onlinebesprechung“. */
export const serviceTitle = (service: string) => (unnamed(service) ? "Onlinebesprechung" : service);
