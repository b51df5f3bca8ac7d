/**
 * The audit as rows the page lists: one per owner–delegate pair, one per owner that could not be
 * read, with the run's summary. Deciding 10,000 pairs takes a moment, so decideRun hands control
 * back to the page every few hundred pairs (the caller's pause) and reports its progress.
 */
import { singleLine } from "../diagnosis/address";
import { type AuditLayer, decidePair, type PairDecision, type PairPeople, peopleOf } from "./decide";
import type { AuditRun, OwnerError } from "./format";

/** Names and addresses as shown: one line, no bidi or control characters, capped. */
const MAX_SHOWN = 200;
const MAX_ERROR_SHOWN = 1000;

/** "problem": something to fix; "unclear": nothing wrong seen, but something not seen; "ok": all three granted. */
export type Health = "problem" | "unclear" | "ok";

export interface PairRow {
  readonly kind: "pair";
  /** Order in the file, a stable key. */
  readonly id: number;
  /** The owner entry's text (PrimarySmtpAddress, or the CSV text when the mailbox was not found). */
  readonly owner: string;
  readonly people: PairPeople;
  readonly decision: PairDecision;
  readonly health: Health;
  /** Lower-case text the search looks in. */
  readonly haystack: string;
}

export interface FailedOwnerRow {
  readonly kind: "failed";
  readonly id: number;
  readonly owner: string;
  readonly error: OwnerError;
  readonly health: "problem";
  readonly haystack: string;
}

export type AuditRow = PairRow | FailedOwnerRow;

export interface AuditSummary {
  readonly scriptVersion?: string;
  readonly startedAt?: string;
  readonly finishedAt: string | null;
  readonly scope?: string;
  readonly throttled?: number;
  readonly organizationConfigRead: boolean;
  /** Owners read without an error (with or without delegates). */
  readonly ownersRead: number;
  readonly ownersFailed: number;
  readonly ownersWithoutPairs: number;
  readonly unreadableOwners: number;
  readonly pairs: number;
  readonly problemPairs: number;
  readonly unclearPairs: number;
  readonly brokenByLayer: Readonly<Record<AuditLayer, number>>;
  readonly orphans: number;
}

export interface AuditResult {
  readonly summary: AuditSummary;
  /** In the default order: owners with problems first (sortRows "problems"). */
  readonly rows: readonly AuditRow[];
}

export interface DecideOptions {
  /** Hands control back to the page (a macrotask); called every `every` pairs. */
  readonly pause?: () => Promise<void>;
  readonly every?: number;
  readonly onProgress?: (done: number, total: number) => void;
  /** Stops the work at the next pause (another file was dropped): decideRun then rejects with the abort. */
  readonly signal?: AbortSignal;
}

export async function decideRun(run: AuditRun, options: DecideOptions = {}): Promise<AuditResult> {
  const every = options.every ?? 500;
  const total = run.owners.reduce((sum, owner) => sum + owner.pairs.length, 0);
  const rows: AuditRow[] = [];
  const brokenByLayer: Record<AuditLayer, number> = { calendar: 0, sending: 0, teams: 0 };
  let done = 0;
  let problemPairs = 0;
  let unclearPairs = 0;
  let orphans = 0;
  let ownersFailed = 0;
  let ownersWithoutPairs = 0;
  for (const entry of run.owners) {
    const owner = shown(entry.owner);
    if (entry.error) {
      ownersFailed++;
      const error = {
        ...(entry.error.cmdlet ? { cmdlet: shown(entry.error.cmdlet) } : {}),
        message: shown(entry.error.message, MAX_ERROR_SHOWN),
      };
      rows.push({ kind: "failed", id: rows.length, owner, error, health: "problem", haystack: owner.toLowerCase() });
      continue;
    }
    if (entry.pairs.length === 0) ownersWithoutPairs++;
    for (const pair of entry.pairs) {
      const found = peopleOf(pair, entry.owner);
      // Decided on the file's own text; shown flattened to one line.
      const decision = decidePair(pair, run.organizationConfig, found);
      const people = shownPeople(found);
      const health = healthOf(decision);
      if (health === "problem") problemPairs++;
      if (health === "unclear") unclearPairs++;
      for (const layer of decision.broken) brokenByLayer[layer]++;
      if (decision.reasons.includes("orphan")) orphans++;
      const haystack = [owner, people.ownerName, people.delegate, people.delegateAddress, people.delegateName]
        .filter((v): v is string => !!v)
        .join("\n")
        .toLowerCase();
      rows.push({ kind: "pair", id: rows.length, owner, people, decision, health, haystack });
      done++;
      if (options.pause && done % every === 0) {
        options.onProgress?.(done, total);
        await options.pause();
        options.signal?.throwIfAborted();
      }
    }
  }
  options.onProgress?.(done, total);
  const summary: AuditSummary = {
    ...(run.scriptVersion !== undefined ? { scriptVersion: shown(run.scriptVersion) } : {}),
    ...(run.startedAt !== undefined ? { startedAt: shown(run.startedAt) } : {}),
    finishedAt: run.finishedAt === null ? null : shown(run.finishedAt),
    ...(run.scope !== undefined ? { scope: shown(run.scope) } : {}),
    ...(run.throttled !== undefined ? { throttled: run.throttled } : {}),
    organizationConfigRead: run.organizationConfig !== null,
    ownersRead: run.owners.length - ownersFailed,
    ownersFailed,
    ownersWithoutPairs,
    unreadableOwners: run.unreadableOwners,
    pairs: done,
    problemPairs,
    unclearPairs,
    brokenByLayer,
    orphans,
  };
  return { summary, rows: sortRows(rows, "problems") };
}

