import { MAX_LOCATION, MAX_SUBJECT } from "../../dev/simulated-office/api";
import { call, install } from "./simHarness";

describe("subject, location, organizer, times, saveAsync", () => {
  it("limits location to 255 characters with a DataExceedsMaximumSize failure", async () => {
    const { item, host } = await install("delegate-editor");
    const tooLong = await call(item, "location.setAsync", "r".repeat(MAX_LOCATION + 1), { asyncContext: 7 });
    expect(tooLong).toMatchObject({ status: "failed", asyncContext: 7, error: { name: "DataExceedsMaximumSize" } });
    expect(typeof tooLong.error?.message).toBe("string");
    expect(typeof tooLong.error?.code).toBe("number");
    expect(host.getState().location).toBe("Conf Room Adams (12)");
    expect((await call(item, "location.setAsync", "r".repeat(MAX_LOCATION))).status).toBe("succeeded");
    expect((await call(item, "location.getAsync")).value).toBe("r".repeat(MAX_LOCATION));
  });

  it("limits the subject to 255 characters", async () => {
    const { item } = await install("delegate-editor");
    expect((await call(item, "subject.setAsync", "s".repeat(MAX_SUBJECT + 1))).error?.name).toBe("DataExceedsMaximumSize");
    expect((await call(item, "subject.setAsync", "Short")).status).toBe("succeeded");
    expect((await call(item, "subject.getAsync")).value).toBe("Short");
  });

  it("reports the organizer as an EmailAddressDetails-like object", async () => {
    const { item } = await install("delegate-editor");
    expect((await call(item, "organizer.getAsync")).value).toEqual({ emailAddress: "alex.wilber@contoso.com", displayName: "Alex Wilber" });
  });

  it("returns start and end as Dates and keeps the duration when the start moves", async () => {
    const { item } = await install("delegate-editor");
    const start = (await call<Date>(item, "start.getAsync")).value;
    expect(start).toBeInstanceOf(Date);
    expect(start?.toISOString()).toBe("2025-09-16T08:00:00.000Z");
    await call(item, "start.setAsync", new Date("2025-09-17T10:00:00.000Z"));
    expect((await call<Date>(item, "end.getAsync")).value?.toISOString()).toBe("2025-09-17T11:00:00.000Z");
    expect((await call(item, "end.setAsync", new Date("2025-09-17T09:00:00.000Z"))).status).toBe("failed");
  });

  it("saveAsync returns a stable item id and counts saves", async () => {
    const { item, host } = await install("delegate-editor");
    const first = await call<string>(item, "saveAsync");
    const second = await call<string>(item, "saveAsync", { asyncContext: "s" });
    expect(first.value).toMatch(/^AAMk/);
    expect(second.value).toBe(first.value);
    expect(second.asyncContext).toBe("s");
    expect(host.getState().saveCount).toBe(2);
  });
});
