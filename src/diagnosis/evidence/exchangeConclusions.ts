/**
 * What Exchange's evidence means for each permission layer. A layer is concluded only from what the
 * paste showed: a part not seen, a name that could not be matched, a right or setting we do not
 * recognise is "unknown", never "granted" or "allowed".
 */
import { type EwsPart, policyVerdict } from "./ewsAccess";
import type { ExchangeCalendarEntry, ExchangeConclusions, ExchangeEvidence, ExchangeEws } from "./exchange";

type CalendarRole = ExchangeConclusions["calendarRole"];

/** Exchange's folder roles (and the on-premises names of the free/busy ones). */
const ROLES: Readonly<Record<string, CalendarRole>> = {
  owner: "editor",
  publishingeditor: "editor",
  editor: "editor",
  publishingauthor: "can-create",
  author: "can-create",
  noneditingauthor: "can-create",
  reviewer: "read-only",
  none: "none",
  availabilityonly: "none",
  limiteddetails: "none",
  freebusytimeonly: "none",
  freebusytimeandsubjectandlocation: "none",
};

const SINGLE_RIGHTS = new Set([
  "readitems",
  "createitems",
  "editowneditems",
  "deleteowneditems",
  "editallitems",
  "deleteallitems",
  "createsubfolders",
  "folderowner",
  "foldercontact",
  "foldervisible",
]);

export function concludeExchange(evidence: ExchangeEvidence): ExchangeConclusions {
  return {
    calendarRole: evidence.calendar.seen ? roleOf(evidence.calendar.value) : "unknown",
    delegateFlag: evidence.calendar.seen ? delegateFlagOf(evidence.calendar.value) : "unknown",
    sendOnBehalf: !evidence.sendOnBehalf.seen
      ? "unknown"
      : evidence.sendOnBehalf.value === "listed"
        ? "granted"
        : evidence.sendOnBehalf.value === "not-listed"
          ? "missing"
          : "unknown",
    ewsForTeams: evidence.ews.seen ? ewsForTeams(evidence.ews.value) : "unknown",
  };
}

export function roleOf(entry: ExchangeCalendarEntry | null): CalendarRole {
  if (entry === null) return "none";
  const rights = entry.accessRights.map((r) => r.trim().toLowerCase()).filter((r) => r !== "");
  if (rights.length === 0) return "unknown";
  if (rights.length === 1 && ROLES[rights[0] as string] !== undefined) return ROLES[rights[0] as string] as CalendarRole;
  // Single rights ("ReadItems, CreateItems, …"): decoded only when every one is a right we know.
  if (!rights.every((r) => SINGLE_RIGHTS.has(r))) return "unknown";
  const has = (r: string) => rights.includes(r);
  if (has("readitems") && has("createitems") && has("editallitems")) return "editor";
  if (has("readitems") && has("createitems")) return "can-create";
  if (has("readitems")) return "read-only";
  // Creating without reading (Contributor) is none of the roles the checks know.
  if (has("createitems")) return "unknown";
  return "none";
}

export function delegateFlagOf(entry: ExchangeCalendarEntry | null): ExchangeConclusions["delegateFlag"] {
  if (entry === null) return "no";
  if (entry.sharingPermissionFlags === undefined) return "unknown";
  return entry.sharingPermissionFlags.some((f) => f.trim().toLowerCase() === "delegate") ? "yes" : "no";
}

export function ewsForTeams(ews: ExchangeEws): ExchangeConclusions["ewsForTeams"] {
  const parts: EwsPart[] = [
    // The owner's mailbox: null is "not enforced here".
    ews.mailboxEnabled === undefined ? "unknown" : ews.mailboxEnabled === false ? "blocked" : "allowed",
    // The organisation: null may mean blocked since October 2026 (see ewsAccess.ts).
    ews.orgEnabled === undefined || ews.orgEnabled === null ? "unknown" : ews.orgEnabled ? "allowed" : "blocked",
    policyVerdict(ews.mailboxAccessPolicy, ews.mailboxAllowList, ews.mailboxBlockList),
    policyVerdict(ews.orgAccessPolicy, ews.orgAllowList, ews.orgBlockList),
    // Since June 2026 a list of application IDs admits only those apps; which ID Teams' scheduling
    // service uses is not documented, so a list leaves it open, and an output without it says nothing.
    ews.orgAllowedAppIds === null ? "allowed" : "unknown",
  ];
  if (parts.includes("blocked")) return "blocked";
  return parts.every((p) => p === "allowed") ? "allowed" : "unknown";
}
