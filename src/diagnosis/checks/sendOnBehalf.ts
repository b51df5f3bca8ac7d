import { sendOnBehalfRemedies } from "../remedies";
import { text } from "../text";
import type { Check } from "../types";
import { type CheckInput, ownerShortName, quoteOf, reportedFor } from "./input";

/**
 * GrantSendOnBehalfTo is invisible to add-ins (no Office.js or delegated Graph API exposes it), so
 * this check is "unknown" unless the user reported the refusal. Saying so plainly is the feature.
 */
export function sendOnBehalfCheck(input: CheckInput): Check {
  const owner = ownerShortName(input);
  const reported = reportedFor(input, "send-on-behalf");
  const invisible = [text.evidence.sendOnBehalfInvisible(owner), text.evidence.sendOnBehalfHowToConfirm(owner)];
  return {
    id: "send-on-behalf",
    status: reported.length > 0 ? "missing" : "unknown",
    title: text.titles.sendOnBehalf(owner),
    evidence: reported.length > 0 ? reported.map((e) => text.evidence.reported(quoteOf(e))) : invisible,
    remedies: sendOnBehalfRemedies(input.parties),
  };
}
