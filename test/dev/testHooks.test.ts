/**
 * The simulator's test hooks (dev/simulated-office/testHooks.ts) and the faults unit tests lean on:
 * the call log, a fault on one call only, a wrong value that "succeeds", a refused custom property,
 * and the user typing while Outlook answers.
 */
import {
  createTestHooks,
  ERRORS,
  getScenario,
  installSimulatedOffice,
  ItemStore,
  type FaultMap,
  type SimulatedHost,
  type TestHooks,
} from "../../dev/simulated-office/api";
import { call, type Loose } from "./simHarness";

async function installWithHooks(faults: FaultMap = {}): Promise<{ host: SimulatedHost; hooks: TestHooks; item: Loose }> {
  const scenario = { ...getScenario("delegate-editor"), faults };
  const hooks = createTestHooks();
  const host = installSimulatedOffice(window, scenario, new ItemStore(scenario, null), "light", 0, { testHooks: hooks });
  await host.office.onReady();
  const mailbox = host.office.context.mailbox as Loose;
  return { host, hooks, item: mailbox.item as Loose };
}

/** As installWithHooks, for a test that runs on Jest's fake timers (onReady needs the host's checks to run). */
async function installAfterFakeTimers(faults: FaultMap): Promise<{ host: SimulatedHost; item: Loose }> {
  const scenario = { ...getScenario("delegate-editor"), faults };
  const host = installSimulatedOffice(window, scenario, new ItemStore(scenario, null));
  const ready = host.office.onReady();
  await jest.advanceTimersByTimeAsync(0);
  await ready;
  return { host, item: (host.office.context.mailbox as Loose).item as Loose };
}

describe("the call log", () => {
  it("lists each call in order with its arguments (no callbacks) and how Outlook answered", async () => {
    const { hooks, item } = await installWithHooks({ "item.location.setAsync": { kind: "fail", error: ERRORS.internal() } });
    await call(item, "body.getAsync", "html");
    await call(item, "body.setAsync", "<p>x</p>", { coercionType: "html" });
    await call(item, "location.setAsync", "Room 1");
    expect(hooks.calls).toEqual([
      { target: "item.body.getAsync", args: ["html"], outcome: "succeeded" },
      { target: "item.body.setAsync", args: ["<p>x</p>", { coercionType: "html" }], outcome: "succeeded" },
      { target: "item.location.setAsync", args: ["Room 1"], outcome: "failed" },
    ]);
    // Only the write Outlook accepted counts as a write.
    expect(hooks.writes().map((w) => w.target)).toEqual(["item.body.setAsync"]);
  });

  it("records a synchronous throw and a call that is never answered", async () => {
    const { hooks, item } = await installWithHooks({
      "item.subject.getAsync": { kind: "throw", message: "not here" },
      "item.location.getAsync": { kind: "silent" },
    });
    expect(() => (item.subject as { getAsync: (cb: () => void) => void }).getAsync(() => undefined)).toThrow("not here");
    (item.location as { getAsync: (cb: () => void) => void }).getAsync(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(hooks.calls.map((c) => [c.target, c.outcome])).toEqual([
      ["item.subject.getAsync", "threw"],
      ["item.location.getAsync", "pending"],
    ]);
  });

  it("logs CustomProperties.get, set and remove, and the save as a write", async () => {
    const { host, hooks, item } = await installWithHooks();
    const loaded = await call<Loose>(item, "loadCustomPropertiesAsync");
    const props = loaded.value as { get(n: string): unknown; set(n: string, v: unknown): void; remove(n: string): void };
    props.set("a", "1");
    props.get("a");
    props.remove("b");
    await call(props, "saveAsync");
    expect(hooks.calls.map((c) => c.target)).toEqual([
      "item.loadCustomPropertiesAsync",
      "customProperties.set",
      "customProperties.get",
      "customProperties.remove",
      "customProperties.saveAsync",
    ]);
    expect(hooks.writes().map((w) => w.target)).toEqual(["customProperties.saveAsync"]);
    expect(host.getState().customProperties).toEqual({ a: "1" });
  });
});

describe("faults for one call", () => {
  it("onCall: only that call fails; the calls before and after it work", async () => {
    const { item } = await installWithHooks({
      "item.body.getAsync": { kind: "fail", error: ERRORS.internal("busy"), onCall: 2 },
    });
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await call(item, "body.getAsync", "html"));
    expect(answers.map((a) => a.status)).toEqual(["succeeded", "failed", "succeeded"]);
    expect(answers[1]?.error).toMatchObject({ name: "InternalError", message: "busy" });
  });

  it("succeed-with: a success carrying another value, and nothing changes", async () => {
    const { host, hooks, item } = await installWithHooks({
      "item.body.getAsync": { kind: "succeed-with", value: null },
      "item.location.setAsync": { kind: "succeed-with", value: undefined },
    });
    const before = host.getState();
    expect(await call(item, "body.getAsync", "html")).toMatchObject({ status: "succeeded", value: null });
    expect(await call(item, "location.setAsync", "Elsewhere")).toMatchObject({ status: "succeeded" });
    expect(host.getState()).toBe(before);
    // The log says what the add-in was told: the write "succeeded".
    expect(hooks.writes().map((w) => w.target)).toEqual(["item.location.setAsync"]);
  });

  it("slow: the answer comes that much later and is the real one, read when it comes", async () => {
    jest.useFakeTimers();
    try {
      const { host, item } = await installAfterFakeTimers({ "item.location.getAsync": { kind: "slow", ms: 1000 } });
      let answer: unknown;
      (item.location as { getAsync: (cb: (r: { value: unknown }) => void) => void }).getAsync((r) => (answer = r.value));
      host.store.update({ location: "Moved meanwhile" });
      await jest.advanceTimersByTimeAsync(999);
      expect(answer).toBeUndefined();
      await jest.advanceTimersByTimeAsync(1);
      expect(answer).toBe("Moved meanwhile");
    } finally {
      jest.useRealTimers();
    }
  });

  it("customProperties.set with a throw fault throws, and the saved properties stay as they were", async () => {
    const { host, item } = await installWithHooks({
      "customProperties.set": { kind: "throw", message: "Custom properties exceed 2500 characters." },
    });
    const loaded = await call<Loose>(item, "loadCustomPropertiesAsync");
    const props = loaded.value as { set(n: string, v: unknown): void };
    expect(() => props.set("a", "1")).toThrow("Custom properties exceed 2500 characters.");
    await call(props, "saveAsync");
    expect(host.getState().customProperties).toEqual({});
  });
});

