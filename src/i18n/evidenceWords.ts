/**
 * A check's evidence in the reader's language: one sentence a reason. Only what opens after the first
 * screen shows it (a check's details, the report), so these words are in the details part of the
 * catalogue and this module loads with those parts, not before the verdict.
 */
import type { EvidenceReason, PermissionName, RoleName } from "../kernel/reasons";
import { outsideOrFailed, type ReasonedCheck } from "./checkWords";
import type { Messages } from "./messages";
import type { OutsideSay } from "./outsideWords";

/** One sentence a line: what was seen and from where. `say`: as in ./checkWords.ts. */
export function checkEvidence(check: Pick<ReasonedCheck, "evidence">, owner: string, t: Messages, say?: OutsideSay): string[] {
  return check.evidence.map((reason) => evidenceSentence(reason, owner, t, say));
}

/** "Reviewer (read only)", "a custom level: read items and create items". */
export function roleWords(role: RoleName, rights: readonly PermissionName[], t: Messages): string {
  if (role !== "custom") return t.roles[role];
  return t.roles.custom({ rights: rights.map((right) => t.roles.right[right]) });
}

function evidenceSentence(reason: EvidenceReason, owner: string, t: Messages, say: OutsideSay | undefined): string {
  const e = t.evidence;
  switch (reason.kind) {
    case "exchange":
    case "graph":
      return outsideOrFailed(reason, owner, t, say);
    case "reported":
      return e.reported({ quote: reason.quote });
    case "whose-unknown":
      return e.whoseUnknown;
    case "shared-unknown":
      return e.sharedUnknown({ owner, why: t.why[reason.why] });
    case "bad-bits":
      return e.badBits({ value: reason.value });
    case "mac-zero-bits":
      return e.macZero({ owner });
    case "role":
      return e.permissions({ owner, role: roleWords(reason.role, reason.rights, t) });
    case "not-edit-others":
      return e.notEditOthers;
    case "not-delete-others":
      return e.notDeleteOthers;
    case "not-read":
      return e.notRead;
    case "sending-invisible":
      return e.sendingInvisible({ owner });
    case "sending-how-to-confirm":
      return e.sendingHowToConfirm({ owner });
    case "service-not-needed":
      return e.serviceNotNeeded({ service: reason.service });
    case "service-unchecked":
      return e.serviceUnchecked({ service: reason.service, owner });
    case "teams-needs":
      return e.teamsNeeds({ owner });
    case "skype-needs":
      return e.skypeNeeds({ owner });
    case "prerequisite-calendar":
      return e.prerequisiteCalendar({ service: reason.service, owner });
    case "prerequisite-sending":
      return e.prerequisiteSending({ service: reason.service, owner });
    case "chosen-needs-nothing":
      return e.chosenNeedsNothing({ tried: reason.tried, chosen: reason.chosen });
    case "other-service":
      return e.otherService({ quote: reason.quote, service: reason.service });
  }
}
