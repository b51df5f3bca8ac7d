import { findingDate, type ExchangeFinding } from "../evidence/finding";
import { calendarReading, graphCalendarReading, joinGraph, mergeStatus, usable } from "../evidence/merge";
import { decodePermissions, describePermissions, isPermissionBits } from "../permissions";
import type { Check, CheckStatus, ExchangeBasis, GraphBasis } from "../types";
import { type CheckInput, graphLine, isMacHost, ownerShortName, quoteOf, reportedFor, staleLines, textOf } from "./input";

/**
 * Can the delegate create and change meetings in the owner's calendar? Evidence, strongest first:
 * an error the user reported, then the folder bits Outlook gives merged with the role Exchange
 * printed and Microsoft Graph's canEdit (evidence/merge.ts), then nothing ("unknown").
 */
export function calendarEditorCheck(input: CheckInput): Check {
  const t = textOf(input);
  const owner = ownerShortName(input);
  const bits = permissionEvidence(input, owner);

  const exchange = usable(input.ctx.exchange);
  const exchangeLines = [...(exchange ? exchangeEvidence(input, exchange, owner) : []), ...staleLines(input)];

  const reported = reportedFor(input, "calendar-editor");
  if (reported.length > 0) {
    // A refusal the user saw beats bits that claim otherwise (bits can be stale or wrong on Mac).
    return build(input, "missing", t.checks.calendar.reported({ owner }), [
      ...reported.map((e) => t.evidence.reported({ quote: quoteOf(e) })),
      ...bits.lines,
      ...exchangeLines,
    ]);
  }
  if (input.delegation === "unknown")
    return build(input, "unknown", t.checks.calendar.whoseUnknown, [t.evidence.whoseUnknown, ...bits.lines, ...exchangeLines]);
  const graph = input.ctx.graph;
  if (!exchange && !graph) return build(input, bits.status, bits.summary, [...bits.lines, ...exchangeLines]);

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
    const summary = joined.graph === "conflict" && graph ? graph.words.checks.conflict({ owner }) : t.exchange.calendar.conflict({ owner });
    const why = joined.graph === "conflict" ? [] : [t.exchange.evidence.conflict];
    return build(input, "unknown", summary, [...lines, ...why], exchangeBasis, graphBasis);
  }
  if (joined.basis === "graph" && graph) {
    const words = graph.words.checks;
    const summary =
      joined.status === "partial"
        ? words.calendarCanWrite({ owner, at: graph.evidence.checkedAt })
        : words.calendarCannotWrite({ owner, at: graph.evidence.checkedAt });
    return build(input, joined.status, summary, lines, exchangeBasis, graphBasis);
  }
  const base = exchange && merged.basis !== "outlook" ? exchangeSummary(input, exchange, owner, at, joined.status) : bits.summary;
  const summary = joined.graph === "agrees" && graph ? `${base} ${graph.words.checks.agrees({ at: graph.evidence.checkedAt })}` : base;
  return build(input, joined.status, summary, lines, exchangeBasis, graphBasis);
}

function exchangeSummary(input: CheckInput, exchange: ExchangeFinding, owner: string, at: string, status: CheckStatus): string {
  const t = textOf(input).exchange.calendar;
  if (status === "granted") return t.granted({ owner, at });
  if (status === "partial") return t.partial({ owner, at });
  return exchange.conclusions.calendarRole === "read-only" ? t.readOnly({ owner, at }) : t.none({ owner, at });
}

/** Exchange's role as it printed it, and the Delegate flag Teams depends on. */
function exchangeEvidence(input: CheckInput, exchange: ExchangeFinding, owner: string): string[] {
  const t = textOf(input).exchange.evidence;
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

interface BitsEvidence {
  readonly status: CheckStatus;
  readonly summary: string;
  readonly lines: readonly string[];
}

function permissionEvidence(input: CheckInput, owner: string): BitsEvidence {
  const t = textOf(input);
  const shared = input.facts.shared;
  if (!shared.known) {
    return {
      status: "unknown",
      summary: t.checks.calendar.notShown({ owner }),
      lines: [t.evidence.sharedUnknown({ owner, why: t.why[shared.why] })],
    };
  }
  const value = shared.value.delegatePermissions;
  if (!isPermissionBits(value)) {
    return { status: "unknown", summary: t.checks.calendar.badValue, lines: [t.evidence.badBits({ value: String(value).slice(0, 20) })] };
  }
  if (value === 0 && isMacHost(input.facts.host)) {
    return { status: "unknown", summary: t.checks.calendar.macZero, lines: [t.evidence.macZero({ owner })] };
  }

  const decoded = decodePermissions(value);
  const lines = [t.evidence.permissions({ owner, role: describePermissions(decoded, t) })];
  if (!decoded.canCreate) {
    const summary = decoded.canRead
      ? t.checks.calendar.readOnly({ owner })
      : decoded.rights.length === 0
        ? t.checks.calendar.noAccess({ owner })
        : t.checks.calendar.cannotCreate({ owner });
    return { status: "missing", summary, lines };
  }
  if (decoded.canRead && decoded.canEditOthers && decoded.canDeleteOthers) {
    return { status: "granted", summary: t.checks.calendar.granted({ owner }), lines };
  }
  if (!decoded.canEditOthers) lines.push(t.evidence.notEditOthers);
  if (!decoded.canDeleteOthers) lines.push(t.evidence.notDeleteOthers);
  if (!decoded.canRead) lines.push(t.evidence.notRead);
  return { status: "partial", summary: t.checks.calendar.partial, lines };
}

function build(
  input: CheckInput,
  status: CheckStatus,
  summary: string,
  evidence: readonly string[],
  exchange?: ExchangeBasis,
  graph?: GraphBasis,
): Check {
  const t = textOf(input);
  return {
    id: "calendar-editor",
    status,
    title: t.checks.title.calendar,
    summary,
    evidence,
    ...(exchange ? { exchange } : {}),
    ...(graph ? { graph } : {}),
  };
}
