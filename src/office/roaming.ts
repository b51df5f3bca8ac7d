import { callOffice, DEFAULT_TIMEOUT_MS, failed, type Outcome } from "./call";
import type { RoamingSettingsLike } from "./officeShape";

const PROVIDER_KEY = "preferredProvider";

/** The user's own provider choice, kept in roamingSettings (32 KB per add-in, follows the mailbox). */
export function readPreferredProvider(settings: RoamingSettingsLike | null | undefined): unknown {
  try {
    return settings?.get?.(PROVIDER_KEY);
  } catch {
    return undefined;
  }
}

export async function savePreferredProvider(
  settings: RoamingSettingsLike | null | undefined,
  providerId: string,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<Outcome<unknown>> {
  const set = settings?.set;
  const saveAsync = settings?.saveAsync;
  if (typeof set !== "function" || typeof saveAsync !== "function") return failed("roamingSettings.set or saveAsync is missing");
  try {
    set.call(settings, PROVIDER_KEY, providerId);
  } catch {
    return failed("roamingSettings.set threw");
  }
  return callOffice("roamingSettings.saveAsync", (cb) => saveAsync.call(settings, cb as never), timeoutMs);
}
