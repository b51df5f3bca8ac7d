import type { Check } from "../types";
import { type CheckInput, reportedFor, reportedReason } from "./input";

/**
 * GrantSendOnBehalfTo is invisible to add-ins (no Office.js or delegated Graph API exposes it), so
 * this check is "unknown" unless the user reported the refusal or an Exchange admin's output says
 * (./evidenceRules.ts). Saying so plainly is the feature.
 */
export function sendOnBehalfCheck(input: CheckInput): Check {
  const reported = reportedFor(input, "send-on-behalf");
  const plain: Check =
    reported.length > 0
      ? {
          id: "send-on-behalf",
          status: "missing",
          summary: [{ kind: "sending-reported" }],
          evidence: reported.map(reportedReason),
        }
      : {
          id: "send-on-behalf",
          status: "unknown",
          summary: [{ kind: "sending-unknown" }],
          evidence: [{ kind: "sending-invisible" }, { kind: "sending-how-to-confirm" }],
        };
  const evidence = input.ctx.evidence;
  return evidence ? evidence.rules.sending(input, evidence, plain) : plain;
}
