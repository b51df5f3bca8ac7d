/**
 * How this language names each meeting service, in the pane and in the send-time alert alike (both
 * import it, so the alert's small bundle carries the names without the pane's catalogue).
 */
import type { ServiceKind } from "../../diagnosis/types";

export const frServices = {
  teams: "Microsoft Teams",
  // Skype Entreprise: glossary [10], MicrosoftDocs/OfficeDocs-SkypeForBusiness-pr.fr-FR, Teams/Teams-add-in-for-Outlook.md (Microsoft, MT)
  skype: "Skype Entreprise",
  zoom: "Zoom",
  webex: "Webex",
  jitsi: "Jitsi Meet",
  other: "réunion en ligne",
} satisfies Record<ServiceKind, string>;
