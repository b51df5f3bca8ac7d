/**
 * What the checks receive from Exchange: the conclusions drawn from an admin's paste, with when IT ran
 * it and when it reached this pane. The same shape whether it was pasted just now or remembered for
 * this owner and delegate, so a remembered fact reads exactly like a fresh one, only older.
 */
import type { ExchangeConclusions, ExchangeEvidence } from "./exchange";

/** Evidence older than this is shown, not used: rights change, and IT is asked to check again. */
export const STALE_AFTER_DAYS = 30;

/** Exchange prints a handful of rights and flags; more than this is not a folder permission entry. */
const MAX_LISTED = 12;
const MAX_LISTED_LENGTH = 60;

export interface ExchangeFinding {
  readonly source: "exchange";
  readonly conclusions: ExchangeConclusions;
  readonly form: ExchangeEvidence["form"];
  /** When the block ran (ISO 8601, from the block itself); absent for plain cmdlet output. */
  readonly ranAt?: string;
  /** When it was pasted into the pane (ISO 8601, from the caller's clock). */
  readonly pastedAt: string;
  /** AccessRights and SharingPermissionFlags as Exchange printed them, for the evidence line. */
  readonly accessRights?: readonly string[];
  readonly sharingPermissionFlags?: readonly string[];
  /** Read back from this add-in's memory of the pair rather than pasted in this pane. */
  readonly remembered: boolean;
  /** Older than STALE_AFTER_DAYS when the pane looked: shown with a request to check again, never used. */
  readonly stale: boolean;
}

/** A date up to this far ahead of the clock reading it is clock skew; further is not a date to trust. */
export const FUTURE_SKEW_MS = 5 * 60 * 1000;

/**
 * The date a finding speaks for: the earlier of when IT ran the block and when it was pasted (the
 * run time is only text in the paste, so it can make an answer older, never younger than its paste).
 */
export function findingDate(finding: Pick<ExchangeFinding, "ranAt" | "pastedAt">): string {
  const ran = finding.ranAt !== undefined ? Date.parse(finding.ranAt) : NaN;
  const pasted = Date.parse(finding.pastedAt);
  if (!Number.isFinite(ran)) return finding.pastedAt;
  return Number.isFinite(pasted) && pasted < ran ? finding.pastedAt : (finding.ranAt as string);
}

/**
 * Both times come in as data (the diagnosis has no clock); an unreadable date counts as old, and so
 * does one in the future beyond clock skew (never "fresh for ever").
 */
export function isStale(asOf: string, now: string): boolean {
  const then = Date.parse(asOf);
  const current = Date.parse(now);
  if (!Number.isFinite(then) || !Number.isFinite(current)) return true;
  if (then - current > FUTURE_SKEW_MS) return true;
  return current - then > STALE_AFTER_DAYS * 24 * 60 * 60 * 1000;
}

/** A paste read just now, as the checks take it. */
export function freshFinding(evidence: ExchangeEvidence, conclusions: ExchangeConclusions, pastedAt: string): ExchangeFinding {
  const entry = evidence.calendar.seen ? evidence.calendar.value : null;
  const base = {
    source: "exchange" as const,
    conclusions,
    form: evidence.form,
    ...(evidence.ranAt !== undefined && Number.isFinite(Date.parse(evidence.ranAt)) ? { ranAt: evidence.ranAt } : {}),
    pastedAt,
    ...(entry ? { accessRights: capped(entry.accessRights) } : {}),
    ...(entry?.sharingPermissionFlags ? { sharingPermissionFlags: capped(entry.sharingPermissionFlags) } : {}),
    remembered: false,
  };
  return { ...base, stale: isStale(findingDate(base), pastedAt) };
}

export function capped(values: readonly string[]): string[] {
  return values.slice(0, MAX_LISTED).map((value) => value.slice(0, MAX_LISTED_LENGTH));
}
