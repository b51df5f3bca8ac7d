/**
 * Teams' rule as one table: what the Teams check concludes from every combination of its hidden
 * conditions (the Delegate flag from Exchange and Graph, EWS from Exchange, Teams offered on the
 * calendar from Graph) and its prerequisites (the calendar and sending layers). Written against the
 * behaviour before the rule moved into evidence/merge.ts, so the move could not change it.
 */
import type { ExchangeConclusions } from "../../../src/diagnosis/evidence/exchange";
import type { GraphEvidence } from "../../../src/diagnosis/evidence/graph";
import type { Check, DelegationFacts, ExchangeBasis, GraphBasis, ReportedError } from "../../../src/diagnosis/types";
import { diagnose } from "../../../src/diagnosis/verdict";
import { context, delegateFacts, HOSTS, REPORTED } from "../fixtures";
import { finding, graphFinding } from "./findings";

const EXCHANGE_AT = "2026-12-03T11:00:00.000Z";
const GRAPH_AT = "2026-12-04T10:04:00.000Z";
const EDITOR = delegateFacts();
const REVIEWER = delegateFacts({}, 0x1);
/** Outlook for Mac reports 0 bits for any access: the calendar is unseen. */
const MAC_ZERO = delegateFacts({ host: HOSTS.classicMac }, 0);

interface Row {
  readonly name: string;
  readonly facts?: DelegationFacts;
  /** Exchange's conclusions (over CONFIRMED), or none pasted. */
  readonly exchange?: Partial<ExchangeConclusions> | "none" | "stale";
  readonly graph?: Partial<GraphEvidence>;
  readonly reported?: readonly ReportedError[];
  readonly status: Check["status"];
  readonly exchangeBasis?: ExchangeBasis;
  readonly graphBasis?: GraphBasis;
  /** The flag's two sources disagree: the check says so. */
  readonly flagConflict?: boolean;
}

const byExchange: ExchangeBasis = { at: EXCHANGE_AT, basis: "exchange" };

const ROWS: readonly Row[] = [
  // Granted: every condition proven.
  { name: "all proven by Exchange", status: "granted", exchangeBasis: byExchange },
  { name: "all proven, Graph also shows the flag", graph: { delegate: "yes" }, status: "granted", exchangeBasis: byExchange },
  {
    name: "flag shown by Graph only",
    exchange: { delegateFlag: "unknown" },
    graph: { delegate: "yes" },
    status: "granted",
    exchangeBasis: byExchange,
    graphBasis: { at: GRAPH_AT, part: "agrees" },
  },
  {
    name: "calendar partial (Author) still counts",
    exchange: { calendarRole: "can-create" },
    status: "granted",
    exchangeBasis: byExchange,
  },
  // Unknown: a condition unproven, never granted.
  { name: "flag unseen", exchange: { delegateFlag: "unknown" }, status: "unknown" },
  { name: "flag unseen, Graph shows nothing", exchange: { delegateFlag: "unknown" }, graph: { delegate: "not-shown" }, status: "unknown" },
  { name: "EWS unseen", exchange: { ewsForTeams: "unknown" }, status: "unknown" },
  { name: "sending unseen", exchange: { sendOnBehalf: "unknown" }, status: "unknown" },
  { name: "calendar unseen", exchange: { calendarRole: "unknown" }, facts: MAC_ZERO, status: "unknown" },
  { name: "Graph alone, flag and Teams shown", exchange: "none", graph: { delegate: "yes" }, status: "unknown" },
  { name: "a stale answer proves nothing", exchange: "stale", status: "unknown" },
  {
    name: "flag contested: Exchange no, Graph yes",
    exchange: { delegateFlag: "no" },
    graph: { delegate: "yes" },
    status: "unknown",
    flagConflict: true,
  },
  // Missing: a condition disproven.
  { name: "no Delegate flag", exchange: { delegateFlag: "no" }, status: "missing", exchangeBasis: byExchange },
  { name: "EWS blocked", exchange: { ewsForTeams: "blocked" }, status: "missing", exchangeBasis: { ...byExchange, itOnly: true } },
  {
    name: "no flag and EWS blocked: the owner can help",
    exchange: { delegateFlag: "no", ewsForTeams: "blocked" },
    status: "missing",
    exchangeBasis: byExchange,
  },
  {
    name: "Teams not offered on the calendar",
    graph: { teams: "not-allowed" },
    status: "missing",
    graphBasis: { at: GRAPH_AT, part: "decided", itOnly: true },
  },
  {
    name: "Teams not offered, Graph alone",
    exchange: "none",
    graph: { teams: "not-allowed" },
    status: "missing",
    graphBasis: { at: GRAPH_AT, part: "decided", itOnly: true },
  },
  {
    name: "EWS blocked and Teams not offered",
    exchange: { ewsForTeams: "blocked" },
    graph: { teams: "not-allowed" },
    status: "missing",
    exchangeBasis: { ...byExchange, itOnly: true },
    graphBasis: { at: GRAPH_AT, part: "decided", itOnly: true },
  },
  {
    name: "flag contested and EWS blocked",
    exchange: { delegateFlag: "no", ewsForTeams: "blocked" },
    graph: { delegate: "yes" },
    status: "missing",
    exchangeBasis: { ...byExchange, itOnly: true },
    flagConflict: true,
  },
  // Missing prerequisites: the calendar or sending layer.
  { name: "not on the send-on-behalf list", exchange: { sendOnBehalf: "missing" }, status: "missing" },
  { name: "read-only calendar", facts: REVIEWER, exchange: { calendarRole: "read-only" }, status: "missing" },
  {
    name: "sending missing and no flag",
    exchange: { sendOnBehalf: "missing", delegateFlag: "no" },
    status: "missing",
    exchangeBasis: byExchange,
  },
  {
    name: "sending missing and Teams not offered",
    exchange: { sendOnBehalf: "missing" },
    graph: { teams: "not-allowed" },
    status: "missing",
    graphBasis: { at: GRAPH_AT, part: "decided" },
  },
  // A refusal the user saw decides before any source.
  { name: "Teams' refusal seen, all proven", reported: [REPORTED.teams], status: "missing" },
];

function teamsCheck(row: Row): Check {
  const exchange =
    row.exchange === "none"
      ? undefined
      : finding(row.exchange === "stale" ? {} : (row.exchange ?? {}), { stale: row.exchange === "stale" });
  const ctx = context({
    service: "teams",
    serviceName: "Microsoft Teams",
    ...(exchange ? { exchange } : {}),
    ...(row.graph ? { graph: graphFinding(row.graph) } : {}),
    ...(row.reported ? { reported: row.reported } : {}),
  });
  return diagnose(row.facts ?? EDITOR, ctx).checks.find((c) => c.id === "online-meeting-delegate") as Check;
}

describe("Teams' rule: every row", () => {
  it.each(ROWS.map((row) => [row.name, row] as const))("%s", (_name, row) => {
    const check = teamsCheck(row);
    expect({ status: check.status, exchange: check.exchange, graph: check.graph }).toEqual({
      status: row.status,
      exchange: row.exchangeBasis,
      graph: row.graphBasis,
    });
    expect(check.evidence.some((reason) => reason.kind === "graph" && reason.key === "checks.delegateConflict")).toBe(
      row.flagConflict === true,
    );
  });
});
