import { decodePermissions, isPermissionBits } from "../permissions";
import type { CalendarReason, CalendarSummary, Check, CheckStatus } from "../types";
import type { BitsReading } from "./evidenceRules";
import { type CheckInput, isMacHost, reportedFor, reportedReason } from "./input";

/**
 * Can the delegate create and change meetings in the owner's calendar? Evidence, strongest first:
 * an error the user reported, then the folder bits Outlook gives merged with the role Exchange
 * printed and Microsoft Graph's canEdit (./evidenceRules.ts, when either answered), then nothing
 * ("unknown").
 */
export function calendarEditorCheck(input: CheckInput): Check {
  const bits = permissionEvidence(input);
  const plain = outlookAlone(input, bits);
  const evidence = input.ctx.evidence;
  return evidence ? evidence.rules.calendar(input, evidence, plain, bits) : plain;
}

/** The check from what Outlook shows and the user reported, before any other source is heard. */
function outlookAlone(input: CheckInput, bits: BitsReading): Check {
  const reported = reportedFor(input, "calendar-editor");
  if (reported.length > 0) {
    // A refusal the user saw beats bits that claim otherwise (bits can be stale or wrong on Mac).
    const quotes: CalendarReason[] = reported.map(reportedReason);
    return build("missing", [{ kind: "calendar-reported" }], [...quotes, ...bits.lines]);
  }
  if (input.delegation === "unknown")
    return build("unknown", [{ kind: "calendar-whose-unknown" }], [{ kind: "whose-unknown" }, ...bits.lines]);
  return build(bits.status, bits.summary, bits.lines);
}

function permissionEvidence(input: CheckInput): BitsReading {
  const shared = input.facts.shared;
  if (!shared.known) return reading("unknown", "calendar-not-shown", [{ kind: "shared-unknown", why: shared.why }]);
  const value = shared.value.delegatePermissions;
  if (!isPermissionBits(value)) return reading("unknown", "calendar-bad-value", [{ kind: "bad-bits", value: String(value).slice(0, 20) }]);
  if (value === 0 && isMacHost(input.facts.host)) return reading("unknown", "calendar-mac-zero", [{ kind: "mac-zero-bits" }]);

  const decoded = decodePermissions(value);
  const lines: CalendarReason[] = [{ kind: "role", role: decoded.role, rights: decoded.rights }];
  if (!decoded.canCreate) {
    const summary = decoded.canRead ? "calendar-read-only" : decoded.rights.length === 0 ? "calendar-no-access" : "calendar-cannot-create";
    return reading("missing", summary, lines);
  }
  if (decoded.canRead && decoded.canEditOthers && decoded.canDeleteOthers) return reading("granted", "calendar-granted", lines);
  if (!decoded.canEditOthers) lines.push({ kind: "not-edit-others" });
  if (!decoded.canDeleteOthers) lines.push({ kind: "not-delete-others" });
  if (!decoded.canRead) lines.push({ kind: "not-read" });
  return reading("partial", "calendar-partial", lines);
}

function reading(status: CheckStatus, summary: CalendarSummary["kind"], lines: readonly CalendarReason[]): BitsReading {
  return { status, summary: [{ kind: summary }], lines };
}

function build(status: CheckStatus, summary: Check["summary"], evidence: Check["evidence"]): Check {
  return { id: "calendar-editor", status, summary, evidence };
}
