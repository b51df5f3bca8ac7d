/**
 * The send-time check's message in German (Smart Alerts shows at most 500 characters; said +
 * likelyCause + openPane stay well below that with a 60-character quote). Same shape as en.ts.
 * Menu labels: only those confirmed on a Microsoft or vendor page (source next to each); unconfirmed
 * ones stay English in "…". As in English, the owner is the one who grants; the user is „Sie“.
 */
import type { SendGuardMessages } from "./en";
import { deServices, unnamed } from "../de/services";

export const sendGuardDe: SendGuardMessages = {
  said: (p: { quote: string; where: "location" | "body"; service: string }) =>
    `Die Besprechung nennt „${p.quote}“ (${p.where === "location" ? "Ort" : "Text"}), aber ohne Teilnahmelink${unnamed(p.service) ? "" : ` für ${p.service}`} kann niemand teilnehmen.`,
  saidBlock:
    "Diese Besprechung enthält einen Abschnitt von „Im Auftrag planen“ ohne funktionierenden Teilnahmelink, daher kann niemand teilnehmen.",
  likelyCause: {
    // „Bearbeiter“: Microsoft (de-de), https://support.microsoft.com/de-de/office/optionen-zum-freigeben-und-delegieren-von-ordnern-in-outlook-f%C3%BCr-mac-a8c46bdb-2f37-42be-9b34-5ac87caf8f3d
    teams:
      "Vermutlich konnte Outlook die Teams-Besprechung nicht im Auftrag des Kalenderbesitzers erstellen: Nötig sind Stellvertretung mit „Bearbeiter“-Berechtigung und „Senden im Auftrag von“.",
    // The menu path (in the pane's steps) would not fit the 500 characters here.
    skype:
      "Vermutlich hat der Kalenderbesitzer Sie in Skype for Business nicht als Stellvertretung eingetragen, oder Ihnen fehlen Bearbeitungsrechte oder „Senden im Auftrag von“.",
    // Zoom's own page (de), https://support.zoom.com/hc/de/article?id=zm_kb&sysparm_article=KB0061756
    zoom: "Vermutlich hat der Kalenderbesitzer Ihnen in Zoom keine Planungsberechtigung erteilt (Einstellungen > Meeting > Sonstiges), oder Sie dürfen den Kalender nicht bearbeiten.",
    // Webex (de-de, machine-translation quality), https://help.webex.com/de-de/nkyeiue/Allow-Someone-to-Schedule-Webex-Meetings-on-Your-Behalf-in-Microsoft-Outlook-for-Windows;
    // the middle step "Scheduling" is NOT CONFIRMED in German and kept in English.
    webex:
      'Vermutlich hat der Kalenderbesitzer Ihnen in Webex keine Ansetzberechtigung erteilt (Präferenzen > "Scheduling" > Ansetzberechtigungen), oder Sie dürfen den Kalender nicht bearbeiten.',
    jitsi: "Jitsi braucht keine Berechtigung; der Link wurde wohl nie eingefügt.",
    other: "Der Teilnahmelink im Abschnitt von „Im Auftrag planen“ wurde entfernt oder beschädigt.",
  },
  openPane:
    "Öffnen Sie „Im Auftrag planen“ (Menüband), um Rechte zu prüfen und den Link einzufügen, oder entfernen Sie den Text zur Onlinebesprechung.",
  unchecked: "„Im Auftrag planen“ konnte den Teilnahmelink nicht rechtzeitig prüfen (sehr langer Text), daher wurde das Senden erlaubt.",
  /** The services as the message names them. */
  services: deServices,
};