export function healthOf(decision: PairDecision): Health {
  if (decision.broken.length > 0) return "problem";
  return decision.calendar === "granted" && decision.sending === "granted" && decision.teams === "granted" ? "ok" : "unclear";
}

export type SortKey = "problems" | "owner" | "delegate" | AuditLayer;

const HEALTH_ORDER: Readonly<Record<Health, number>> = { problem: 0, unclear: 1, ok: 2 };
const STATUS_ORDER = { missing: 0, partial: 1, unknown: 2, granted: 3 } as const;

/**
 * "problems": owners with a problem (a pair to fix, or not read at all) first, each owner's rows
 * together, its problems before the rest; the other keys sort by that column, problems breaking ties.
 */
export function sortRows(rows: readonly AuditRow[], key: SortKey): AuditRow[] {
  const ownerRank = new Map<string, number>();
  for (const row of rows) {
    const rank = HEALTH_ORDER[row.health];
    ownerRank.set(row.owner, Math.min(ownerRank.get(row.owner) ?? 2, rank));
  }
  // Each row's names lower-cased once, not in every one of the sort's n log n comparisons.
  type Keyed = { readonly row: AuditRow; readonly owner: string; readonly delegate: string };
  const keyed: Keyed[] = rows.map((row) => ({ row, owner: row.owner.toLowerCase(), delegate: delegateOf(row).toLowerCase() }));
  const byOwner = (a: Keyed, b: Keyed) => compareText(a.owner, b.owner);
  const byDelegate = (a: Keyed, b: Keyed) => compareText(a.delegate, b.delegate);
  const byHealth = (a: Keyed, b: Keyed) => HEALTH_ORDER[a.row.health] - HEALTH_ORDER[b.row.health];
  const byId = (a: Keyed, b: Keyed) => a.row.id - b.row.id;
  const compare = (a: Keyed, b: Keyed): number => {
    switch (key) {
      case "problems":
        return (
          (ownerRank.get(a.row.owner) ?? 2) - (ownerRank.get(b.row.owner) ?? 2) ||
          byOwner(a, b) ||
          byHealth(a, b) ||
          byDelegate(a, b) ||
          byId(a, b)
        );
      case "owner":
        return byOwner(a, b) || byHealth(a, b) || byDelegate(a, b) || byId(a, b);
      case "delegate":
        return byDelegate(a, b) || byOwner(a, b) || byId(a, b);
      default:
        return statusRank(a.row, key) - statusRank(b.row, key) || byHealth(a, b) || byOwner(a, b) || byDelegate(a, b) || byId(a, b);
    }
  };
  return keyed.sort(compare).map((entry) => entry.row);
}

function statusRank(row: AuditRow, layer: AuditLayer): number {
  return row.kind === "failed" ? -1 : STATUS_ORDER[row.decision[layer]];
}

function delegateOf(row: AuditRow): string {
  return row.kind === "pair" ? row.people.delegate : "";
}

/** Two names already lower-cased. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface RowFilter {
  /** Only rows with a problem (pairs to fix, owners not read). */
  readonly problemsOnly: boolean;
  /** Only this owner's rows (the owner entry's text); "" for every owner. */
  readonly owner: string;
  /** Only pairs with a problem in this layer; "any" for all. */
  readonly layer: AuditLayer | "any";
  /** Words to find in owner, delegate, names and addresses (case-insensitive). */
  readonly query: string;
}

export const NO_FILTER: RowFilter = { problemsOnly: false, owner: "", layer: "any", query: "" };

export function filterRows(rows: readonly AuditRow[], filter: RowFilter): AuditRow[] {
  const query = filter.query.trim().toLowerCase();
  const owner = filter.owner.trim().toLowerCase();
  return rows.filter(
    (row) =>
      (!filter.problemsOnly || row.health === "problem") &&
      (owner === "" || row.owner.toLowerCase() === owner) &&
      (filter.layer === "any" || (row.kind === "pair" && row.decision.broken.includes(filter.layer))) &&
      (query === "" || row.haystack.includes(query)),
  );
}

/** The owners in the file, for the owner filter's choices. */
export function ownersOf(rows: readonly AuditRow[]): string[] {
  return [...new Set(rows.map((row) => row.owner))].sort(compareText);
}

function shown(text: string, max = MAX_SHOWN): string {
  return singleLine(text, max);
}

function shownPeople(people: PairPeople): PairPeople {
  return {
    ...people,
    owner: shown(people.owner),
    ...(people.ownerAddress ? { ownerAddress: shown(people.ownerAddress) } : {}),
    ...(people.ownerName ? { ownerName: shown(people.ownerName) } : {}),
    delegate: shown(people.delegate),
    ...(people.delegateAddress ? { delegateAddress: shown(people.delegateAddress) } : {}),
    ...(people.delegateName ? { delegateName: shown(people.delegateName) } : {}),
  };
}
