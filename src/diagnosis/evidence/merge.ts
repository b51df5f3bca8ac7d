/**
 * How the checks combine what Outlook showed with what Exchange said: the one rule, stated here and
 * nowhere else (each numbered case has its row in test/diagnosis/evidence/merge.test.ts).
 *
 * 1. A refusal the user saw and pasted is "missing", whatever a source says: it happened. Another
 *    source's different view is still shown beside it.
 * 2. Exchange has nothing for this layer (no paste, a stale one, or "unknown"): Outlook's status stands.
 * 3. Outlook could not see the layer ("unknown": send on behalf always, Mac's 0 bits): Exchange, which
 *    sees more, decides.
 * 4. Both say the same: that, from both.
 * 5. Both say the delegate can create meetings, one fully, one partly: the lower ("partial").
 * 6. One says "missing", the other says the delegate can create: "unknown", both shown. A contradiction
 *    is never resolved toward "granted" (nor silently toward "missing": the user is asked to check again).
 *
 * 7. Microsoft Graph's answer (evidence/graph.ts) joins last and can only confirm or contest what the
 *    others concluded: canEdit is "can write", which Graph gives an Author as well as an Editor. It
 *    agrees with "granted" or "partial" and leaves them as they are; where nobody else could see, it
 *    gives "partial" (writing proven, changing others' meetings not). canEdit false agrees with
 *    "missing"; alone it proves nothing, since Graph reports it wrongly for access given through a
 *    group (open microsoft-graph-docs issue since 2019): the layer stays "unknown", worded "Microsoft
 *    365 shows no write access". Against the others' answer it is a conflict, as in rule 6.
 *
 * 8. The same rules merge every layer a source speaks to (Layer): the calendar, sending, and Teams'
 *    hidden conditions (the Delegate flag, EWS, Teams offered on the calendar). Outlook sees only the
 *    calendar; for the others its status is "unknown", so Exchange decides (rule 3) and Graph confirms,
 *    contests (rule 6) or decides alone (rule 7). Teams is then granted only when every one of its
 *    conditions is met (teamsGranted, TEAMS_CONDITIONS).
 *
 * A paste that is not evidence for this pair (another owner or delegate, a truncated block, too long)
 * never reaches these rules: see outcomeOfPaste. Graph's answers other than a 200 for this owner
 * (403, 404, another calendar, no answer) are shown, never merged: a 403 also comes from an
 * application access policy that says nothing about the delegate's own rights.
 */
import type { CheckStatus } from "../../kernel/kinds";
import type { AdminPasteReading, ExchangeConclusions, ExchangeEvidence, UnattributedPart } from "./exchange";
import { findingDate, freshFinding, type ExchangeFinding } from "./finding";
import type { GraphEvidence } from "./graph";

/** What one source says about one layer. */
export type Reading = "granted" | "partial" | "missing" | "unknown";

/** Graph's calendar reading: writing proven or disproven, never the role (rule 7). */
export type GraphCalendarReading = "can-write" | "cannot-write";

export type Basis =
  /** Outlook's status stands; Exchange said nothing usable (rule 2). */
  | "outlook"
  /** Exchange decided where Outlook could not see (rule 3). */
  | "exchange"
  /** Both sources say the same, or Exchange's "partial" lowered Outlook's "granted" (rules 4, 5). */
  | "both"
  /** They contradict each other (rule 6). */
  | "conflict"
  /** A refusal the user saw (rule 1). */
  | "reported"
  /** Microsoft Graph decided where Outlook and Exchange could not see (rule 7). */
  | "graph";

export interface Merged {
  readonly status: CheckStatus;
  readonly basis: Basis;
}

const CAN_CREATE: ReadonlySet<CheckStatus> = new Set<CheckStatus>(["granted", "partial"]);

export function mergeStatus(outlook: CheckStatus, exchange: Reading | undefined, refusalSeen = false): Merged {
  if (refusalSeen) return { status: "missing", basis: "reported" };
  if (exchange === undefined || exchange === "unknown") return { status: outlook, basis: "outlook" };
  // "checking" and "not-needed" are not readings of a right; nothing to refine.
  if (outlook === "checking" || outlook === "not-needed") return { status: outlook, basis: "outlook" };
  if (outlook === "unknown") return { status: exchange, basis: "exchange" };
  if (outlook === exchange) return { status: outlook, basis: "both" };
  if (CAN_CREATE.has(outlook) && CAN_CREATE.has(exchange)) return { status: "partial", basis: "both" };
  return { status: "unknown", basis: "conflict" };
}

/** How Graph's reading stood to the others' conclusion (rule 7). */
export type GraphPart = "agrees" | "decided" | "conflict";

export interface MergedWithGraph extends Merged {
  /** Absent when Graph had nothing to add (no answer, or the others' answer is a refusal or a conflict). */
  readonly graph?: GraphPart;
}

/** Rule 7: Graph's calendar reading joined to what Outlook and Exchange concluded (mergeStatus). */
export function joinGraph(merged: Merged, graph: GraphCalendarReading | undefined): MergedWithGraph {
  return joinGraphReading("calendar", merged, graph === undefined ? undefined : graph === "can-write" ? "partial" : "missing");
}

