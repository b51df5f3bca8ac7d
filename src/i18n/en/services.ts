/**
 * How this language names each meeting service, in the pane and in the send-time alert alike (both
 * import it, so the alert's small bundle carries the names without the pane's catalogue).
 */
import type { ServiceKind } from "../../kernel/kinds";

export const enServices = {
  teams: "Microsoft Teams",
  skype: "Skype for Business",
  zoom: "Zoom",
  webex: "Webex",
  jitsi: "Jitsi Meet",
  other: "online meeting",
} satisfies Record<ServiceKind, string>;

/*
 * The unnamed service. Without an organisation's own name the service is enServices.other, a common
 * noun, and a sentence built for a proper name ("a Zoom link", "Zoom needs no permission") would read
 * "a online meeting link". Every sentence that names a service goes through one of these, which give
 * the name as it is, or the generic noun with what English needs around it.
 */
export const unnamed = (service: string) => service === enServices.other;
/** The service inside a sentence: "Zoom", "the online meeting service". */
export const serviceIn = (service: string) => (unnamed(service) ? "the online meeting service" : service);
/** The service starting a sentence: "Zoom", "The online meeting service". */
export const serviceStart = (service: string) => (unnamed(service) ? "The online meeting service" : service);
/** "a Zoom link", "an online meeting link", "an Eventbrite link". */
export const aLink = (service: string) => `${/^[aeio]/iu.test(service) ? "an" : "a"} ${service} link`;
/** The service as a heading: "Zoom", "Online meeting". */
export const serviceTitle = (service: string) => (unnamed(service) ? "Online meeting" : service);
/** "Zoom meetings", "online meetings". */
export const meetingsOf = (service: string) => (unnamed(service) ? "online meetings" : `${service} meetings`);
/** "the Zoom meeting", "the online meeting". */
export const theMeeting = (service: string) => (unnamed(service) ? "the online meeting" : `the ${service} meeting`);
/** Links of the service starting a sentence: "Zoom links", "Online meeting links". */
export const linksStart = (service: string) => (unnamed(service) ? "Online meeting links" : `${service} links`);
