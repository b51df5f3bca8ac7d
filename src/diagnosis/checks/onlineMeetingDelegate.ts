import type { FirstScreenMessages } from "../../i18n/messages";
import { findingDate, type ExchangeFinding } from "../evidence/finding";
import type { GraphFinding } from "../evidence/graph";
import { usable } from "../evidence/merge";
import type { Check, CheckedService, CheckStatus, ExchangeBasis, GraphBasis, ReportedError, ServiceKind } from "../types";
import { type CheckInput, graphLine, ownerShortName, quoteOf, reportedFor, staleLines, textOf } from "./input";

/**
 * Error ids (from the error catalogue) that belong to one meeting service. A Teams refusal says
 * nothing about Zoom, so it must not mark Zoom's right missing; ids not listed count for any service.
 */
const SERVICE_OF_ERROR: Readonly<Record<string, ServiceKind>> = {
  "teams-delegate": "teams",
  "lync-delegate": "skype",
  "zoom-scheduling-privilege": "zoom",
  "webex-scheduling-permission": "webex",
};

/** Services whose host needs no account, so there is no right to grant. */
const NO_DELEGATION: ReadonlySet<ServiceKind> = new Set<ServiceKind>(["jitsi", "other"]);

/**
 * The meeting service's own right to create meetings hosted by the owner. No service exposes it to
 * Outlook, so it is "unknown" unless a reported error or a missing prerequisite proves otherwise.
 * Teams and Skype for Business build on Exchange delegation, so they inherit its known gaps: both need
 * Editor on the calendar and send-on-behalf (for Lync, Microsoft's KB "Lync client administrative
 * delegates cannot use the Lync Meeting add-in").
 */
