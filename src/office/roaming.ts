import type { ExchangeFinding } from "../diagnosis/evidence/finding";
import type { RoamingSettingsLike } from "./officeShape";
import { findingFrom, findPair, readRequests, readStore, requestIdsFor } from "./rememberedEvidence";

export const PROVIDER_KEY = "preferredProvider";
export const EVIDENCE_KEY = "exchangeEvidence";
export const REQUESTS_KEY = "exchangeRequests";

/**
 * The only code that touches roamingSettings (32 KB per add-in, follows the mailbox): the user's own
 * provider choice, and Exchange's answer remembered per owner and delegate (./rememberedEvidence.ts).
 * This file reads them, which the first answer needs; ./roamingWrites.ts saves them, after a click
 * or a paste, and loads with the pane's actions (see ./gateway.ts).
 */
export function readPreferredProvider(settings: RoamingSettingsLike | null | undefined): unknown {
  return readSetting(settings, PROVIDER_KEY);
}

/** Exchange's remembered answer for this owner and delegate, or undefined (none, or unreadable). */
export function readRememberedEvidence(
  settings: RoamingSettingsLike | null | undefined,
  owner: string,
  delegate: string,
  now: string,
): ExchangeFinding | undefined {
  const pair = findPair(readStore(readSetting(settings, EVIDENCE_KEY)), owner, delegate);
  return pair ? findingFrom(pair, now) : undefined;
}

/** Whether any pair's answer is remembered: the pane then fetches the rules that read one at once. */
export function remembersAnyEvidence(settings: RoamingSettingsLike | null | undefined): boolean {
  return readStore(readSetting(settings, EVIDENCE_KEY)).length > 0;
}

/** The request ids this pane issued for this owner and assistant, newest first. */
export function readRequestIds(settings: RoamingSettingsLike | null | undefined, owner: string, delegate: string): string[] {
  return requestIdsFor(readRequests(readSetting(settings, REQUESTS_KEY)), owner, delegate);
}

export function readSetting(settings: RoamingSettingsLike | null | undefined, key: string): unknown {
  try {
    return settings?.get?.(key);
  } catch {
    return undefined;
  }
}
