/**
 * The checks' reasons in words: the exact sentences the rule tests (test/diagnosis) asserted before
 * the checks returned reasons, so the move is proven not to change a word, and every reason in every
 * language words into a sentence.
 */
import { CATALOGUES } from "../../src/i18n/catalogues";
import { en } from "../../src/i18n/en";
import { checkSummary, checkTitle, insertBlockedWords, insertWarningWords, type ReasonedCheck } from "../../src/i18n/checkWords";
import { checkEvidence } from "../../src/i18n/evidenceWords";
import type { ServiceKind } from "../../src/kernel/kinds";
import type { EvidenceReason, InsertBlocker, InsertWarning, SummaryReason } from "../../src/kernel/reasons";

const OWNER = "Alex";
const summary = (...reasons: SummaryReason[]) => checkSummary({ summary: reasons }, OWNER, en);
const lines = (...reasons: EvidenceReason[]) => checkEvidence({ evidence: reasons }, OWNER, en);
const line = (reason: EvidenceReason) => lines(reason)[0];

const TEAMS_QUOTE = "Looks like you don't have permission to schedule meetings for this account.";

describe("the calendar check in English", () => {
  it("quotes a refusal the user pasted", () => {
    expect(line({ kind: "reported", quote: "You don't have permission to create an entry in this folder." })).toBe(
      `You reported: "You don't have permission to create an entry in this folder."`,
    );
    expect(summary({ kind: "calendar-reported" })).toBe("Outlook refused to save in Alex's calendar (the message you pasted).");
  });

  it("names the role Outlook reports, in plain words", () => {
    expect(line({ kind: "role", role: "Reviewer", rights: ["Read"] })).toBe(
      "Outlook reports your access to Alex's calendar as Reviewer (read only).",
    );
    expect(line({ kind: "role", role: "None", rights: [] })).toBe(
      "Outlook reports your access to Alex's calendar as None (no access to items).",
    );
    expect(line({ kind: "role", role: "Editor", rights: ["Read", "Write", "DeleteOwn", "DeleteAll", "EditOwn", "EditAll"] })).toBe(
      "Outlook reports your access to Alex's calendar as Editor (read, create, edit and delete all items).",
    );
    expect(line({ kind: "role", role: "custom", rights: ["Read", "Write"] })).toMatch(
      /^Outlook reports your access to Alex's calendar as a custom level: /,
    );
    expect(summary({ kind: "calendar-read-only" })).toBe("You can only read Alex's calendar.");
    expect(summary({ kind: "calendar-no-access" })).toBe("You have no access to items in Alex's calendar.");
    expect(summary({ kind: "calendar-granted" })).toBe("You can create and change meetings in Alex's calendar.");
    expect(line({ kind: "not-edit-others" })).toBe("You can create new meetings, but cannot change ones others created.");
  });

  it("says what Mac's 0 and a missing value mean", () => {
    expect(summary({ kind: "calendar-mac-zero" })).toBe("Outlook for Mac didn't report your access (it often doesn't).");
    expect(line({ kind: "mac-zero-bits" })).toMatch(/known to do that for real delegates/);
    expect(line({ kind: "shared-unknown", why: "failed" })).toContain(
      "Outlook did not give your access to Alex's calendar: Outlook reported an error.",
    );
    expect(summary({ kind: "calendar-not-shown" })).toBe("Outlook didn't show your access to Alex's calendar.");
    expect(line({ kind: "whose-unknown" })).toMatch(/could not tell whose calendar this is/);
  });
});

describe("the sending check in English", () => {
  it("says plainly that Outlook cannot show it, and how to confirm", () => {
    expect(lines({ kind: "sending-invisible" }, { kind: "sending-how-to-confirm" })).toEqual([
      "Outlook does not show add-ins whether you may send invitations for Alex, so this can't be checked here.",
      expect.stringContaining("Delegate Access"),
    ]);
    expect(summary({ kind: "sending-unknown" })).toBe("Outlook can't show this; Alex can confirm it.");
    expect(summary({ kind: "sending-reported" })).toBe("Exchange refused to send an invitation for Alex (the message you pasted).");
  });
});