/**
 * Rule 7 for any layer: Graph's reading joined to what the others concluded. On the calendar, Graph's
 * "missing" (canEdit false) alone proves nothing, so it leaves the layer "unknown".
 */
function joinGraphReading(layer: Layer, merged: Merged, graph: Reading | undefined): MergedWithGraph {
  // A refusal the user saw, a contradiction already found, or a layer with no right to read: as it was.
  if (graph === undefined || graph === "unknown" || merged.basis === "reported" || merged.basis === "conflict") return merged;
  if (merged.status === "checking" || merged.status === "not-needed") return merged;
  if (merged.status === "unknown") {
    const alone: CheckStatus = layer === "calendar" && graph === "missing" ? "unknown" : graph;
    return { status: alone, basis: "graph", graph: "decided" };
  }
  if (CAN_CREATE.has(merged.status) === CAN_CREATE.has(graph)) return { ...merged, graph: "agrees" };
  return { status: "unknown", basis: "conflict", graph: "conflict" };
}

/** The layers a source can speak to: the calendar and sending checks', and Teams' hidden conditions. */
export type Layer = "calendar" | "sending" | "delegateFlag" | "ewsForTeams" | "teamsOffered";

/** What one source said about one layer, and when (ISO 8601). */
export interface SourceReading {
  readonly source: "exchange" | "graph";
  readonly at: string;
  readonly reading: Reading;
}

/** One source's readings, by layer; a layer it cannot show is absent. */
export type LayerReadings = { readonly [L in Layer]?: SourceReading };

/**
 * One layer merged by rules 1 to 7: Outlook's status (its own reading, or "unknown" where it cannot
 * see), the sources' readings, and whether the user saw this layer refused.
 */
export function mergeLayer(layer: Layer, outlook: CheckStatus, readings: readonly SourceReading[], refusalSeen = false): MergedLayer {
  const exchange = readings.find((reading) => reading.source === "exchange");
  const graph = readings.find((reading) => reading.source === "graph");
  const beforeGraph = mergeStatus(outlook, exchange?.reading, refusalSeen);
  return { ...joinGraphReading(layer, beforeGraph, graph?.reading), beforeGraph };
}

export interface MergedLayer extends MergedWithGraph {
  /** What Outlook and Exchange concluded before Graph joined (rules 1 to 6): Exchange's part in the result. */
  readonly beforeGraph: Merged;
}

/** What Exchange's conclusions say of each layer. */
export function exchangeReadings(finding: ExchangeFinding): LayerReadings {
  const at = findingDate(finding);
  const { conclusions } = finding;
  const read = (reading: Reading): SourceReading => ({ source: "exchange", at, reading });
  return {
    calendar: read(calendarReading(conclusions)),
    sending: read(sendingReading(conclusions)),
    delegateFlag: read(byValue(conclusions.delegateFlag, { yes: "granted", no: "missing", unknown: "unknown" })),
    ewsForTeams: read(byValue(conclusions.ewsForTeams, { allowed: "granted", blocked: "missing", unknown: "unknown" })),
  };
}

/**
 * What Graph's answer says of each layer: canEdit is writing ("partial") or none ("missing", rule 7);
 * canViewPrivateItems proves the Delegate flag, its absence proves nothing; the providers the calendar
 * offers say whether Teams is offered. Graph never shows sending or EWS.
 */
export function graphReadings(evidence: Pick<GraphEvidence, "canEdit" | "delegate" | "teams" | "checkedAt">): LayerReadings {
  const read = (reading: Reading): SourceReading => ({ source: "graph", at: evidence.checkedAt, reading });
  return {
    calendar: read(graphCalendarReading(evidence) === "can-write" ? "partial" : "missing"),
    ...(evidence.delegate === "yes" ? { delegateFlag: read("granted") } : {}),
    ...(evidence.teams !== "unknown" ? { teamsOffered: read(evidence.teams === "allowed" ? "granted" : "missing") } : {}),
  };
}

/** Every source's reading of one layer. */
export function readingsOf(layer: Layer, sources: readonly LayerReadings[]): SourceReading[] {
  return sources.flatMap((source) => source[layer] ?? []);
}

function byValue<V extends string>(value: V, readings: Readonly<Record<V, Reading>>): Reading {
  return readings[value];
}

/** Teams needs every layer: the calendar and sending as their checks concluded, the others as merged. */
export type TeamsCondition = Layer;

/**
 * Teams' all-conditions rule: each condition, the statuses that meet it and the one that refuses it.
 * Teams builds on Exchange delegation (Editor or Author on the calendar, send on behalf, the Delegate
 * flag) and reaches the owner's mailbox through EWS. Whether the calendar offers Teams only Graph
 * shows; unseen, it does not stand in the way of a proof.
 */
