/**
 * @jest-environment node
 *
 * The node environment on purpose: the handler runs in classic Outlook's JavaScript-only runtime,
 * which has no DOM, so any accidental use of window or document fails here.
 */
import type { Completion, SendEvent } from "../../src/launchevent/launchevent";
import {
  CALL_TIMEOUT_MS,
  EVALUATION_BUDGET_MS,
  OVERALL_TIMEOUT_MS,
  MAX_NOTE_CHARS,
  UNCHECKED_NOTE_KEY,
  createSendHandler,
  decideDelegation,
} from "../../src/launchevent/launchevent";
import { MAX_SEND_GUARD_MESSAGE_CHARS, evaluateSendGuard } from "../../src/diagnosis/sendGuard";
import { sendGuardMessages } from "../../src/i18n/sendGuard";
import { BODY_KINDS, bodyOfKind } from "../../dev/simulated-office/bodies";

type Behaviour<T> =
  | { readonly kind: "ok"; readonly value: T }
  | { readonly kind: "fail" }
  | { readonly kind: "never" }
  | { readonly kind: "throw" }
  | { readonly kind: "late"; readonly value: T; readonly ms: number };

const ok = <T>(value: T): Behaviour<T> => ({ kind: "ok", value });
const FAIL = { kind: "fail" } as const;
const NEVER = { kind: "never" } as const;
const THROW = { kind: "throw" } as const;
/** The member is absent, as on clients without the API. */
const MISSING = undefined;

interface Spec {
  readonly user?: string;
  readonly shared?: Behaviour<{ owner: string; delegatePermissions: number }>;
  readonly organizer?: Behaviour<{ emailAddress: string; displayName: string }>;
  readonly location?: Behaviour<string>;
  readonly subject?: Behaviour<string>;
  readonly bodyType?: Behaviour<string>;
  readonly body?: Behaviour<string>;
  readonly language?: string;
}

const DELEGATE = "pat.assistant@contoso.com";
const OWNER = "alex.owner@contoso.com";
const TEAMS_LINK = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0";
const BROKEN_TEAMS_BODY = "<html><body><p>Microsoft Teams meeting</p><p><a>Join Microsoft Teams Meeting</a></p></body></html>";

/** A delegate sending a Teams invitation from the owner's calendar whose join link never arrived. */
const BROKEN_DELEGATED: Spec = {
  user: DELEGATE,
  shared: ok({ owner: OWNER, delegatePermissions: 63 }),
  organizer: ok({ emailAddress: OWNER, displayName: "Alex Owner" }),
  location: ok("Microsoft Teams Meeting"),
  subject: ok("Quarterly review"),
  bodyType: ok("html"),
  body: ok(BROKEN_TEAMS_BODY),
};

type Callback = (result: { status: string; value?: unknown; error?: { name: string; message: string } }) => void;

/** Calls back the way Office.js does: asynchronously, with an AsyncResult-like object. */
function answer<T>(behaviour: Behaviour<T>, callback: Callback): void {
  switch (behaviour.kind) {
    case "ok":
      void Promise.resolve().then(() => callback({ status: "succeeded", value: behaviour.value }));
      return;
    case "fail":
      void Promise.resolve().then(() => callback({ status: "failed", error: { name: "GenericResponseError", message: "failed" } }));
      return;
    case "throw":
      throw new Error("boom");
    case "late":
      setTimeout(() => callback({ status: "succeeded", value: behaviour.value }), behaviour.ms);
      return;
    case "never":
      return;
  }
}

function getter<T>(behaviour: Behaviour<T> | undefined): { getAsync: (cb: Callback) => void } | undefined {
  return behaviour && { getAsync: (cb: Callback) => answer(behaviour, cb) };
}

interface FakeOffice {
  readonly office: unknown;
  readonly bodyGetAsync: jest.Mock;
  /** item.notificationMessages.replaceAsync */
  readonly notes: jest.Mock;
}

function fakeOffice(spec: Spec): FakeOffice {
  const bodyGetAsync = jest.fn((_coercion: string, cb: Callback) => answer(spec.body ?? FAIL, cb));
  const notes = jest.fn((_key: string, _details: unknown, cb: Callback) => answer(ok(undefined), cb));
  const item = {
    notificationMessages: { replaceAsync: notes },
    location: getter(spec.location),
    subject: getter(spec.subject),
    organizer: getter(spec.organizer),
    body: { getTypeAsync: (cb: Callback) => answer(spec.bodyType ?? FAIL, cb), getAsync: bodyGetAsync },
    ...(spec.shared ? { getSharedPropertiesAsync: (cb: Callback) => answer(spec.shared ?? FAIL, cb) } : {}),
  };
  const office = {
    actions: { associate: jest.fn() },
    context: {
      mailbox: { item, userProfile: spec.user === undefined ? {} : { emailAddress: spec.user } },
      ...(spec.language ? { displayLanguage: spec.language } : {}),
    },
  };
  return { office, bodyGetAsync, notes };
}

