/**
 * The one answer at the top of the pane, per situation: what the assistant reads first and the one
 * next step. Written as a table of the playground's situations.
 */
import { shortNameOf } from "../../src/diagnosis/address";
import { answerOf, type Answer, type MeetingSituation, type Step } from "../../src/diagnosis/answer";
import type { DelegationFacts, Person } from "../../src/diagnosis/types";
import { diagnose } from "../../src/diagnosis/verdict";
import { answerWords } from "../../src/i18n/answerWords";
import {
  context,
  delegateFacts,
  HOSTS,
  known,
  MEGAN,
  NOT_SHARED,
  REPORTED,
  sharedBits,
  shown,
  unknown,
  type ContextOverrides,
} from "./fixtures";

const LINK: MeetingSituation = { hasBlock: false, insertsLink: true };
const JITSI: ContextOverrides = { service: "jitsi", serviceName: "Jitsi Meet" };

function answer(facts: DelegationFacts, ctx: ContextOverrides = JITSI, meeting: MeetingSituation = LINK): Answer {
  const full = context(ctx);
  return answerOf(diagnose(facts, full), full, meeting);
}

const steps = (a: Answer): (Step | undefined)[] => [a.primary, ...a.secondary];
const ADD: Step = { kind: "add-meeting" };
const CONFIRM: Step = { kind: "confirm-with-owner" };
const IT: Step = { kind: "send-to-it" };

// The sentences these reasons become, in every language: test/i18n/answerWords.test.ts.
describe("the answer and the next step", () => {
  it.each<[string, DelegationFacts, ContextOverrides, MeetingSituation, Partial<Answer>, (Step | undefined)[]]>([
    [
      "own calendar: yes, add it",
      delegateFacts({ shared: NOT_SHARED, organizer: known(MEGAN) }),
      JITSI,
      LINK,
      { kind: "yes", headline: { kind: "yes" }, line: { kind: "yesLine" } },
      [ADD],
    ],
    [
      "own calendar with Teams: Outlook's own button, nobody's permission",
      delegateFacts({ shared: NOT_SHARED, organizer: known(MEGAN) }),
      { service: "teams", serviceName: "Microsoft Teams" },
      { hasBlock: false, insertsLink: false },
      { kind: "yes", headline: { kind: "yesOutlookButton", service: "Microsoft Teams" } },
      [undefined],
    ],
    [
      "Editor: looks ready, with the one thing Outlook can't show",
      delegateFacts(),
      JITSI,
      LINK,
      { kind: "looks-ready", headline: { kind: "looksReady" }, line: { kind: "cantSeeSending" } },
      [ADD, CONFIRM],
    ],
    [
      "Editor with Zoom: looks ready, and Zoom's own record can't be seen either",
      delegateFacts(),
      { service: "zoom", serviceName: "Zoom" },
      LINK,
      { kind: "looks-ready", line: { kind: "cantSeeSendingOrService", service: "Zoom" } },
      [ADD, CONFIRM],
    ],
    [
      "Author: looks ready, with what an Author can't do",
      delegateFacts({ shared: sharedBits(23) }),
      JITSI,
      LINK,
      { kind: "looks-ready", line: { kind: "partialLine" } },
      [ADD, CONFIRM],
    ],
    [
      "Reviewer: not yet, ask Alex for edit access",
      delegateFacts({ shared: sharedBits(1) }),
      JITSI,
      LINK,
      { kind: "not-yet", headline: { kind: "notYet", needs: [{ kind: "calendar" }] }, line: { kind: "notYetLine" } },
      [{ kind: "ask-owner", needs: [{ kind: "calendar" }] }, IT],
    ],
    [
      "no rights with Teams: not yet, both gaps named once",
      delegateFacts({ shared: sharedBits(0) }),
      { service: "teams", serviceName: "Microsoft Teams" },
      { hasBlock: false, insertsLink: false },
      { kind: "not-yet", headline: { kind: "notYet", needs: [{ kind: "calendar" }, { kind: "service", service: "Microsoft Teams" }] } },
      [{ kind: "ask-owner", needs: [{ kind: "calendar" }, { kind: "service", service: "Microsoft Teams" }] }, IT],
    ],
    [
      "send-on-behalf refused: not yet, even though the link could be added",
      delegateFacts(),
      { ...JITSI, reported: [REPORTED.sendOnBehalf] },
      LINK,
      { kind: "not-yet", headline: { kind: "notYet", needs: [{ kind: "sending" }] } },
      [{ kind: "ask-owner", needs: [{ kind: "sending" }] }, IT],
    ],
    [
      "Mac reporting 0: can't tell, confirm with Alex (adding the link is still offered)",
      delegateFacts({ shared: sharedBits(0), host: HOSTS.classicMac }),
      JITSI,
      LINK,
      { kind: "cant-tell", headline: { kind: "cantTell" }, line: { kind: "cantTellAccess" } },
      [CONFIRM, ADD, IT],
    ],
    [
      "nobody signed in as far as Outlook says: can't tell, send it to IT",
      delegateFacts({ user: unknown<Person>("userProfile gave no address", "x", "empty") }),
      JITSI,
      LINK,
      { kind: "cant-tell", line: { kind: "cantTellWho" } },
      [IT, ADD],
    ],
    [
      "Teams refused while the meeting uses Jitsi: the Jitsi link stays the next step",
      delegateFacts(),
      { ...JITSI, reported: [REPORTED.teams] },
      LINK,
      {
        kind: "looks-ready",
        headline: { kind: "otherServiceRefused", chosen: "Jitsi Meet" },
        line: { kind: "otherServiceRefusedLine", tried: "Microsoft Teams", chosen: "Jitsi Meet" },
      },
      [ADD, { kind: "ask-owner", needs: [{ kind: "service", service: "Microsoft Teams" }] }],
    ],
    [
      "the link is already in: done",
      delegateFacts(),
      JITSI,
      { hasBlock: true, insertsLink: true },
      { kind: "looks-ready", headline: { kind: "done", service: "Jitsi Meet" }, line: { kind: "doneLine" } },
      [undefined, CONFIRM],
    ],
  ])("%s", (_name, facts, ctx, meeting, expected, next) => {
    const result = answer(facts, ctx, meeting);
    expect(result).toMatchObject(expected);
    expect(steps(result)).toEqual(next);
  });

  it("never treats send-on-behalf being invisible as a missing permission", () => {
    for (const bits of [63, 23]) expect(answer(delegateFacts({ shared: sharedBits(bits) })).kind).toBe("looks-ready");
  });

  it("puts no API names, error names, issue numbers or requirement sets on the first screen", () => {
    const situations = [
      delegateFacts(),
      delegateFacts({ shared: sharedBits(1) }),
      delegateFacts({ shared: NOT_SHARED, organizer: unknown<Person>("item.organizer is missing", "item.organizer.getAsync", "absent") }),
      delegateFacts({ shared: sharedBits(0), host: HOSTS.classicMac }),
    ];
    for (const facts of situations) {
      const full = context(JITSI);
      const verdict = diagnose(facts, full);
      const result = answerWords(answerOf(verdict, full, LINK), shortNameOf(verdict.owner, full.t.people.owner), full.t);
      const firstScreen = [
        result.headline,
        result.line,
        ...[result.primary, ...result.secondary].map((step) => step?.label),
        ...verdict.checks.map((c) => shown(c, verdict)).flatMap((c) => [c.title, c.summary]),
      ].join(" ");
      expect(firstScreen).not.toMatch(/Async|Office\.|Mailbox 1\.|GenericResponseError|issue #|\bbits?\b/);
    }
  });
});
