import type { Check } from "../types";
import { type CheckInput, ownerShortName, quoteOf, reportedFor, textOf } from "./input";

/**
 * GrantSendOnBehalfTo is invisible to add-ins (no Office.js or delegated Graph API exposes it), so
 * this check is "unknown" unless the user reported the refusal or an Exchange admin's output says
 * (./evidenceRules.ts). Saying so plainly is the feature.
 */
export function sendOnBehalfCheck(input: CheckInput): Check {
  const t = textOf(input);
  const owner = ownerShortName(input);
  const reported = reportedFor(input, "send-on-behalf");
  const base = { id: "send-on-behalf" as const, title: t.checks.title.sending };
  const plain: Check =
    reported.length > 0
      ? {
          ...base,
          status: "missing",
          summary: t.checks.sending.reported({ owner }),
          evidence: reported.map((e) => t.evidence.reported({ quote: quoteOf(e) })),
        }
      : {
          ...base,
          status: "unknown",
          summary: t.checks.sending.unknown({ owner }),
          evidence: [t.evidence.sendingInvisible({ owner }), t.evidence.sendingHowToConfirm({ owner })],
        };
  const evidence = input.ctx.evidence;
  return evidence ? evidence.rules.sending(input, evidence, plain) : plain;
}
