/**
 * Every sentence src/meeting puts in front of people (in the join block, or as a ProviderError the
 * taskpane shows), kept in one place so it can be translated alongside src/taskpane/strings.ts.
 */
export const meetingStrings = {
  block: {
    join: "Join",
    meetingId: "Meeting ID",
    dialIn: "Dial-in",
    scheduledBy: (delegate: string, owner: string) => `Scheduled by ${delegate} on behalf of ${owner}`,
  },

  serviceNames: {
    jitsi: "Jitsi Meet",
    zoom: "Zoom",
    webex: "Webex",
    other: "Online meeting",
    teams: "Microsoft Teams",
    skype: "Skype for Business",
  },

  guidance: {
    teams:
      'This add-in cannot create Microsoft Teams meetings for someone else. Use Outlook\'s own "Teams meeting" button in the appointment\'s ribbon (in new Outlook and Outlook on the web, the "Teams meeting" toggle); as the owner\'s delegate, Outlook creates the meeting for them.',
    skype:
      "This add-in cannot create Skype for Business meetings for someone else. Use Outlook's own \"Skype Meeting\" button in the appointment's ribbon (classic Outlook for Windows with the Skype for Business add-in); as the owner's delegate, it creates the meeting for them.",
  },

  errors: {
    randomness: "The browser did not provide enough randomness for a private meeting room, so no link was made.",
    ownerDetailMissing: (placeholder: string) =>
      `Outlook did not say the meeting owner's ${placeholder === "{owner.name}" ? "name" : "email address"}, so their personal meeting room link cannot be made.`,
    ownerDetailUnusable: (placeholder: string) =>
      `The meeting owner's ${placeholder === "{owner.name}" ? "name" : "email address"} cannot be used in a meeting link, so no link was made.`,
    badTemplate: (reason: string) => `The meeting link template ${reason}. Ask IT to correct config.json.`,
    badBaseUrl: (reason: string) => `The meeting server address ${reason}. Ask IT to correct config.json.`,
    badJoinUrl: (reason: string) => `The join link ${reason}, so it was not added.`,
    linkTooLong: "The join link made for the meeting owner is too long, so it was not added.",
  },
} as const;
