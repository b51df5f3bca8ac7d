/**
 * The one answer at the top of the pane, per situation: what the assistant reads first and the one
 * next step. Written as a table of the playground's situations.
 */
import { answerOf, type Answer, type MeetingSituation } from "../../src/diagnosis/answer";
import type { DelegationFacts, Person } from "../../src/diagnosis/types";
import { diagnose } from "../../src/diagnosis/verdict";
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

const steps = (a: Answer) => [a.primary?.label, ...a.secondary.map((s) => s.label)];

describe("the answer and the next step", () => {
  it.each<[string, DelegationFacts, ContextOverrides, MeetingSituation, Partial<Answer>, (string | undefined)[]]>([
    [
      "own calendar: yes, add it",
      delegateFacts({ shared: NOT_SHARED, organizer: known(MEGAN) }),
      JITSI,
      LINK,
      { kind: "yes", headline: "Yes, you can add the online meeting" },
      ["Add online meeting"],
    ],
    [
      "own calendar with Teams: Outlook's own button, nobody's permission",
      delegateFacts({ shared: NOT_SHARED, organizer: known(MEGAN) }),
      { service: "teams", serviceName: "Microsoft Teams" },
      { hasBlock: false, insertsLink: false },
      { kind: "yes", headline: "Yes: use Outlook's Microsoft Teams button" },
      [undefined],
    ],
    [
      "Editor: looks ready, with the one thing Outlook can't show",
      delegateFacts(),
      JITSI,
      LINK,
      {
        kind: "looks-ready",
        headline: "Looks ready",
        line: "Outlook can't show whether invitations may go out for Alex; if sending fails, ask Alex.",
      },
      ["Add online meeting", "Confirm with Alex"],
    ],
    [
      "Editor with Zoom: looks ready, and Zoom's own record can't be seen either",
      delegateFacts(),
      { service: "zoom", serviceName: "Zoom" },
      LINK,
      {
        kind: "looks-ready",
        line: "Outlook can't show whether invitations may go out for Alex or whether Zoom lets you schedule for Alex.",
      },
      ["Add online meeting", "Confirm with Alex"],
    ],
    [
      "Author: looks ready, with what an Author can't do",
      delegateFacts({ shared: sharedBits(23) }),
      JITSI,
      LINK,
      { kind: "looks-ready", line: "You can add meetings to Alex's calendar, but not change ones others made." },
      ["Add online meeting", "Confirm with Alex"],
    ],
    [
      "Reviewer: not yet, ask Alex for edit access",
      delegateFacts({ shared: sharedBits(1) }),
      JITSI,
      LINK,
      { kind: "not-yet", headline: "Not yet: you need edit access to Alex's calendar" },
      ["Ask Alex for edit access", "Send this to IT"],
    ],
    [
      "no rights with Teams: not yet, both gaps named once",
      delegateFacts({ shared: sharedBits(0) }),
      { service: "teams", serviceName: "Microsoft Teams" },
      { hasBlock: false, insertsLink: false },
      { kind: "not-yet", headline: "Not yet: you need edit access to Alex's calendar and Microsoft Teams permission to schedule for Alex" },
      ["Ask Alex for edit access and Microsoft Teams access", "Send this to IT"],
    ],
    [
      "send-on-behalf refused: not yet, even though the link could be added",
      delegateFacts(),
      { ...JITSI, reported: [REPORTED.sendOnBehalf] },
      LINK,
      { kind: "not-yet", headline: "Not yet: you need permission to send invitations for Alex" },
      ["Ask Alex for send permission", "Send this to IT"],
    ],
    [
      "Mac reporting 0: can't tell, confirm with Alex (adding the link is still offered)",
      delegateFacts({ shared: sharedBits(0), host: HOSTS.classicMac }),
      JITSI,
      LINK,
      { kind: "cant-tell", headline: "Can't tell from here" },
      ["Confirm with Alex", "Add online meeting", "Send this to IT"],
    ],
    [
      "nobody signed in as far as Outlook says: can't tell, send it to IT",
      delegateFacts({ user: unknown<Person>("userProfile gave no address", "x", "empty") }),
      JITSI,
      LINK,
      { kind: "cant-tell", line: "Outlook didn't say who is signed in, so this pane can't check anything." },
      ["Send this to IT", "Add online meeting"],
    ],
    [
      "Teams refused while the meeting uses Jitsi: the Jitsi link stays the next step",
      delegateFacts(),
      { ...JITSI, reported: [REPORTED.teams] },
      LINK,
      { kind: "looks-ready", headline: "You can still add a Jitsi Meet link" },
      ["Add online meeting", "Ask Alex for Microsoft Teams access"],
    ],
    [
      "the link is already in: done",
      delegateFacts(),
      JITSI,
      { hasBlock: true, insertsLink: true },
      { kind: "looks-ready", headline: "Done: this meeting has its Jitsi Meet link" },
      [undefined, "Confirm with Alex"],
    ],
  ])("%s", (_name, facts, ctx, meeting, expected, labels) => {
    const result = answer(facts, ctx, meeting);
    expect(result).toMatchObject(expected);
    expect(steps(result)).toEqual(labels);
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
      const result = answerOf(verdict, full, LINK);
      const firstScreen = [
        result.headline,
        result.line,
        ...steps(result),
        ...verdict.checks.map((c) => shown(c, verdict)).flatMap((c) => [c.title, c.summary]),
      ].join(" ");
      expect(firstScreen).not.toMatch(/Async|Office\.|Mailbox 1\.|GenericResponseError|issue #|\bbits?\b/);
    }
  });
});
