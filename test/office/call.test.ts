import { callOffice } from "../../src/office/call";

describe("callOffice turns every way an Office.js call can go wrong into a reason", () => {
  test("success passes the value through", async () => {
    await expect(callOffice<number>("x.getAsync", (cb) => setTimeout(() => cb({ status: "succeeded", value: 42 }), 0))).resolves.toEqual({
      ok: true,
      value: 42,
    });
  });

  test("status failed keeps Office's error name and message", async () => {
    const outcome = await callOffice("body.setAsync", (cb) =>
      cb({ status: "failed", error: { name: "InvalidFormatError", message: "bad format" } }),
    );
    expect(outcome).toEqual({
      ok: false,
      why: "failed",
      reason: "body.setAsync failed: InvalidFormatError: bad format",
      errorName: "InvalidFormatError",
    });
  });

  test("a synchronous throw becomes a failure naming the API", async () => {
    const outcome = await callOffice("item.organizer.getAsync", () => {
      throw new Error("boom");
    });
    expect(outcome).toEqual({ ok: false, why: "failed", reason: "item.organizer.getAsync threw: boom" });
  });

  test("a callback with nothing in it is a failure, not a crash", async () => {
    const outcome = await callOffice("x", (cb) => (cb as unknown as (r: undefined) => void)(undefined));
    expect(outcome.ok).toBe(false);
  });

  test("a call that never calls back times out", async () => {
    jest.useFakeTimers();
    try {
      const pending = callOffice("item.getSharedPropertiesAsync", () => undefined, 3000);
      jest.advanceTimersByTime(3000);
      await expect(pending).resolves.toEqual({
        ok: false,
        why: "timed-out",
        reason: "item.getSharedPropertiesAsync did not answer within 3 seconds",
      });
    } finally {
      jest.useRealTimers();
    }
  });

  test("a second callback after the first is ignored", async () => {
    const outcome = await callOffice<number>("x", (cb) => {
      cb({ status: "succeeded", value: 1 });
      cb({ status: "failed", error: { name: "Late", message: "late" } });
    });
    expect(outcome).toEqual({ ok: true, value: 1 });
  });
});