describe("beforeAnswer", () => {
  it("runs just before Outlook answers the n-th call, so the answer sees the user's typing", async () => {
    const { host, hooks, item } = await installWithHooks();
    const seen: [string, number][] = [];
    hooks.beforeAnswer = (target, n) => {
      seen.push([target, n]);
      if (target === "item.body.getAsync" && n === 2) host.store.update({ body: "<p>typed meanwhile</p>" });
    };
    const first = await call(item, "body.getAsync", "html");
    const second = await call(item, "body.getAsync", "html");
    expect(first.value).toBe(getScenario("delegate-editor").item.body);
    expect(second.value).toBe("<p>typed meanwhile</p>");
    expect(seen).toEqual([
      ["item.body.getAsync", 1],
      ["item.body.getAsync", 2],
    ]);
  });
});

describe("calls in flight (what browser tests wait on instead of a fixed sleep)", () => {
  it("counts a call until Outlook answers it, a failure and a slow answer too, and never a silent or throwing one", async () => {
    const { host, item } = await installWithHooks({
      "item.location.setAsync": { kind: "fail", error: ERRORS.internal() },
      "item.subject.getAsync": { kind: "throw", message: "not here" },
      "item.start.getAsync": { kind: "silent" },
      "item.end.getAsync": { kind: "slow", ms: 30 },
    });
    expect(host.pendingCalls()).toBe(0);
    const read = call(item, "body.getAsync", "html");
    const refused = call(item, "location.setAsync", "Room 1");
    const slow = call(item, "end.getAsync");
    expect(() => (item.subject as { getAsync: (cb: () => void) => void }).getAsync(() => undefined)).toThrow("not here");
    (item.start as { getAsync: (cb: () => void) => void }).getAsync(() => undefined);
    expect(host.pendingCalls()).toBe(3);
    await Promise.all([read, refused]);
    expect(host.pendingCalls()).toBe(1);
    await slow;
    expect(host.pendingCalls()).toBe(0);
  });
});
