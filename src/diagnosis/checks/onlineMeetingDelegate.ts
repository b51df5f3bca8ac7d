import type {
  Check,
  CheckedService,
  DiagnosisContext,
  CheckStatus,
  ReportedError,
  ServiceKind,
  ServiceReason,
  ServiceSummary,
} from "../types";
import type { MissingPrerequisites } from "./evidenceRules";
import { type CheckInput, quoteOf, reportedFor, reportedReason } from "./input";

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
  const { service, serviceName } = input.ctx;
  const reported = reportedFor(input, "online-meeting-delegate");
  const forThisService = reported.filter((e) => appliesTo(e, service));
  const forOtherServices = reported.filter((e) => !appliesTo(e, service));

  const result = (
    status: CheckStatus,
    summary: readonly ServiceSummary[],
    evidence: Check["evidence"],
    about: CheckedService = { kind: service, name: serviceName },
  ): Check => ({ id: "online-meeting-delegate", status, summary, evidence, service: about });

  if (NO_DELEGATION.has(service)) {
    // The user tried a service that does need the right (Outlook's Teams button, Lync's Online
    // Meeting) and it refused: that refusal is this meeting's real problem, so the check is about it.
    const tried = triedService(forOtherServices, input.ctx.serviceNames);
    if (tried) {
      const evidence = forOtherServices.filter((e) => SERVICE_OF_ERROR[e.errorId] === tried.kind).map(reportedReason);
      return result(
        "missing",
        [{ kind: "service-other-refused", tried: tried.name, chosen: serviceName }],
        [...evidence, { kind: "chosen-needs-nothing", tried: tried.name, chosen: serviceName }],
        tried,
      );
    }
    return result(
      "not-needed",
      [{ kind: "service-not-needed", service: serviceName }],
      [{ kind: "service-not-needed", service: serviceName }],
    );
  }
  const otherLines = forOtherServices.map((e): ServiceReason => ({ kind: "other-service", quote: quoteOf(e), service: serviceName }));
  if (forThisService.length > 0) {
    return result("missing", [{ kind: "service-reported", service: serviceName }], [...forThisService.map(reportedReason), ...otherLines]);
  }
  if (input.delegation === "unknown")
    return result("unknown", [{ kind: "service-whose-unknown" }], [{ kind: "whose-unknown" }, ...otherLines]);

  const prerequisites = missingPrerequisites(service, serviceName, calendarEditor, sendOnBehalf);
  const unknown = result(
    "unknown",
    [{ kind: "service-unknown", service }],
    [{ kind: "service-unchecked", service: serviceName }, ...serviceNeeds(service)],
  );
  // Only Teams' hidden conditions show in Exchange's and Graph's answers.
  const evidence = service === "teams" ? input.ctx.evidence : undefined;
  if (evidence) return evidence.rules.teams(input, evidence, { calendarEditor, sendOnBehalf, prerequisites, otherLines, unknown });
  if (prerequisites)
    return { ...unknown, status: "missing", summary: prerequisites.summary, evidence: [...prerequisites.lines, ...otherLines] };
  return { ...unknown, evidence: [...unknown.evidence, ...otherLines] };
}

/** The first service a reported refusal names, when one does. */
function triedService(errors: readonly ReportedError[], names: DiagnosisContext["serviceNames"]): CheckedService | undefined {
  for (const error of errors) {
    const kind = SERVICE_OF_ERROR[error.errorId];
    if (kind) return { kind, name: names[kind] };
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
  calendarEditor: Check,
  sendOnBehalf: Check,
): MissingPrerequisites | undefined {
  if (service !== "teams" && service !== "skype") return undefined;
  const lines: ServiceReason[] = [];
  const summary: ServiceSummary[] = [];
  if (calendarEditor.status === "missing") {
    lines.push({ kind: "prerequisite-calendar", service: serviceName });
    summary.push({ kind: "service-needs-calendar", service: serviceName });
  }
  if (sendOnBehalf.status === "missing") {
    lines.push({ kind: "prerequisite-sending", service: serviceName });
    summary.push({ kind: "service-needs-sending", service: serviceName });
  }
  return lines.length > 0 ? { summary, lines } : undefined;
}

function serviceNeeds(service: ServiceKind): ServiceReason[] {
  if (service === "teams") return [{ kind: "teams-needs" }];
  if (service === "skype") return [{ kind: "skype-needs" }];
  return [];
}
