import { builtInProvider, outlookToggleProvider } from "../meeting/providers";
import type { MeetingProvider } from "../meeting/types";
import type { OrgConfig } from "./types";

/** Until config.json says otherwise the invite stays as short as Outlook makes it. */
export const DEFAULT_SHOW_SCHEDULED_BY = false;
export const DEFAULT_USER_MAY_CHOOSE = true;

/**
 * Offered when config.json lists no providers: Jitsi Meet (the default), which needs no account and
 * so no delegation, and Outlook's own Teams and Skype for Business buttons, which this add-in never
 * imitates but whose checks and remedies an assistant needs before pressing them.
 */
export function defaultProviders(): MeetingProvider[] {
  return [builtInProvider(), outlookToggleProvider({ service: "teams" }), outlookToggleProvider({ service: "skype" })];
}

/** What an organisation gets with no config.json. */
export function defaultConfig(): OrgConfig {
  const providers = defaultProviders();
  return {
    providers,
    defaultProviderId: builtInProvider().id,
    userMayChoose: DEFAULT_USER_MAY_CHOOSE,
    showScheduledBy: DEFAULT_SHOW_SCHEDULED_BY,
  };
}