type Handler = (event: SendEvent) => void;
type GlobalWithOffice = { Office?: unknown };

function setOffice(office: unknown): void {
  (globalThis as GlobalWithOffice).Office = office;
}

/** Loads the entry afresh (as Outlook does per event runtime) and returns what it associated. */
async function loadEntry(office: unknown): Promise<Handler> {
  setOffice(office);
  await jest.isolateModulesAsync(async () => {
    await import("../../src/launchevent/launchevent");
  });
  const associate = (office as { actions: { associate: jest.Mock } }).actions.associate;
  expect(associate).toHaveBeenCalledTimes(1);
  expect(associate.mock.calls[0]?.[0]).toBe("onAppointmentSendHandler");
  return associate.mock.calls[0]?.[1] as Handler;
}

interface Run {
  readonly completed: jest.Mock;
  readonly bodyGetAsync: jest.Mock;
}

/** Runs the handler with fake timers, letting Office answers and timeouts play out for up to `ms`. */
async function send(spec: Spec, ms = 20_000): Promise<Run> {
  const fake = fakeOffice(spec);
  const handler = await loadEntry(fake.office);
  const completed = jest.fn();
  handler({ completed: (options: Completion) => completed(options) });
  await jest.advanceTimersByTimeAsync(ms);
  return { completed, bodyGetAsync: fake.bodyGetAsync };
}

function expectOnlyCompletion(run: Run, expected: Completion): void {
  expect(run.completed).toHaveBeenCalledTimes(1);
  expect(run.completed).toHaveBeenCalledWith(expected);
}

beforeEach(() => {
  jest.useFakeTimers();
});

afterEach(() => {
  jest.useRealTimers();
  delete (globalThis as GlobalWithOffice).Office;
});

describe("registration", () => {
  test("associates the exact manifest name with the handler", async () => {
    const handler = await loadEntry(fakeOffice(BROKEN_DELEGATED).office);
    expect(typeof handler).toBe("function");
  });

  test.each([
    ["no Office at all", undefined],
    ["Office without actions", { context: {} }],
    ["actions without associate", { actions: {} }],
    [
      "associate that throws",
      {
        actions: {
          associate: () => {
            throw new Error("not supported");
          },
        },
      },
    ],
  ])("loading with %s does not throw", async (_name, office) => {
    setOffice(office);
    await expect(
      jest.isolateModulesAsync(async () => {
        await import("../../src/launchevent/launchevent");
      }),
    ).resolves.toBeUndefined();
  });
});

