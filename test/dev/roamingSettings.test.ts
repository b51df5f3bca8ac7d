import { MAX_ROAMING_BYTES } from "../../dev/simulated-office/api";
import { call, install, memoryStorage } from "./simHarness";

type Settings = { get(n: string): unknown; set(n: string, v: unknown): void; remove(n: string): void };

describe("Office.context.roamingSettings", () => {
  it("lives at Office.context.roamingSettings (not on the mailbox), with get/set/remove/saveAsync", async () => {
    const { host, mailbox, roaming } = await install("delegate-editor");
    expect(host.office.context.roamingSettings).toBe(roaming);
    expect(mailbox.roamingSettings).toBeUndefined();
    const settings = roaming as unknown as Settings;
    settings.set("preferredProvider", "zoom");
    expect(settings.get("preferredProvider")).toBe("zoom");
    settings.remove("preferredProvider");
    expect(settings.get("preferredProvider")).toBeUndefined();
  });

  it("persists only on saveAsync and is loaded again on the next start", async () => {
    const storage = memoryStorage();
    const first = await install("delegate-editor", storage);
    (first.roaming as unknown as Settings).set("preferredProvider", "teams");
    expect(first.host.getState().roamingSettings).toEqual({});
    expect((await call(first.roaming, "saveAsync")).status).toBe("succeeded");
    const second = await install("delegate-editor", storage);
    expect((second.roaming as unknown as Settings).get("preferredProvider")).toBe("teams");
  });

  it("fails saveAsync when the settings exceed 32 KB and keeps the last saved copy", async () => {
    const { roaming, host } = await install("delegate-editor");
    const settings = roaming as unknown as Settings;
    settings.set("small", "ok");
    await call(roaming, "saveAsync");
    settings.set("big", "é".repeat(MAX_ROAMING_BYTES / 2)); // 2 bytes each in UTF-8
    const result = await call(roaming, "saveAsync");
    expect(result.status).toBe("failed");
    expect(result.error?.name).toBe("DataExceedsMaximumSize");
    expect(host.getState().roamingSettings).toEqual({ small: "ok" });
  });
});
