/**
 * What the checks add when Exchange or Microsoft Graph has answered for this owner and delegate: their
 * lines, with source and date, merged into each check's status by the rules of evidence/merge.ts.
 * Each check first works out what Outlook alone shows (its "plain" result) and hands it here only
 * when there is such an answer. This module and Exchange's words are a chunk of their own, loaded
 * with the answer (src/taskpane/evidenceKit.ts): most panes have none and never download it.
 */
import type { ExchangeMessages } from "../../i18n/messages";
import { findingDate, type ExchangeFinding } from "../evidence/finding";
import type { GraphFinding } from "../evidence/graph";
import { calendarReading, graphCalendarReading, joinGraph, mergeStatus, sendingReading, usable } from "../evidence/merge";
import type { Check, CheckStatus, ExchangeBasis, GraphBasis, OutsideEvidence } from "../types";
import { type CheckInput, ownerShortName, reportedFor, textOf } from "./input";

/** What Outlook's folder bits showed about the calendar layer (calendarEditor.ts). */
export interface BitsReading {
  readonly status: CheckStatus;
  readonly summary: string;
  readonly lines: readonly string[];
}

/** Teams' prerequisites that are proven missing: the calendar or sending layer. */
export interface MissingPrerequisites {
  readonly summary: string;
  readonly lines: readonly string[];
}

/** The meeting-service check as far as Outlook alone took it (onlineMeetingDelegate.ts). */
export interface ServiceBasics {
  readonly calendarEditor: Check;
  readonly sendOnBehalf: Check;
  readonly prerequisites: MissingPrerequisites | undefined;
  /** Refusals of other services, shown last. */
  readonly otherLines: readonly string[];
  /** The check when nothing proves or disproves the right ("unknown"), without otherLines. */
  readonly unknown: Check;
}

export interface EvidenceRules {
  calendar(input: CheckInput, evidence: OutsideEvidence, plain: Check, bits: BitsReading): Check;
  sending(input: CheckInput, evidence: OutsideEvidence, plain: Check): Check;
  teams(input: CheckInput, evidence: OutsideEvidence, basics: ServiceBasics): Check;
}

export const evidenceRules: EvidenceRules = { calendar: calendarWithEvidence, sending: sendingWithEvidence, teams: teamsWithEvidence };

/** One of Graph's facts as a line of evidence, with its source and date. */
function graphLine(graph: GraphFinding, text: string): string {
  return graph.words.checks.line({ at: graph.evidence.checkedAt, text });
}

/**
 * An Exchange answer too old to use: each check says so once, instead of silently dropping it. And
 * any Exchange answer is text someone pasted, which the add-in cannot verify: each check says that too.
 */
function staleLines(evidence: OutsideEvidence): string[] {
  const finding = evidence.exchange;
  if (!finding) return [];
  return [...(finding.stale ? [evidence.words.evidence.stale({ at: findingDate(finding) })] : []), evidence.words.evidence.unverified];
}

/** The plain check with its status and words replaced, and the sources its status rests on. */
function decided(
  plain: Check,
  status: CheckStatus,
  summary: string,
  lines: readonly string[],
  exchange?: ExchangeBasis,
  graph?: GraphBasis,
): Check {
  return { ...plain, status, summary, evidence: lines, ...(exchange ? { exchange } : {}), ...(graph ? { graph } : {}) };
}

/**
 * The calendar layer: Outlook's bits merged with the role Exchange printed and Graph's canEdit. A refusal
 * the user saw, or an owner nobody could name, stays as Outlook alone had it, with the sources' lines.
 */