describe("onAppointmentSendHandler", () => {
  test("delegated + 'Microsoft Teams Meeting' + no link: blocked once with a message of at most 500 characters", async () => {
    const run = await send(BROKEN_DELEGATED);
    expect(run.completed).toHaveBeenCalledTimes(1);
    const options = run.completed.mock.calls[0]?.[0] as Completion;
    expect(options.allowEvent).toBe(false);
    if (options.allowEvent) return;
    expect(Object.keys(options).sort()).toEqual(["allowEvent", "errorMessage"]);
    expect(options.errorMessage.length).toBeLessThanOrEqual(500);
    expect(options.errorMessage).toContain("Microsoft Teams");
    expect(options.errorMessage).toContain("Schedule on behalf");
    expect(run.bodyGetAsync).toHaveBeenCalledWith("html", expect.any(Function));
  });

  test("the same meeting with its Teams link: allowed", async () => {
    const body = `<p>Microsoft Teams meeting</p><a href="${TEAMS_LINK}">Join Microsoft Teams Meeting</a>`;
    expectOnlyCompletion(await send({ ...BROKEN_DELEGATED, body: ok(body) }), { allowEvent: true });
  });

  test("a plain-text body is read as text and judged the same way", async () => {
    const run = await send({ ...BROKEN_DELEGATED, bodyType: ok("text"), body: ok(`Join Microsoft Teams Meeting\n<${TEAMS_LINK}>`) });
    expectOnlyCompletion(run, { allowEvent: true });
    expect(run.bodyGetAsync).toHaveBeenCalledWith("text", expect.any(Function));
  });

  test("own meeting (organizer is the user, shared properties fail as outside a shared folder): allowed", async () => {
    const run = await send({ ...BROKEN_DELEGATED, shared: FAIL, organizer: ok({ emailAddress: DELEGATE, displayName: "Pat" }) });
    expectOnlyCompletion(run, { allowEvent: true });
  });

  test("addresses are compared trimmed and case-insensitively", async () => {
    const run = await send({
      ...BROKEN_DELEGATED,
      user: ` ${DELEGATE.toUpperCase()} `,
      shared: MISSING,
      organizer: ok({ emailAddress: DELEGATE, displayName: "Pat" }),
    });
    expectOnlyCompletion(run, { allowEvent: true });
  });

  test("delegation seen by the organizer alone (no getSharedPropertiesAsync) still blocks", async () => {
    const run = await send({ ...BROKEN_DELEGATED, shared: MISSING });
    expect(run.completed).toHaveBeenCalledTimes(1);
    expect(run.completed.mock.calls[0]?.[0]).toMatchObject({ allowEvent: false });
  });

  test("delegation seen by shared properties alone (organizer undefined, as on some Windows builds) still blocks", async () => {
    const run = await send({ ...BROKEN_DELEGATED, organizer: MISSING });
    expect(run.completed.mock.calls[0]?.[0]).toMatchObject({ allowEvent: false });
    expect(run.completed).toHaveBeenCalledTimes(1);
  });

  test("in someone else's calendar with the user reported as organizer (as some builds do) it still blocks", async () => {
    const run = await send({ ...BROKEN_DELEGATED, organizer: ok({ emailAddress: DELEGATE, displayName: "Pat" }) });
    expect(run.completed.mock.calls[0]?.[0]).toMatchObject({ allowEvent: false });
    expect(run.completed).toHaveBeenCalledTimes(1);
  });

  test.each<[string, Spec]>([
    ["getSharedPropertiesAsync and organizer both fail", { ...BROKEN_DELEGATED, shared: FAIL, organizer: FAIL }],
    ["getSharedPropertiesAsync and organizer both absent", { ...BROKEN_DELEGATED, shared: MISSING, organizer: MISSING }],
    ["getSharedPropertiesAsync and organizer both throw", { ...BROKEN_DELEGATED, shared: THROW, organizer: THROW }],
    ["the user's address is unknown", { ...BROKEN_DELEGATED, user: undefined }],
    ["location fails", { ...BROKEN_DELEGATED, location: FAIL }],
    ["location throws", { ...BROKEN_DELEGATED, location: THROW }],
    ["subject fails", { ...BROKEN_DELEGATED, subject: FAIL }],
    ["body type fails", { ...BROKEN_DELEGATED, bodyType: FAIL }],
    ["body type is something unexpected", { ...BROKEN_DELEGATED, bodyType: ok("rtf") }],
    ["body fails", { ...BROKEN_DELEGATED, body: FAIL }],
    ["body throws", { ...BROKEN_DELEGATED, body: THROW }],
    ["location is missing", { ...BROKEN_DELEGATED, location: MISSING }],
  ])("fails open when %s: allowed exactly once", async (_name, spec) => {
    expectOnlyCompletion(await send(spec), { allowEvent: true });
  });

  test("no item at all: allowed", async () => {
    const fake = fakeOffice(BROKEN_DELEGATED);
    (fake.office as { context: { mailbox: { item: unknown } } }).context.mailbox.item = undefined;
    const handler = await loadEntry(fake.office);
    const completed = jest.fn();
    handler({ completed });
    await jest.advanceTimersByTimeAsync(0);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(completed).toHaveBeenCalledWith({ allowEvent: true });
  });

  test("a call that never calls back: allowed when its timeout expires, not before", async () => {
    const fake = fakeOffice({ ...BROKEN_DELEGATED, body: NEVER });
    const handler = await loadEntry(fake.office);
    const completed = jest.fn();
    handler({ completed });
    await jest.advanceTimersByTimeAsync(CALL_TIMEOUT_MS - 1);
    expect(completed).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(1);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(completed).toHaveBeenCalledWith({ allowEvent: true });
    await jest.advanceTimersByTimeAsync(60_000);
    expect(completed).toHaveBeenCalledTimes(1);
  });

  test("delegation reads that never call back: allowed within the per-call timeout", async () => {
    const run = await send({ ...BROKEN_DELEGATED, shared: NEVER, organizer: NEVER }, CALL_TIMEOUT_MS);
    expectOnlyCompletion(run, { allowEvent: true });
  });

  test("an answer arriving after its timeout does not complete the event a second time", async () => {
    const run = await send({
      ...BROKEN_DELEGATED,
      location: { kind: "late", value: "Microsoft Teams Meeting", ms: CALL_TIMEOUT_MS + 500 },
    });
    expectOnlyCompletion(run, { allowEvent: true });
  });

  test("an own meeting completes without waiting for a hung body read", async () => {
    const fake = fakeOffice({
      ...BROKEN_DELEGATED,
      shared: FAIL,
      organizer: ok({ emailAddress: DELEGATE, displayName: "Pat" }),
      body: NEVER,
    });
    const handler = await loadEntry(fake.office);
    const completed = jest.fn();
    handler({ completed });
    await jest.advanceTimersByTimeAsync(0);
    expect(completed).toHaveBeenCalledWith({ allowEvent: true });
    await jest.advanceTimersByTimeAsync(60_000);
    expect(completed).toHaveBeenCalledTimes(1);
  });

  test("the overall cap allows the send, and a verdict arriving after it is ignored", async () => {
    // Per-call timeouts longer than the cap, so only the cap can end this; the body then arrives broken.
    const late = { kind: "late", value: BROKEN_TEAMS_BODY, ms: OVERALL_TIMEOUT_MS + 1000 } as const;
    setOffice(fakeOffice({ ...BROKEN_DELEGATED, body: late }).office);
    const handler = createSendHandler({ callTimeoutMs: OVERALL_TIMEOUT_MS * 2, overallTimeoutMs: OVERALL_TIMEOUT_MS });
    const completed = jest.fn();
    handler({ completed });
    await jest.advanceTimersByTimeAsync(OVERALL_TIMEOUT_MS - 1);
    expect(completed).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(1);
    expect(completed).toHaveBeenCalledWith({ allowEvent: true });
    await jest.advanceTimersByTimeAsync(60_000);
    expect(completed).toHaveBeenCalledTimes(1);
  });

  test("the default timings fit inside the cap: two chained calls (body type, then body) cannot outlast it", () => {
    expect(2 * CALL_TIMEOUT_MS).toBeLessThan(OVERALL_TIMEOUT_MS);
  });

  test("event.completed throwing does not escape the handler", async () => {
    const handler = await loadEntry(fakeOffice(BROKEN_DELEGATED).office);
    const completed = jest.fn(() => {
      throw new Error("host gone");
    });
    expect(() => handler({ completed })).not.toThrow();
    await jest.advanceTimersByTimeAsync(20_000);
    expect(completed).toHaveBeenCalledTimes(1);
  });
});

