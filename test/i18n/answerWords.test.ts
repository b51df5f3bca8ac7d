/**
 * The answer's reasons in words: the exact sentences the answer's table test (test/diagnosis) asserted
 * before the answer returned reasons, so the move is proven not to change a word, and every reason in
 * every language words into a sentence.
 */
import type { Answer, AnswerHeadline, AnswerLine, Step } from "../../src/kernel/answer";
import { answerWords, type WordedAnswer } from "../../src/i18n/answerWords";
import { outsideSentence, type OutsideSay, type OutsideWords } from "../../src/i18n/outsideWords";
import { CATALOGUES } from "../../src/i18n/catalogues";
import { en } from "../../src/i18n/en";

const OWNER = "Alex";
const sayWith =
  (words: OutsideWords): OutsideSay =>
  (reason, owner) =>
    outsideSentence(reason, owner, words);
const OUTSIDE = sayWith({ words: en.exchange, graph: { words: en.graph } });

function worded(headline: AnswerHeadline, line: AnswerLine, ...steps: Step[]): WordedAnswer {
  const [primary, ...secondary] = steps;
  const answer: Answer = { kind: "not-yet", headline, line, ...(primary ? { primary } : {}), secondary };
  return answerWords(answer, OWNER, en, OUTSIDE);
}
const headline = (reason: AnswerHeadline) => worded(reason, { kind: "yesLine" }).headline;
const line = (reason: AnswerLine) => worded({ kind: "yes" }, reason).line;
const labels = (...steps: Step[]) => {
  const answer = worded({ kind: "yes" }, { kind: "yesLine" }, ...steps);
  return [answer.primary, ...answer.secondary].map((step) => step?.label);
};

describe("the answer in English", () => {
  it("on one's own calendar", () => {
    expect(headline({ kind: "yes" })).toBe("Yes, you can add the online meeting");
    expect(line({ kind: "yesLine" })).toBe("It's your own calendar, so nobody else's permission is needed.");
    expect(headline({ kind: "yesOutlookButton", service: "Microsoft Teams" })).toBe("Yes: use Outlook's Microsoft Teams button");
    expect(headline({ kind: "done", service: "Jitsi Meet" })).toBe("Done: this meeting has its Jitsi Meet link");
  });

  it("looks ready, with what Outlook can't show", () => {
    expect(headline({ kind: "looksReady" })).toBe("Looks ready");
    expect(line({ kind: "cantSeeSending" })).toBe(
      "Outlook can't show whether invitations may go out for Alex; if sending fails, ask Alex.",
    );
    expect(line({ kind: "cantSeeSendingOrService", service: "Zoom" })).toBe(
      "Outlook can't show whether invitations may go out for Alex or whether Zoom lets you schedule for Alex.",
    );
    expect(line({ kind: "partialLine" })).toBe("You can add meetings to Alex's calendar, but not change ones others made.");
    expect(headline({ kind: "otherServiceRefused", chosen: "Jitsi Meet" })).toBe("You can still add a Jitsi Meet link");
  });

  it("not yet: names every gap in the headline, shorter on the button", () => {
    expect(headline({ kind: "notYet", needs: [{ kind: "calendar" }] })).toBe("Not yet: you need edit access to Alex's calendar");
    expect(headline({ kind: "notYet", needs: [{ kind: "calendar" }, { kind: "service", service: "Microsoft Teams" }] })).toBe(
      "Not yet: you need edit access to Alex's calendar and Microsoft Teams permission to schedule for Alex",
    );
    expect(headline({ kind: "notYet", needs: [{ kind: "sending" }] })).toBe("Not yet: you need permission to send invitations for Alex");
    expect(labels({ kind: "ask-owner", needs: [{ kind: "calendar" }] }, { kind: "send-to-it" })).toEqual([
      "Ask Alex for edit access",
      "Send this to IT",
    ]);
    expect(labels({ kind: "ask-owner", needs: [{ kind: "calendar" }, { kind: "service", service: "Microsoft Teams" }] })).toEqual([
      "Ask Alex for edit access and Microsoft Teams access",
    ]);
    expect(labels({ kind: "ask-owner", needs: [{ kind: "sending" }] })).toEqual(["Ask Alex for send permission"]);
  });

  it("can't tell, and the steps that follow", () => {
    expect(headline({ kind: "cantTell" })).toBe("Can't tell from here");
    expect(line({ kind: "cantTellWho" })).toBe("Outlook didn't say who is signed in, so this pane can't check anything.");
    expect(labels({ kind: "confirm-with-owner" }, { kind: "add-meeting" }, { kind: "send-to-it" })).toEqual([
      "Confirm with Alex",
      "Add online meeting",
      "Send this to IT",
    ]);
  });

  it("says Exchange's and Graph's sentences with the evidence chunk's presenter and words", () => {
    expect(headline({ kind: "exchange", key: "answer.itOnly" })).toBe("Not yet: IT should check whether Teams can reach Alex's mailbox");
    expect(headline({ kind: "graph", key: "checks.notOffered", service: "Microsoft Teams" })).toBe(
      "Not yet: IT must turn on Microsoft Teams meetings for Alex",
    );
    expect(line({ kind: "exchange", key: "answer.cantSeeService", service: "Microsoft Teams" })).toBe(
      "Outlook can't show whether Microsoft Teams lets you schedule for Alex.",
    );
    expect(line({ kind: "exchange", key: "answer.yesLine", at: "2026-12-03T11:00:00.000Z" })).toBe(
      "According to Exchange, as IT sent it on 3 December 2026, you have every permission you need for Alex.",
    );
    expect(line({ kind: "exchange", key: "answer.conflictLine" })).toBe(
      "Outlook and Exchange disagree about your access to Alex's calendar. Ask IT to check again.",
    );
  });

  it("says that part did not load, rather than failing to render, if Exchange's words are missing", () => {
    const answer: Answer = {
      kind: "not-yet",
      headline: { kind: "exchange", key: "answer.itOnly" },
      line: { kind: "yesLine" },
      secondary: [],
    };
    expect(answerWords(answer, OWNER, en).headline).toBe(en.app.partFailed);
  });

  it("quotes the meeting's own words where the send check would stop it", () => {
    expect(headline({ kind: "claimNoLink", quote: "Zoom", service: "Zoom", inLocation: true })).toBe(
      `The location says "Zoom", but there is no Zoom link`,
    );
    expect(labels({ kind: "fix-location", quote: "Zoom" }, { kind: "copy-link" })).toEqual([
      `Remove "Zoom" from the location`,
      "Copy the link",
    ]);
  });
});

