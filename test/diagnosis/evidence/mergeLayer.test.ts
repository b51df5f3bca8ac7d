/**
 * The one merge rule over every layer (evidence/merge.ts, rule 8): each source's readings per layer,
 * mergeLayer for each layer, and Teams' all-conditions table, one row per case.
 */
import {
  exchangeReadings,
  graphReadings,
  mergeLayer,
  TEAMS_CONDITIONS,
  teamsGranted,
  type Basis,
  type GraphPart,
  type Layer,
  type Reading,
  type SourceReading,
  type TeamsCondition,
} from "../../../src/diagnosis/evidence/merge";
import type { CheckStatus } from "../../../src/diagnosis/types";
import { finding } from "./findings";

const EXCHANGE_AT = "2026-12-03T11:00:00.000Z";
const GRAPH_AT = "2026-12-04T10:04:00.000Z";
const exchange = (reading: Reading): SourceReading => ({ source: "exchange", at: EXCHANGE_AT, reading });
const graph = (reading: Reading): SourceReading => ({ source: "graph", at: GRAPH_AT, reading });

describe("each source's readings per layer, with source and date", () => {
  it("Exchange reads every layer it prints, dated by when its block ran", () => {
    expect(
      exchangeReadings(finding({ calendarRole: "can-create", delegateFlag: "no", sendOnBehalf: "granted", ewsForTeams: "blocked" })),
    ).toEqual({
      calendar: exchange("partial"),
      sending: exchange("granted"),
      delegateFlag: exchange("missing"),
      ewsForTeams: exchange("missing"),
    });
    expect(exchangeReadings(finding({ delegateFlag: "unknown", ewsForTeams: "unknown" }))).toMatchObject({
      delegateFlag: exchange("unknown"),
      ewsForTeams: exchange("unknown"),
    });
  });

  it("Graph reads writing, a proven Delegate flag and Teams offered; never sending or EWS", () => {
    const evidence = { checkedAt: GRAPH_AT, canEdit: true, delegate: "yes", teams: "allowed" } as const;
    expect(graphReadings(evidence)).toEqual({ calendar: graph("partial"), delegateFlag: graph("granted"), teamsOffered: graph("granted") });
    // canViewPrivateItems false is "not shown", not "no flag"; providers unknown say nothing.
    expect(graphReadings({ ...evidence, canEdit: false, delegate: "not-shown", teams: "unknown" })).toEqual({ calendar: graph("missing") });
    expect(graphReadings({ ...evidence, teams: "not-allowed" }).teamsOffered).toEqual(graph("missing"));
  });
});

type LayerRow = [Layer, CheckStatus, Reading | undefined, Reading | undefined, boolean, CheckStatus, Basis, GraphPart | undefined];

