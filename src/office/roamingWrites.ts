/**
 * Saving to roamingSettings: the provider choice, Exchange's answer for a pair, a request id for IT.
 * Every call follows a click or a paste, after the answer is on screen, so this file (with
 * ./rememberedEvidenceEdits.ts) is not in the pane's first download: ./gateway.ts loads it with the
 * pane's actions, which are fetched right after the answer.
 */
import type { ExchangeFinding } from "../diagnosis/evidence/finding";
import { callOffice, DEFAULT_TIMEOUT_MS, failed, type Outcome } from "./call";
import type { RoamingSettingsLike } from "./officeShape";
import { readRequests, readStore } from "./rememberedEvidence";
import { pairFrom, requestFor, requestIdOf, withoutPair, withPair } from "./rememberedEvidenceEdits";
import { EVIDENCE_KEY, PROVIDER_KEY, readSetting, REQUESTS_KEY } from "./roaming";

export function savePreferredProvider(
  settings: RoamingSettingsLike | null | undefined,
  providerId: string,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<Outcome<unknown>> {
  return saveSetting(settings, PROVIDER_KEY, providerId, timeoutMs);
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
