import type { Check } from "../types";
import { type CheckInput, ownerShortName, quoteOf, reportedFor, textOf } from "./input";

/**
 * GrantSendOnBehalfTo is invisible to add-ins (no Office.js or delegated Graph API exposes it), so
 * this check is "unknown" unless the user reported the refusal. Saying so plainly is the feature.
 */
export function sendOnBehalfCheck(input: CheckInput): Check {
  const t = textOf(input);
  const owner = ownerShortName(input);
  const reported = reportedFor(input, "send-on-behalf");
  const missing = reported.length > 0;
  return {
    id: "send-on-behalf",
    status: missing ? "missing" : "unknown",
    title: t.checks.title.sending,
    summary: missing ? t.checks.sending.reported({ owner }) : t.checks.sending.unknown({ owner }),
    evidence: missing
      ? reported.map((e) => t.evidence.reported({ quote: quoteOf(e) }))
      : [t.evidence.sendingInvisible({ owner }), t.evidence.sendingHowToConfirm({ owner })],
  };
}