describe("the time budget (issue 29)", () => {
  test("a body read that arrives after the budget: allowed without reading it, with a note in the user's language", async () => {
    for (const language of ["en-US", "fr-FR", "nl-NL", "de-DE"]) {
      const late = { kind: "late", value: BROKEN_TEAMS_BODY, ms: EVALUATION_BUDGET_MS + 100 } as const;
      const fake = fakeOffice({ ...BROKEN_DELEGATED, body: late, language });
      setOffice(fake.office);
      const handler = createSendHandler({ callTimeoutMs: OVERALL_TIMEOUT_MS, overallTimeoutMs: OVERALL_TIMEOUT_MS });
      const completed = jest.fn();
      handler({ completed });
      await jest.advanceTimersByTimeAsync(EVALUATION_BUDGET_MS + 100);
      expect(completed).toHaveBeenCalledTimes(1);
      expect(completed).toHaveBeenCalledWith({ allowEvent: true });
      expect(fake.notes).toHaveBeenCalledTimes(1);
      const [key, details] = fake.notes.mock.calls[0] as [string, { type: string; message: string }];
      expect(key).toBe(UNCHECKED_NOTE_KEY);
      expect(details.type).toBe("informationalMessage");
      expect(details.message).toBe(sendGuardMessages(language).unchecked);
    }
  });

  test("a rule still busy when the budget is spent stops between slices and allows the send with the note", async () => {
    // Each look at the clock costs 25 ms: the budget runs out part-way through a 1 MB body.
    const { body } = bodyOfKind("join-paragraphs");
    const fake = fakeOffice({ ...BROKEN_DELEGATED, body: ok(body) });
    setOffice(fake.office);
    let clock = 0;
    const now = () => (clock += 25);
    const handler = createSendHandler({ callTimeoutMs: CALL_TIMEOUT_MS, overallTimeoutMs: OVERALL_TIMEOUT_MS, now });
    const completed = jest.fn();
    handler({ completed });
    await jest.advanceTimersByTimeAsync(100);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(completed).toHaveBeenCalledWith({ allowEvent: true });
    expect(clock).toBeGreaterThan(EVALUATION_BUDGET_MS);
    expect(fake.notes).toHaveBeenCalledTimes(1);
  });

  test("within the budget the same body is judged: no Teams link, so the send is stopped and no note is left", async () => {
    const { body } = bodyOfKind("join-paragraphs", 50_000);
    const run = await send({ ...BROKEN_DELEGATED, body: ok(body) });
    expect(run.completed).toHaveBeenCalledTimes(1);
    expect((run.completed.mock.calls[0]?.[0] as Completion).allowEvent).toBe(false);
  });

  test("a body longer than Outlook's limit is not read: allowed with the note", async () => {
    const fake = fakeOffice({ ...BROKEN_DELEGATED, body: ok(`${BROKEN_TEAMS_BODY}${" ".repeat(1_000_001)}`) });
    const handler = await loadEntry(fake.office);
    const completed = jest.fn();
    handler({ completed });
    await jest.advanceTimersByTimeAsync(100);
    expect(completed).toHaveBeenCalledWith({ allowEvent: true });
    expect(fake.notes).toHaveBeenCalledTimes(1);
  });

  test("the note fits Outlook's 150 characters, and every alert stays under 500, in every language", () => {
    for (const language of ["en", "fr", "nl", "de", "qps-ploc"]) {
      const messages = sendGuardMessages(language);
      // The pseudo-locale's is longer and cut to Outlook's 150 characters when shown.
      if (language !== "qps-ploc") expect(messages.unchecked.length).toBeLessThanOrEqual(MAX_NOTE_CHARS);
      const quote = "Microsoft Teams Meeting ".repeat(5);
      for (const [location, body] of [
        [quote, "<p>x</p>"],
        ["Zoom", "<p>x</p>"],
        ["Webex", "<p>x</p>"],
        ["Skype for Business", "<p>x</p>"],
        ["Jitsi", "<p>x</p>"],
        ["", `<!--sob-meeting-block:begin--><p>Join: <a>x</a></p><!--sob-meeting-block:end-->`],
      ] as const) {
        const verdict = evaluateSendGuard({ delegation: "delegate", location, subject: "", body, bodyType: "html", messages });
        expect(verdict.allow).toBe(false);
        if (verdict.allow) continue;
        // The real languages fit whole; the pseudo-locale's longer words are cut to fit.
        if (language === "qps-ploc") expect(verdict.message.length).toBeLessThanOrEqual(MAX_SEND_GUARD_MESSAGE_CHARS);
        else expect(verdict.message.length).toBeLessThan(MAX_SEND_GUARD_MESSAGE_CHARS);
        if (language !== "qps-ploc") expect(verdict.message.endsWith("...")).toBe(false);
      }
    }
  });
});

