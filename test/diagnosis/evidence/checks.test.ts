/**
 * What the three checks and the answer show once an Exchange admin's output is in: each layer with
 * its source and date, both sources where they disagree, and "yes" only when every layer is proven.
 */
import { shortNameOf } from "../../../src/diagnosis/address";
import { answerOf } from "../../../src/diagnosis/answer";
import type { ExchangeFinding } from "../../../src/diagnosis/evidence/finding";
import type { CheckId, DelegationFacts } from "../../../src/diagnosis/types";
import { diagnose } from "../../../src/diagnosis/verdict";
import { answerWords } from "../../../src/i18n/answerWords";
import { nl } from "../../../src/i18n/nl";
import { context, delegateFacts, sayWith, HOSTS, type ContextOverrides, shownCheck, type ShownCheck } from "../fixtures";
import { finding } from "./findings";

const TEAMS: ContextOverrides = { service: "teams", serviceName: "Microsoft Teams" };
const JITSI: ContextOverrides = { service: "jitsi", serviceName: "Jitsi Meet" };
const MAC_ZERO = delegateFacts({ host: HOSTS.classicMac }, 0);

function run(facts: DelegationFacts, exchange: ExchangeFinding | undefined, ctx: ContextOverrides = TEAMS) {
  const full = context({ ...ctx, ...(exchange ? { exchange } : {}) });
  const verdict = diagnose(facts, full);
  const check = (id: CheckId): ShownCheck => shownCheck(verdict, id, ctx.t);
  // Worded as the pane words it, with the evidence chunk's words for Exchange's and Graph's sentences.
  const reasons = answerOf(verdict, full, { hasBlock: false, insertsLink: full.service !== "teams" });
  const answer = answerWords(reasons, shortNameOf(verdict.owner, full.t.people.owner), full.t, sayWith(full.evidence));
  return { verdict, check, answer };
}

describe("the calendar check with Exchange's role", () => {
  it("Mac's 0 bits are refined by Exchange's Editor, and both are shown", () => {
    const { check } = run(MAC_ZERO, finding());
    expect(check("calendar-editor")).toMatchObject({
      status: "granted",
      summary: "According to Exchange, as IT sent it on 3 December 2026, you can create and change meetings in Alex's calendar.",
      exchange: { basis: "exchange" },
    });
    expect(check("calendar-editor").evidence).toEqual([
      expect.stringMatching(/^Outlook for Mac reported no access/),
      "According to Exchange, as IT sent it on 3 December 2026: your access to Alex's calendar is Editor (Delegate).",
      "Exchange marks you as Alex's delegate (the Delegate flag).",
      "The add-in cannot verify text pasted into it: this is Exchange's answer as IT sent it and you pasted it.",
    ]);
  });

  it("Outlook's Editor bits against Exchange's Reviewer: unknown, both shown, the answer asks IT to check again", () => {
    const { check, answer } = run(delegateFacts(), finding({ calendarRole: "read-only" }));
    expect(check("calendar-editor").status).toBe("unknown");
    expect(check("calendar-editor").summary).toBe("Outlook and Exchange disagree about your access to Alex's calendar.");
    expect(check("calendar-editor").evidence).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Outlook reports your access to Alex's calendar as Editor/),
        "According to Exchange, as IT sent it on 3 December 2026: your access to Alex's calendar is Reviewer (Delegate).",
        "Outlook and Exchange say different things, so neither is taken. Ask IT to run the check again.",
      ]),
    );
    expect(answer).toMatchObject({ kind: "cant-tell", primary: { kind: "send-to-it" } });
  });

  it("Exchange's Reviewer on a Mac that reported 0: missing, and the owner is asked for edit access", () => {
    const { check, answer } = run(MAC_ZERO, finding({ calendarRole: "read-only" }));
    expect(check("calendar-editor").status).toBe("missing");
    expect(check("calendar-editor").summary).toBe(
      "According to Exchange, as IT sent it on 3 December 2026, you can only read Alex's calendar.",
    );
    expect(answer.kind).toBe("not-yet");
    expect(answer.primary?.label).toBe("Ask Alex for edit access and Microsoft Teams access");
  });
});

