import type { FirstScreenMessages } from "../../i18n/messages";
import type { Check, CheckedService, CheckStatus, ReportedError, ServiceKind } from "../types";
import type { MissingPrerequisites } from "./evidenceRules";
import { type CheckInput, ownerShortName, quoteOf, reportedFor, textOf } from "./input";

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
  ): Check => ({
    id: "online-meeting-delegate",
    status,
    title: t.checks.title.service({ service: about.name }),
    summary,
    evidence,
    service: about,
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

  const prerequisites = missingPrerequisites(service, serviceName, owner, calendarEditor, sendOnBehalf, t);
  const unknown = result("unknown", unknownSummary(service, owner, t), [
    t.evidence.serviceUnchecked({ service: serviceName, owner }),
    ...serviceNeeds(service, owner, t),
  ]);
  // Only Teams' hidden conditions show in Exchange's and Graph's answers.
  const evidence = service === "teams" ? input.ctx.evidence : undefined;
  if (evidence) return evidence.rules.teams(input, evidence, { calendarEditor, sendOnBehalf, prerequisites, otherLines, unknown });
  if (prerequisites) return result("missing", prerequisites.summary, [...prerequisites.lines, ...otherLines]);
  return { ...unknown, evidence: [...unknown.evidence, ...otherLines] };
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
): MissingPrerequisites | undefined {
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
