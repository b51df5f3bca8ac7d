/**
 * How this language names each meeting service, in the pane and in the send-time alert alike (both
 * import it, so the alert's small bundle carries the names without the pane's catalogue).
 */
import type { ServiceKind } from "../../diagnosis/types";

export const deServices = {
  teams: "Microsoft Teams",
  // Microsoft's German pages keep the English name (glossary [16]).
  skype: "Skype for Business",
  zoom: "Zoom",
  webex: "Webex",
  jitsi: "Jitsi Meet",
  other: "Onlinebesprechung",
} satisfies Record<ServiceKind, string>;
