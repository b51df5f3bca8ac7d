/**
 * The send-time check's message in German (Smart Alerts shows at most 500 characters; said +
 * likelyCause + openPane stay well below that with a 60-character quote). Same shape as en.ts.
 * Menu labels: only those confirmed in /work/research/i18n-sources.md (source next to each);
 * unconfirmed ones stay English in "…".
 */
import type { SendGuardMessages } from "./en";
import { deServices } from "../de/services";

export const sendGuardDe: SendGuardMessages = {
  said: (p: { quote: string; where: "location" | "body"; service: string }) =>
    `Hier steht „${p.quote}“ (${p.where === "location" ? "Ort" : "Text"}), aber ohne Teilnahmelink für ${p.service} kann niemand beitreten.`,
  saidBlock:
    "Diese Besprechung enthält einen Block von „Im Auftrag planen“ ohne funktionierenden Teilnahmelink, daher kann niemand beitreten.",
  likelyCause: {
    // „Bearbeiter“: Microsoft (de-de), https://support.microsoft.com/de-de/office/optionen-zum-freigeben-und-delegieren-von-ordnern-in-outlook-f%C3%BCr-mac-a8c46bdb-2f37-42be-9b34-5ac87caf8f3d
    teams:
      "Vermutlich konnte Outlook die Teams-Besprechung nicht im Auftrag des Kalenderbesitzers anlegen: Nötig sind „Bearbeiter“ als Stellvertretung und das Recht, im Auftrag zu senden.",
    // Microsoft (de-de), Lync page https://support.microsoft.com/de-de/office/einrichten-einer-lync-besprechung-im-auftrag-einer-anderen-person-dd35d8e8-147a-4b51-abf2-9b02121ea3c3
    skype:
      "Vermutlich fehlt Ihr Eintrag als Stellvertretung in Skype for Business (Anrufweiterleitung > Stellvertretungen bearbeiten), oder Kalender- bzw. Senderechte fehlen.",
    // Zoom's own page (de), https://support.zoom.com/hc/de/article?id=zm_kb&sysparm_article=KB0061756
    zoom: "Vermutlich fehlt Ihnen die Planungsberechtigung in Zoom (Einstellungen > Meeting > Sonstiges > Planungsberechtigung), oder Sie dürfen den Kalender nicht bearbeiten.",
    // Webex (de-de, machine-translation quality), https://help.webex.com/de-de/nkyeiue/Allow-Someone-to-Schedule-Webex-Meetings-on-Your-Behalf-in-Microsoft-Outlook-for-Windows;
    // the middle step "Scheduling" is NOT CONFIRMED in German and kept in English.
    webex:
      'Vermutlich fehlt Ihnen die Berechtigung zum Ansetzen in Webex (Präferenzen > "Scheduling" > Ansetzberechtigungen), oder Sie dürfen den Kalender nicht bearbeiten.',
    jitsi: "Jitsi braucht keine Berechtigung; der Link wurde wohl nie eingefügt.",
    other: "Der Teilnahmelink im Block von „Im Auftrag planen“ wurde entfernt oder beschädigt.",
  },
  openPane:
    "Öffnen Sie „Im Auftrag planen“ (Menüband), um Rechte zu prüfen und den Link einzufügen, oder entfernen Sie den Text zur Onlinebesprechung.",
  unchecked: "„Im Auftrag planen“ konnte den Teilnahmelink nicht rechtzeitig prüfen (sehr langer Text), daher wurde das Senden erlaubt.",
  /** The services as the message names them. */
  services: deServices,
};
