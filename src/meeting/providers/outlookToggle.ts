import { meetingStrings } from "../strings";
import { ProviderError, type MeetingLink, type MeetingProvider } from "../types";

export type OutlookToggleService = "teams" | "skype";

export interface OutlookToggleOptions {
  readonly id?: string;
  readonly service: OutlookToggleService;
  readonly name?: string;
}

/**
 * Teams and Skype for Business meetings can only be created by Outlook's own button, which knows how
 * to act for the owner. Any link we made up would belong to nobody, so we offer guidance instead.
 */
export function outlookToggleProvider(options: OutlookToggleOptions): MeetingProvider {
  const { service } = options;
  return Object.freeze({
    id: options.id ?? service,
    displayName: options.name ?? meetingStrings.serviceNames[service],
    ...(options.name ? { configuredName: options.name } : {}),
    service,
    insertsLink: false,
    build(): MeetingLink {
      throw new ProviderError(
        "not-available",
        `An add-in cannot create ${meetingStrings.serviceNames[service]} meetings; Outlook's own button does.`,
      );
    },
    // Outlook's own button writes these meetings; the add-in never inserts a link of theirs.
    recognises: () => false,
  });
}
