import { delegationWords } from "../../src/documents/delegationWords";
import { diagnose } from "../../src/diagnosis/verdict";
import type { DelegationFacts, Person, Verdict } from "../../src/diagnosis/types";
import { en } from "../../src/i18n/en";
import { ALEX, context, delegateFacts, headlineOf, known, MEGAN, NOT_SHARED, sharedBits, unknown } from "./fixtures";

/** The steps as the report words them (src/documents/delegationWords.ts), in English. */
function said(verdict: Verdict): string {
  return verdict.delegationEvidence.map((reason) => delegationWords(reason, en)).join(" ");
}

const NO_ORGANIZER = unknown<Person>("this Outlook does not provide the organizer to add-ins (needs Mailbox 1.7)");
const NO_USER = unknown<Person>("Outlook did not report the signed-in user's address");

describe("whose calendar is it", () => {
  it.each<[string, Partial<DelegationFacts>, "self" | "delegate" | "unknown"]>([
    ["shared properties fail and the organizer is the user (own calendar)", { shared: NOT_SHARED, organizer: known(MEGAN) }, "self"],
    ["the shared owner is the user", { shared: sharedBits(63, MEGAN.emailAddress), organizer: known(MEGAN) }, "self"],
    ["the shared owner is someone else", {}, "delegate"],
    ["the shared owner is someone else although the organizer says the user", { organizer: known(MEGAN) }, "delegate"],
    ["shared properties fail and the organizer is someone else", { shared: NOT_SHARED }, "delegate"],
    ["shared properties fail and the organizer is unknown", { shared: NOT_SHARED, organizer: NO_ORGANIZER }, "unknown"],
    ["the user is unknown", { user: NO_USER }, "unknown"],
    ["the user is unknown and shared properties fail", { user: NO_USER, shared: NOT_SHARED }, "unknown"],
    ["the owner differs only in case and spaces", { shared: sharedBits(63, "  MEGAN@Contoso.COM ") }, "self"],
    [
      "the organizer differs only in case and spaces",
      { shared: NOT_SHARED, organizer: known({ emailAddress: "Megan@CONTOSO.com\t", displayName: "Megan" }) },
      "self",
    ],
  ])("%s → %s", (_label, overrides, delegation) => {
    expect(diagnose(delegateFacts(overrides), context()).delegation).toBe(delegation);
  });

  it("names the owner in the headline and the owner, from the organizer's display name", () => {
    const verdict = diagnose(delegateFacts(), context());
    expect(headlineOf(verdict)).toBe("Alex Wilber's calendar");
    expect(verdict.owner).toEqual({ emailAddress: "alex@contoso.com", displayName: "Alex Wilber" });
    expect(verdict.delegate).toEqual(MEGAN);
  });

  it("uses the address as the owner's name when only the shared owner's address is known", () => {
    const verdict = diagnose(delegateFacts({ organizer: NO_ORGANIZER, shared: sharedBits(63, "boss@contoso.com") }), context());
    expect(verdict.owner).toEqual({ emailAddress: "boss@contoso.com", displayName: "boss@contoso.com" });
    expect(headlineOf(verdict)).toBe("boss@contoso.com's calendar");
  });

  it("explains why a failed shared-properties call is not taken as 'your own calendar' on its own", () => {
    const verdict = diagnose(delegateFacts({ shared: NOT_SHARED, organizer: NO_ORGANIZER }), context());
    expect(headlineOf(verdict)).toBe("Whose calendar? Outlook didn't say");
    expect(verdict.delegationEvidence).toContainEqual({ kind: "shared-unknown", why: "failed" });
    expect(said(verdict)).toContain("Outlook gave no shared-calendar details (Outlook reported an error)");
    expect(said(verdict)).toContain("this alone proves nothing");
    // What happened, never a requirement the client meets (the raw reason is for the IT report).
    expect(said(verdict)).not.toMatch(/Mailbox 1\.\d|GenericResponseError|Async/);
  });

  it("says the organizer disagrees with the calendar's owner and that the owner wins", () => {
    const verdict = diagnose(delegateFacts({ organizer: known(MEGAN) }), context());
    expect(verdict.delegationEvidence).toContainEqual({ kind: "organizer-disagrees" });
    expect(said(verdict)).toMatch(/organizer differs from the calendar's owner; the calendar's owner decides/);
  });

  it("says what happened when Outlook did not give the organizer: the member is missing, not a set the client lacks", () => {
    const absent = unknown<Person>(
      "item.organizer is missing although this Outlook reports Mailbox 1.7",
      "item.organizer.getAsync",
      "absent",
    );
    const verdict = diagnose(delegateFacts({ organizer: absent }), context());
    expect(verdict.delegationEvidence).toContainEqual({ kind: "organizer-unknown", why: "absent" });
    expect(said(verdict)).toContain("Outlook did not give the organizer (this Outlook does not offer it to add-ins).");
  });
});

describe("checks per delegation", () => {
  it("has no checks for your own calendar, and lets you insert", () => {
    const verdict = diagnose(delegateFacts({ shared: NOT_SHARED, organizer: known(MEGAN) }), context());
    expect(headlineOf(verdict)).toBe("Your calendar");
    expect(verdict.checks).toEqual([]);
    expect(verdict.insert).toEqual({ allowed: true, blockers: [], warnings: [] });
  });

  it("runs the three checks, in fixing order, for a delegate", () => {
    expect(diagnose(delegateFacts(), context()).checks.map((c) => c.id)).toEqual([
      "calendar-editor",
      "send-on-behalf",
      "online-meeting-delegate",
    ]);
  });

  it("runs the three checks as unknown, with the reason, when delegation is unknown, and still lets you insert with a warning", () => {
    const verdict = diagnose(delegateFacts({ user: NO_USER }), context());
    expect(verdict.checks.map((c) => c.status)).toEqual(["unknown", "unknown", "unknown"]);
    expect(verdict.checks.map((c) => c.evidence[0])).toEqual([
      { kind: "whose-unknown" },
      { kind: "sending-invisible" },
      { kind: "whose-unknown" },
    ]);
    expect(verdict.insert.allowed).toBe(true);
    expect(verdict.insert.warnings).toEqual([{ kind: "whose-unknown" }]);
  });

  it("reports shared-properties failure as unknown edit access, never as missing", () => {
    const check = diagnose(delegateFacts({ shared: NOT_SHARED }), context()).checks[0];
    expect(check?.status).toBe("unknown");
    expect(check?.evidence[0]).toEqual({ kind: "shared-unknown", why: "failed" });
    expect(check?.summary).toEqual([{ kind: "calendar-not-shown" }]);
  });

  it("gives the same verdict for the same input", () => {
    const facts = delegateFacts({ shared: sharedBits(23) });
    expect(diagnose(facts, context())).toEqual(diagnose(facts, context()));
  });

  it("in one's own calendar a reported delegate error adds no check and never addresses the user as the owner", () => {
    const verdict = diagnose(
      delegateFacts({ shared: NOT_SHARED, organizer: known(MEGAN) }),
      context({ reported: [{ errorId: "teams-delegate", layer: "online-meeting-delegate", quote: "Looks like…" }] }),
    );
    expect(verdict.checks).toEqual([]);
    expect(verdict.insert).toEqual({ allowed: true, blockers: [], warnings: [] });
  });
});

it("uses the owner's shared address even when the organizer is a third person", () => {
  const other: Person = { emailAddress: "someone@contoso.com", displayName: "Someone" };
  const verdict = diagnose(delegateFacts({ organizer: known(other) }), context());
  expect(verdict.owner?.emailAddress).toBe(ALEX.emailAddress);
});
