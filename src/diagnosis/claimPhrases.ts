/**
 * What Outlook's meeting add-ins write into a meeting's location or text in Dutch, French and German,
 * so the send check and the pane (./claims.ts) see the claim "this is an online meeting" whatever language the
 * add-in spoke. Same shape and same rule as the English phrases in claims.ts: a named meeting is a claim, a
 * room is a venue ("Teams-Besprechungsraum 2", "Teams-vergaderruimte"), a plural is prose
 * ("Teams-Besprechungen"). Each phrase is a fixed word sequence, so matching stays linear.
 *
 * Only phrases with a public source are here (each next to it); Webex, and Zoom in Dutch and French,
 * have none yet and are left out rather than guessed.
 */
import type { ServiceKind } from "./types";

export const LOCALIZED_CLAIM_PHRASES: ReadonlyArray<{ readonly service: Exclude<ServiceKind, "other">; readonly pattern: RegExp }> = [
  // German: "Microsoft Teams-Besprechung", "Teams-Besprechung": MicrosoftDocs/OfficeDocs-SkypeForBusiness.de-DE,
  // Teams/Teams-add-in-for-Outlook.md (Microsoft, MT: "plant … eine Skype for Business- oder eine Microsoft Teams-Besprechung",
  // die Schaltfläche „Teams-Besprechung“).
  { service: "teams", pattern: /\b(?:microsoft\s+)?teams-besprechung\b(?!\s*(?:raum|räume)\b)/i },
  // French: "Réunion Microsoft Teams", "réunion Teams": MicrosoftDocs/OfficeDocs-SkypeForBusiness-pr.fr-FR,
  // Teams/Teams-add-in-for-Outlook.md (Microsoft, MT: « Utiliser le complément Réunion Microsoft Teams dans Outlook »,
  // « planifier une réunion Teams »).
  { service: "teams", pattern: /\bréunion\s+(?:microsoft\s+)?teams\b(?!\s*(?:salle|room)s?\b)/i },
  // Dutch: "Teams-vergadering": https://support.microsoft.com/nl-nl/office/62b7869c-dfb8-4be5-a3b4-0728bd0de621 (Microsoft,
  // "In een Teams-vergadering"); "Teamsvergadering", "microsoft teams vergadering": isabella232/OfficeDocs-AlchemyInsights-pr.nl-NL,
  // AlchemyInsights/teams-outlook-add-in.md (Microsoft, MT).
  { service: "teams", pattern: /\b(?:microsoft\s+)?teams(?:-|\s+)?vergadering\b(?!\s*(?:ruimte|zaal)\b)/i },
  // German: "Skype for Business-Besprechung": the de-DE Teams add-in page above; "Lync-Besprechung":
  // https://support.microsoft.com/de-de/office/dd35d8e8-147a-4b51-abf2-9b02121ea3c3 (Microsoft, "Einrichten einer Lync-Besprechung").
  { service: "skype", pattern: /\b(?:skype(?:\s+for\s+business)?|lync)-besprechung\b(?!\s*(?:raum|räume)\b)/i },
  // French: "réunion Skype Entreprise": the fr-FR Teams add-in page above (« planifier une réunion Skype Entreprise ou une réunion Teams »).
  { service: "skype", pattern: /\bréunion\s+(?:skype(?:\s+entreprise)?|lync)\b(?!\s*(?:salle|room)s?\b)/i },
  // Dutch: "Lync-vergadering" as the meeting's location: https://support.microsoft.com/nl-nl/office/0557a309-00e3-40ac-a5e2-0f6e16a3f6f2
  // (Microsoft, Lync Web Scheduler: "U kunt Lync-vergadering accepteren als locatie voor de vergadering").
  { service: "skype", pattern: /\b(?:skype(?:\s+voor\s+bedrijven)?|lync)-vergadering\b(?!\s*(?:ruimte|zaal)\b)/i },
  // German: "Zoom-Meeting": https://support.zoom.com/hc/de/article?id=zm_kb&sysparm_article=KB0068818 (Zoom, "Änderungen an einem
  // geplanten Zoom-Meeting").
  { service: "zoom", pattern: /\bzoom-meeting\b(?!\s*(?:raum|räume|room)s?\b)/i },
];