export const TEAMS_CONDITIONS: Readonly<Record<TeamsCondition, { readonly meets: readonly CheckStatus[]; readonly refuses: CheckStatus }>> =
  {
    calendar: { meets: ["granted", "partial"], refuses: "missing" },
    sending: { meets: ["granted"], refuses: "missing" },
    delegateFlag: { meets: ["granted"], refuses: "missing" },
    ewsForTeams: { meets: ["granted"], refuses: "missing" },
    teamsOffered: { meets: ["granted", "unknown"], refuses: "missing" },
  };

/** Granted when every condition is met, missing when any is refused, otherwise unknown. */
export function teamsGranted(conditions: Readonly<Record<TeamsCondition, CheckStatus>>): "granted" | "missing" | "unknown" {
  const rows = Object.entries(TEAMS_CONDITIONS) as [TeamsCondition, (typeof TEAMS_CONDITIONS)[TeamsCondition]][];
  if (rows.some(([condition, rule]) => conditions[condition] === rule.refuses)) return "missing";
  return rows.every(([condition, rule]) => rule.meets.includes(conditions[condition])) ? "granted" : "unknown";
}

/**
 * canEdit as a reading of the calendar layer: "can write", which Graph sets for any write access, so it
 * says nothing of changing others' meetings (Author vs Editor). Here rather than in ./graph.ts, whose
 * reader of Graph's answers the first download must not carry.
 */
export function graphCalendarReading(evidence: Pick<GraphEvidence, "canEdit">): GraphCalendarReading {
  return evidence.canEdit ? "can-write" : "cannot-write";
}

/** Exchange's folder role as a reading of the calendar layer. */
export function calendarReading(conclusions: ExchangeConclusions): Reading {
  switch (conclusions.calendarRole) {
    case "editor":
      return "granted";
    case "can-create":
      return "partial";
    case "read-only":
    case "none":
      return "missing";
    case "unknown":
      return "unknown";
  }
}

export function sendingReading(conclusions: ExchangeConclusions): Reading {
  return conclusions.sendOnBehalf;
}

/** The finding the rules may use: a stale one is only shown. */
export function usable(finding: ExchangeFinding | undefined): ExchangeFinding | undefined {
  return finding && !finding.stale ? finding : undefined;
}

/**
 * What becomes of a paste: evidence for this pair, or a named reason it changes nothing. Only
 * "evidence" reaches the rules above; another pair's output, a truncated block or an oversized paste
 * leave every check as it was, and the pane says which it was.
 */
export type PasteOutcome =
  | {
      readonly kind: "evidence";
      readonly finding: ExchangeFinding;
      readonly ambiguities: readonly string[];
      /** Parts that named no mailbox and were left out (evidence/cmdletOutputReader.ts). */
      readonly unattributed?: readonly UnattributedPart[];
    }
  /** Blocks for this pair in one paste that disagree: none is used, each is named by its run time. */
  | { readonly kind: "conflict"; readonly ranAt: readonly string[]; readonly layers: readonly ConflictLayer[] }
  | { readonly kind: "other-pair"; readonly owner?: string; readonly delegate?: string }
  | { readonly kind: "unattributed"; readonly parts: readonly UnattributedPart[] }
  | { readonly kind: "unrequested"; readonly why: "no-id" | "not-issued" }
  | { readonly kind: "future-dated"; readonly ranAt: string }
  | { readonly kind: "incomplete"; readonly why: string }
  | { readonly kind: "too-long"; readonly limit: number }
  /** Not admin output: the error decoder reads it. */
  | { readonly kind: "not-admin-output" };

/** The layers two of Exchange's answers can disagree on. */
export type ConflictLayer = keyof ExchangeConclusions;

/**
 * Where two answers both say something and say different things ("unknown" disagrees with nothing):
 * a reply thread with two of IT's answers that differ is not settled by the newer date, which is
 * only text too.
 */
export function conflictingLayers(a: ExchangeConclusions, b: ExchangeConclusions): ConflictLayer[] {
  const layers: ConflictLayer[] = ["calendarRole", "delegateFlag", "sendOnBehalf", "ewsForTeams"];
  return layers.filter((layer) => a[layer] !== "unknown" && b[layer] !== "unknown" && a[layer] !== b[layer]);
}

export function outcomeOfPaste(
  reading: AdminPasteReading,
  conclude: (evidence: ExchangeEvidence) => ExchangeConclusions,
  pastedAt: string,
): PasteOutcome {
  if (reading.kind !== "evidence") return reading;
  const conclusions = conclude(reading.evidence);
  const layers = new Set<ConflictLayer>();
  const ranAt = new Set<string>();
  for (const earlier of reading.earlier ?? []) {
    const differs = conflictingLayers(conclusions, conclude(earlier));
    if (differs.length === 0) continue;
    differs.forEach((layer) => layers.add(layer));
    ranAt.add(earlier.ranAt ?? "");
  }
  if (layers.size > 0) return { kind: "conflict", ranAt: [reading.evidence.ranAt ?? "", ...ranAt], layers: [...layers] };
  return {
    kind: "evidence",
    finding: freshFinding(reading.evidence, conclusions, pastedAt),
    ambiguities: reading.ambiguities,
    ...(reading.unattributed ? { unattributed: reading.unattributed } : {}),
  };
}
