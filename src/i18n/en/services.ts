/**
 * How this language names each meeting service, in the pane and in the send-time alert alike (both
 * import it, so the alert's small bundle carries the names without the pane's catalogue).
 */
import type { ServiceKind } from "../../diagnosis/types";

export const enServices = {
  teams: "Microsoft Teams",
  skype: "Skype for Business",
  zoom: "Zoom",
  webex: "Webex",
  jitsi: "Jitsi Meet",
  other: "online meeting",
} satisfies Record<ServiceKind, string>;
