import { onlineMeetingRemedies } from "../remedies";
import { text } from "../text";
import type { Check, CheckStatus, ReportedError, ServiceKind } from "../types";
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
  const otherLines = forOtherServices.map((e) => text.evidence.otherService(quoteOf(e), serviceName));

  const result = (status: CheckStatus, evidence: readonly string[]): Check => ({
    id: "online-meeting-delegate",
    status,
    title: text.titles.onlineMeeting(serviceName, owner),
    evidence: [...evidence, ...otherLines],
    remedies: status === "granted" || status === "not-needed" ? [] : onlineMeetingRemedies(service, input.parties),
  });

  if (NO_DELEGATION.has(service)) return result("not-needed", [text.evidence.serviceNotNeeded(serviceName)]);
  if (forThisService.length > 0)
    return result(
      "missing",
      forThisService.map((e) => text.evidence.reported(quoteOf(e))),
    );
  if (input.delegation === "unknown") return result("unknown", [text.evidence.delegationUnknown]);

  const prerequisites = missingPrerequisites(service, serviceName, owner, calendarEditor, sendOnBehalf);
  if (prerequisites.length > 0) return result("missing", prerequisites);

  return result("unknown", [text.evidence.serviceUnchecked(serviceName, owner), ...serviceNeeds(service)]);
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