function calendarWithEvidence(input: CheckInput, evidence: OutsideEvidence, plain: Check, bits: BitsReading): Check {
  const owner = ownerShortName(input);
  const words = evidence.words;
  const exchange = usable(evidence.exchange);
  const graph = evidence.graph;
  const exchangeLines = [...(exchange ? calendarLines(words, exchange, owner) : []), ...staleLines(evidence)];
  const settled = reportedFor(input, "calendar-editor").length > 0 || input.delegation === "unknown";
  if (settled || (!exchange && !graph)) return { ...plain, evidence: [...plain.evidence, ...exchangeLines] };

  const merged = mergeStatus(bits.status, exchange ? calendarReading(exchange.conclusions) : undefined);
  const joined = joinGraph(merged, graph ? graphCalendarReading(graph.evidence) : undefined);
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
    return decided(plain, "unknown", summary, [...lines, ...why], exchangeBasis, graphBasis);
  }
  if (joined.basis === "graph" && graph) {
    const checks = graph.words.checks;
    const summary =
      joined.status === "partial"
        ? checks.calendarCanWrite({ owner, at: graph.evidence.checkedAt })
        : checks.calendarCannotWrite({ owner, at: graph.evidence.checkedAt });
    return decided(plain, joined.status, summary, lines, exchangeBasis, graphBasis);
  }
  const base = exchange && merged.basis !== "outlook" ? calendarSummary(words, exchange, owner, at, joined.status) : bits.summary;
  const summary = joined.graph === "agrees" && graph ? `${base} ${graph.words.checks.agrees({ at: graph.evidence.checkedAt })}` : base;
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
  const t = textOf(input);
  const owner = ownerShortName(input);
  const exchange = usable(evidence.exchange);
  const exchangeLines = [...(exchange ? sendingLines(evidence.words, exchange, owner) : []), ...staleLines(evidence)];
  const refusalSeen = reportedFor(input, "send-on-behalf").length > 0;
  const merged = mergeStatus("unknown", exchange ? sendingReading(exchange.conclusions) : undefined, refusalSeen);
  const at = exchange ? findingDate(exchange) : "";

  switch (merged.basis) {
    case "reported":
      return { ...plain, evidence: [...plain.evidence, ...exchangeLines] };
    case "outlook":
      return { ...plain, evidence: [t.evidence.sendingInvisible({ owner }), ...exchangeLines, t.evidence.sendingHowToConfirm({ owner })] };
    default: {
      const words = evidence.words.sending;
      const summary = merged.status === "granted" ? words.granted({ owner, at }) : words.missing({ owner, at });
      return decided(plain, merged.status, summary, [t.evidence.sendingInvisible({ owner }), ...exchangeLines], {
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

/** Teams' right: proven or disproven by what Exchange and Graph show of its hidden conditions. */
function teamsWithEvidence(input: CheckInput, evidence: OutsideEvidence, basics: ServiceBasics): Check {
  const owner = ownerShortName(input);
  const { calendarEditor, sendOnBehalf, prerequisites, otherLines, unknown } = basics;
  const exchange = usable(evidence.exchange);
  const graph = evidence.graph;
  const serviceName = input.ctx.serviceName;
  const teams =
    exchange || graph ? teamsByEvidence({ exchange, graph, owner, serviceName }, calendarEditor, sendOnBehalf, evidence.words) : undefined;
  const teamsLines = [...(teams?.lines ?? []), ...staleLines(evidence)];
  if (prerequisites || teams?.status === "missing") {
    const summaries = [...(prerequisites ? [prerequisites.summary] : []), ...(teams?.summaries ?? [])];
    const itOnly = teams?.status === "missing" && teams.itOnly && !prerequisites ? { itOnly: true } : {};
    const exchangeBasis =
      teams?.status === "missing" && teams.byExchange && exchange
        ? { at: findingDate(exchange), basis: "exchange" as const, ...itOnly }
        : undefined;
    const graphBasis =
      teams?.status === "missing" && teams.byGraph && graph
        ? { at: graph.evidence.checkedAt, part: "decided" as const, ...itOnly }
        : undefined;
    const lines = [...(prerequisites?.lines ?? []), ...teamsLines, ...otherLines];
    return decided(unknown, "missing", summaries.join(" "), lines, exchangeBasis, graphBasis);
  }
  if (teams?.status === "granted" && exchange) {
    const at = findingDate(exchange);
    const summary =
      teams.byGraph && graph
        ? graph.words.checks.teamsGranted({ owner, at, graphAt: graph.evidence.checkedAt })
        : evidence.words.service.granted({ owner, at });
    const graphBasis = teams.byGraph && graph ? { at: graph.evidence.checkedAt, part: "agrees" as const } : undefined;
    return decided(unknown, "granted", summary, [...teamsLines, ...otherLines], { at, basis: "exchange" }, graphBasis);
  }
  return { ...unknown, evidence: [...unknown.evidence, ...teamsLines, ...otherLines] };
}

interface TeamsReading {
  readonly status: "granted" | "missing" | "unknown";
  readonly summaries: readonly string[];
  readonly lines: readonly string[];
  /** Every gap shown is one only IT can close. */
  readonly itOnly: boolean;
  /** Which source the status rests on: a gap or a proof Exchange showed, one Graph showed. */
  readonly byExchange: boolean;
  readonly byGraph: boolean;
}

interface TeamsSources {
  readonly exchange: ExchangeFinding | undefined;
  readonly graph: GraphFinding | undefined;
  readonly owner: string;
  readonly serviceName: string;
}

/**
 * What Exchange and Microsoft Graph show about Teams' hidden conditions: the Delegate flag (plain
 * sharing with "Can edit" is not enough; Graph proves it only through canViewPrivateItems), EWS, through
 * which Teams' scheduling service reaches the owner's mailbox (Exchange only), and whether the owner's
 * calendar offers Teams meetings at all (Graph only). Teams is granted only when the flag and EWS are
 * proven and the calendar and sending layers are too; a flag the two sources disagree on is neither.
 */
function teamsByEvidence(
  { exchange, graph, owner, serviceName }: TeamsSources,
  calendarEditor: Check,
  sendOnBehalf: Check,
  words: ExchangeMessages,
): TeamsReading {
  const e = words.evidence;
  const lines: string[] = [];
  const summaries: string[] = [];
  let byExchange = false;
  let byGraph = false;
  const exchangeFlag = exchange?.conclusions.delegateFlag ?? "unknown";
  const graphSaysDelegate = graph?.evidence.delegate === "yes";

  if (exchangeFlag === "yes") lines.push(e.delegateYes({ owner }));
  if (graph && graphSaysDelegate) lines.push(graphLine(graph, graph.words.delegate({ owner })));
  let delegate: "yes" | "no" | "unknown" = exchangeFlag === "unknown" && graphSaysDelegate ? "yes" : exchangeFlag;
  if (exchangeFlag === "no" && graph && graphSaysDelegate) {
    delegate = "unknown";
    lines.push(graph.words.checks.delegateConflict({ owner }));
  } else if (exchangeFlag === "no") {
    lines.push(e.delegateNo({ owner }));
    summaries.push(words.service.notDelegate({ owner }));
    byExchange = true;
  }

  const ews = exchange?.conclusions.ewsForTeams ?? "unknown";
  if (ews === "allowed") lines.push(e.ewsAllowed({ owner }), e.ewsDates);
  if (ews === "blocked") {
    lines.push(e.ewsBlocked({ owner }), e.ewsDates);
    summaries.push(words.service.ewsBlocked({ owner }));
    byExchange = true;
  }

  const offered = graph?.evidence.teams ?? "unknown";
  if (graph && offered !== "unknown") {
    lines.push(
      graphLine(
        graph,
        offered === "allowed"
          ? graph.words.teamsAllowed({ owner, service: serviceName })
          : graph.words.teamsNotAllowed({ owner, service: serviceName }),
      ),
    );
    if (offered === "not-allowed") {
      summaries.push(graph.words.checks.serviceNotOffered({ owner, at: graph.evidence.checkedAt, service: serviceName }));
      byGraph = true;
    }
  }
  if (summaries.length > 0) return { status: "missing", summaries, lines, itOnly: delegate !== "no", byExchange, byGraph };
  const proven =
    delegate === "yes" &&
    ews === "allowed" &&
    (calendarEditor.status === "granted" || calendarEditor.status === "partial") &&
    sendOnBehalf.status === "granted";
  // Graph's part in a proof: the Delegate flag, when Exchange's output did not show it.
  return {
    status: proven ? "granted" : "unknown",
    summaries,
    lines,
    itOnly: false,
    byExchange: proven,
    byGraph: proven && exchangeFlag !== "yes",
  };
}
