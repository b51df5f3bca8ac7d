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
 * A paste that is not evidence for this pair (another owner or delegate, a truncated block, too long)
 * never reaches these rules: see outcomeOfPaste. Graph's answers other than a 200 for this owner
 * (403, 404, another calendar, no answer) are shown, never merged: a 403 also comes from an
 * application access policy that says nothing about the delegate's own rights.
 */
import type { CheckStatus } from "../types";
import type { AdminPasteReading, ExchangeConclusions, ExchangeEvidence, UnattributedPart } from "./exchange";
import { freshFinding, type ExchangeFinding } from "./finding";
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
  // A refusal the user saw, a contradiction already found, or a layer with no right to read: as it was.
  if (graph === undefined || merged.basis === "reported" || merged.basis === "conflict") return merged;
  if (merged.status === "checking" || merged.status === "not-needed") return merged;
  if (merged.status === "unknown") {
    return { status: graph === "can-write" ? "partial" : "unknown", basis: "graph", graph: "decided" };
  }
  const othersWrite = CAN_CREATE.has(merged.status);
  if (othersWrite === (graph === "can-write")) return { ...merged, graph: "agrees" };
  return { status: "unknown", basis: "conflict", graph: "conflict" };
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
