import type { Person } from "../../diagnosis/types";
import { checkHttpsUrl } from "../httpsUrl";
import { meetingStrings } from "../strings";
import { ProviderError, type MeetingLink, type MeetingProvider, type RandomBytes } from "../types";
import { isRoomName, randomRoomName } from "./roomName";

export const JITSI_DEFAULT_ID = "jitsi";
export const JITSI_DEFAULT_BASE_URL = "https://meet.jit.si/";

export interface JitsiOptions {
  readonly id?: string;
  readonly name?: string;
  /** The Jitsi server (the organisation's own, or the public one); rooms are created under it. */
  readonly baseUrl?: string;
}

/** Why a Jitsi server address cannot be used, or undefined when it can. */
export function jitsiBaseUrlProblem(baseUrl: string): string | undefined {
  const checked = checkHttpsUrl(baseUrl);
  if (!checked.ok) return checked.reason;
  if (checked.url.search !== "" || checked.url.hash !== "" || /[?#]/.test(baseUrl)) return "must not contain ? or #";
  return undefined;
}

/**
 * Jitsi Meet needs no account and no delegation: a fresh, unguessable room per meeting is all it
 * takes, which is why it is the default when the organisation configured nothing.
 * Throws ProviderError when the server address is unusable.
 */
export function jitsiProvider(options: JitsiOptions = {}): MeetingProvider {
  const baseUrl = options.baseUrl ?? JITSI_DEFAULT_BASE_URL;
  const problem = jitsiBaseUrlProblem(baseUrl);
  if (problem) throw new ProviderError("bad-link", meetingStrings.errors.badBaseUrl(problem));
  const base = withTrailingSlash(baseUrl);
  const id = options.id ?? JITSI_DEFAULT_ID;
  const displayName = options.name ?? meetingStrings.serviceNames.jitsi;
  return Object.freeze({
    id,
    displayName,
    ...(options.name ? { configuredName: options.name } : {}),
    service: "jitsi" as const,
    insertsLink: true,
    build(_owner: Person, random: RandomBytes): MeetingLink {
      return { providerId: id, providerName: displayName, joinUrl: new URL(randomRoomName(random), base).href };
    },
    recognises(url: string): boolean {
      // Exactly what build makes: this server, this path, one random room name, nothing after it.
      const checked = checkHttpsUrl(url);
      if (!checked.ok || checked.url.search !== "" || checked.url.hash !== "") return false;
      const prefix = new URL(base).href;
      return checked.url.href.startsWith(prefix) && isRoomName(checked.url.href.slice(prefix.length));
    },
  });
}

/** Without it, "https://jitsi.contoso.com/rooms" + room would replace "rooms" instead of nesting under it. */
function withTrailingSlash(url: string): string {
  return url.endsWith("/") ? url : `${url}/`;
}
