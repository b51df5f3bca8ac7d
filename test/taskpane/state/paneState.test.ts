/**
 * The pane's state and what the screen derives from it, without React, Office or a clock: each row
 * is a list of events and what the user would then see (the answer's kind, whether it shows yet, why
 * "Add online meeting" is blocked).
 */
import { parseConfig } from "../../../src/config/parse";
import { enFirstScreen } from "../../../src/i18n/en/firstScreen";
import { failed } from "../../../src/office/gateway";
import { createDerive } from "../../../src/taskpane/state/derive";
import { initialState, reduce, type PaneEvent, type PaneState, type StartState } from "../../../src/taskpane/state/paneState";
import { fakeGateway, type FakeOptions } from "../../support/fakeGateway";

const config = parseConfig(undefined);

function booted(options: FakeOptions = {}): PaneEvent {
  return { type: "booted", facts: fakeGateway(options).facts, config, text: enFirstScreen, providerId: undefined };
}

function run(events: readonly PaneEvent[], start: Partial<StartState> = {}): PaneState {
  return events.reduce(reduce, initialState({ language: "en", nestedAppAuth: false, ...start }));
}

const BODY = { kind: "ready", state: { bodyType: "html", bodyChars: 500, hasBlock: false } } as const;

describe("when the answer shows", () => {
  test.each<[string, readonly PaneEvent[], boolean]>([
    ["nothing read yet", [], false],
    ["facts, config and words in, body still being read", [booted()], false],
    ["body read", [booted(), { type: "body-read", body: BODY }], true],
    ["body not read after the wait", [booted(), { type: "body-wait-over" }], true],
    ["the body could not be read", [booted(), { type: "body-read", body: { kind: "unreadable" } }], true],
    ["the words did not download", [{ type: "boot-failed" }], false],
  ])("%s → answer shown: %s", (_, events, shown) => {
    const view = createDerive()(run(events));
    expect(view.verdict !== undefined).toBe(shown);
    expect(view.answer !== undefined).toBe(shown);
  });

  test("a glance that rules our block out answers at once; a failed or very long glance does not wait", () => {
    const start = (value: { bodyChars: number; mayHoldBlock: boolean }, ok = true): Partial<StartState> => ({
      initial: { facts: fakeGateway().facts, config, text: enFirstScreen },
      bodyGlance: ok ? { ok: true, value: { bodyType: "html", mayClaim: false, ...value } } : failed("late", undefined, "timed-out"),
    });
    const derive = createDerive();
    expect(derive(run([], start({ bodyChars: 500, mayHoldBlock: false })))).toMatchObject({ answered: true, meeting: { kind: "ready" } });
    expect(createDerive()(run([], start({ bodyChars: 500, mayHoldBlock: true })))).toMatchObject({
      answered: false,
      meeting: { kind: "loading" },
    });
    expect(createDerive()(run([], start({ bodyChars: 300_000, mayHoldBlock: true })))).toMatchObject({ answered: true });
    expect(createDerive()(run([], start({ bodyChars: 500, mayHoldBlock: true }, false)))).toMatchObject({
      answered: true,
      meeting: { kind: "loading" },
    });
  });

  test("a remembered answer holds the answer until its rules arrive, or fail to", () => {
    const remembered = { stale: false } as never;
    const held = run([booted(), { type: "body-read", body: BODY }, { type: "pair-read", remembered, requestIds: [] }]);
    expect(createDerive()(held).verdict).toBeUndefined();
    expect(createDerive()(reduce(held, { type: "kit", download: { kind: "failed" } })).verdict?.delegation).toBe("delegate");
  });
});

describe("what the screen derives", () => {
  test.each<[string, FakeOptions, readonly PaneEvent[], string | undefined]>([
    ["a delegate with editor rights and room", { bits: 63 }, [{ type: "body-read", body: BODY }], undefined],
    ["a delegate without edit rights", { bits: 1 }, [{ type: "body-read", body: BODY }], "rights"],
    [
      "a body Outlook could not read",
      { bits: 63 },
      [{ type: "body-read", body: { kind: "unreadable" } }],
      enFirstScreen.insert.bodyUnreadable,
    ],
    [
      "a body too long for the block",
      { bits: 63 },
      [{ type: "body-read", body: { kind: "ready", state: { bodyType: "html", bodyChars: 999_900, hasBlock: false } } }],
      "too-large",
    ],
  ])("%s → Add online meeting blocked: %s", (_, options, events, blocked) => {
    const view = createDerive()(run([booted(options), ...events]));
    if (blocked === undefined) expect(view.insertBlocked).toBeUndefined();
    else if (blocked === "rights")
      expect([view.verdict?.insert.allowed, view.insertBlocked]).toEqual([
        false,
        expect.stringMatching(/^You can't add a meeting link yet: ./),
      ]);
    else if (blocked === "too-large") expect(view.insertBlocked).toMatch(/1,000,000|1\.000\.000|1 000 000/);
    else expect(view.insertBlocked).toBe(blocked);
  });

  test("the pair is a delegated meeting's owner and delegate; one's own calendar has none", () => {
    expect(createDerive()(run([booted()])).pair).toEqual({ owner: "alex.wilber@contoso.com", delegate: "megan.bowen@contoso.com" });
    expect(createDerive()(run([booted({ self: true })])).pair).toBeUndefined();
  });

  test("a keystroke in the error box does not diagnose the meeting again", () => {
    const derive = createDerive();
    const before = run([booted(), { type: "body-read", body: BODY }]);
    const after = reduce(before, { type: "input-changed", text: "AADSTS50020" });
    expect(derive(after).verdict).toBe(derive(before).verdict);
    expect(derive(after).errorText).toBe("AADSTS50020");
  });

  test("Graph's answer for another owner is never shown", () => {
    const state = run([booted(), { type: "graph", owner: "someone.else@contoso.com", state: { kind: "checking" } }]);
    expect(createDerive()(state).graphState).toEqual({ kind: "ready" });
    const ours = reduce(state, { type: "graph", owner: "alex.wilber@contoso.com", state: { kind: "checking" } });
    expect(createDerive()(ours).graphState).toEqual({ kind: "checking" });
  });
});

describe("the reducer", () => {
  test("choosing a provider clears the last feedback; a write's result replaces the body and says what happened", () => {
    const state = run([
      booted(),
      { type: "feedback", feedback: { intent: "error", text: "no" } },
      { type: "provider-chosen", id: "teams" },
    ]);
    expect(state.feedback).toBeUndefined();
    const written = run([
      { type: "activity", activity: "writing", feedback: undefined },
      { type: "write-done", body: BODY, feedback: { intent: "success", text: "Added." } },
    ]);
    expect(written).toMatchObject({ activity: "idle", body: BODY, feedback: { text: "Added." } });
    expect(createDerive()(run([{ type: "activity", activity: "writing" }])).busy).toBe(true);
  });

  test("a Forget drops the remembered answer and whether it was kept", () => {
    const remembered = { stale: false } as never;
    const state = run([
      { type: "pair-read", remembered, requestIds: ["a"] },
      { type: "remembered", memory: "saved", remembered },
      { type: "forgotten", remembered: undefined },
    ]);
    expect(state.exchange).toEqual({ requestIds: ["a"] });
  });

  test("a new reading of the box replaces the old one and clears a decoder failure", () => {
    const state = run([{ type: "input-changed", text: "x" }, { type: "decoder-failed" }, { type: "input-read", reading: undefined }]);
    expect(state.input).toEqual({ text: "x", decoderFailed: false });
  });
});
