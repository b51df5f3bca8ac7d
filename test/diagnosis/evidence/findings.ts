import type { ExchangeConclusions } from "../../../src/diagnosis/evidence/exchange";
import type { ExchangeFinding } from "../../../src/diagnosis/evidence/finding";
import type { GraphEvidence, GraphFinding } from "../../../src/diagnosis/evidence/graph";
import { en } from "../../../src/i18n/en";
import type { Messages } from "../../../src/i18n/messages";

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

/** Graph's 200 for Alex's calendar on 4 December 2026: Megan can write, Teams offered, the Delegate flag not shown. */
export function graphFinding(fields: Partial<GraphEvidence> = {}, words: Messages["graph"] = en.graph): GraphFinding {
  return {
    evidence: {
      source: "graph",
      checkedAt: "2026-12-04T10:04:00.000Z",
      owner: "alex.wilber@contoso.com",
      canEdit: true,
      delegate: "not-shown",
      teams: "allowed",
      allowedProviders: ["teamsForBusiness"],
      defaultProvider: "teamsForBusiness",
      ...fields,
    },
    words,
  };
}
