import { callOffice, DEFAULT_TIMEOUT_MS, failed, type Outcome } from "./call";
import type { ExchangeFinding } from "../diagnosis/evidence/finding";
import type { RoamingSettingsLike } from "./officeShape";
import {
  findingFrom,
  findPair,
  pairFrom,
  readRequests,
  readStore,
  requestFor,
  requestIdOf,
  requestIdsFor,
  withoutPair,
  withPair,
} from "./rememberedEvidence";

const PROVIDER_KEY = "preferredProvider";

/**
 * The only code that touches roamingSettings (32 KB per add-in, follows the mailbox): the user's own
 * provider choice, and Exchange's answer remembered per owner and delegate (./rememberedEvidence.ts).
 */
export function readPreferredProvider(settings: RoamingSettingsLike | null | undefined): unknown {
  return readSetting(settings, PROVIDER_KEY);
}

export function savePreferredProvider(
  settings: RoamingSettingsLike | null | undefined,
  providerId: string,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<Outcome<unknown>> {
  return saveSetting(settings, PROVIDER_KEY, providerId, timeoutMs);
}

const EVIDENCE_KEY = "exchangeEvidence";

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

export function rememberEvidence(
  settings: RoamingSettingsLike | null | undefined,
  owner: string,
  delegate: string,
  finding: ExchangeFinding,
  savedAt: string,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<Outcome<unknown>> {
  const pairs = readStore(readSetting(settings, EVIDENCE_KEY));
  return saveSetting(settings, EVIDENCE_KEY, withPair(pairs, pairFrom(owner, delegate, finding, savedAt)), timeoutMs);
}

export function forgetEvidence(
  settings: RoamingSettingsLike | null | undefined,
  owner: string,
  delegate: string,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<Outcome<unknown>> {
  const pairs = readStore(readSetting(settings, EVIDENCE_KEY));
  return saveSetting(settings, EVIDENCE_KEY, withoutPair(pairs, owner, delegate), timeoutMs);
}

const REQUESTS_KEY = "exchangeRequests";

/** The request ids this pane issued for this owner and assistant, newest first. */
export function readRequestIds(settings: RoamingSettingsLike | null | undefined, owner: string, delegate: string): string[] {
  return requestIdsFor(readRequests(readSetting(settings, REQUESTS_KEY)), owner, delegate);
}

/**
 * The request id to send to IT for this pair: the pair's recent one, else a new one saved for the
 * next pane. saved is false when Outlook did not keep a new id (it still holds while the pane is open).
 */
export async function issueRequest(
  settings: RoamingSettingsLike | null | undefined,
  owner: string,
  delegate: string,
  now: string,
  random: (length: number) => Uint8Array,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<{ readonly id: string; readonly saved: boolean }> {
  const newId = () => requestIdOf(random(16));
  const { id, store } = requestFor(readRequests(readSetting(settings, REQUESTS_KEY)), owner, delegate, now, newId);
  if (!store) return { id, saved: true };
  const saved = await saveSetting(settings, REQUESTS_KEY, store, timeoutMs);
  return { id, saved: saved.ok };
}

function readSetting(settings: RoamingSettingsLike | null | undefined, key: string): unknown {
  try {
    return settings?.get?.(key);
  } catch {
    return undefined;
  }
}

async function saveSetting(
  settings: RoamingSettingsLike | null | undefined,
  key: string,
  value: unknown,
  timeoutMs: number,
): Promise<Outcome<unknown>> {
  const set = settings?.set;
  const saveAsync = settings?.saveAsync;
  if (typeof set !== "function" || typeof saveAsync !== "function") return failed("roamingSettings.set or saveAsync is missing");
  try {
    set.call(settings, key, value);
  } catch {
    return failed("roamingSettings.set threw");
  }
  return callOffice("roamingSettings.saveAsync", (cb) => saveAsync.call(settings, cb as never), timeoutMs);
}
