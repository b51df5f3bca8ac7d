/**
 * The send-time check's message (Smart Alerts shows at most 500 characters), in English. Kept apart
 * from the pane's catalogue: the send check runs in its own small bundle, which carries the four
 * languages' messages and nothing else.
 */
import type { ServiceKind } from "../../kernel/kinds";
import { enServices } from "../en/services";

export const sendGuardEn = {
  said: (p: { quote: string; where: "location" | "body"; service: string }) =>
    `This meeting says "${p.quote}" (in the ${p.where === "location" ? "location" : "text"}) but has no ${p.service} join link, so attendees could not join.`,
  saidBlock: "This meeting has a Schedule on behalf block without a working join link, so attendees could not join.",
  likelyCause: {
    teams:
      "Outlook probably could not create the Teams meeting for the calendar owner: you need Delegate access to their calendar (Editor, with the Delegate option) and permission to send on their behalf.",
    skype:
      "Most likely you are not the owner's delegate in Skype for Business (the owner adds you in Call Forwarding Settings > Edit my delegate members), or you cannot edit their calendar or send for them.",
    zoom: "Most likely the owner has not given you Zoom scheduling privilege (Zoom Settings > Meeting > Schedule privilege), or you cannot edit their calendar.",
    webex:
      "Most likely the owner has not given you Webex scheduling permission (Preferences > Scheduling > Scheduling permission), or you cannot edit their calendar.",
    jitsi: "Jitsi needs no permission; the link was probably never added.",
    other: "The join link inside the block added by Schedule on behalf was removed or damaged.",
  } satisfies Record<ServiceKind, string>,
  openPane:
    'Open "Schedule on behalf" (Appointment ribbon) to check permissions and add the owner\'s link, or remove the online-meeting text.',
  /**
   * Shown on the item (a notification, at most 150 characters) when the check ran out of time and
   * let the send go ahead unchecked.
   */
  unchecked:
    "Schedule on behalf could not finish checking this meeting's join link in time (the text is very long), so it let the send go ahead.",
  /** The services as the message names them. */
  services: enServices,
};

export type SendGuardMessages = typeof sendGuardEn;
