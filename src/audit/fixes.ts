/**
 * The fix commands for a pair with a problem: the pane's own remedies (src/diagnosis/remedies.ts),
 * prefilled with the pair's addresses through the same quoting, IT's part only (this page is IT's).
 * Nothing here writes a command of its own.
 */
import { calendarEditorRemedies, onlineMeetingRemedies, sendOnBehalfRemedies } from "../diagnosis/remedies";
import type { Parties, Remedy, RemedyStep } from "../diagnosis/types";
import type { Messages } from "../i18n/messages";
import type { AuditLayer } from "./decide";
import type { PairRow } from "./rows";

export interface LayerFix {
  readonly layer: AuditLayer;
  readonly remedies: readonly Remedy[];
}

export function partiesOf(row: PairRow): Parties {
  const { people } = row;
  return {
    owner: { emailAddress: people.ownerAddress ?? people.owner, displayName: people.ownerName ?? "" },
    ...(people.delegateAddress ? { delegate: { emailAddress: people.delegateAddress, displayName: people.delegateName ?? "" } } : {}),
  };
}

/**
 * One entry per broken layer. An orphaned send-on-behalf entry has nobody to grant anything to: no
 * commands (the page says what it is); a layer broken for a resolved delegate gets the pane's remedy.
 */
export function fixesFor(row: PairRow, t: Messages): LayerFix[] {
  const parties = partiesOf(row);
  const admin = (remedies: Remedy[]) => remedies.filter((r) => r.actor === "admin");
  const fixes: LayerFix[] = [];
  const broken = row.decision.broken;
  const resolved = row.people.resolved;
  if (broken.includes("calendar") && resolved) fixes.push({ layer: "calendar", remedies: admin(calendarEditorRemedies(parties, t)) });
  if (broken.includes("sending") && resolved && row.decision.sending !== "granted")
    fixes.push({ layer: "sending", remedies: admin(sendOnBehalfRemedies(parties, t)) });
  if (broken.includes("teams") && resolved) fixes.push({ layer: "teams", remedies: admin(onlineMeetingRemedies("teams", parties, t)) });
  return fixes;
}

/**
 * For send on behalf granted to someone Exchange cannot find: the pane's own command that lists the
 * owner's GrantSendOnBehalfTo entries, so IT sees the entry before removing it by hand.
 */
export function orphanListing(row: PairRow, t: Messages): Extract<RemedyStep, { kind: "command" }> | undefined {
  const admin = sendOnBehalfRemedies(partiesOf(row), t).find((r) => r.actor === "admin");
  return admin?.steps.find(
    (step): step is Extract<RemedyStep, { kind: "command" }> => step.kind === "command" && step.text.startsWith("Get-Mailbox"),
  );
}
