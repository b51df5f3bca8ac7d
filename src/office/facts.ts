import type { DelegationFacts, Fact, HostInfo, Person, RequirementSets, SharedProperties, UnknownWhy } from "../diagnosis/types";
import { callOffice, DEFAULT_TIMEOUT_MS, errorMessage, hasMethod, type Outcome } from "./call";
import type { ItemLike, OfficeLike } from "./officeShape";

const SOURCE = {
  user: "Office.context.mailbox.userProfile",
  organizer: "item.organizer.getAsync",
  shared: "item.getSharedPropertiesAsync",
} as const;

/**
 * Every Mailbox requirement set, reported to IT without gaps (a list skipping 1.2 reads as "not
 * supported"). The diagnosis reads 1.7 and 1.8 (why organizer or shared properties are missing) and
 * 1.12 (whether the send check can run).
 */
export const MAILBOX_VERSIONS = [
  "1.1",
  "1.2",
  "1.3",
  "1.4",
  "1.5",
  "1.6",
  "1.7",
  "1.8",
  "1.9",
  "1.10",
  "1.11",
  "1.12",
  "1.13",
  "1.14",
  "1.15",
] as const;

/** Reads everything the verdict needs, in parallel, once. Never rejects. */
export async function readFacts(office: OfficeLike | undefined, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<DelegationFacts> {
  const mailbox = office?.context?.mailbox ?? undefined;
  const item = mailbox?.item ?? undefined;
  const requirementSets = readRequirementSets(office);
  const [organizer, shared] = await Promise.all([
    readOrganizer(item, requirementSets, timeoutMs),
    readShared(item, requirementSets, timeoutMs),
  ]);
  return { user: readUser(office), organizer, shared, host: readHost(office), requirementSets };
}

/**
 * Why a member is missing, stated as what happened: IT must never read that a client lacks a
 * requirement set it reports supporting (item.organizer has been undefined on clients with 1.14).
 */
function absentReason(member: string, set: string, sets: RequirementSets): string {
  return sets[set] === true
    ? `${member} is missing although this Outlook reports Mailbox ${set}`
    : `${member} is missing (it needs Mailbox ${set}, which this Outlook does not report)`;
}

function readUser(office: OfficeLike | undefined): Fact<Person> {
  try {
    const profile = office?.context?.mailbox?.userProfile;
    const emailAddress = text(profile?.emailAddress);
    if (!emailAddress) return unknown(SOURCE.user, "empty", "userProfile gave no address");
    return { known: true, source: SOURCE.user, value: { emailAddress, displayName: text(profile?.displayName) || emailAddress } };
  } catch (error) {
    return unknown(SOURCE.user, "failed", `reading userProfile threw: ${errorMessage(error)}`);
  }
}

async function readOrganizer(item: ItemLike | undefined, sets: RequirementSets, timeoutMs: number): Promise<Fact<Person>> {
  if (!item) return unknown(SOURCE.organizer, "no-item", "Office.context.mailbox.item is missing");
  const organizer = item.organizer;
  if (!hasMethod(organizer, "getAsync")) return unknown(SOURCE.organizer, "absent", absentReason("item.organizer", "1.7", sets));
  const outcome: Outcome<unknown> = await callOffice("item.organizer.getAsync", (cb) => organizer.getAsync(cb as never), timeoutMs);
  if (!outcome.ok) return unknown(SOURCE.organizer, outcome.why, outcome.reason);
  const value = outcome.value as { emailAddress?: unknown; displayName?: unknown } | undefined;
  const emailAddress = text(value?.emailAddress);
  if (!emailAddress) return unknown(SOURCE.organizer, "empty", "item.organizer.getAsync gave no address");
  return { known: true, source: SOURCE.organizer, value: { emailAddress, displayName: text(value?.displayName) || emailAddress } };
}

async function readShared(item: ItemLike | undefined, sets: RequirementSets, timeoutMs: number): Promise<Fact<SharedProperties>> {
  if (!item) return unknown(SOURCE.shared, "no-item", "Office.context.mailbox.item is missing");
  if (!hasMethod(item, "getSharedPropertiesAsync")) {
    return unknown(SOURCE.shared, "absent", absentReason("item.getSharedPropertiesAsync", "1.8", sets));
  }
  const outcome = await callOffice<unknown>("item.getSharedPropertiesAsync", (cb) => item.getSharedPropertiesAsync(cb as never), timeoutMs);
  if (!outcome.ok) {
    // Outlook also fails this call for items that are simply not in a shared folder, so the failure
    // is kept as "unknown" and the diagnosis decides what it means together with the organizer.
    return unknown(SOURCE.shared, outcome.why, outcome.reason);
  }
  const value = outcome.value as { owner?: unknown; targetMailbox?: unknown; delegatePermissions?: unknown } | undefined;
  const owner = text(value?.owner);
  if (!owner) return unknown(SOURCE.shared, "empty", "getSharedPropertiesAsync gave no owner");
  const bits = value?.delegatePermissions;
  if (typeof bits !== "number" || !Number.isInteger(bits) || bits < 0 || bits > 63) {
    return unknown(
      SOURCE.shared,
      "unexpected",
      `getSharedPropertiesAsync gave an unexpected permission value (${String(bits).slice(0, 20)})`,
    );
  }
  const targetMailbox = text(value?.targetMailbox);
  return {
    known: true,
    source: SOURCE.shared,
    value: targetMailbox ? { owner, targetMailbox, delegatePermissions: bits } : { owner, delegatePermissions: bits },
  };
}

function readHost(office: OfficeLike | undefined): HostInfo {
  try {
    const diagnostics = office?.context?.mailbox?.diagnostics;
    return {
      name: text(diagnostics?.hostName) || "unknown",
      version: text(diagnostics?.hostVersion) || "unknown",
      platform: text(office?.context?.platform) || "unknown",
    };
  } catch {
    return { name: "unknown", version: "unknown", platform: "unknown" };
  }
}

function readRequirementSets(office: OfficeLike | undefined): RequirementSets {
  const sets: Record<string, boolean> = {};
  const requirements = office?.context?.requirements;
  for (const version of MAILBOX_VERSIONS) {
    try {
      if (requirements?.isSetSupported?.("Mailbox", version) === true) sets[version] = true;
    } catch {
      // An old host without isSetSupported support counts as not supporting the set.
    }
  }
  return sets;
}

/** Outlook values are untrusted: keep strings only, trimmed, and cap them so layouts survive. */
function text(value: unknown): string {
  if (typeof value !== "string") return "";
  const trimmed = value.trim();
  return trimmed.length > 512 ? trimmed.slice(0, 512) : trimmed;
}

function unknown<T>(source: string, why: UnknownWhy, reason: string): Fact<T> {
  return { known: false, source, why, reason };
}
