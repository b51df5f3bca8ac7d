/**
 * The provider registry: one description per configured meeting service, turned into a provider.
 * Configuration validates raw JSON into these specs; nothing else should construct providers.
 */
import type { MeetingProvider } from "../types";
import { jitsiProvider, type JitsiOptions } from "./jitsi";
import { outlookToggleProvider } from "./outlookToggle";
import { personalRoomProvider, type PersonalRoomOptions } from "./personalRoom";

export { JITSI_DEFAULT_BASE_URL, JITSI_DEFAULT_ID, jitsiBaseUrlProblem, jitsiProvider, type JitsiOptions } from "./jitsi";
export { outlookToggleProvider, type OutlookToggleOptions, type OutlookToggleService } from "./outlookToggle";
export { PLACEHOLDERS, textTemplateProblem, urlTemplateProblem, type Placeholder } from "./ownerTemplate";
export { personalRoomProvider, type PersonalRoomOptions, type PersonalRoomService } from "./personalRoom";
export { ROOM_NAME_BYTES } from "./roomName";

/** The "type" values config.json may use. */
export const PROVIDER_TYPES = ["jitsi", "personal-room", "teams", "skype"] as const;
export type ProviderType = (typeof PROVIDER_TYPES)[number];

export type ProviderSpec =
  | ({ readonly type: "jitsi" } & JitsiOptions)
  | ({ readonly type: "personal-room" } & PersonalRoomOptions)
  | { readonly type: "teams" | "skype"; readonly id?: string; readonly name?: string };

/** Throws ProviderError when the spec cannot make a safe provider (bad template or server address). */
export function createProvider(spec: ProviderSpec): MeetingProvider {
  switch (spec.type) {
    case "jitsi":
      return jitsiProvider(spec);
    case "personal-room":
      return personalRoomProvider(spec);
    case "teams":
    case "skype":
      return outlookToggleProvider({ ...spec, service: spec.type });
  }
}

/** Used when the organisation configured nothing usable: works for everyone, needs no account. */
export function builtInProvider(): MeetingProvider {
  return jitsiProvider();
}
