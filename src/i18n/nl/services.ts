/**
 * How this language names each meeting service, in the pane and in the send-time alert alike (both
 * import it, so the alert's small bundle carries the names without the pane's catalogue).
 */
import type { ServiceKind } from "../../diagnosis/types";

export const nlServices = {
  teams: "Microsoft Teams",
  // Skype voor Bedrijven: glossary [17], https://support.microsoft.com/nl-nl/office/16bb9209-a0ab-4005-94b1-fb2e99c85e84 (Microsoft)
  skype: "Skype voor Bedrijven",
  zoom: "Zoom",
  webex: "Webex",
  jitsi: "Jitsi Meet",
  other: "onlinevergadering",
} satisfies Record<ServiceKind, string>;
