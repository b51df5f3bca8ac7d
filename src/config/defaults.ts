import { builtInProvider } from "../meeting/providers";
import type { OrgConfig } from "./types";

/** Until config.json says otherwise the invite stays as short as Outlook makes it. */
export const DEFAULT_SHOW_SCHEDULED_BY = false;
export const DEFAULT_USER_MAY_CHOOSE = true;

/** What an organisation gets with no config.json: Jitsi Meet, which needs no account or delegation. */
export function defaultConfig(): OrgConfig {
  const provider = builtInProvider();
  return {
    providers: [provider],
    defaultProviderId: provider.id,
    userMayChoose: DEFAULT_USER_MAY_CHOOSE,
    showScheduledBy: DEFAULT_SHOW_SCHEDULED_BY,
  };
}
