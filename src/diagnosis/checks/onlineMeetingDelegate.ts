import { onlineMeetingRemedies } from "../remedies";
import { SERVICE_NAMES } from "../serviceNames";
import { text } from "../text";
import type { Check, CheckedService, CheckStatus, ReportedError, ServiceKind } from "../types";
import { type CheckInput, ownerShortName, quoteOf, reportedFor } from "./input";

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
 * Teams and Skype for Business build on Exchange delegation, so they inherit its known gaps.
 */
export function onlineMeetingDelegateCheck(input: CheckInput, calendarEditor: Check, sendOnBehalf: Check): Check {
  const { service, serviceName } = input.ctx;
  const owner = ownerShortName(input);
  const reported = reportedFor(input, "online-meeting-delegate");
  const forThisService = reported.filter((e) => appliesTo(e, service));
  const forOtherServices = reported.filter((e) => !appliesTo(e, service));

  const result = (
    status: CheckStatus,
    evidence: readonly string[],
    about: CheckedService = { kind: service, name: serviceName },
  ): Check => ({
    id: "online-meeting-delegate",
    status,
    title: text.titles.onlineMeeting(about.name, owner),
    evidence,
    remedies: status === "granted" || status === "not-needed" ? [] : onlineMeetingRemedies(about.kind, input.parties),
    service: about,
  });

  if (NO_DELEGATION.has(service)) {
    // The user tried a service that does need the right (Outlook's Teams button, Lync's Online
    // Meeting) and it refused: that refusal is this meeting's real problem, so the check is about it.
    const tried = triedService(forOtherServices);
    if (tried) {
      const evidence = forOtherServices
        .filter((e) => SERVICE_OF_ERROR[e.errorId] === tried.kind)
        .map((e) => text.evidence.reported(quoteOf(e)));
      return result("missing", [...evidence, text.evidence.chosenServiceNeedsNothing(tried.name, serviceName)], tried);
    }
    return result("not-needed", [text.evidence.serviceNotNeeded(serviceName)]);
  }
  const otherLines = forOtherServices.map((e) => text.evidence.otherService(quoteOf(e), serviceName));
  if (forThisService.length > 0)
    return result("missing", [...forThisService.map((e) => text.evidence.reported(quoteOf(e))), ...otherLines]);
  if (input.delegation === "unknown") return result("unknown", [text.evidence.delegationUnknown, ...otherLines]);

  const prerequisites = missingPrerequisites(service, serviceName, owner, calendarEditor, sendOnBehalf);
  if (prerequisites.length > 0) return result("missing", [...prerequisites, ...otherLines]);

  return result("unknown", [text.evidence.serviceUnchecked(serviceName, owner), ...serviceNeeds(service), ...otherLines]);
}

/** The first service a reported refusal names, when one does. */
function triedService(errors: readonly ReportedError[]): CheckedService | undefined {
  for (const error of errors) {
    const kind = SERVICE_OF_ERROR[error.errorId];
    if (kind) return { kind, name: SERVICE_NAMES[kind] };
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
): string[] {
  if (service !== "teams" && service !== "skype") return [];
  const lines: string[] = [];
  if (calendarEditor.status === "missing") lines.push(text.evidence.prerequisiteCalendar(serviceName, owner));
  // Teams checks send-on-behalf itself; Skype for Business does not document that requirement.
  if (service === "teams" && sendOnBehalf.status === "missing") lines.push(text.evidence.prerequisiteSendOnBehalf(serviceName, owner));
  return lines;
}

function serviceNeeds(service: ServiceKind): string[] {
  if (service === "teams") return [text.evidence.teamsNeeds];
  if (service === "skype") return [text.evidence.skypeNeeds];
  return [];
}
