/**
 * Where the send-time check (Smart Alerts, OnAppointmentSend) can run for this meeting, from what
 * Outlook says about itself. The pane tells the assistant so, because the check is silent when it
 * does not run: nobody would know their invitation went out unchecked.
 *
 * - It needs Mailbox 1.12 (learn.microsoft.com/office/dev/add-ins/outlook/onmessagesend-onappointmentsend-events,
 *   "Supported clients and platforms": classic Windows from 2206, Mac from 16.65.827, the web, new Outlook;
 *   never iOS or Android).
 * - In Outlook on the web and new Outlook it runs only for a meeting composed in its own window, not in
 *   the embedded form (delegation-facts.md, section 4); no Office.js API tells the two apart
 *   (OfficeDev/office-js#6116), so the pane says how to make sure.
 * - It runs only when IT deployed the add-in (event-based add-ins do not run sideloaded copies), which
 *   the pane cannot see either, so it says that too.
 */
import type { HostInfo, RequirementSets } from "./types";

export type SendCheckReach =
  /** Classic Windows and Mac with Mailbox 1.12: the check runs when the user presses Send. */
  | "at-send"
  /** Outlook on the web and new Outlook: only when the meeting is open in its own window. */
  | "popped-out-only"
  /** This client cannot run it at all (too old, or mobile). */
  | "not-on-this-client";

const WEB_HOSTS = new Set(["OutlookWebApp", "newOutlookWindows"]);
const MOBILE_HOSTS = new Set(["OutlookIOS", "OutlookAndroid"]);

export function sendCheckReach(host: HostInfo, sets: RequirementSets): SendCheckReach {
  if (MOBILE_HOSTS.has(host.name) || sets["1.12"] !== true) return "not-on-this-client";
  return WEB_HOSTS.has(host.name) ? "popped-out-only" : "at-send";
}
