import type { ExchangeConclusions } from "../../../src/diagnosis/evidence/exchange";
import type { ExchangeFinding } from "../../../src/diagnosis/evidence/finding";

/** Exchange's answer for Megan in Alex's calendar: an Editor delegate allowed to send, EWS open. */
export const CONFIRMED: ExchangeConclusions = {
  calendarRole: "editor",
  delegateFlag: "yes",
  sendOnBehalf: "granted",
  ewsForTeams: "allowed",
};

/** A finding pasted on 3 December 2026 at noon (UTC), from a block that ran an hour earlier. */
export function finding(conclusions: Partial<ExchangeConclusions> = {}, extra: Partial<ExchangeFinding> = {}): ExchangeFinding {
  return {
    source: "exchange",
    conclusions: { ...CONFIRMED, ...conclusions },
    form: "block",
    ranAt: "2026-12-03T11:00:00.000Z",
    pastedAt: "2026-12-03T12:00:00.000Z",
    accessRights: [conclusions.calendarRole === "read-only" ? "Reviewer" : "Editor"],
    sharingPermissionFlags: conclusions.delegateFlag === "no" ? [] : ["Delegate"],
    remembered: false,
    stale: false,
    ...extra,
  };
}
