/**
 * What the checks add when Exchange or Microsoft Graph has answered for this owner and delegate: their
 * lines, with source and date, and each check's status as the rules of evidence/merge.ts merged it.
 * Each check first works out what Outlook alone shows (its "plain" result) and hands it here only
 * when there is such an answer. This module and Exchange's words are a chunk of their own, loaded
 * with the answer (src/taskpane/evidenceKit.ts): most panes have none and never download it.
 */
import type { ExchangeMessages } from "../../i18n/messages";
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
  SummaryReason,
  WordedReason,
} from "../types";
import { type CheckInput, ownerShortName, reportedFor } from "./input";

// The port's types live in ../types.ts (the domain's contract), so that file never imports this chunk.
export type { BitsReading, EvidenceRules, MissingPrerequisites, ServiceBasics } from "../types";

export const evidenceRules: EvidenceRules = { calendar: calendarWithEvidence, sending: sendingWithEvidence, teams: teamsWithEvidence };

/** Exchange's and Graph's words travel with this chunk, so it words their reasons itself. */
function worded(text: string): WordedReason {
  return { kind: "worded", text };
}

/** One of Graph's facts as a line of evidence, with its source and date. */
function graphLine(graph: GraphFinding, text: string): WordedReason {
  return worded(graph.words.checks.line({ at: graph.evidence.checkedAt, text }));
}

/**
 * An Exchange answer too old to use: each check says so once, instead of silently dropping it. And
 * any Exchange answer is text someone pasted, which the add-in cannot verify: each check says that too.
 */
function staleLines(evidence: OutsideEvidence): WordedReason[] {
  const finding = evidence.exchange;
  if (!finding) return [];
  const words = evidence.words.evidence;
  return [...(finding.stale ? [worded(words.stale({ at: findingDate(finding) }))] : []), worded(words.unverified)];
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
  const owner = ownerShortName(input);
  const words = evidence.words;
  const exchange = usable(evidence.exchange);
  const graph = evidence.graph;
  const exchangeLines = [...(exchange ? calendarLines(words, exchange, owner).map(worded) : []), ...staleLines(evidence)];
  const sources = sourcesOf(exchange, graph);
  const refusalSeen = reportedFor(input, "calendar-editor").length > 0;
  const joined = mergeLayer("calendar", bits.status, readingsOf("calendar", sources), refusalSeen);
  const settled = joined.basis === "reported" || input.delegation === "unknown" || sources.length === 0;
  if (settled) return { ...plain, evidence: [...plain.evidence, ...exchangeLines] };
  const merged = joined.beforeGraph;
  const graphLines = graph
    ? [graphLine(graph, graph.evidence.canEdit ? graph.words.canEdit({ owner }) : graph.words.cannotEdit({ owner }))]
    : [];
  const lines = [...bits.lines, ...exchangeLines, ...graphLines];
  const at = exchange ? findingDate(exchange) : "";
  const exchangeBasis: ExchangeBasis | undefined = exchange && merged.basis !== "outlook" ? { at, basis: merged.basis } : undefined;
  const graphBasis: GraphBasis | undefined = graph && joined.graph ? { at: graph.evidence.checkedAt, part: joined.graph } : undefined;

  if (joined.basis === "conflict") {
    // Outlook and Exchange, or Graph against what they concluded: shown, none taken.
    const summary = joined.graph === "conflict" && graph ? graph.words.checks.conflict({ owner }) : words.calendar.conflict({ owner });
    const why = joined.graph === "conflict" ? [] : [words.evidence.conflict];
    return decided(plain, "unknown", [worded(summary)], [...lines, ...why.map(worded)], exchangeBasis, graphBasis);
  }
  if (joined.basis === "graph" && graph) {
    const checks = graph.words.checks;
    const summary =
      joined.status === "partial"
        ? checks.calendarCanWrite({ owner, at: graph.evidence.checkedAt })
        : checks.calendarCannotWrite({ owner, at: graph.evidence.checkedAt });
    return decided(plain, joined.status, [worded(summary)], lines, exchangeBasis, graphBasis);
  }
  const base = exchange && merged.basis !== "outlook" ? [worded(calendarSummary(words, exchange, owner, at, joined.status))] : bits.summary;
  const summary =
    joined.graph === "agrees" && graph ? [...base, worded(graph.words.checks.agrees({ at: graph.evidence.checkedAt }))] : base;
  return decided(plain, joined.status, summary, lines, exchangeBasis, graphBasis);
}

function calendarSummary(words: ExchangeMessages, exchange: ExchangeFinding, owner: string, at: string, status: CheckStatus): string {
  const t = words.calendar;
  if (status === "granted") return t.granted({ owner, at });
  if (status === "partial") return t.partial({ owner, at });
  return exchange.conclusions.calendarRole === "read-only" ? t.readOnly({ owner, at }) : t.none({ owner, at });
}

