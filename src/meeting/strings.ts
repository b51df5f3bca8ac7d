/**
 * Names of the services, and the technical English of ProviderError messages, which end up in the
 * organisation's configuration problems (read by IT). What users read comes from the catalogues
 * (src/i18n) and the block's labels from blockLabels.ts.
 */
export const meetingStrings = {
  serviceNames: {
    jitsi: "Jitsi Meet",
    zoom: "Zoom",
    webex: "Webex",
    other: "Online meeting",
    teams: "Microsoft Teams",
    skype: "Skype for Business",
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