describe("send on behalf, according to Exchange", () => {
  it("listed: granted, with the source and date in words", () => {
    const { check } = run(delegateFacts(), finding());
    expect(check("send-on-behalf")).toMatchObject({
      status: "granted",
      summary: "According to Exchange, as IT sent it on 3 December 2026, invitations can go out for Alex.",
    });
    expect(check("send-on-behalf").evidence).toContain(
      "According to Exchange, as IT sent it on 3 December 2026: you are listed as allowed to send on behalf of Alex (GrantSendOnBehalfTo).",
    );
  });

  it("not listed: missing, and the owner is asked for it", () => {
    const { check, answer } = run(delegateFacts(), finding({ sendOnBehalf: "missing" }), JITSI);
    expect(check("send-on-behalf")).toMatchObject({
      status: "missing",
      summary: "According to Exchange, as IT sent it on 3 December 2026, you may not send invitations for Alex.",
    });
    expect(answer).toMatchObject({ kind: "not-yet", headline: "Not yet: you need permission to send invitations for Alex" });
  });

  it("not settled by the paste (partial data): stays unknown, never granted", () => {
    const { check, answer } = run(delegateFacts(), finding({ sendOnBehalf: "unknown" }), JITSI);
    expect(check("send-on-behalf").status).toBe("unknown");
    expect(check("send-on-behalf").evidence).toContain(
      "What IT pasted doesn't settle whether you may send for Alex (a name matched more than one person, or the list was not in it).",
    );
    expect(answer.kind).toBe("looks-ready");
  });

  it("a refusal the user pasted stays missing beside Exchange's different view", () => {
    const full = context({
      ...JITSI,
      exchange: finding(),
      reported: [{ errorId: "send-on-behalf", layer: "send-on-behalf", quote: "SendAsDenied" }],
    });
    const check = shownCheck(diagnose(delegateFacts(), full), "send-on-behalf");
    expect(check.status).toBe("missing");
    expect(check.evidence).toEqual([
      'You reported: "SendAsDenied"',
      "According to Exchange, as IT sent it on 3 December 2026: you are listed as allowed to send on behalf of Alex (GrantSendOnBehalfTo).",
      "The add-in cannot verify text pasted into it: this is Exchange's answer as IT sent it and you pasted it.",
    ]);
  });
});

