/**
 * What the checks add when Exchange or Microsoft Graph has answered for this owner and delegate: their
 * lines, with source and date, and each check's status as the rules of evidence/merge.ts merged it.
 * Each check first works out what Outlook alone shows (its "plain" result) and hands it here only
 * when there is such an answer. This module and Exchange's words are a chunk of their own, loaded
 * with the answer (src/taskpane/evidenceKit.ts): most panes have none and never download it.
 */
import { findingDate, type ExchangeFinding } from "../evidence/finding";
import type { GraphFinding } from "../evidence/graph";
import {
  exchangeReadings,
  graphReadings,
  type Layer,
  type LayerReadings,
  mergeLayer,
  readingsOf,
  teamsGranted,
  usable,
} from "../evidence/merge";
import type {
  BitsReading,
  Check,
  CheckStatus,
  EvidenceReason,
  EvidenceRules,
  ExchangeBasis,
  GraphBasis,
  OutsideEvidence,
  ServiceBasics,
  ExchangeSentence,
  GraphSentence,
  SummaryReason,
} from "../types";
import { type CheckInput, reportedFor } from "./input";

// The port's types live in ../types.ts (the domain's contract), so that file never imports this chunk.
export type { BitsReading, EvidenceRules, MissingPrerequisites, ServiceBasics } from "../types";

export const evidenceRules: EvidenceRules = { calendar: calendarWithEvidence, sending: sendingWithEvidence, teams: teamsWithEvidence };

/** What a sentence under `Key` is filled with: nothing, or its parameters. */
type Params<R, Key> = R extends { readonly key: infer K }
  ? Key extends K
    ? keyof Omit<R, "kind" | "key"> extends never
      ? []
      : [Omit<R, "kind" | "key">]
    : never
  : never;

/** Exchange's sentence under `key` (src/i18n/outsideWords.ts says it, with the words of this chunk). */
function exchangeSays<Key extends ExchangeSentence["key"]>(key: Key, ...params: Params<ExchangeSentence, Key>): ExchangeSentence {
  return { kind: "exchange", key, ...params[0] } as ExchangeSentence;
}

/** Graph's sentence under `key`. */
function graphSays<Key extends GraphSentence["key"]>(key: Key, ...params: Params<GraphSentence, Key>): GraphSentence {
  return { kind: "graph", key, ...params[0] } as GraphSentence;
}

/** One of Graph's facts as a line of evidence, with its source and date. */
function graphLine(graph: GraphFinding, key: "canEdit" | "cannotEdit" | "delegate"): GraphSentence {
  return { kind: "graph", key, seenAt: graph.evidence.checkedAt };
}

/**
 * An Exchange answer too old to use: each check says so once, instead of silently dropping it. And
 * any Exchange answer is text someone pasted, which the add-in cannot verify: each check says that too.
 */
function staleLines(evidence: OutsideEvidence): ExchangeSentence[] {
  const finding = evidence.exchange;
  if (!finding) return [];
  return [...(finding.stale ? [exchangeSays("evidence.stale", { at: findingDate(finding) })] : []), exchangeSays("evidence.unverified")];
}

/** The plain check with its status and words replaced, and the sources its status rests on. */
function decided(
  plain: Check,
  status: CheckStatus,
  summary: readonly SummaryReason[],
  lines: readonly EvidenceReason[],
  exchange?: ExchangeBasis,
  graph?: GraphBasis,
): Check {
  return { ...plain, status, summary, evidence: lines, ...(exchange ? { exchange } : {}), ...(graph ? { graph } : {}) };
}

/**
 * The calendar layer: Outlook's bits merged with the role Exchange printed and Graph's canEdit. An owner
 * nobody could name, or a refusal the user saw (rule 1), stays as Outlook alone had it, with the sources' lines.
 */