describe("every reason in every language", () => {
  const headlines: AnswerHeadline[] = [
    { kind: "yes" },
    { kind: "yesOutlookButton", service: "Zoom" },
    { kind: "done", service: "Zoom" },
    { kind: "looksReady" },
    { kind: "looksReadyOutlookButton", service: "Zoom" },
    { kind: "notYet", needs: [{ kind: "calendar" }, { kind: "sending" }, { kind: "service", service: "Zoom" }] },
    { kind: "otherServiceRefused", chosen: "Zoom" },
    { kind: "blockWithoutLink" },
    { kind: "claimNoLink", quote: "Zoom", service: "Zoom", inLocation: false },
    { kind: "tooLong" },
    { kind: "tooOld" },
    { kind: "cantTell" },
    { kind: "exchange", key: "answer.itOnly" },
    { kind: "graph", key: "checks.notOffered", service: "Zoom" },
  ];
  const lines: AnswerLine[] = [
    { kind: "yesLine" },
    { kind: "yesOutlookButtonLine", service: "Zoom" },
    { kind: "doneLine" },
    { kind: "tooLongLine" },
    { kind: "notYetLine" },
    { kind: "blockWithoutLinkLine" },
    { kind: "claimLocationLine", service: "Zoom" },
    { kind: "claimBodyLine", service: "Zoom" },
    { kind: "otherServiceRefusedLine", tried: "Webex", chosen: "Zoom" },
    { kind: "partialLine" },
    { kind: "cantSeeSending" },
    { kind: "cantSeeSendingOrService", service: "Zoom" },
    { kind: "cantTellWho" },
    { kind: "cantTellWhose" },
    { kind: "cantTellAccess" },
    { kind: "tooOldLine" },
    { kind: "exchange", key: "answer.yesLine", at: "2026-12-03T11:00:00.000Z" },
    { kind: "exchange", key: "answer.itOnlyLine" },
    { kind: "exchange", key: "answer.cantSeeService", service: "Zoom" },
    { kind: "exchange", key: "answer.conflictLine" },
    { kind: "graph", key: "checks.conflictLine" },
    { kind: "graph", key: "checks.canWriteLine" },
  ];
  const steps: Step[] = [
    { kind: "add-meeting" },
    { kind: "ask-owner", needs: [{ kind: "calendar" }, { kind: "sending" }, { kind: "service", service: "Zoom" }] },
    { kind: "confirm-with-owner" },
    { kind: "send-to-it" },
    { kind: "copy-link" },
    { kind: "fix-location", quote: "Zoom" },
  ];

  it.each(Object.entries(CATALOGUES))("%s: a sentence each, never a blank or a missing value", (_language, t) => {
    const outside = sayWith({ words: t.exchange, graph: { words: t.graph } });
    const texts = [
      ...headlines.map(
        (h) => answerWords({ kind: "not-yet", headline: h, line: { kind: "yesLine" }, secondary: [] }, OWNER, t, outside).headline,
      ),
      ...lines.map((l) => answerWords({ kind: "not-yet", headline: { kind: "yes" }, line: l, secondary: [] }, OWNER, t, outside).line),
      ...answerWords({ kind: "not-yet", headline: { kind: "yes" }, line: { kind: "yesLine" }, secondary: steps }, OWNER, t).secondary.map(
        (step) => step.label,
      ),
    ];
    for (const text of texts) {
      expect(typeof text).toBe("string");
      expect(text.trim()).not.toBe("");
      expect(text).not.toMatch(/undefined|\[object|NaN/);
    }
    expect(new Set(texts).size).toBeGreaterThan(texts.length - 4);
  });
});