// layer, Outlook, Exchange, Graph, refusal seen → status, basis, Graph's part
const LAYER_ROWS: readonly LayerRow[] = [
  // Rule 1, once for every layer: a refusal the user saw stays missing.
  ["calendar", "granted", "granted", "partial", true, "missing", "reported", undefined],
  ["sending", "unknown", "granted", undefined, true, "missing", "reported", undefined],
  ["delegateFlag", "unknown", "granted", "granted", true, "missing", "reported", undefined],
  // Sending: only Exchange shows it (rule 3), or nothing does (rule 2).
  ["sending", "unknown", "granted", undefined, false, "granted", "exchange", undefined],
  ["sending", "unknown", "missing", undefined, false, "missing", "exchange", undefined],
  ["sending", "unknown", "unknown", undefined, false, "unknown", "outlook", undefined],
  ["sending", "unknown", undefined, undefined, false, "unknown", "outlook", undefined],
  // The Delegate flag: Exchange decides, Graph confirms, contests (rule 6) or decides alone.
  ["delegateFlag", "unknown", "granted", undefined, false, "granted", "exchange", undefined],
  ["delegateFlag", "unknown", "missing", undefined, false, "missing", "exchange", undefined],
  ["delegateFlag", "unknown", "granted", "granted", false, "granted", "exchange", "agrees"],
  ["delegateFlag", "unknown", "unknown", "granted", false, "granted", "graph", "decided"],
  ["delegateFlag", "unknown", undefined, "granted", false, "granted", "graph", "decided"],
  ["delegateFlag", "unknown", "missing", "granted", false, "unknown", "conflict", "conflict"],
  ["delegateFlag", "unknown", "unknown", undefined, false, "unknown", "outlook", undefined],
  // EWS: Exchange only.
  ["ewsForTeams", "unknown", "granted", undefined, false, "granted", "exchange", undefined],
  ["ewsForTeams", "unknown", "missing", undefined, false, "missing", "exchange", undefined],
  ["ewsForTeams", "unknown", "unknown", undefined, false, "unknown", "outlook", undefined],
  // Teams offered: Graph only, and its "not offered" alone is a refusal.
  ["teamsOffered", "unknown", undefined, "granted", false, "granted", "graph", "decided"],
  ["teamsOffered", "unknown", undefined, "missing", false, "missing", "graph", "decided"],
  ["teamsOffered", "unknown", undefined, undefined, false, "unknown", "outlook", undefined],
  // The calendar: Graph's "cannot write" alone proves nothing (rule 7), unlike any other layer's "missing".
  ["calendar", "unknown", undefined, "missing", false, "unknown", "graph", "decided"],
  ["calendar", "unknown", undefined, "partial", false, "partial", "graph", "decided"],
  ["calendar", "granted", "granted", "partial", false, "granted", "both", "agrees"],
  ["calendar", "granted", "missing", "partial", false, "unknown", "conflict", undefined],
  ["calendar", "missing", undefined, "partial", false, "unknown", "conflict", "conflict"],
];

describe("mergeLayer: every layer by the same rules", () => {
  it.each(LAYER_ROWS)(
    "%s: Outlook %s, Exchange %s, Graph %s, refusal seen %s → %s (%s, Graph %s)",
    (layer, outlook, ex, gr, refusalSeen, status, basis, part) => {
      const readings = [...(ex ? [exchange(ex)] : []), ...(gr ? [graph(gr)] : [])];
      const merged = mergeLayer(layer, outlook, readings, refusalSeen);
      expect({ status: merged.status, basis: merged.basis, graph: merged.graph }).toEqual({ status, basis, graph: part });
    },
  );

  it("keeps what Outlook and Exchange concluded before Graph joined", () => {
    expect(mergeLayer("calendar", "granted", [exchange("granted"), graph("missing")]).beforeGraph).toEqual({
      status: "granted",
      basis: "both",
    });
  });
});

describe("teamsGranted: Teams' all-conditions table, row by row", () => {
  const conditions = Object.keys(TEAMS_CONDITIONS) as TeamsCondition[];
  const allMet = Object.fromEntries(conditions.map((c) => [c, TEAMS_CONDITIONS[c].meets[0]])) as Record<TeamsCondition, CheckStatus>;
  const STATUSES: readonly CheckStatus[] = ["granted", "partial", "missing", "unknown", "checking", "not-needed"];

  it("every condition met: granted", () => {
    expect(teamsGranted(allMet)).toBe("granted");
  });

  it.each(conditions.flatMap((condition) => STATUSES.map((status) => [condition, status] as const)))(
    "%s %s, every other condition met",
    (condition, status) => {
      const rule = TEAMS_CONDITIONS[condition];
      const expected = status === rule.refuses ? "missing" : rule.meets.includes(status) ? "granted" : "unknown";
      expect(teamsGranted({ ...allMet, [condition]: status })).toBe(expected);
    },
  );

  it("states what each condition needs", () => {
    expect(TEAMS_CONDITIONS).toEqual({
      calendar: { meets: ["granted", "partial"], refuses: "missing" },
      sending: { meets: ["granted"], refuses: "missing" },
      delegateFlag: { meets: ["granted"], refuses: "missing" },
      ewsForTeams: { meets: ["granted"], refuses: "missing" },
      teamsOffered: { meets: ["granted", "unknown"], refuses: "missing" },
    });
  });

  it("a refusal outweighs conditions not yet shown", () => {
    expect(teamsGranted({ ...allMet, sending: "unknown", delegateFlag: "missing" })).toBe("missing");
    expect(teamsGranted({ ...allMet, sending: "unknown", ewsForTeams: "unknown" })).toBe("unknown");
  });
});
