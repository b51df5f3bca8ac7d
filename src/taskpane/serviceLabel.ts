import type { MeetingProvider } from "../meeting/types";
import type { FirstScreenMessages } from "../i18n/messages";

/** How the pane names a provider: the organisation's own name if it gave one, else the catalogue's name for the service. */
export function serviceLabel(
  provider: Pick<MeetingProvider, "configuredName" | "service">,
  t: Pick<FirstScreenMessages, "services">,
): string {
  return provider.configuredName ?? t.services[provider.service];
}
