/**
 * Every sentence the taskpane itself shows, in one place so it can be translated. Sentences built
 * from facts (evidence, remedies, headlines) come from src/diagnosis, which keeps its own wording.
 */
export const strings = {
  appName: "Schedule on behalf",
  loading: "Checking whose calendar this is…",
  officeMissing:
    "Outlook's add-in library did not load, so this pane cannot read the meeting. Open it from an appointment in Outlook, or check that appsforoffice.microsoft.com is reachable.",
  notInOutlook:
    "Schedule on behalf works inside Outlook. Open a meeting in Outlook (a new one, or one you organise) and choose Schedule on behalf on its ribbon.",
  crashTitle: "Something went wrong in this pane",
  crashBody: "Nothing in your appointment was changed. Close and reopen the pane; if it happens again, send the details below to IT.",

  status: {
    checking: "Checking",
    granted: "Granted",
    partial: "Partly granted",
    missing: "Missing",
    unknown: "Can't check from Outlook",
    "not-needed": "Not needed",
  },
  delegation: {
    self: "Your own calendar",
    delegate: "Someone else's calendar",
    unknown: "Calendar owner unknown",
  },
  actor: { owner: "The calendar owner", admin: "Your IT admin", you: "You" },
  client: {
    "classic-windows": "Classic Outlook for Windows",
    "new-outlook-web": "New Outlook and Outlook on the web",
    mac: "Outlook for Mac",
  },

  checksHeading: "Permissions",
  evidenceLabel: "What we saw",
  howToFix: "How to fix",
  copy: "Copy",
  copied: "Copied",
  copyFailed: "Copy failed: select the text and copy it yourself.",

  meetingHeading: "Online meeting",
  service: "Meeting service",
  addMeeting: "Add online meeting",
  replaceMeeting: "Replace meeting link",
  removeMeeting: "Remove meeting link",
  working: "Working…",
  added: "The meeting details were added to the appointment.",
  replaced: "The meeting link was replaced.",
  removed: "The meeting details were removed; the rest of the body is as it was.",
  alreadyThere: "This appointment already has a meeting link from this add-in.",
  recordedButChanged:
    "A meeting link from this add-in was added earlier, but its block in the body was edited or removed. Change it by hand, or add a new one.",
  meetingStateUnknown: "The appointment body could not be read, so the meeting link cannot be added from here.",
  warningsHeading: "Can't be confirmed from Outlook:",
  sendCheck: {
    "at-send":
      "When you press Send, Outlook checks that the meeting's join link is really in the invitation (when your IT has installed this add-in for everyone).",
    "popped-out-only":
      "Outlook checks the join link when you press Send only if this meeting is open in its own window: open it in a new window before you send.",
    "not-on-this-client":
      "This Outlook can't check the join link when you press Send, so make sure it is in the invitation before you send.",
  },

  errorHeading: "Got an error?",
  errorLabel: "Error message",
  errorHint: "Paste the message you saw (or the whole bounce email). It stays on this device.",
  errorTruncated: (max: number) => `Only the first ${max.toLocaleString("en-US")} characters were read.`,
  errorNotRecognised: "Not recognised",
  errorAnnouncement: (title: string | undefined) =>
    title ? `Recognised: ${title}. The explanation follows the error box.` : "Not recognised. A general checklist follows the error box.",
  errorNotRecognisedBody:
    "We don't recognise this message, so we won't guess. Work through the checklist below, or copy the report for IT.",
  errorClear: "Clear",
  errorWhoFixes: "Who fixes it",
  errorSources: "Sources",

  actionsHeading: "Get it fixed",
  askOwner: (name: string) => `Ask ${name} for access`,
  askOwnerGeneric: "Ask the owner for access",
  askOwnerOpened: "A draft message opened. Review it and press Send.",
  askOwnerCopied: "Outlook could not open a new message here, so the request was copied. Paste it into an email to the owner.",
  copyReport: "Copy report for IT",
  reportCopied: "Report copied. Paste it into your ticket.",

  configProblemsTitle: "The organisation's add-in settings have problems",
  configProblemsBody: "Built-in defaults are used where a setting is invalid. Tell IT:",
  helpdesk: (contact: string) => `Help desk: ${contact}`,
} as const;
