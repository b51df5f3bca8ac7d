import { readPreferredProvider } from "../../src/office/roaming";
import { savePreferredProvider } from "../../src/office/roamingWrites";

describe("the user's preferred meeting service", () => {
  test("is saved to roaming settings and read back", async () => {
    const store = new Map<string, unknown>();
    const settings = {
      get: (k: string) => store.get(k),
      set: (k: string, v: unknown) => void store.set(k, v),
      saveAsync: (cb?: (r: unknown) => void) => cb?.({ status: "succeeded" }),
    };
    await expect(savePreferredProvider(settings, "zoom-room")).resolves.toEqual({ ok: true, value: undefined });
    expect(readPreferredProvider(settings)).toBe("zoom-room");
  });

  test("missing or failing roaming settings never throw", async () => {
    expect(readPreferredProvider(undefined)).toBeUndefined();
    expect(
      readPreferredProvider({
        get: () => {
          throw new Error("x");
        },
      }),
    ).toBeUndefined();
    await expect(savePreferredProvider(undefined, "jitsi")).resolves.toMatchObject({ ok: false });
    const full = {
      set: () => undefined,
      saveAsync: (cb?: (r: unknown) => void) => cb?.({ status: "failed", error: { name: "DataExceedsMaximumSize", message: "32 KB" } }),
    };
    await expect(savePreferredProvider(full, "jitsi")).resolves.toMatchObject({ ok: false, errorName: "DataExceedsMaximumSize" });
  });
});
