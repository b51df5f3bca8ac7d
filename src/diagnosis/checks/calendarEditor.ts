import { decodePermissions, describePermissions, isPermissionBits } from "../permissions";
import type { Check, CheckStatus } from "../types";
import type { BitsReading } from "./evidenceRules";
import { type CheckInput, isMacHost, ownerShortName, quoteOf, reportedFor, textOf } from "./input";

/**
 * Can the delegate create and change meetings in the owner's calendar? Evidence, strongest first:
 * an error the user reported, then the folder bits Outlook gives merged with the role Exchange
 * printed and Microsoft Graph's canEdit (./evidenceRules.ts, when either answered), then nothing
 * ("unknown").
 */
export function calendarEditorCheck(input: CheckInput): Check {
  const owner = ownerShortName(input);
  const bits = permissionEvidence(input, owner);
  const plain = outlookAlone(input, owner, bits);
  const evidence = input.ctx.evidence;
  return evidence ? evidence.rules.calendar(input, evidence, plain, bits) : plain;
}

/** The check from what Outlook shows and the user reported, before any other source is heard. */
function outlookAlone(input: CheckInput, owner: string, bits: BitsReading): Check {
  const t = textOf(input);
  const reported = reportedFor(input, "calendar-editor");
  if (reported.length > 0) {
    // A refusal the user saw beats bits that claim otherwise (bits can be stale or wrong on Mac).
    return build(input, "missing", t.checks.calendar.reported({ owner }), [
      ...reported.map((e) => t.evidence.reported({ quote: quoteOf(e) })),
      ...bits.lines,
    ]);
  }
  if (input.delegation === "unknown")
    return build(input, "unknown", t.checks.calendar.whoseUnknown, [t.evidence.whoseUnknown, ...bits.lines]);
  return build(input, bits.status, bits.summary, bits.lines);
}

function permissionEvidence(input: CheckInput, owner: string): BitsReading {
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

function build(input: CheckInput, status: CheckStatus, summary: string, evidence: readonly string[]): Check {
  return { id: "calendar-editor", status, title: textOf(input).checks.title.calendar, summary, evidence };
}
