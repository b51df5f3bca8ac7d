import { MAX_CUSTOM_PROPERTIES_CHARS } from "../../dev/simulated-office/api";
import { call, install, type Loose } from "./simHarness";

async function load(item: Loose): Promise<Loose> {
  const result = await call<Loose>(item, "loadCustomPropertiesAsync");
  expect(result.status).toBe("succeeded");
  return result.value as Loose;
}

type Props = { get(n: string): unknown; set(n: string, v: unknown): void; remove(n: string): void; getAll(): Record<string, unknown> };

describe("custom properties", () => {
  it("persist into the item only after saveAsync", async () => {
    const { item, host } = await install("delegate-editor");
    const props = (await load(item)) as unknown as Props;
    props.set("sobMeeting", JSON.stringify({ providerId: "teams", joinUrl: "https://x.test" }));
    expect(props.get("sobMeeting")).toContain("teams");
    expect(host.getState().customProperties).toEqual({});
    const reloaded = (await load(item)) as unknown as Props;
    expect(reloaded.get("sobMeeting")).toBeUndefined();

    const saved = await call(props, "saveAsync");
    expect(saved.status).toBe("succeeded");
    expect(host.getState().customProperties).toEqual({ sobMeeting: JSON.stringify({ providerId: "teams", joinUrl: "https://x.test" }) });
    expect(((await load(item)) as unknown as Props).get("sobMeeting")).toContain("x.test");
  });

  it("remove then saveAsync deletes the property; getAll (1.9) lists the in-memory copy", async () => {
    const { item, host } = await install("delegate-editor");
    const props = (await load(item)) as unknown as Props;
    props.set("a", "1");
    props.set("b", { nested: true });
    expect(props.getAll()).toEqual({ a: "1", b: { nested: true } });
    await call(props, "saveAsync");
    props.remove("a");
    await call(props, "saveAsync");
    expect(host.getState().customProperties).toEqual({ b: { nested: true } });
  });

  it("refuses to save more than 2,500 characters", async () => {
    const { item, host } = await install("delegate-editor");
    const props = (await load(item)) as unknown as Props;
    props.set("big", "x".repeat(MAX_CUSTOM_PROPERTIES_CHARS));
    const saved = await call(props, "saveAsync");
    expect(saved.status).toBe("failed");
    expect(saved.error?.name).toBe("DataExceedsMaximumSize");
    expect(host.getState().customProperties).toEqual({});
  });

  it("saveAsync echoes its asyncContext argument", async () => {
    const { item } = await install("delegate-editor");
    const props = await load(item);
    const result = await new Promise<{ asyncContext: unknown }>((resolve) =>
      (props.saveAsync as (cb: (r: { asyncContext: unknown }) => void, c: unknown) => void)(resolve, "ctx"),
    );
    expect(result.asyncContext).toBe("ctx");
  });

  it("has no getAll on hosts below Mailbox 1.9", async () => {
    const { item } = await install("old-client");
    const props = await load(item);
    expect(props.getAll).toBeUndefined();
    expect(typeof props.saveAsync).toBe("function");
  });
});
