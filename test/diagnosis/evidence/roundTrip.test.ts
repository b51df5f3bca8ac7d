/**
 * The round trip in the texts people send: the request to the owner explains it (and never asks the
 * owner for what only IT can change), and the report for IT carries Exchange's conclusions and the check.
 */
import { draftOwnerRequest } from "../../../src/documents/ownerRequest";
import { buildReport } from "../../../src/documents/report";
import { diagnose } from "../../../src/diagnosis/verdict";
import { de } from "../../../src/i18n/de";
import { context, delegateFacts } from "../fixtures";
import { finding } from "./findings";

describe("the request to the owner", () => {
  it("explains the round trip where Outlook could not show a permission", () => {
    const ctx = context();
    const draft = draftOwnerRequest(diagnose(delegateFacts(), ctx), ctx);
    expect(draft.body).toContain(
      "If you are not sure what is set today, our IT can run a read-only check and send me its answer; I paste it into my scheduling add-in, which then shows which permission is still missing.",
    );
  });

  it("in German too", () => {
    const ctx = context({ t: de });
    expect(draftOwnerRequest(diagnose(delegateFacts(), ctx), ctx).body).toContain(
      "Unsere IT kann eine Prüfung ausführen, die nichts ändert",
    );
  });

  it("does not ask the owner to fix EWS, which only IT can", () => {
    const ctx = context({ exchange: finding({ ewsForTeams: "blocked" }) });
    const verdict = diagnose(delegateFacts(), ctx);
    expect(verdict.checks.find((c) => c.id === "online-meeting-delegate")?.status).toBe("missing");
    const draft = draftOwnerRequest(verdict, ctx);
    expect(draft.body).not.toMatch(/Teams lets me create meetings/);
    expect(draft.body).not.toContain("our IT can run a read-only check");
  });
});

describe("the report for IT", () => {
  it("carries Exchange's conclusions with their dates, and the read-only check verbatim at the end", () => {
    const ctx = context({ exchange: finding({}, { remembered: true }) });
    const facts = delegateFacts();
    const check = "$owner = 'alex@contoso.com'\n$delegate = 'megan@contoso.com'";
    const report = buildReport(facts, diagnose(facts, ctx), ctx, {
      addinVersion: "1",
      exchangeCheck: check,
      exchangeNotes: ['the name "M B" is listed twice'],
    });
    expect(report).toContain(
      [
        "# Exchange (an admin's output pasted into the pane)",
        "#   form: block; ran: 2026-12-03T11:00:00.000Z; pasted: 2026-12-03T12:00:00.000Z",
        "#   conclusions: calendarRole=editor, delegateFlag=yes, sendOnBehalf=granted, ewsForTeams=allowed",
        "#   AccessRights: Editor",
        "#   SharingPermissionFlags: Delegate",
        "#   remembered from an earlier paste",
        '#   not matched: the name "M B" is listed twice',
      ].join("\n"),
    );
    expect(report.trimEnd().endsWith(`# Read-only check for IT (Exchange Online PowerShell, after Connect-ExchangeOnline)\n${check}`)).toBe(
      true,
    );
  });

  it("says none was pasted when none was", () => {
    const ctx = context();
    const facts = delegateFacts();
    expect(buildReport(facts, diagnose(facts, ctx), ctx, { addinVersion: "1" })).toContain(
      "# Exchange (an admin's output pasted into the pane)\n#   none pasted",
    );
  });
});