describe("the meeting service's check in English", () => {
  it.each<[ServiceKind, string]>([
    ["teams", "Microsoft Teams"],
    ["skype", "Skype for Business"],
    ["zoom", "Zoom"],
    ["webex", "Webex"],
  ])("%s: its heading is the service, and Outlook cannot show its right", (kind, name) => {
    expect(checkTitle({ id: "online-meeting-delegate", service: { kind, name } }, en)).toBe(name);
    expect(line({ kind: "service-unchecked", service: name })).toContain("Outlook cannot show it");
    expect(summary({ kind: "service-unknown", service: kind })).toMatch(/Outlook can't show/);
  });

  it("names the service that refused when this meeting's needs no right", () => {
    expect(checkTitle({ id: "online-meeting-delegate", service: { kind: "teams", name: "Microsoft Teams" } }, en)).toBe("Microsoft Teams");
    expect(summary({ kind: "service-other-refused", tried: "Microsoft Teams", chosen: "Jitsi Meet" })).toBe(
      "Microsoft Teams refused to schedule for Alex; Jitsi Meet needs no permission.",
    );
    expect(
      lines({ kind: "reported", quote: TEAMS_QUOTE }, { kind: "chosen-needs-nothing", tried: "Microsoft Teams", chosen: "Jitsi Meet" }),
    ).toEqual([
      `You reported: "${TEAMS_QUOTE}"`,
      "That refusal came from Microsoft Teams. Jitsi Meet, which this meeting uses, needs no such right.",
    ]);
    expect(line({ kind: "other-service", quote: TEAMS_QUOTE, service: "Zoom" })).toContain("comes from another meeting service");
  });

  it.each(["Microsoft Teams", "Skype for Business"])("%s: its prerequisites, in words", (service) => {
    expect(line({ kind: "prerequisite-calendar", service })).toContain("you can't");
    expect(summary({ kind: "service-needs-sending", service })).toBe(`${service} also needs permission to send invitations for Alex.`);
  });

  it("joins several summaries with a space, as the checks did", () => {
    expect(
      summary(
        { kind: "service-needs-calendar", service: "Microsoft Teams" },
        { kind: "service-needs-sending", service: "Microsoft Teams" },
      ),
    ).toBe(
      "Microsoft Teams needs edit access to Alex's calendar first. Microsoft Teams also needs permission to send invitations for Alex.",
    );
  });
});

describe("the insert decision in English", () => {
  const blocked = (...blockers: InsertBlocker[]) => insertBlockedWords({ blockers }, OWNER, en);
  const warned = (...warnings: InsertWarning[]) => insertWarningWords({ warnings }, OWNER, en);

  it("says what blocks the link, every gap in one sentence", () => {
    expect(blocked()).toBeUndefined();
    expect(blocked({ kind: "read-only" })).toBe("You can't add a meeting link yet: you can only read Alex's calendar.");
    expect(blocked({ kind: "reported-calendar" })).toContain("the message you pasted shows you can't create meetings in Alex's calendar");
    expect(blocked({ kind: "service-missing", service: "Microsoft Teams" })).toBe(
      "You can't add a meeting link yet: Microsoft Teams doesn't let you schedule for Alex yet.",
    );
    expect(blocked({ kind: "no-access" }, { kind: "service-missing", service: "Microsoft Teams" })).toBe(
      "You can't add a meeting link yet: you have no access to items in Alex's calendar and Microsoft Teams doesn't let you schedule for Alex yet.",
    );
  });

  it("words each warning beside an enabled button", () => {
    expect(warned({ kind: "calendar-unknown" }, { kind: "sending-unknown" }, { kind: "service-unknown", service: "Zoom" })).toEqual([
      "Outlook didn't say whether you can edit Alex's calendar.",
      "Whether invitations can go out for Alex can't be seen from Outlook.",
      "Whether Zoom lets you schedule for Alex can't be seen from Outlook.",
    ]);
    expect(warned({ kind: "sending-missing" })).toEqual(["Invitations can't go out for Alex until you may send for them."]);
    expect(warned({ kind: "partial" })).toEqual(["You can create meetings in Alex's calendar, but not change ones others created."]);
    expect(warned({ kind: "whose-unknown" })).toEqual([
      "Outlook didn't say whose calendar this is, so the permission checks could not run.",
    ]);
  });
});

/** One of each reason, so that a kind added without words fails here (and in tsc's switch). */
const EVERY_SUMMARY: readonly SummaryReason[] = [
  ...(["calendar-reported", "calendar-whose-unknown", "calendar-not-shown", "calendar-bad-value", "calendar-mac-zero"] as const).map(
    (kind) => ({ kind }),
  ),
  ...(["calendar-read-only", "calendar-no-access", "calendar-cannot-create", "calendar-granted", "calendar-partial"] as const).map(
    (kind) => ({ kind }),
  ),
  ...(["sending-reported", "sending-unknown", "service-whose-unknown"] as const).map((kind) => ({ kind })),
  { kind: "service-other-refused", tried: "Microsoft Teams", chosen: "Jitsi Meet" },
  { kind: "service-not-needed", service: "Jitsi Meet" },
  { kind: "service-reported", service: "Zoom" },
  ...(["teams", "skype", "zoom", "webex", "jitsi", "other"] as const).map((service) => ({ kind: "service-unknown" as const, service })),
  { kind: "service-needs-calendar", service: "Microsoft Teams" },
  { kind: "service-needs-sending", service: "Microsoft Teams" },
];
const EVERY_LINE: readonly EvidenceReason[] = [
  { kind: "reported", quote: "Access denied" },
  { kind: "shared-unknown", why: "timed-out" },
  { kind: "bad-bits", value: "-7" },
  { kind: "role", role: "custom", rights: ["Read", "Write"] },
  { kind: "role", role: "Author", rights: ["Read", "Write", "DeleteOwn", "EditOwn"] },
  ...(["whose-unknown", "mac-zero-bits", "not-edit-others", "not-delete-others", "not-read", "sending-invisible"] as const).map((kind) => ({
    kind,
  })),
  ...(["sending-how-to-confirm", "teams-needs", "skype-needs"] as const).map((kind) => ({ kind })),
  { kind: "service-not-needed", service: "Jitsi Meet" },
  { kind: "service-unchecked", service: "Zoom" },
  { kind: "prerequisite-calendar", service: "Microsoft Teams" },
  { kind: "prerequisite-sending", service: "Microsoft Teams" },
  { kind: "chosen-needs-nothing", tried: "Microsoft Teams", chosen: "Jitsi Meet" },
  { kind: "other-service", quote: "Access denied", service: "Zoom" },
];

describe.each(Object.entries(CATALOGUES))("every reason in %s", (_language, t) => {
  const check: ReasonedCheck = { id: "calendar-editor", summary: EVERY_SUMMARY, evidence: EVERY_LINE };

  it("words into a sentence with the owner, the service and the quote it carries", () => {
    const sentences = [...EVERY_SUMMARY.map((reason) => checkSummary({ summary: [reason] }, OWNER, t)), ...checkEvidence(check, OWNER, t)];
    for (const sentence of sentences) {
      expect(sentence.trim().length).toBeGreaterThan(10);
      expect(sentence).not.toMatch(/undefined|\[object|NaN/);
    }
    expect(checkEvidence({ evidence: [{ kind: "reported", quote: "Access denied" }] }, OWNER, t)[0]).toContain("Access denied");
    expect(checkEvidence({ evidence: [{ kind: "sending-invisible" }] }, OWNER, t)[0]).toContain(OWNER);
    const blockers: InsertBlocker[] = [
      { kind: "reported-calendar" },
      { kind: "read-only" },
      { kind: "no-access" },
      { kind: "cannot-create" },
    ];
    const warnings: InsertWarning[] = [
      { kind: "whose-unknown" },
      { kind: "calendar-unknown" },
      { kind: "partial" },
      { kind: "sending-unknown" },
    ];
    const insert = [
      insertBlockedWords({ blockers: [...blockers, { kind: "service-missing", service: "Zoom" }] }, OWNER, t) ?? "",
      ...insertWarningWords(
        { warnings: [...warnings, { kind: "sending-missing" }, { kind: "service-unknown", service: "Zoom" }] },
        OWNER,
        t,
      ),
    ];
    for (const sentence of insert) expect(sentence).toMatch(/\S{3}/);
    expect(insert[0]).toContain("Zoom");
  });
});
