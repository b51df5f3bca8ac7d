/**
 * Every sentence the diagnosis shows about delegation, checks and the insert button, in one place
 * so it can be reviewed and translated together. Names passed in are already flattened to one line.
 * Remedies keep their own wording in remedies.ts because each step is tied to a command or a click path.
 */
import type { DecodedPermissions } from "./permissions";
import { describePermissions } from "./permissions";

/** A Mac-specific bug: Office for Mac has returned 0 for real delegates. */
export const MAC_ZERO_BITS_ISSUE = "office-js issue #1423";

export const text = {
  headline: {
    self: "You are scheduling in your own calendar",
    delegate: (ownerFull: string) => `You are scheduling in ${ownerFull}'s calendar`,
    unknownOwner: "Outlook didn't say whose calendar this is",
    unknownUser: "Outlook didn't say who is signed in",
  },

  delegation: {
    user: (who: string) => `Outlook reports the signed-in user as ${who}.`,
    userUnknown: (reason: string) => `Outlook did not say who is signed in (${reason}).`,
    owner: (address: string) => `Outlook reports that this calendar belongs to ${address}.`,
    sharedUnknown: (reason: string) =>
      `Outlook gave no shared-calendar details (${reason}). It also fails this way for items in your own calendar, so this alone proves nothing.`,
    organizer: (who: string) => `Outlook reports the organizer as ${who}.`,
    organizerUnknown: (reason: string) => `Outlook did not give the organizer (${reason}).`,
    organizerDisagrees:
      "The organizer Outlook reports differs from the calendar's owner; the owner of the calendar decides whose meeting this is.",
    selfByOwner: "The calendar's owner is you, so no delegate permissions are involved.",
    selfByOrganizer: "The organizer is you and the item is not in a shared calendar, so this is your own calendar.",
    delegateByOwner: (owner: string) => `The calendar belongs to ${owner}, not you, so you are acting as their delegate.`,
    delegateByOrganizer: (owner: string) => `The organizer is ${owner}, not you, so you are acting as their delegate.`,
    unknownBecauseUser: "Without knowing who is signed in, the add-in cannot tell whether this is your calendar or someone else's.",
    unknownBecauseOwner:
      "Without the calendar's owner or the organizer, the add-in cannot tell whether this is your calendar or someone else's.",
    openedMailboxHint:
      "You reported an error about someone else's permissions, yet Outlook says this is your own calendar. If you opened another person's mailbox in Outlook on the web, Outlook reports that mailbox as you (office-js issue #1295); open their calendar as a shared calendar instead.",
  },

  titles: {
    calendarEditor: (owner: string) => `Edit access to ${owner}'s calendar`,
    sendOnBehalf: (owner: string) => `Sending invitations on ${owner}'s behalf`,
    onlineMeeting: (service: string, owner: string) => `${service} scheduling for ${owner}`,
  },

  evidence: {
    reported: (quote: string) => `You reported: "${quote}"`,
    permissions: (owner: string, decoded: DecodedPermissions) =>
      `Outlook reports your access to ${owner}'s calendar as ${describePermissions(decoded)}.`,
    partialNotEditOthers: "You can create new meetings, but cannot change ones others created.",
    partialNotDeleteOthers: "You cannot delete meetings others created.",
    partialNotRead: "You cannot see the other items in the calendar.",
    macZero: (owner: string) =>
      `Outlook for Mac reported no access to ${owner}'s calendar. Outlook for Mac is known to report this for real delegates (${MAC_ZERO_BITS_ISSUE}), so it proves nothing; try saving a plain appointment in ${owner}'s calendar to find out.`,
    badBits: (bits: string) => `Outlook returned an access value the add-in does not understand (${bits}).`,
    sharedUnknown: (owner: string, reason: string) =>
      `Outlook did not give your access level to ${owner}'s calendar (${reason}). Try saving a plain appointment in ${owner}'s calendar: if Outlook refuses, you need edit access.`,
    delegationUnknown: "The add-in could not tell whose calendar this is, so it cannot say whether this permission is needed or granted.",
    sendOnBehalfInvisible: (owner: string) =>
      `Outlook does not show add-ins whether you may send on ${owner}'s behalf, so this can't be checked from here.`,
    sendOnBehalfHowToConfirm: (owner: string) =>
      `To confirm: ${owner} opens Delegate Access in Outlook and sees you listed, or an admin runs the command below.`,
    serviceNotNeeded: (service: string) => `${service} links have no host account, so nobody needs to give you a delegate right.`,
    serviceUnchecked: (service: string, owner: string) =>
      `${service} keeps its own record of who may schedule for ${owner}; that cannot be checked from Outlook.`,
    teamsNeeds:
      "Teams needs you to be a real delegate (Author or Editor on the calendar, added as a delegate, not only shared with) and to have send-on-behalf.",
    skypeNeeds:
      "Skype for Business needs you in the owner's delegate list, either added in Skype for Business or synchronised from Outlook's Delegate Access.",
    prerequisiteCalendar: (service: string, owner: string) =>
      `${service} only schedules for ${owner} when you can create meetings in their calendar, and you can't (see above).`,
    prerequisiteSendOnBehalf: (service: string, owner: string) =>
      `${service} also needs you to be able to send on ${owner}'s behalf, and you reported that you can't.`,
    chosenServiceNeedsNothing: (tried: string, chosen: string) =>
      `That refusal came from ${tried}. ${chosen}, which this add-in uses for this meeting, needs no such right.`,
    otherService: (quote: string, service: string) =>
      `You reported: "${quote}". That message comes from another meeting service, so it says nothing about ${service}.`,
  },

  insert: {
    blocked: (parts: readonly string[]) => `You can't add a meeting link: ${parts.join(", and ")}.`,
    readOnly: (owner: string) => `you only have read access to ${owner}'s calendar`,
    noAccess: (owner: string) => `you have no access to items in ${owner}'s calendar`,
    cannotCreate: (owner: string) => `you can't create meetings in ${owner}'s calendar`,
    reportedCalendar: (owner: string) => `the error you reported shows you can't create meetings in ${owner}'s calendar`,
    serviceMissing: (service: string, owner: string) => `${service} doesn't let you schedule meetings for ${owner} yet`,
    warnCalendarUnknown: (owner: string) => `Outlook didn't say whether you can edit ${owner}'s calendar.`,
    warnPartial: (owner: string) => `You can create new meetings in ${owner}'s calendar, but not change ones others created.`,
    warnSendOnBehalfUnknown: (owner: string) => `Whether invitations can go out on ${owner}'s behalf can't be checked from Outlook.`,
    warnSendOnBehalfMissing: (owner: string) => `Invitations can't go out on ${owner}'s behalf until send-on-behalf is granted.`,
    warnServiceUnknown: (service: string, owner: string) =>
      `Whether ${service} lets you schedule for ${owner} can't be checked from Outlook.`,
    warnDelegationUnknown: "Outlook didn't say whose calendar this is, so the permission checks could not be run.",
  },
} as const;
