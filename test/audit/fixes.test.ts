import { ORG_CONFIG as ORG, pairObject, type Shape } from "../../scripts/lib/auditFile";
import { decidePair, peopleOf } from "../../src/audit/decide";
import type { Json } from "../../src/audit/format";
import { fixesFor, orphanListing } from "../../src/audit/fixes";
import type { PairRow } from "../../src/audit/rows";
import { healthOf } from "../../src/audit/rows";
import { calendarEditorRemedies, sendOnBehalfRemedies } from "../../src/diagnosis/remedies";
import { en as t } from "../../src/i18n/en";

function row(shape: Shape, owner = "ceo@contoso.com", delegateName = "Megan Bowen"): PairRow {
  const pair = pairObject({
    owner,
    ownerName: "Alex Wilber",
    delegateIndex: 7,
    delegateName,
    shape,
    ranAt: "2026-12-07T17:00:03Z",
  }) as Json;
  const people = peopleOf(pair, owner);
  const decision = decidePair(pair, ORG, people);
  return { kind: "pair", id: 0, owner, people, decision, health: healthOf(decision), haystack: "" };
}

const commands = (r: PairRow) =>
  fixesFor(r, t).flatMap((f) => f.remedies.flatMap((m) => m.steps.filter((s) => s.kind === "command").map((s) => s.text)));

describe("fix commands are the pane's own, filled in with the pair's addresses", () => {
  test("a Reviewer gets the pane's calendar and send-on-behalf remedies, for IT", () => {
    const fixes = fixesFor(row("reviewer"), t);
    expect(fixes.map((f) => f.layer)).toEqual(["calendar", "sending", "teams"]);
    const parties = {
      owner: { emailAddress: "ceo@contoso.com", displayName: "Alex Wilber" },
      delegate: { emailAddress: "assistant00007@contoso.com", displayName: "Megan Bowen" },
    };
    expect(fixes[0]?.remedies).toEqual(calendarEditorRemedies(parties, t).filter((r) => r.actor === "admin"));
    expect(fixes[1]?.remedies).toEqual(sendOnBehalfRemedies(parties, t).filter((r) => r.actor === "admin"));
  });

  test("no Delegate flag: the Teams remedy, with the Set- command for this pair", () => {
    expect(commands(row("no-delegate-flag"))).toContain(
      "Set-MailboxFolderPermission -Identity 'ceo@contoso.com:\\Calendar' -User 'assistant00007@contoso.com' -AccessRights Editor -SharingPermissionFlags Delegate",
    );
  });

  test("a healthy pair has nothing to fix", () => {
    expect(fixesFor(row("healthy"), t)).toEqual([]);
  });

  test("someone Exchange can't find: nothing to grant, only the listing of GrantSendOnBehalfTo", () => {
    const orphan = row("orphan");
    expect(fixesFor(orphan, t)).toEqual([]);
    expect(orphanListing(orphan, t)?.text).toBe(
      "Get-Mailbox -Identity 'ceo@contoso.com' | Select-Object -ExpandProperty GrantSendOnBehalfTo",
    );
  });

  test("an owner text that is no address becomes the pane's placeholder, quoted, never a command of its own", () => {
    const hostile = row("reviewer", "x'; Remove-Mailbox -Identity boss #");
    const all = commands(hostile).join("\n");
    expect(all).not.toContain("Remove-Mailbox");
    expect(all).toContain("'owner@contoso.com'");
  });
});