describe("on bodies at Outlook's limit, with real timers (the browser test times the 5-second promise)", () => {
  beforeEach(() => jest.useRealTimers());

  test.each(BODY_KINDS)("%s: completed exactly once (a hang fails on Jest's timeout)", async (kind) => {
    const { body, bodyType } = bodyOfKind(kind);
    const fake = fakeOffice({ ...BROKEN_DELEGATED, bodyType: ok(bodyType), body: ok(body) });
    const handler = await loadEntry(fake.office);
    const completed = jest.fn();
    await new Promise<void>((resolve) =>
      handler({
        completed: (options) => {
          completed(options);
          resolve();
        },
      }),
    );
    // A second completion would come from the cap, whose timer is stopped by the first.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(completed).toHaveBeenCalledTimes(1);
  });
});

describe("decideDelegation", () => {
  test.each<[string | undefined, (string | undefined)[], string]>([
    [DELEGATE, [OWNER, OWNER], "delegate"],
    [DELEGATE, [OWNER, undefined], "delegate"],
    [DELEGATE, [undefined, OWNER], "delegate"],
    [DELEGATE, [DELEGATE, DELEGATE], "self"],
    [DELEGATE, [undefined, ` ${DELEGATE.toUpperCase()}`], "self"],
    [DELEGATE, [OWNER, DELEGATE], "delegate"],
    [DELEGATE, [DELEGATE, OWNER], "delegate"],
    [DELEGATE, [undefined, undefined], "unknown"],
    [DELEGATE, ["", "  "], "unknown"],
    [undefined, [OWNER, OWNER], "unknown"],
    ["  ", [OWNER], "unknown"],
  ])("user %j, owners %j: %s", (user, owners, expected) => {
    expect(decideDelegation(user, owners)).toBe(expected);
  });
});
