/**
 * Exchange's and Graph's reasons in words: every sentence the evidence rules name says itself in every
 * language, with its source and date; the exact English sentences, with the verdicts that give them,
 * are in test/diagnosis/evidence.
 */
import { CATALOGUES } from "../../src/i18n/catalogues";
import { en } from "../../src/i18n/en";
import { outsideSentence, type OutsideWords } from "../../src/i18n/outsideWords";
import type { OutsideReason } from "../../src/kernel/reasons";

const AT = "2026-12-03T11:00:00.000Z";
const GRAPH_AT = "2026-12-04T10:04:00.000Z";
const EN: OutsideWords = { words: en.exchange, graph: { words: en.graph } };

const EVERY: OutsideReason[] = [
  { kind: "exchange", key: "calendar.granted", at: AT },
  { kind: "exchange", key: "calendar.partial", at: AT },
  { kind: "exchange", key: "calendar.readOnly", at: AT },
  { kind: "exchange", key: "calendar.none", at: AT },
  { kind: "exchange", key: "calendar.conflict" },
  { kind: "exchange", key: "sending.granted", at: AT },
  { kind: "exchange", key: "sending.missing", at: AT },
  { kind: "exchange", key: "service.granted", at: AT },
  { kind: "exchange", key: "service.notDelegate" },
  { kind: "exchange", key: "service.ewsBlocked" },
  { kind: "exchange", key: "evidence.role", at: AT, rights: "Editor (Delegate)" },
  { kind: "exchange", key: "evidence.noEntry", at: AT },
  { kind: "exchange", key: "evidence.delegateYes" },
  { kind: "exchange", key: "evidence.delegateNo" },
  { kind: "exchange", key: "evidence.sendingListed", at: AT },
  { kind: "exchange", key: "evidence.sendingNotListed", at: AT },
  { kind: "exchange", key: "evidence.sendingUnsettled" },
  { kind: "exchange", key: "evidence.ewsAllowed" },
  { kind: "exchange", key: "evidence.ewsBlocked" },
  { kind: "exchange", key: "evidence.ewsDates" },
  { kind: "exchange", key: "evidence.unverified" },
  { kind: "exchange", key: "evidence.conflict" },
  { kind: "exchange", key: "evidence.stale", at: AT },
  { kind: "graph", key: "checks.conflict" },
  { kind: "graph", key: "checks.delegateConflict" },
  { kind: "graph", key: "checks.calendarCanWrite", at: GRAPH_AT },
  { kind: "graph", key: "checks.calendarCannotWrite", at: GRAPH_AT },
  { kind: "graph", key: "checks.agrees", at: GRAPH_AT },
  { kind: "graph", key: "checks.teamsGranted", at: AT, graphAt: GRAPH_AT },
  { kind: "graph", key: "checks.serviceNotOffered", at: GRAPH_AT, service: "Microsoft Teams" },
  { kind: "graph", key: "canEdit", seenAt: GRAPH_AT },
  { kind: "graph", key: "cannotEdit", seenAt: GRAPH_AT },
  { kind: "graph", key: "delegate", seenAt: GRAPH_AT },
  { kind: "graph", key: "teamsAllowed", seenAt: GRAPH_AT, service: "Microsoft Teams" },
  { kind: "graph", key: "teamsNotAllowed", seenAt: GRAPH_AT, service: "Microsoft Teams" },
];

describe("Exchange's and Graph's sentences", () => {
  it("names the source and date of what Exchange printed, with the owner", () => {
    expect(outsideSentence({ kind: "exchange", key: "evidence.role", at: AT, rights: "Editor (Delegate)" }, "Alex", EN)).toBe(
      "According to Exchange, as IT sent it on 3 December 2026: your access to Alex's calendar is Editor (Delegate).",
    );
    expect(outsideSentence({ kind: "exchange", key: "calendar.granted", at: AT }, "Alex", EN)).toBe(
      "According to Exchange, as IT sent it on 3 December 2026, you can create and change meetings in Alex's calendar.",
    );
  });

  it("introduces each of Graph's facts with when Graph answered", () => {
    expect(outsideSentence({ kind: "graph", key: "canEdit", seenAt: GRAPH_AT }, "Alex", EN)).toBe(
      "According to Microsoft 365, 4 December 2026: You can add and change items in Alex's calendar.",
    );
    expect(outsideSentence({ kind: "graph", key: "checks.calendarCanWrite", at: GRAPH_AT }, "Alex", EN)).toBe(
      "According to Microsoft 365 (4 December 2026), you can add meetings to Alex's calendar; whether you can change ones others made isn't shown.",
    );
  });

  it.each(Object.entries(CATALOGUES))("%s: every reason is a sentence, never a blank or a missing value", (_language, t) => {
    const outside: OutsideWords = { words: t.exchange, graph: { words: t.graph } };
    const texts = EVERY.map((reason) => outsideSentence(reason, "Alex", outside));
    for (const text of texts) {
      expect(text.trim()).not.toBe("");
      expect(text).not.toMatch(/undefined|\[object|NaN|Invalid Date/);
    }
    expect(new Set(texts).size).toBe(texts.length);
  });
});
