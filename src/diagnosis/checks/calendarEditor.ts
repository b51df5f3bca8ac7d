import { decodePermissions, isPermissionBits } from "../permissions";
import { calendarEditorRemedies } from "../remedies";
import { text } from "../text";
import type { Check, CheckStatus } from "../types";
import { type CheckInput, isMacHost, ownerShortName, quoteOf, reasonText, reportedFor } from "./input";

/**
 * Can the delegate create and change meetings in the owner's calendar? Evidence, strongest first:
 * an error the user reported, then the folder bits Outlook gives, then nothing ("unknown").
 */
export function calendarEditorCheck(input: CheckInput): Check {
  const owner = ownerShortName(input);
  const title = text.titles.calendarEditor(owner);
  const bitsEvidence = permissionEvidence(input, owner);

  const reported = reportedFor(input, "calendar-editor");
  if (reported.length > 0) {
    // A refusal the user saw beats bits that claim otherwise (bits can be stale or wrong on Mac).
    return build(input, title, "missing", [...reported.map((e) => text.evidence.reported(quoteOf(e))), ...bitsEvidence.lines]);
  }
  if (input.delegation === "unknown") {
    return build(input, title, "unknown", [text.evidence.delegationUnknown, ...bitsEvidence.lines]);
  }
  return build(input, title, bitsEvidence.status, bitsEvidence.lines);
}

interface BitsEvidence {
  readonly status: CheckStatus;
  readonly lines: readonly string[];
}

function permissionEvidence(input: CheckInput, owner: string): BitsEvidence {
  const shared = input.facts.shared;
  if (!shared.known) return { status: "unknown", lines: [text.evidence.sharedUnknown(owner, reasonText(shared.reason))] };

  const bits = shared.value.delegatePermissions;
  if (!isPermissionBits(bits)) return { status: "unknown", lines: [text.evidence.badBits(String(bits).slice(0, 20))] };
  if (bits === 0 && isMacHost(input.facts.host)) return { status: "unknown", lines: [text.evidence.macZero(owner)] };

  const decoded = decodePermissions(bits);
  const lines = [text.evidence.permissions(owner, decoded)];
  if (!decoded.canCreate) return { status: "missing", lines };
  if (decoded.canRead && decoded.canEditOthers && decoded.canDeleteOthers) return { status: "granted", lines };

  if (!decoded.canEditOthers) lines.push(text.evidence.partialNotEditOthers);
  if (!decoded.canDeleteOthers) lines.push(text.evidence.partialNotDeleteOthers);
  if (!decoded.canRead) lines.push(text.evidence.partialNotRead);
  return { status: "partial", lines };
}

function build(input: CheckInput, title: string, status: CheckStatus, evidence: readonly string[]): Check {
  return {
    id: "calendar-editor",
    status,
    title,
    evidence,
    remedies: status === "granted" ? [] : calendarEditorRemedies(input.parties),
  };
}
