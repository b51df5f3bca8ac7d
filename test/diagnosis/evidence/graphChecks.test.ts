/**
 * What the checks and the answer show once Microsoft Graph answered for the owner's calendar (rule 7
 * of evidence/merge.ts): Graph confirms or contests, its source and date are in words, and it never
 * makes a layer "granted" on its own word (canEdit is "can write", never Editor).
 */
import { shortNameOf } from "../../../src/diagnosis/address";
import { answerOf } from "../../../src/diagnosis/answer";
import type { ExchangeFinding } from "../../../src/diagnosis/evidence/finding";
import type { GraphFinding } from "../../../src/diagnosis/evidence/graph";
import type { CheckId, DelegationFacts } from "../../../src/diagnosis/types";
import { diagnose } from "../../../src/diagnosis/verdict";
import { answerWords } from "../../../src/i18n/answerWords";
import { nl } from "../../../src/i18n/nl";
import { context, delegateFacts, sayWith, HOSTS, type ContextOverrides, shownCheck, type ShownCheck } from "../fixtures";
import { finding, graphFinding } from "./findings";

const TEAMS: ContextOverrides = { service: "teams", serviceName: "Microsoft Teams" };
const JITSI: ContextOverrides = { service: "jitsi", serviceName: "Jitsi Meet" };
const MAC_ZERO = delegateFacts({ host: HOSTS.classicMac }, 0);
/** Reviewer's bits: read only. */
const REVIEWER = delegateFacts({}, 0x1);

function run(facts: DelegationFacts, sources: { graph?: GraphFinding; exchange?: ExchangeFinding }, ctx: ContextOverrides = TEAMS) {
  const full = context({ ...ctx, ...sources });
  const verdict = diagnose(facts, full);
  const check = (id: CheckId): ShownCheck => shownCheck(verdict, id, ctx.t);
  // Worded as the pane words it, with the evidence chunk's words for Exchange's and Graph's sentences.
  const reasons = answerOf(verdict, full, { hasBlock: false, insertsLink: full.service !== "teams" });
  const answer = answerWords(reasons, shortNameOf(verdict.owner, full.t.people.owner), full.t, sayWith(full.evidence));
  return { verdict, check, answer };
}

describe("the calendar check with Graph's canEdit", () => {
  it("Mac's 0 bits and canEdit true: writing is proven, not Editor, and the source is named", () => {
    const { check, answer } = run(MAC_ZERO, { graph: graphFinding() }, JITSI);
    expect(check("calendar-editor")).toMatchObject({
      status: "partial",
      summary:
        "According to Microsoft 365 (4 December 2026), you can add meetings to Alex's calendar; whether you can change ones others made isn't shown.",
      graph: { part: "decided" },
    });
    expect(check("calendar-editor").evidence).toEqual([
      expect.stringMatching(/^Outlook for Mac reported no access/),
      "According to Microsoft 365, 4 December 2026: You can add and change items in Alex's calendar.",
    ]);
    expect(answer).toMatchObject({
      kind: "looks-ready",
      line: "Microsoft 365 confirms you can add meetings to Alex's calendar, not whether you can change ones others made.",
    });
  });

  it("Mac's 0 bits and canEdit false: Microsoft 365 shows no write access, which alone is not a certain 'missing'", () => {
    // Graph reports canEdit wrongly where access comes through a group, so it does not settle the layer.
    const { check, answer } = run(MAC_ZERO, { graph: graphFinding({ canEdit: false }) }, JITSI);
    expect(check("calendar-editor")).toMatchObject({
      status: "unknown",
      summary:
        "Microsoft 365 (4 December 2026) shows no write access for you to Alex's calendar, but it can miss access given through a group, so this isn't certain.",
    });
    expect(answer.kind).toBe("cant-tell");
  });

  it("Outlook's Editor and canEdit true: Outlook's Editor stands, with Microsoft 365 agreeing", () => {
    const { check } = run(delegateFacts(), { graph: graphFinding() }, JITSI);
    expect(check("calendar-editor").status).toBe("granted");
    expect(check("calendar-editor").summary).toMatch(/Microsoft 365 agrees \(4 December 2026\)\.$/);
    expect(check("calendar-editor").graph).toEqual({ at: "2026-12-04T10:04:00.000Z", part: "agrees" });
  });

  it("Outlook's Reviewer and canEdit true: unknown, both shown, never granted; the answer asks IT", () => {
    const { check, answer } = run(REVIEWER, { graph: graphFinding() }, JITSI);
    expect(check("calendar-editor")).toMatchObject({
      status: "unknown",
      summary: "The sources below don't agree about your access to Alex's calendar.",
    });
    expect(check("calendar-editor").evidence).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Outlook reports your access to Alex's calendar as Reviewer/),
        "According to Microsoft 365, 4 December 2026: You can add and change items in Alex's calendar.",
      ]),
    );
    expect(answer).toMatchObject({
      kind: "cant-tell",
      line: "Outlook, Exchange and Microsoft 365 don't all agree about your access to Alex's calendar, so none of them is taken. Ask IT to check.",
      primary: { kind: "send-to-it" },
    });
  });

  it("Exchange's Editor and canEdit false: unknown, never granted", () => {
    const { check } = run(MAC_ZERO, { exchange: finding(), graph: graphFinding({ canEdit: false }) });
    expect(check("calendar-editor").status).toBe("unknown");
    expect(check("calendar-editor").evidence).toEqual(
      expect.arrayContaining([
        "According to Exchange, as IT sent it on 3 December 2026: your access to Alex's calendar is Editor (Delegate).",
        "According to Microsoft 365, 4 December 2026: Microsoft 365 shows no write access for you to Alex's calendar (it can miss access given through a group).",
      ]),
    );
  });

  it("Exchange's Author and canEdit true: still Author (partial), Graph agreeing", () => {
    const { check } = run(MAC_ZERO, { exchange: finding({ calendarRole: "can-create" }), graph: graphFinding() }, JITSI);
    expect(check("calendar-editor")).toMatchObject({ status: "partial", exchange: { basis: "exchange" }, graph: { part: "agrees" } });
  });

  it("a refusal the user pasted stays missing whatever Graph says", () => {
    const full = context({
      ...JITSI,
      graph: graphFinding(),
      reported: [{ errorId: "calendar-permission", layer: "calendar-editor", quote: "You don't have permission to create items" }],
    });
    expect(diagnose(MAC_ZERO, full).checks.find((c) => c.id === "calendar-editor")?.status).toBe("missing");
  });
});

