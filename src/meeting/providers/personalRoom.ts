import type { Person } from "../../diagnosis/types";
import { checkHttpsUrl } from "../httpsUrl";
import { meetingStrings } from "../strings";
import { ProviderError, type MeetingLink, type MeetingProvider } from "../types";
import { fillTextTemplate, fillUrlTemplate, textTemplateProblem, urlTemplateProblem } from "./ownerTemplate";

export type PersonalRoomService = "zoom" | "webex" | "other";

export interface PersonalRoomOptions {
  readonly id: string;
  readonly service: PersonalRoomService;
  /** Defaults to the service's name ("Zoom", "Webex", "Online meeting"). */
  readonly name?: string;
  /** https: address with {owner.email}, {owner.alias} or {owner.name}, e.g. "https://contoso.zoom.us/my/{owner.alias}". */
  readonly urlTemplate: string;
  /** May use the same placeholders (unencoded), e.g. "{owner.alias}@contoso.webex.com". */
  readonly meetingId?: string;
  readonly dialIn?: readonly string[];
}

/**
 * A personal meeting room (Zoom, Webex or any service with a stable per-person link). The link is
 * always the OWNER's: the delegate schedules into the owner's room, never their own.
 * Throws ProviderError when the template is unusable, so a bad configuration fails at load, not at send.
 */
export function personalRoomProvider(options: PersonalRoomOptions): MeetingProvider {
  const problem =
    urlTemplateProblem(options.urlTemplate) ?? [options.meetingId ?? "", ...(options.dialIn ?? [])].map(textTemplateProblem).find(Boolean);
  if (problem) throw new ProviderError("bad-link", meetingStrings.errors.badTemplate(problem));
  const { id, service, urlTemplate, meetingId } = options;
  const dialIn = [...(options.dialIn ?? [])];
  const displayName = options.name ?? meetingStrings.serviceNames[service];
  return Object.freeze({
    id,
    displayName,
    ...(options.name ? { configuredName: options.name } : {}),
    service,
    insertsLink: true,
    recognises(url: string, owner: Person | undefined): boolean {
      if (!owner) return false;
      const checked = checkHttpsUrl(url);
      if (!checked.ok) return false;
      try {
        return fillUrlTemplate(urlTemplate, owner) === checked.url.href;
      } catch {
        return false; // this owner has no room of this template, so the link is not one of ours
      }
    },
    build(owner: Person): MeetingLink {
      return {
        providerId: id,
        providerName: displayName,
        joinUrl: fillUrlTemplate(urlTemplate, owner),
        ...(meetingId !== undefined ? { meetingId: fillTextTemplate(meetingId, owner) } : {}),
        ...(dialIn.length > 0 ? { dialIn: dialIn.map((line) => fillTextTemplate(line, owner)) } : {}),
      };
    },
  });
}
