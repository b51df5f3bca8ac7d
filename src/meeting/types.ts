import type { ServiceKind } from "../kernel/kinds";
import type { Person } from "../kernel/people";

/** The join details a provider builds for the owner of the meeting. */
export interface MeetingLink {
  readonly providerId: string;
  /** e.g. "Jitsi Meet", "Zoom". */
  readonly providerName: string;
  /** Always https: (enforced by the provider and again when rendering). */
  readonly joinUrl: string;
  readonly meetingId?: string;
  /** Human-readable dial-in lines, e.g. "+1 555 0100,,123456#". */
  readonly dialIn?: readonly string[];
}

/** Randomness is injected so builds are testable; production passes crypto.getRandomValues. */
export type RandomBytes = (length: number) => Uint8Array;

export interface MeetingProvider {
  readonly id: string;
  /** The name written into the meeting's block (fixed, whatever language the pane speaks). */
  readonly displayName: string;
  /** The organisation's own name for it (config.json "name"); without one the pane names the service in its language. */
  readonly configuredName?: string;
  /** Which service's online-meeting-delegate right applies (drives the diagnosis check). */
  readonly service: ServiceKind;
  /**
   * False for Teams and Skype for Business: an add-in cannot create those meetings for the owner,
   * so we never insert a made-up link and point to Outlook's own toggle instead.
   */
  readonly insertsLink: boolean;
  /** Builds the link for the owner. Throws ProviderError on bad input; its `problem` picks the words the user reads. */
  build(owner: Person, random: RandomBytes): MeetingLink;
  /**
   * True when `url` is a link this provider could have built for `owner`: how our block is found
   * again after Outlook has stripped its markers. Never throws.
   */
  recognises(url: string, owner: Person | undefined): boolean;
}

/** What went wrong building a link, for the pane to word in the user's language. */
export type ProviderProblem = "randomness" | "owner-missing" | "owner-unusable" | "bad-link" | "too-long" | "not-available";

/**
 * A link could not be made. `message` is technical English for the organisation's configuration
 * report (config problems are read by IT); `problem` is what the pane tells the user.
 */
export class ProviderError extends Error {
  override readonly name = "ProviderError";
  constructor(
    readonly problem: ProviderProblem,
    message: string,
  ) {
    super(message);
  }
}