describe("the Teams check: a true delegate, and EWS", () => {
  it("Editor, Delegate flag, send on behalf and EWS open: granted, and the answer is Yes", () => {
    const { check, answer } = run(delegateFacts(), finding());
    expect(check("online-meeting-delegate")).toMatchObject({
      status: "granted",
      summary:
        "According to Exchange, as IT sent it on 3 December 2026, you are Alex's delegate and EWS does not stop Teams from reaching Alex's mailbox.",
    });
    expect(answer).toMatchObject({
      kind: "yes",
      headline: "Yes: use Outlook's Microsoft Teams button",
      line: "According to Exchange, as IT sent it on 3 December 2026, you have every permission you need for Alex.",
    });
  });

  it("Editor without the Delegate flag: Teams is missing, and Alex is asked for it", () => {
    const { check, answer } = run(delegateFacts(), finding({ delegateFlag: "no" }));
    expect(check("calendar-editor").status).toBe("granted");
    expect(check("online-meeting-delegate").status).toBe("missing");
    expect(check("online-meeting-delegate").summary).toBe(
      "Teams needs you as Alex's delegate; Exchange shows the calendar only shared with you.",
    );
    expect(answer).toMatchObject({ kind: "not-yet", primary: { kind: "ask-owner", label: "Ask Alex for Microsoft Teams access" } });
  });

  it("EWS blocked for Teams: missing, and only IT is asked", () => {
    const { check, answer } = run(delegateFacts(), finding({ ewsForTeams: "blocked" }));
    expect(check("online-meeting-delegate")).toMatchObject({ status: "missing", exchange: { itOnly: true } });
    expect(answer).toMatchObject({
      kind: "not-yet",
      headline: "Not yet: IT should check whether Teams can reach Alex's mailbox",
      primary: { kind: "send-to-it" },
      secondary: [],
    });
  });

  it("EWS findings are worded as what may stop Teams' scheduling service, with 2026's dates, never as a certain cause", () => {
    const blocked = run(delegateFacts(), finding({ ewsForTeams: "blocked" })).check("online-meeting-delegate");
    expect(blocked.summary).toBe(
      "Exchange's EWS settings may stop Teams' scheduling service from reaching Alex's mailbox; only IT can change them.",
    );
    const dates =
      "Since 1 October 2026 Exchange Online blocks EWS in organisations that left EwsAllowedAppIDs empty. On 1 April 2027 EWS ends in Exchange Online; after that, these EWS lines apply only to owners on Exchange Server or in a hybrid setup.";
    expect(blocked.evidence).toEqual(
      expect.arrayContaining([
        "According to Exchange, EWS is blocked for Alex's mailbox or the whole organisation, which may stop Teams' scheduling service from reaching it.",
        dates,
      ]),
    );
    const allowed = run(delegateFacts(), finding()).check("online-meeting-delegate");
    expect(allowed.evidence).toEqual(
      expect.arrayContaining([
        "According to Exchange, EWS is not blocked for Alex's mailbox, so it should not stop Teams' scheduling service.",
        dates,
      ]),
    );
    // Without an EWS finding, no EWS words at all.
    const unseen = run(delegateFacts(), finding({ ewsForTeams: "unknown" })).check("online-meeting-delegate");
    expect(unseen.evidence.join("\n")).not.toMatch(/EWS/);
  });

  it("EWS not in the paste: Teams stays unknown, and the answer is not Yes", () => {
    const { check, answer } = run(delegateFacts(), finding({ ewsForTeams: "unknown" }));
    expect(check("online-meeting-delegate").status).toBe("unknown");
    expect(answer.kind).toBe("looks-ready");
    expect(answer.line).toBe("Outlook can't show whether Microsoft Teams lets you schedule for Alex.");
  });

  it("Zoom keeps its own list: Exchange changes nothing there", () => {
    const { check, answer } = run(delegateFacts(), finding(), { service: "zoom", serviceName: "Zoom" });
    expect(check("online-meeting-delegate").status).toBe("unknown");
    expect(answer.kind).toBe("looks-ready");
  });
});

describe("a delegate's Yes with a link this add-in inserts", () => {
  it("Jitsi needs no right: Exchange's calendar and sending make it Yes, with Add online meeting", () => {
    const { answer } = run(delegateFacts(), finding(), JITSI);
    expect(answer).toMatchObject({ kind: "yes", headline: "Yes, you can add the online meeting", primary: { kind: "add-meeting" } });
  });

  it("Author from Exchange (can create, not change others'): not Yes", () => {
    const { answer } = run(MAC_ZERO, finding({ calendarRole: "can-create" }), JITSI);
    expect(answer.kind).toBe("looks-ready");
  });
});

describe("an answer more than 30 days old", () => {
  it("is shown in each check, used in none", () => {
    const { verdict, answer } = run(MAC_ZERO, finding({}, { stale: true, remembered: true }), JITSI);
    expect(verdict.checks.map((c) => c.status)).toEqual(["unknown", "unknown", "not-needed"]);
    expect(shownCheck(verdict, "calendar-editor").evidence).toContain(
      "According to Exchange, as IT sent it on 3 December 2026, more than 30 days ago, so it is not used until IT checks again.",
    );
    expect(answer.kind).toBe("cant-tell");
  });
});

describe("in Dutch", () => {
  it("the source and the date are in Dutch words", () => {
    const full = context({ ...TEAMS, t: nl, exchange: finding() });
    const verdict = diagnose(delegateFacts(), full);
    expect(shownCheck(verdict, "send-on-behalf", nl).summary).toBe(
      "Volgens Exchange, zoals IT het op 3 december 2026 stuurde, kunnen uitnodigingen namens Alex verzonden worden.",
    );
  });
});
