import { getScenario, type SimAsyncResult } from "../../dev/simulated-office/api";
import { call, flush, install, member } from "./simHarness";

describe("Office.js calling conventions", () => {
  it("calls back with an AsyncResult whether or not options are given", async () => {
    const { item } = await install("delegate-editor");
    const withoutOptions = await call<string>(item, "subject.getAsync");
    expect(withoutOptions).toEqual({ status: "succeeded", value: "Q3 planning review", error: undefined, asyncContext: undefined });
    const withOptions = await call<string>(item, "subject.getAsync", { asyncContext: { n: 1 } });
    expect(withOptions.status).toBe("succeeded");
    expect(withOptions.value).toBe("Q3 planning review");
  });

  it("echoes asyncContext, the very same object, in success and in failure", async () => {
    const { item } = await install("own-calendar");
    const context = { request: 42 };
    const ok = await call(item, "body.getTypeAsync", { asyncContext: context });
    expect(ok.asyncContext).toBe(context);
    const failed = await call(item, "getSharedPropertiesAsync", { asyncContext: context });
    expect(failed.status).toBe("failed");
    expect(failed.asyncContext).toBe(context);
  });

  it("passes asyncContext as the second argument of the callback-first methods", async () => {
    const { item } = await install("delegate-editor");
    const loaded = await new Promise<SimAsyncResult>((resolve) =>
      (item.loadCustomPropertiesAsync as (cb: (r: SimAsyncResult) => void, ctx: unknown) => void)(resolve, "user-context"),
    );
    expect(loaded.asyncContext).toBe("user-context");
  });

  it("never calls back synchronously", async () => {
    const { item } = await install("delegate-editor");
    let called = false;
    (member(item, "subject.getAsync") as (cb: () => void) => void)(() => {
      called = true;
    });
    expect(called).toBe(false);
    await flush();
    expect(called).toBe(true);
  });

  it("applies writes later, when Outlook answers, not at call time", async () => {
    const { item, host } = await install("delegate-editor");
    (member(item, "location.setAsync") as (value: string) => void).call(item.location, "Room 1");
    expect(host.getState().location).toBe("Conf Room Adams (12)");
    await flush();
    expect(host.getState().location).toBe("Room 1");
  });

  it("accepts a missing callback for writes", async () => {
    const { item, host } = await install("delegate-editor");
    (member(item, "subject.setAsync") as (value: string, options: object) => void).call(item.subject, "New subject", {});
    await flush();
    expect(host.getState().subject).toBe("New subject");
  });

  it("throws synchronously on arguments Office.js would reject", async () => {
    const { item } = await install("delegate-editor");
    expect(() => (member(item, "body.getAsync") as (t: string, cb: () => void) => void).call(item.body, "rtf", () => undefined)).toThrow(
      /coercionType/,
    );
    expect(() => (member(item, "body.setAsync") as (d: unknown) => void).call(item.body, 42)).toThrow(/Sys.ArgumentException/);
    expect(() =>
      (member(item, "subject.getAsync") as (o: unknown, cb: unknown) => void).call(item.subject, "not options", () => undefined),
    ).toThrow();
  });

  it("keeps the host alive when an add-in callback throws", async () => {
    const { item } = await install("delegate-editor");
    const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
    (member(item, "subject.getAsync") as (cb: () => void) => void).call(item.subject, () => {
      throw new Error("add-in bug");
    });
    await flush();
    expect(spy).toHaveBeenCalled();
    spy.mockRestore();
    expect((await call(item, "subject.getAsync")).status).toBe("succeeded");
  });

  it("delays callbacks by the scenario's latency", async () => {
    const { item } = await install({ ...getScenario("delegate-editor"), latencyMs: 40 });
    const started = Date.now();
    await call(item, "subject.getAsync");
    expect(Date.now() - started).toBeGreaterThanOrEqual(30);
  });
});
