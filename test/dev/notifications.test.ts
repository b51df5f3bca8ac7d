import { MAX_NOTIFICATION_MESSAGE, MAX_NOTIFICATIONS } from "../../dev/simulated-office/api";
import { call, install, member } from "./simHarness";

const info = (message: string) => ({ type: "informationalMessage", message, icon: "Icon.16x16", persistent: false });

describe("item.notificationMessages", () => {
  it("adds, replaces, lists and removes", async () => {
    const { item, host } = await install("delegate-editor");
    expect((await call(item, "notificationMessages.addAsync", "k1", info("Hello"), { asyncContext: 1 })).asyncContext).toBe(1);
    await call(item, "notificationMessages.replaceAsync", "k1", { type: "errorMessage", message: "Oops" });
    await call(item, "notificationMessages.replaceAsync", "k2", { type: "progressIndicator", message: "Working" });
    const all = await call<unknown[]>(item, "notificationMessages.getAllAsync");
    expect(all.value).toEqual([
      { key: "k1", type: "errorMessage", message: "Oops" },
      { key: "k2", type: "progressIndicator", message: "Working" },
    ]);
    expect((await call(item, "notificationMessages.removeAsync", "k1")).status).toBe("succeeded");
    expect((await call(item, "notificationMessages.removeAsync", "nope")).error?.name).toBe("KeyNotFound");
    expect(host.getState().notifications.map((n) => n.key)).toEqual(["k2"]);
  });

  it("allows at most five", async () => {
    const { item } = await install("delegate-editor");
    for (let i = 0; i < MAX_NOTIFICATIONS; i++)
      expect((await call(item, "notificationMessages.addAsync", `k${i}`, info(`m${i}`))).status).toBe("succeeded");
    const sixth = await call(item, "notificationMessages.addAsync", "k5", info("m5"));
    expect(sixth.status).toBe("failed");
    expect(sixth.error?.name).toBe("NumberOfNotificationMessagesExceeded");
    expect((await call(item, "notificationMessages.addAsync", "k0", info("dup"))).error?.name).toBe("DuplicateNotificationKey");
  });

  it("rejects messages over 150 characters, keys over 32 and informational messages without an icon", async () => {
    const { item } = await install("delegate-editor");
    const add = member(item, "notificationMessages.addAsync") as (...args: unknown[]) => void;
    expect(() => add.call(item.notificationMessages, "k", info("m".repeat(MAX_NOTIFICATION_MESSAGE + 1)))).toThrow(/message/);
    expect(() => add.call(item.notificationMessages, "k".repeat(33), info("m"))).toThrow(/key/);
    expect(() => add.call(item.notificationMessages, "k", { type: "informationalMessage", message: "m" })).toThrow(/icon/);
    expect(() => add.call(item.notificationMessages, "k", { type: "errorMessage", message: "m", icon: "x" })).toThrow(/icon/);
    expect((await call(item, "notificationMessages.addAsync", "k", info("m".repeat(MAX_NOTIFICATION_MESSAGE)))).status).toBe("succeeded");
  });
});
