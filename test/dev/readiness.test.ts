/**
 * When the simulated host says Office is ready: as office.debug.js does (readiness.ts), the later of
 * the host's answer (its delay after office.js ran) and the add-in's Office.onReady call, on Office.js's
 * 50 ms check when the call came late. Fake timers, so every instant is exact.
 */
import { getScenario, installSimulatedOffice, ItemStore, type SimulatedHost } from "../../dev/simulated-office/api";
import { HOST_POLL_CHECKS, HOST_POLL_MS, NOT_LOADED_MESSAGE, startOffice } from "../../dev/simulated-office/readiness";

beforeEach(() => {
  jest.useFakeTimers();
});

afterEach(() => {
  jest.useRealTimers();
  jest.restoreAllMocks();
});

/** The fake clock's time when `promise` settled, or undefined while it has not. */
function stampOf(promise: Promise<unknown>): { readonly at: number | undefined } {
  const stamp: { at: number | undefined } = { at: undefined };
  void promise.then(() => (stamp.at = Date.now()));
  return stamp;
}

/** Advances the fake clock to `ms` after `start`, letting promise callbacks run on the way. */
async function advanceTo(start: number, ms: number): Promise<void> {
  await jest.advanceTimersByTimeAsync(start + ms - Date.now());
}

function install(delayMs: number): { host: SimulatedHost; start: number } {
  const scenario = getScenario("delegate-editor");
  const start = Date.now();
  return { host: installSimulatedOffice(window, scenario, new ItemStore(scenario, null), "light", delayMs), start };
}

describe("the simulated host starts Office as Office.js does", () => {
  it("an add-in that called Office.onReady before the host answered is ready the moment the host answers", async () => {
    const { host, start } = install(300);
    const ready = stampOf(host.office.onReady());
    const hostReady = stampOf(host.hostReady);
    await advanceTo(start, 299);
    expect(ready.at).toBeUndefined();
    await advanceTo(start, 300);
    expect(hostReady.at).toBe(start + 300);
    expect(ready.at).toBe(start + 300);
  });

  it("a late call waits for the host's next 50 ms check, not for the call itself", async () => {
    const { host, start } = install(300);
    await advanceTo(start, 320);
    // The host has answered and filled in the mailbox; the add-in has not asked yet.
    expect(host.office.context.mailbox).toBeDefined();
    const ready = stampOf(host.office.onReady());
    await advanceTo(start, 349);
    expect(ready.at).toBeUndefined();
    await advanceTo(start, 350);
    expect(ready.at).toBe(start + 350);
  });

  it("with the host ready at once, a bundle that calls after 120 ms is ready on the check at 150 ms", async () => {
    const { host, start } = install(0);
    await advanceTo(start, 120);
    const ready = stampOf(host.office.onReady());
    await advanceTo(start, 149);
    expect(ready.at).toBeUndefined();
    await advanceTo(start, 150);
    expect(ready.at).toBe(start + 150);
  });

  it("does not wait for DOMContentLoaded: a page still being parsed gets Office after the host's delay alone", async () => {
    jest.spyOn(document, "readyState", "get").mockReturnValue("loading");
    const { host, start } = install(100);
    const ready = stampOf(host.office.onReady());
    await advanceTo(start, 100);
    expect(ready.at).toBe(start + 100);
  });

  it("setting Office.initialize counts like calling Office.onReady, and it runs before onReady's callbacks", async () => {
    const { host, start } = install(0);
    const order: string[] = [];
    await advanceTo(start, 60);
    host.office.initialize = (reason) => order.push(`initialize ${reason}`);
    void host.ready.then(() => order.push("ready"));
    await advanceTo(start, 99);
    expect(order).toEqual([]);
    await advanceTo(start, 100);
    expect(order).toEqual(["initialize inserted", "ready"]);
  });

  it("an add-in that never calls is never ready; Office.js's own message says why, after its last check at 10 s", async () => {
    const error = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const { host, start } = install(0);
    const ready = stampOf(host.ready);
    await advanceTo(start, 9_999);
    expect(error).not.toHaveBeenCalled();
    await advanceTo(start, 10_000);
    expect(error).toHaveBeenCalledWith(`[simulated Office] ${NOT_LOADED_MESSAGE}`);
    await advanceTo(start, 20_000);
    expect(ready.at).toBeUndefined();
    // A call after Office.js gave up changes nothing, as there: nobody checks any more.
    const late = stampOf(host.office.onReady());
    await advanceTo(start, 30_000);
    expect(late.at).toBeUndefined();
  });

  it("the send-time check runs once the host has answered, without the page calling Office.onReady", async () => {
    const { host, start } = install(200);
    const sent = stampOf(host.send());
    await advanceTo(start, 200);
    expect(sent.at).toBe(start + 200);
  });
});

describe("startOffice", () => {
  it("checks once when the host answers, then every 50 ms, 201 times in all (waitForFunction(…, 400, 50))", () => {
    const checks: number[] = [];
    const start = Date.now();
    const onGiveUp = jest.fn();
    startOffice(40, {
      addinHasCalled: () => {
        checks.push(Date.now() - start);
        return false;
      },
      onHostReady: () => undefined,
      onReady: () => undefined,
      onGiveUp,
    });
    jest.advanceTimersByTime(20_000);
    expect(checks).toHaveLength(HOST_POLL_CHECKS);
    expect(checks[0]).toBe(40);
    expect(checks[1]).toBe(40 + HOST_POLL_MS);
    expect(checks.at(-1)).toBe(40 + 10_000);
    expect(onGiveUp).toHaveBeenCalledTimes(1);
  });

  it("fills in the context before the first check, so a page that called early finds the mailbox in onReady", () => {
    const order: string[] = [];
    startOffice(0, {
      addinHasCalled: () => {
        order.push("check");
        return true;
      },
      onHostReady: () => order.push("context"),
      onReady: () => order.push("initialize"),
      onGiveUp: () => order.push("give up"),
    });
    jest.advanceTimersByTime(0);
    expect(order).toEqual(["context", "check", "initialize"]);
  });
});