describe("the Teams check with Graph", () => {
  it("canViewPrivateItems completes Exchange's proof when its output lacked the Delegate flag: Yes, both sources named", () => {
    const { check, answer } = run(delegateFacts(), {
      exchange: finding({ delegateFlag: "unknown" }),
      graph: graphFinding({ delegate: "yes" }),
    });
    expect(check("online-meeting-delegate")).toMatchObject({
      status: "granted",
      summary:
        "According to Exchange, as IT sent it on 3 December 2026, and Microsoft 365 (4 December 2026), you are Alex's delegate and EWS does not stop Teams from reaching Alex's mailbox.",
    });
    expect(check("online-meeting-delegate").evidence).toContain(
      "According to Microsoft 365, 4 December 2026: You are Alex's delegate (you may see private items).",
    );
    expect(answer.kind).toBe("yes");
  });

  it("Graph alone never makes Teams granted: sending and EWS are Exchange's to show", () => {
    const { check, answer } = run(delegateFacts(), { graph: graphFinding({ delegate: "yes" }) });
    expect(check("online-meeting-delegate").status).toBe("unknown");
    expect(check("send-on-behalf").status).toBe("unknown");
    expect(answer.kind).toBe("looks-ready");
  });

  it("canViewPrivateItems false proves nothing: Exchange's Delegate flag missing still decides", () => {
    const { check } = run(delegateFacts(), { exchange: finding({ delegateFlag: "no" }), graph: graphFinding({ delegate: "not-shown" }) });
    expect(check("online-meeting-delegate").status).toBe("missing");
  });

  it("Exchange says no Delegate flag, Graph says delegate: neither is taken, both shown", () => {
    const { check } = run(delegateFacts(), { exchange: finding({ delegateFlag: "no" }), graph: graphFinding({ delegate: "yes" }) });
    expect(check("online-meeting-delegate").status).toBe("unknown");
    expect(check("online-meeting-delegate").evidence).toContain(
      "Exchange shows no Delegate flag, but Microsoft 365 shows you as Alex's delegate, so neither is taken.",
    );
  });

  it("the owner's calendar doesn't offer Teams: missing, only IT can fix it, and the owner is not asked", () => {
    const { check, answer } = run(delegateFacts(), {
      graph: graphFinding({ teams: "not-allowed", allowedProviders: ["skypeForBusiness"] }),
    });
    expect(check("online-meeting-delegate")).toMatchObject({
      status: "missing",
      summary:
        "According to Microsoft 365 (4 December 2026), Alex's calendar doesn't offer Microsoft Teams meetings; only IT can turn them on for Alex.",
      graph: { part: "decided", itOnly: true },
    });
    expect(answer).toMatchObject({
      kind: "not-yet",
      headline: "Not yet: IT must turn on Microsoft Teams meetings for Alex",
      primary: { kind: "send-to-it" },
    });
  });

  it("Zoom is not Graph's to judge: its check stays as it was", () => {
    const { check } = run(delegateFacts(), { graph: graphFinding({ teams: "not-allowed" }) }, { service: "zoom", serviceName: "Zoom" });
    expect(check("online-meeting-delegate").status).toBe("unknown");
    expect(check("online-meeting-delegate").graph).toBeUndefined();
  });
});

describe("in Dutch", () => {
  it("Graph's source and date are in Dutch words", () => {
    const { check } = run(MAC_ZERO, { graph: graphFinding({}, nl.graph) }, { ...JITSI, t: nl });
    expect(check("calendar-editor").summary).toBe(
      "Volgens Microsoft 365 (4 december 2026) kunt u vergaderingen toevoegen aan de agenda van Alex; of u vergaderingen van anderen kunt wijzigen, is niet te zien.",
    );
  });
});