/** Exchange's role as it printed it, and the Delegate flag Teams depends on. */
function calendarLines(words: ExchangeMessages, exchange: ExchangeFinding, owner: string): string[] {
  const t = words.evidence;
  const at = findingDate(exchange);
  const { calendarRole, delegateFlag } = exchange.conclusions;
  const lines: string[] = [];
  if (calendarRole === "none" && !exchange.accessRights?.length) lines.push(t.noEntry({ owner, at }));
  else if (exchange.accessRights?.length) {
    const flags = exchange.sharingPermissionFlags?.length ? ` (${exchange.sharingPermissionFlags.join(", ")})` : "";
    lines.push(t.role({ owner, at, rights: `${exchange.accessRights.join(", ")}${flags}` }));
  }
  if (delegateFlag === "yes") lines.push(t.delegateYes({ owner }));
  else if (delegateFlag === "no") lines.push(t.delegateNo({ owner }));
  return lines;
}

/** Send on behalf, which only Exchange shows: its list decides where the user saw no refusal. */
function sendingWithEvidence(input: CheckInput, evidence: OutsideEvidence, plain: Check): Check {
  const owner = ownerShortName(input);
  const exchange = usable(evidence.exchange);
  const exchangeLines = [...(exchange ? sendingLines(evidence.words, exchange, owner).map(worded) : []), ...staleLines(evidence)];
  const refusalSeen = reportedFor(input, "send-on-behalf").length > 0;
  const merged = mergeLayer("sending", "unknown", readingsOf("sending", sourcesOf(exchange, evidence.graph)), refusalSeen);
  const at = exchange ? findingDate(exchange) : "";

  switch (merged.basis) {
    case "reported":
      return { ...plain, evidence: [...plain.evidence, ...exchangeLines] };
    case "outlook":
      return { ...plain, evidence: [{ kind: "sending-invisible" }, ...exchangeLines, { kind: "sending-how-to-confirm" }] };
    default: {
      const words = evidence.words.sending;
      const summary = merged.status === "granted" ? words.granted({ owner, at }) : words.missing({ owner, at });
      return decided(plain, merged.status, [worded(summary)], [{ kind: "sending-invisible" }, ...exchangeLines], {
        at,
        basis: merged.basis,
      });
    }
  }
}

function sendingLines(words: ExchangeMessages, exchange: ExchangeFinding, owner: string): string[] {
  const t = words.evidence;
  const at = findingDate(exchange);
  switch (exchange.conclusions.sendOnBehalf) {
    case "granted":
      return [t.sendingListed({ owner, at })];
    case "missing":
      return [t.sendingNotListed({ owner, at })];
    case "unknown":
      return [t.sendingUnsettled({ owner })];
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
  const owner = ownerShortName(input);
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
  const teams = teamsWords(
    input.ctx.serviceName,
    owner,
    { exchange, graph, flag: flag.basis === "conflict" ? "conflict" : flag.status, ews: ews.status, offered: offered.status },
    evidence.words,
  );
  const teamsLines = [...teams.lines, ...staleLines(evidence)];

  if (status === "missing") {
    const byExchange = flag.status === "missing" || ews.status === "missing";
    const byGraph = offered.status === "missing";
    const summaries = [...(prerequisites?.summary ?? []), ...teams.summaries.map(worded)];
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
    const summary = byGraph
      ? graph.words.checks.teamsGranted({ owner, at, graphAt: graph.evidence.checkedAt })
      : evidence.words.service.granted({ owner, at });
    const graphBasis = byGraph ? { at: graph.evidence.checkedAt, part: "agrees" as const } : undefined;
    return decided(unknown, "granted", [worded(summary)], [...teamsLines, ...otherLines], { at, basis: "exchange" }, graphBasis);
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
function teamsWords(
  serviceName: string,
  owner: string,
  { exchange, graph, flag, ews, offered }: TeamsLayers,
  words: ExchangeMessages,
): { readonly lines: readonly EvidenceReason[]; readonly summaries: readonly string[] } {
  const e = words.evidence;
  const lines: EvidenceReason[] = [];
  const summaries: string[] = [];
  if (exchange?.conclusions.delegateFlag === "yes") lines.push(worded(e.delegateYes({ owner })));
  if (graph?.evidence.delegate === "yes") lines.push(graphLine(graph, graph.words.delegate({ owner })));
  if (flag === "conflict" && graph) lines.push(worded(graph.words.checks.delegateConflict({ owner })));
  if (flag === "missing") {
    lines.push(worded(e.delegateNo({ owner })));
    summaries.push(words.service.notDelegate({ owner }));
  }
  if (ews === "granted") lines.push(worded(e.ewsAllowed({ owner })), worded(e.ewsDates));
  if (ews === "missing") {
    lines.push(worded(e.ewsBlocked({ owner })), worded(e.ewsDates));
    summaries.push(words.service.ewsBlocked({ owner }));
  }
  if (graph && offered !== "unknown") {
    const line =
      offered === "granted"
        ? graph.words.teamsAllowed({ owner, service: serviceName })
        : graph.words.teamsNotAllowed({ owner, service: serviceName });
    lines.push(graphLine(graph, line));
    if (offered === "missing") {
      summaries.push(graph.words.checks.serviceNotOffered({ owner, at: graph.evidence.checkedAt, service: serviceName }));
    }
  }
  return { lines, summaries };
}
