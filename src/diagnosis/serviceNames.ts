import type { ServiceKind } from "./types";

/** How the product names each meeting service in sentences (the send-time message, check titles). */
export const SERVICE_NAMES: Readonly<Record<ServiceKind, string>> = {
  teams: "Microsoft Teams",
  skype: "Skype for Business",
  zoom: "Zoom",
  webex: "Webex",
  jitsi: "Jitsi Meet",
  other: "online meeting",
};