function calendarWithEvidence(input: CheckInput, evidence: OutsideEvidence, plain: Check, bits: BitsReading): Check {
  const exchange = usable(evidence.exchange);
  const graph = evidence.graph;
  const exchangeLines = [...(exchange ? calendarLines(exchange) : []), ...staleLines(evidence)];
  const sources = sourcesOf(exchange, graph);
  const refusalSeen = reportedFor(input, "calendar-editor").length > 0;
  const joined = mergeLayer("calendar", bits.status, readingsOf("calendar", sources), refusalSeen);
  const settled = joined.basis === "reported" || input.delegation === "unknown" || sources.length === 0;
  if (settled) return { ...plain, evidence: [...plain.evidence, ...exchangeLines] };
  const merged = joined.beforeGraph;
  const graphLines = graph ? [graphLine(graph, graph.evidence.canEdit ? "canEdit" : "cannotEdit")] : [];
  const lines = [...bits.lines, ...exchangeLines, ...graphLines];
  const at = exchange ? findingDate(exchange) : "";
  const exchangeBasis: ExchangeBasis | undefined = exchange && merged.basis !== "outlook" ? { at, basis: merged.basis } : undefined;
  const graphBasis: GraphBasis | undefined = graph && joined.graph ? { at: graph.evidence.checkedAt, part: joined.graph } : undefined;

  if (joined.basis === "conflict") {
    // Outlook and Exchange, or Graph against what they concluded: shown, none taken.
    const summary = joined.graph === "conflict" && graph ? graphSays("checks.conflict") : exchangeSays("calendar.conflict");
    const why = joined.graph === "conflict" ? [] : [exchangeSays("evidence.conflict")];
    return decided(plain, "unknown", [summary], [...lines, ...why], exchangeBasis, graphBasis);
  }
  if (joined.basis === "graph" && graph) {
    const summary = graphSays(joined.status === "partial" ? "checks.calendarCanWrite" : "checks.calendarCannotWrite", {
      at: graph.evidence.checkedAt,
    });
    return decided(plain, joined.status, [summary], lines, exchangeBasis, graphBasis);
  }
  const base = exchange && merged.basis !== "outlook" ? [calendarSummary(exchange, at, joined.status)] : bits.summary;
  const summary = joined.graph === "agrees" && graph ? [...base, graphSays("checks.agrees", { at: graph.evidence.checkedAt })] : base;
  return decided(plain, joined.status, summary, lines, exchangeBasis, graphBasis);
}

function calendarSummary(exchange: ExchangeFinding, at: string, status: CheckStatus): ExchangeSentence {
  if (status === "granted") return exchangeSays("calendar.granted", { at });
  if (status === "partial") return exchangeSays("calendar.partial", { at });
  return exchangeSays(exchange.conclusions.calendarRole === "read-only" ? "calendar.readOnly" : "calendar.none", { at });
}

/** Exchange's role as it printed it, and the Delegate flag Teams depends on. */
function calendarLines(exchange: ExchangeFinding): ExchangeSentence[] {
  const at = findingDate(exchange);
  const { calendarRole, delegateFlag } = exchange.conclusions;
  const lines: ExchangeSentence[] = [];
  if (calendarRole === "none" && !exchange.accessRights?.length) lines.push(exchangeSays("evidence.noEntry", { at }));
  else if (exchange.accessRights?.length) {
    const flags = exchange.sharingPermissionFlags?.length ? ` (${exchange.sharingPermissionFlags.join(", ")})` : "";
    lines.push({ kind: "exchange", key: "evidence.role", at, rights: `${exchange.accessRights.join(", ")}${flags}` });
  }
  if (delegateFlag === "yes") lines.push(exchangeSays("evidence.delegateYes"));
  else if (delegateFlag === "no") lines.push(exchangeSays("evidence.delegateNo"));
  return lines;
}

/** Send on behalf, which only Exchange shows: its list decides where the user saw no refusal. */
function sendingWithEvidence(input: CheckInput, evidence: OutsideEvidence, plain: Check): Check {
  const exchange = usable(evidence.exchange);
  const exchangeLines = [...(exchange ? sendingLines(exchange) : []), ...staleLines(evidence)];
  const refusalSeen = reportedFor(input, "send-on-behalf").length > 0;
  const merged = mergeLayer("sending", "unknown", readingsOf("sending", sourcesOf(exchange, evidence.graph)), refusalSeen);
  const at = exchange ? findingDate(exchange) : "";

  switch (merged.basis) {
    case "reported":
      return { ...plain, evidence: [...plain.evidence, ...exchangeLines] };
    case "outlook":
      return { ...plain, evidence: [{ kind: "sending-invisible" }, ...exchangeLines, { kind: "sending-how-to-confirm" }] };
    default: {
      const summary = exchangeSays(merged.status === "granted" ? "sending.granted" : "sending.missing", { at });
      return decided(plain, merged.status, [summary], [{ kind: "sending-invisible" }, ...exchangeLines], {
        at,
        basis: merged.basis,
      });
    }
  }
}

function sendingLines(exchange: ExchangeFinding): ExchangeSentence[] {
  const at = findingDate(exchange);
  switch (exchange.conclusions.sendOnBehalf) {
    case "granted":
      return [exchangeSays("evidence.sendingListed", { at })];
    case "missing":
      return [exchangeSays("evidence.sendingNotListed", { at })];
    case "unknown":
      return [exchangeSays("evidence.sendingUnsettled")];
  }
}

/** Each source's readings by layer: a stale Exchange answer and no answer are alike (none). */
function sourcesOf(exchange: ExchangeFinding | undefined, graph: GraphFinding | undefined): LayerReadings[] {
  return [...(exchange ? [exchangeReadings(exchange)] : []), ...(graph ? [graphReadings(graph.evidence)] : [])];
}

/**
 * Teams' right: its hidden conditions merged layer by layer (the Delegate flag: plain sharing with "Can
 * edit" is not enough, and Graph proves it only through canViewPrivateItems; EWS, through which Teams'
 * scheduling service reaches the owner's mailbox, Exchange only; Teams offered on the calendar, Graph
 * only), then teamsGranted with the calendar and sending checks.
 */
