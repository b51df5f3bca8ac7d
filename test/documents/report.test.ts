import fc from "fast-check";
import { buildReport } from "../../src/documents/report";
import type { DelegationFacts, DocumentContext } from "../../src/diagnosis/types";
import { diagnose } from "../../src/diagnosis/verdict";
import { context, delegateFacts, known, MEGAN, NOT_SHARED, REPORTED, sharedBits, unknown } from "../diagnosis/fixtures";

function report(facts: DelegationFacts, ctx: DocumentContext, generatedAt?: string): string {
  return buildReport(facts, diagnose(facts, ctx), ctx, { addinVersion: "1.2.3", ...(generatedAt ? { generatedAt } : {}) });
}

describe("the report for IT", () => {
  const ctx = context({ reported: [REPORTED.teams], helpdesk: "IT help desk, help@contoso.com" });
  const text = report(delegateFacts({ shared: sharedBits(23) }), ctx, "2024-11-05T10:00:00Z");

  it("names the host, its version and platform, and the requirement sets in version order", () => {
    expect(text).toContain("Host: Outlook");
    expect(text).toContain("Version: 16.0.17928.20114");
    expect(text).toContain("Platform: PC");
    expect(text).toContain("Mailbox requirement sets supported: 1.1, 1.7, 1.8, 1.9, 1.10, 1.13");
    expect(text).toContain("Add-in version: 1.2.3");
    expect(text).toContain("Generated: 2024-11-05T10:00:00Z");
  });

  it("lists every fact with its source", () => {
    expect(text).toContain("Signed-in user: Megan Bowen <megan@contoso.com> (source: Office.context.mailbox.userProfile)");
    expect(text).toContain("Organizer: Alex Wilber <alex@contoso.com> (source: item.organizer.getAsync (Mailbox 1.7))");
    expect(text).toContain(
      "Shared calendar: owner alex@contoso.com, delegate permissions 23 = Author (read and create items, edit and delete only their own) (source: item.getSharedPropertiesAsync (Mailbox 1.8))",
    );
  });

  it("gives the delegation, each check with status and evidence, the reported error and the help desk", () => {
    expect(text).toContain("Delegation: delegate");
    expect(text).toContain("[partial] Edit the calendar (calendar-editor)");
    expect(text).toContain("[unknown] Send the invitations (send-on-behalf)");
    expect(text).toContain("[missing] Microsoft Teams (online-meeting-delegate, teams)");
    expect(text).toContain(`teams-delegate (online-meeting-delegate): "${REPORTED.teams.quote}"`);
    expect(text).toContain("Help desk: IT help desk, help@contoso.com");
    expect(text).toContain("Blocked: You can't add a meeting link");
  });

  it("includes the admin commands with the real addresses", () => {
    expect(text).toContain("Set-Mailbox -Identity 'alex@contoso.com' -GrantSendOnBehalfTo @{Add='megan@contoso.com'}");
  });

  it("reports a pasted message that proves no right missing, recognised or not, with its own admin commands", () => {
    const facts = delegateFacts({ shared: sharedBits(63) });
    const plain = context({});
    const remedies = [
      {
        actor: "admin" as const,
        summary: "Let Teams read the owner's mailbox",
        steps: [
          {
            kind: "command" as const,
            shell: "exchange-powershell" as const,
            text: "Get-Recipient -Identity 'alex@contoso.com'",
            purpose: "Where the mailbox is",
          },
        ],
      },
    ];
    const withPaste = buildReport(facts, diagnose(facts, plain), plain, {
      addinVersion: "1",
      pasted: { errorId: "teams-hybrid-oauth", quote: "We can't connect to the server right now.", remedies },
    });
    expect(withPaste).toContain(`- teams-hybrid-oauth (none): "We can't connect to the server right now."`);
    expect(withPaste).toContain("#   Where the mailbox is\n  Get-Recipient -Identity 'alex@contoso.com'");
    const unrecognised = buildReport(facts, diagnose(facts, plain), plain, {
      addinVersion: "1",
      pasted: { errorId: "unknown", quote: "Something odd happened", remedies: [] },
    });
    expect(unrecognised).toContain(`- unknown (none): "Something odd happened"`);
    expect(buildReport(facts, diagnose(facts, plain), plain, { addinVersion: "1" })).not.toContain("(none):");
  });

  it("says why a fact is unknown", () => {
    const unknownText = report(delegateFacts({ shared: NOT_SHARED, organizer: unknown("needs Mailbox 1.7") }), context());
    // The IT report keeps the technical reason verbatim, API and Office error included.
    expect(unknownText).toContain(
      "Shared calendar: unknown because item.getSharedPropertiesAsync failed: GenericResponseError: The current item is not in a shared folder (source: item.getSharedPropertiesAsync)",
    );
    expect(unknownText).toContain("Organizer: unknown because needs Mailbox 1.7");
    expect(unknownText).toContain("Help desk: not configured");
  });

  it("says no checks were needed for the user's own calendar", () => {
    expect(report(delegateFacts({ shared: NOT_SHARED, organizer: known(MEGAN) }), context())).toContain(
      "None needed: this is the user's own calendar.",
    );
  });

  it("never prints undefined or [object Object], and keeps hostile values on one line, whatever Outlook returned", () => {
    const anyText = fc.string({ maxLength: 40 });
    const person = fc.record({ emailAddress: anyText, displayName: anyText });
    const fact = <T>(value: fc.Arbitrary<T>) =>
      fc.oneof(
        value.map((v) => known(v)),
        anyText.map((reason) => unknown<T>(reason)),
      );
    const facts: fc.Arbitrary<DelegationFacts> = fc.record({
      user: fact(person),
      organizer: fact(person),
      shared: fact(fc.record({ owner: anyText, delegatePermissions: fc.integer({ min: -2, max: 70 }) })),
      host: fc.record({ name: anyText, version: anyText, platform: fc.constantFrom("PC", "Mac", "OfficeOnline", "") }),
      requirementSets: fc.dictionary(fc.constantFrom("1.1", "1.8", "1.13", "x"), fc.boolean()),
    });
    const services = fc.constantFrom("teams", "skype", "zoom", "webex", "jitsi", "other" as const);
    fc.assert(
      fc.property(facts, services, anyText, (f, service, quote) => {
        const ctx = context({
          service,
          serviceName: "Svc",
          reported: [{ errorId: "x", layer: "calendar-editor", quote: `Line1\n${quote}` }],
        });
        const text = report(f, ctx);
        expect(text).not.toMatch(/undefined|\[object Object\]|NaN/);
        expect(text).not.toContain("Line1\n");
      }),
      { numRuns: 200 },
    );
  });
});
