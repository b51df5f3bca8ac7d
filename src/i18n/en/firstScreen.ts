/**
 * English, first-screen part: the words of the answer, the check lines, the actions row and the
 * configuration warning, and all the verdict is worked out from. How it is written: ./style.ts.
 */
import { numberOf } from "../format";
import { LOCALE, OWNER, list, of, start } from "./style";
import { aLink, enServices, meetingsOf, serviceIn, serviceStart, serviceTitle, theMeeting, unnamed } from "./services";

export const enFirstScreen = {
  locale: LOCALE,

  people: {
    owner: OWNER,
  },

  app: {
    name: "Schedule on behalf",
    partFailed: "This part of the pane could not be shown. Close the pane and open it again; what is above still applies.",
  },

  calendarOf: {
    self: "Your calendar",
    delegate: (p: { owner: string }) => `${of(start(p.owner))} calendar`,
    unknown: "Whose calendar? Outlook didn't say",
  },

  status: {
    checking: "Checking",
    granted: "Granted",
    partial: "Partly",
    missing: "Missing",
    unknown: "Can't see",
    "not-needed": "Not needed",
  },

  answer: {
    yes: "Yes, you can add the online meeting",
    yesLine: "It's your own calendar, so nobody else's permission is needed.",
    yesOutlookButton: (p: { service: string }) => `Yes: use Outlook's ${p.service} button`,
    yesOutlookButtonLine: (p: { service: string }) => `It's your own calendar; Outlook adds ${meetingsOf(p.service)} itself.`,
    done: (p: { service: string }) => `Done: this meeting has its ${p.service} link`,
    doneLine: "You can replace or remove it below.",
    looksReady: "Looks ready",
    looksReadyOutlookButton: (p: { service: string }) => `Looks ready: use Outlook's ${p.service} button`,
    cantSeeSending: (p: { owner: string }) =>
      `Outlook can't show whether invitations may go out for ${p.owner}; if sending fails, ask ${p.owner}.`,
    cantSeeSendingOrService: (p: { owner: string; service: string }) =>
      `Outlook can't show whether invitations may go out for ${p.owner} or whether ${serviceIn(p.service)} lets you schedule for ${p.owner}.`,
    partialLine: (p: { owner: string }) => `You can add meetings to ${of(p.owner)} calendar, but not change ones others made.`,
    notYet: (p: { needs: readonly string[] }) => `Not yet: you need ${list(p.needs)}`,
    notYetLine: (p: { owner: string }) => `Only ${p.owner} (or IT) can give you this. It takes ${p.owner} a minute.`,
    need: {
      calendar: (p: { owner: string }) => `edit access to ${of(p.owner)} calendar`,
      sending: (p: { owner: string }) => `permission to send invitations for ${p.owner}`,
      service: (p: { owner: string; service: string }) =>
        `${unnamed(p.service) ? "permission in the online meeting service" : `${p.service} permission`} to schedule for ${p.owner}`,
    },
    otherServiceRefused: (p: { chosen: string }) => `You can still add ${aLink(p.chosen)}`,
    otherServiceRefusedLine: (p: { tried: string; chosen: string; owner: string }) =>
      `${p.tried} refused to schedule for ${p.owner}. ${serviceStart(p.chosen)} needs no permission; ask ${p.owner} if you need ${p.tried}.`,
    cantTell: "Can't tell from here",
    cantTellWho: "Outlook didn't say who is signed in, so this pane can't check anything.",
    cantTellWhose: "Outlook didn't say whose calendar this meeting is in.",
    cantTellAccess: (p: { owner: string }) =>
      `Outlook didn't show your access to ${of(p.owner)} calendar. ${start(p.owner)} can confirm you are a delegate.`,
  },

  actions: {
    addMeeting: "Add online meeting",
    working: "Working…",
    askOwner: (p: { owner: string; needs: readonly string[] }) => `Ask ${p.owner} for ${list(p.needs)}`,
    needShort: {
      calendar: "edit access",
      sending: "send permission",
      service: (p: { service: string }) => `${p.service} access`,
    },
    confirmWithOwner: (p: { owner: string }) => `Confirm with ${p.owner}`,
    sendToIt: "Send this to IT",
    copyReport: "Copy report for IT",
    reportCopied: "Report copied: paste it into your ticket or email to IT.",
    askOpened: "A draft opened in Outlook. Check it and press Send.",
    askCopied: "Outlook couldn't open a new message here, so the request was copied. Paste it into an email to the owner.",
    copy: "Copy",
    copied: "Copied",
    copyFailed: "Copy failed: select the text and copy it yourself.",
    failed: "That didn't work. Close the pane and open it again; if it keeps happening, tell IT.",
    helpdesk: (p: { contact: string }) => `Help desk: ${p.contact}`,
  },

  checks: {
    heading: "What's needed",
    details: "Details",
    technical: "Technical details",
    whoDoesWhat: "How to fix it",
    sources: "Sources",
    title: {
      calendar: "Edit the calendar",
      sending: "Send the invitations",
      service: (p: { service: string }) => serviceTitle(p.service),
    },
    calendar: {
      granted: (p: { owner: string }) => `You can create and change meetings in ${of(p.owner)} calendar.`,
      partial: "You can add meetings, but not change ones others created.",
      readOnly: (p: { owner: string }) => `You can only read ${of(p.owner)} calendar.`,
      noAccess: (p: { owner: string }) => `You have no access to items in ${of(p.owner)} calendar.`,
      cannotCreate: (p: { owner: string }) => `You can't create meetings in ${of(p.owner)} calendar.`,
      reported: (p: { owner: string }) => `Outlook refused to save in ${of(p.owner)} calendar (the message you pasted).`,
      macZero: "Outlook for Mac didn't report your access (it often doesn't).",
      notShown: (p: { owner: string }) => `Outlook didn't show your access to ${of(p.owner)} calendar.`,
      badValue: "Outlook reported an access level this add-in doesn't know.",
      whoseUnknown: "Can't be checked until Outlook says whose calendar this is.",
    },
    sending: {
      unknown: (p: { owner: string }) => `Outlook can't show this; ${p.owner} can confirm it.`,
      reported: (p: { owner: string }) => `Exchange refused to send an invitation for ${p.owner} (the message you pasted).`,
    },
    service: {
      notNeeded: (p: { service: string }) => `${serviceStart(p.service)} needs no permission.`,
      teams: (p: { owner: string }) => `Teams follows ${of(p.owner)} Outlook delegates; Outlook can't show whether Teams agrees.`,
      skype: "Skype for Business keeps its own delegate list, which Outlook can't show.",
      zoom: "Zoom keeps its own scheduling rights, which Outlook can't show.",
      webex: "Webex keeps its own scheduling permission, which Outlook can't show.",
      reported: (p: { service: string; owner: string }) =>
        `${serviceStart(p.service)} refused to schedule for ${p.owner} (the message you pasted).`,
      otherRefused: (p: { tried: string; chosen: string; owner: string }) =>
        `${p.tried} refused to schedule for ${p.owner}; ${serviceIn(p.chosen)} needs no permission.`,
      needsCalendar: (p: { service: string; owner: string }) =>
        `${serviceStart(p.service)} needs edit access to ${of(p.owner)} calendar first.`,
      needsSending: (p: { service: string; owner: string }) =>
        `${serviceStart(p.service)} also needs permission to send invitations for ${p.owner}.`,
      whoseUnknown: "Can't be checked until Outlook says whose calendar this is.",
    },
  },

  /** Why a fact is unknown, in plain words (the technical reason goes to the report). */
  why: {
    absent: "this Outlook does not offer it to add-ins",
    failed: "Outlook reported an error",
    "timed-out": "Outlook did not answer in time",
    empty: "Outlook gave an empty answer",
    unexpected: "Outlook gave a value this add-in doesn't understand",
    "no-item": "no meeting is open",
  },

  insert: {
    blocked: (p: { reasons: readonly string[] }) => `You can't add a meeting link yet: ${list(p.reasons)}.`,
    readOnly: (p: { owner: string }) => `you can only read ${of(p.owner)} calendar`,
    noAccess: (p: { owner: string }) => `you have no access to items in ${of(p.owner)} calendar`,
    cannotCreate: (p: { owner: string }) => `you can't create meetings in ${of(p.owner)} calendar`,
    reportedCalendar: (p: { owner: string }) => `the message you pasted shows you can't create meetings in ${of(p.owner)} calendar`,
    serviceMissing: (p: { service: string; owner: string }) => `${serviceStart(p.service)} doesn't let you schedule for ${p.owner} yet`,
    warnCalendarUnknown: (p: { owner: string }) => `Outlook didn't say whether you can edit ${of(p.owner)} calendar.`,
    warnPartial: (p: { owner: string }) => `You can create meetings in ${of(p.owner)} calendar, but not change ones others created.`,
    warnSendingUnknown: (p: { owner: string }) => `Whether invitations can go out for ${p.owner} can't be seen from Outlook.`,
    warnSendingMissing: (p: { owner: string }) => `Invitations can't go out for ${p.owner} until you may send for them.`,
    warnServiceUnknown: (p: { service: string; owner: string }) =>
      `Whether ${serviceIn(p.service)} lets you schedule for ${p.owner} can't be seen from Outlook.`,
    warnWhoseUnknown: "Outlook didn't say whose calendar this is, so the permission checks could not run.",
    bodyTooLarge: (p: { limit: number }) =>
      `The meeting's text is too long for Outlook to take the link (at most ${numberOf(LOCALE, p.limit)} characters). Shorten it, or add the link by hand.`,
    bodyUnreadable: "Outlook didn't let this pane read the meeting's text, so the link can't be added from here.",
  },

  config: {
    title: "Your organisation's add-in settings have problems",
    body: "Built-in defaults are used where a setting is invalid. Tell IT:",
  },

  /** "Label: text", with the language's own spacing around the colon. */
  labelled: (p: { label: string; text: string }) => `${p.label}: ${p.text}`,
  list,

  /** The meeting services as sentences and the service picker name them (an organisation's own name from config.json wins). */
  services: enServices,
  /** What the meeting itself holds (its link, its location, its size) and what this Outlook can show. */
  meetingTruth: {
    tooOld: "This Outlook is too old to show the calendar's permissions",
    tooOldLine: (p: { owner: string }) =>
      `Update Outlook, or open this meeting in Outlook on the web, to see your access to ${of(p.owner)} calendar.`,
    tooLong: "The link doesn't fit into this meeting's text",
    tooLongLine:
      "The text is nearly as long as Outlook allows, so this pane can't add the link. Copy it and paste it into the meeting yourself, or shorten the text.",
    copyLink: "Copy the link",
    link: "Meeting link",
    claimNoLink: (p: { quote: string; service: string; inLocation: boolean }) =>
      `The ${p.inLocation ? "location" : "text"} says "${p.quote}", but there is no ${p.service} link`,
    claimLocationLine: (p: { service: string }) =>
      `Invitees would look for ${aLink(p.service)}, and Outlook stops the invitation at Send. Take these words out of the location, or add ${theMeeting(p.service)} itself.`,
    claimBodyLine: (p: { service: string }) =>
      `Invitees would look for ${aLink(p.service)}, and Outlook stops the invitation at Send. Add ${theMeeting(p.service)}, or take these words out of the text.`,
    blockWithoutLink: "The link is missing from this add-in's meeting block",
    blockWithoutLinkLine: "Invitees would have no way to join. Replace or remove the block below.",
    fixLocation: (p: { quote: string }) => `Remove "${p.quote}" from the location`,
  },
};

export type FirstScreenMessages = typeof enFirstScreen;