export function onlineMeetingDelegateCheck(input: CheckInput, calendarEditor: Check, sendOnBehalf: Check): Check {
  const t = textOf(input);
  const { service, serviceName } = input.ctx;
  const owner = ownerShortName(input);
  const reported = reportedFor(input, "online-meeting-delegate");
  const forThisService = reported.filter((e) => appliesTo(e, service));
  const forOtherServices = reported.filter((e) => !appliesTo(e, service));

  const result = (
    status: CheckStatus,
    summary: string,
    evidence: readonly string[],
    about: CheckedService = { kind: service, name: serviceName },
    exchange?: ExchangeBasis,
    graph?: GraphBasis,
  ): Check => ({
    id: "online-meeting-delegate",
    status,
    title: t.checks.title.service({ service: about.name }),
    summary,
    evidence,
    service: about,
    ...(exchange ? { exchange } : {}),
    ...(graph ? { graph } : {}),
  });

  if (NO_DELEGATION.has(service)) {
    // The user tried a service that does need the right (Outlook's Teams button, Lync's Online
    // Meeting) and it refused: that refusal is this meeting's real problem, so the check is about it.
    const tried = triedService(forOtherServices, t);
    if (tried) {
      const evidence = forOtherServices
        .filter((e) => SERVICE_OF_ERROR[e.errorId] === tried.kind)
        .map((e) => t.evidence.reported({ quote: quoteOf(e) }));
      return result(
        "missing",
        t.checks.service.otherRefused({ tried: tried.name, chosen: serviceName, owner }),
        [...evidence, t.evidence.chosenNeedsNothing({ tried: tried.name, chosen: serviceName })],
        tried,
      );
    }
    return result("not-needed", t.checks.service.notNeeded({ service: serviceName }), [
      t.evidence.serviceNotNeeded({ service: serviceName }),
    ]);
  }
  const otherLines = forOtherServices.map((e) => t.evidence.otherService({ quote: quoteOf(e), service: serviceName }));
  if (forThisService.length > 0) {
    return result("missing", t.checks.service.reported({ service: serviceName, owner }), [
      ...forThisService.map((e) => t.evidence.reported({ quote: quoteOf(e) })),
      ...otherLines,
    ]);
  }
  if (input.delegation === "unknown") return result("unknown", t.checks.service.whoseUnknown, [t.evidence.whoseUnknown, ...otherLines]);

  const exchange = service === "teams" ? usable(input.ctx.exchange) : undefined;
  const graph = service === "teams" ? input.ctx.graph : undefined;
  const teams = exchange || graph ? teamsByEvidence({ exchange, graph, owner, serviceName }, calendarEditor, sendOnBehalf, t) : undefined;
  const teamsLines = [...(teams?.lines ?? []), ...(service === "teams" ? staleLines(input) : [])];
  const prerequisites = missingPrerequisites(service, serviceName, owner, calendarEditor, sendOnBehalf, t);
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
    return result(
      "missing",
      summaries.join(" "),
      [...(prerequisites?.lines ?? []), ...teamsLines, ...otherLines],
      undefined,
      exchangeBasis,
      graphBasis,
    );
  }
  if (teams?.status === "granted" && exchange) {
    const at = findingDate(exchange);
    const summary =
      teams.byGraph && graph
        ? graph.words.checks.teamsGranted({ owner, at, graphAt: graph.evidence.checkedAt })
        : t.exchange.service.granted({ owner, at });
    return result(
      "granted",
      summary,
      [...teamsLines, ...otherLines],
      undefined,
      { at, basis: "exchange" },
      teams.byGraph && graph ? { at: graph.evidence.checkedAt, part: "agrees" } : undefined,
    );
  }

  return result("unknown", unknownSummary(service, owner, t), [
    t.evidence.serviceUnchecked({ service: serviceName, owner }),
    ...serviceNeeds(service, owner, t),
    ...teamsLines,
    ...otherLines,
  ]);
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
  t: FirstScreenMessages,
): TeamsReading {
  const e = t.exchange.evidence;
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
    summaries.push(t.exchange.service.notDelegate({ owner }));
    byExchange = true;
  }

  const ews = exchange?.conclusions.ewsForTeams ?? "unknown";
  if (ews === "allowed") lines.push(e.ewsAllowed({ owner }));
  if (ews === "blocked") {
    lines.push(e.ewsBlocked({ owner }));
    summaries.push(t.exchange.service.ewsBlocked({ owner }));
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

/** The first service a reported refusal names, when one does. */
function triedService(errors: readonly ReportedError[], t: FirstScreenMessages): CheckedService | undefined {
  for (const error of errors) {
    const kind = SERVICE_OF_ERROR[error.errorId];
    if (kind) return { kind, name: t.services[kind] };
  }
  return undefined;
}

function appliesTo(error: ReportedError, service: ServiceKind): boolean {
  const owner = SERVICE_OF_ERROR[error.errorId];
  return owner === undefined || owner === service;
}

/** Teams and Skype for Business schedule through the owner's Exchange calendar; Zoom and Webex do not. */
function missingPrerequisites(
  service: ServiceKind,
  serviceName: string,
  owner: string,
  calendarEditor: Check,
  sendOnBehalf: Check,
  t: FirstScreenMessages,
): { summary: string; lines: string[] } | undefined {
  if (service !== "teams" && service !== "skype") return undefined;
  const lines: string[] = [];
  const summaries: string[] = [];
  if (calendarEditor.status === "missing") {
    lines.push(t.evidence.prerequisiteCalendar({ service: serviceName, owner }));
    summaries.push(t.checks.service.needsCalendar({ service: serviceName, owner }));
  }
  if (sendOnBehalf.status === "missing") {
    lines.push(t.evidence.prerequisiteSending({ service: serviceName, owner }));
    summaries.push(t.checks.service.needsSending({ service: serviceName, owner }));
  }
  return lines.length > 0 ? { summary: summaries.join(" "), lines } : undefined;
}

function unknownSummary(service: ServiceKind, owner: string, t: FirstScreenMessages): string {
  switch (service) {
    case "teams":
      return t.checks.service.teams({ owner });
    case "skype":
      return t.checks.service.skype;
    case "zoom":
      return t.checks.service.zoom;
    case "webex":
      return t.checks.service.webex;
    case "jitsi":
    case "other":
      return t.checks.service.notNeeded({ service: t.services[service] });
  }
}

function serviceNeeds(service: ServiceKind, owner: string, t: FirstScreenMessages): string[] {
  if (service === "teams") return [t.evidence.teamsNeeds({ owner })];
  if (service === "skype") return [t.evidence.skypeNeeds({ owner })];
  return [];
}
