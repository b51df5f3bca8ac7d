/**
 * The audit file the organisation-wide script writes (issue 32, docs/audit-script.md): one JSON
 * object with the run's facts and, per owner, the read-only block's JSON object for each delegate
 * pair. Only the keys this page reads are named here; any other key is ignored.
 */

import type { Json, JsonObject } from "../diagnosis/evidence/json";

export const AUDIT_FORMAT = "schedule-on-behalf-audit";
export const AUDIT_VERSION = 1;
/** The first line of the journal the script keeps while it runs (`<OutFile>.journal.jsonl`). */
export const JOURNAL_FORMAT = "schedule-on-behalf-audit-journal";

/**
 * A bigger file is refused before it is read: 10,000 pairs weigh about 15 MB, so 64 MB is room for
 * some 40,000 pairs, and a file past it would hold the browser's memory for a long parse.
 */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export type { Json, JsonObject };

/** Where an owner was found to have this delegate. */
export type FoundIn = "calendar" | "send-on-behalf";

/** The owner could not be read: the cmdlet that failed and Exchange's message, as the script recorded them. */
export interface OwnerError {
  readonly cmdlet?: string;
  readonly message: string;
}

export interface AuditOwner {
  readonly owner: string;
  readonly readAt?: string;
  readonly error?: OwnerError;
  readonly retries?: number;
  /** Each pair as the script wrote it: the block's JSON object (read by src/diagnosis). */
  readonly pairs: readonly Json[];
}

export interface AuditRun {
  readonly scriptVersion?: string;
  readonly startedAt?: string;
  /** null: the run has not finished (a partial file). */
  readonly finishedAt: string | null;
  readonly scope?: string;
  /** Read once per run and applied to every pair; null when the script could not read it. */
  readonly organizationConfig: JsonObject | null;
  readonly throttled?: number;
  readonly owners: readonly AuditOwner[];
  /** Owner entries that were not objects with an owner (a damaged file): counted, not shown as owners. */
  readonly unreadableOwners: number;
}