function teamsWithEvidence(input: CheckInput, evidence: OutsideEvidence, basics: ServiceBasics): Check {
  const { calendarEditor, sendOnBehalf, prerequisites, otherLines, unknown } = basics;
  const exchange = usable(evidence.exchange);
  const graph = evidence.graph;
  const sources = sourcesOf(exchange, graph);
  const merged = (layer: Layer) => mergeLayer(layer, "unknown", readingsOf(layer, sources));
  const flag = merged("delegateFlag");
  const ews = merged("ewsForTeams");
  const offered = merged("teamsOffered");
  const status = teamsGranted({
    calendar: calendarEditor.status,
    sending: sendOnBehalf.status,
    delegateFlag: flag.status,
    ewsForTeams: ews.status,
    teamsOffered: offered.status,
  });
  const teams = teamsReasons(input.ctx.serviceName, {
    exchange,
    graph,
    flag: flag.basis === "conflict" ? "conflict" : flag.status,
    ews: ews.status,
    offered: offered.status,
  });
  const teamsLines = [...teams.lines, ...staleLines(evidence)];

  if (status === "missing") {
    const byExchange = flag.status === "missing" || ews.status === "missing";
    const byGraph = offered.status === "missing";
    const summaries = [...(prerequisites?.summary ?? []), ...teams.summaries];
    // Every gap shown is one only IT can close: none is the owner's Delegate flag, nor a prerequisite.
    const itOnly = (byExchange || byGraph) && flag.status !== "missing" && !prerequisites ? { itOnly: true } : {};
    const exchangeBasis = byExchange && exchange ? { at: findingDate(exchange), basis: "exchange" as const, ...itOnly } : undefined;
    const graphBasis = byGraph && graph ? { at: graph.evidence.checkedAt, part: "decided" as const, ...itOnly } : undefined;
    const lines = [...(prerequisites?.lines ?? []), ...teamsLines, ...otherLines];
    return decided(unknown, "missing", summaries, lines, exchangeBasis, graphBasis);
  }
  if (status === "granted" && exchange) {
    const at = findingDate(exchange);
    // Graph's part in a proof: the Delegate flag, when Exchange's output did not show it.
    const byGraph = flag.basis === "graph" && graph;
    const summary: SummaryReason = byGraph
      ? { kind: "graph", key: "checks.teamsGranted", at, graphAt: graph.evidence.checkedAt }
      : exchangeSays("service.granted", { at });
    const graphBasis = byGraph ? { at: graph.evidence.checkedAt, part: "agrees" as const } : undefined;
    return decided(unknown, "granted", [summary], [...teamsLines, ...otherLines], { at, basis: "exchange" }, graphBasis);
  }
  return { ...unknown, evidence: [...unknown.evidence, ...teamsLines, ...otherLines] };
}

interface TeamsLayers {
  readonly exchange: ExchangeFinding | undefined;
  readonly graph: GraphFinding | undefined;
  /** The merged Delegate flag, with a contradiction between the sources named. */
  readonly flag: CheckStatus | "conflict";
  readonly ews: CheckStatus;
  readonly offered: CheckStatus;
}

/** What each source showed of Teams' hidden conditions, as lines, and the summaries of those refused. */
function teamsReasons(
  service: string,
  { exchange, graph, flag, ews, offered }: TeamsLayers,
): { readonly lines: readonly EvidenceReason[]; readonly summaries: readonly SummaryReason[] } {
  const lines: EvidenceReason[] = [];
  const summaries: SummaryReason[] = [];
  if (exchange?.conclusions.delegateFlag === "yes") lines.push(exchangeSays("evidence.delegateYes"));
  if (graph?.evidence.delegate === "yes") lines.push(graphLine(graph, "delegate"));
  if (flag === "conflict" && graph) lines.push(graphSays("checks.delegateConflict"));
  if (flag === "missing") {
    lines.push(exchangeSays("evidence.delegateNo"));
    summaries.push(exchangeSays("service.notDelegate"));
  }
  if (ews === "granted") lines.push(exchangeSays("evidence.ewsAllowed"), exchangeSays("evidence.ewsDates"));
  if (ews === "missing") {
    lines.push(exchangeSays("evidence.ewsBlocked"), exchangeSays("evidence.ewsDates"));
    summaries.push(exchangeSays("service.ewsBlocked"));
  }
  if (graph && offered !== "unknown") {
    const at = graph.evidence.checkedAt;
    lines.push({ kind: "graph", key: offered === "granted" ? "teamsAllowed" : "teamsNotAllowed", seenAt: at, service });
    if (offered === "missing") summaries.push({ kind: "graph", key: "checks.serviceNotOffered", at, service });
  }
  return { lines, summaries };
}
