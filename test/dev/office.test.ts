import { getScenario, installSimulatedOffice, ItemStore } from "../../dev/simulated-office/api";
import { install } from "./simHarness";

type Requirements = { isSetSupported(name: unknown, version?: unknown): boolean };

describe("the Office global", () => {
  it("defines window.Office with the enumerations as strings and DelegatePermissions as bits", async () => {
    const { host } = await install("delegate-editor");
    const office = (window as unknown as { Office: typeof host.office }).Office;
    expect(office).toBe(host.office);
    expect(office.AsyncResultStatus).toEqual({ Succeeded: "succeeded", Failed: "failed" });
    expect(office.CoercionType).toMatchObject({ Html: "html", Text: "text" });
    expect(office.HostType.Outlook).toBe("Outlook");
    expect(office.PlatformType.Mac).toBe("Mac");
    expect(office.MailboxEnums.DelegatePermissions).toEqual({ Read: 1, Write: 2, DeleteOwn: 4, DeleteAll: 8, EditOwn: 16, EditAll: 32 });
    expect(office.MailboxEnums.ItemNotificationMessageType.InformationalMessage).toBe("informationalMessage");
  });

  it("onReady resolves with host and platform, calls its callback, and the mailbox appears only once the host has answered", async () => {
    const scenario = getScenario("delegate-zero-mac");
    const host = installSimulatedOffice(window, scenario, new ItemStore(scenario, null));
    expect(host.office.context.mailbox).toBeUndefined();
    const callback = jest.fn();
    const info = await host.office.onReady(callback);
    expect(info).toEqual({ host: "Outlook", platform: "Mac" });
    expect(callback).toHaveBeenCalledWith({ host: "Outlook", platform: "Mac" });
    expect(host.office.context.mailbox).toBeDefined();
    // Already ready: later calls resolve too.
    await expect(host.office.onReady()).resolves.toEqual(info);
  });

  it("calls a legacy Office.initialize set before ready", async () => {
    const scenario = getScenario("delegate-editor");
    const host = installSimulatedOffice(window, scenario, new ItemStore(scenario, null));
    const initialize = jest.fn();
    host.office.initialize = initialize;
    await host.ready;
    expect(initialize).toHaveBeenCalledWith("inserted");
  });

  it("isSetSupported honours the scenario's highest Mailbox version, numerically", async () => {
    const { host } = await install("delegate-editor"); // 1.14
    const requirements = host.office.context.requirements as Requirements;
    expect(requirements.isSetSupported("Mailbox", "1.1")).toBe(true);
    expect(requirements.isSetSupported("mailbox", "1.9")).toBe(true);
    expect(requirements.isSetSupported("Mailbox", "1.10")).toBe(true);
    expect(requirements.isSetSupported("Mailbox", "1.14")).toBe(true);
    expect(requirements.isSetSupported("Mailbox", "1.15")).toBe(false);
    expect(requirements.isSetSupported("Mailbox", "2.0")).toBe(false);
    expect(requirements.isSetSupported("Mailbox")).toBe(true);
    expect(requirements.isSetSupported("ExcelApi", "1.1")).toBe(false);
    const old = (await install("old-client")).host.office.context.requirements as Requirements;
    expect(old.isSetSupported("Mailbox", "1.7")).toBe(true);
    expect(old.isSetSupported("Mailbox", "1.8")).toBe(false);
  });

  it("records Office.actions.associate handlers", async () => {
    const { host } = await install("delegate-editor");
    const handler = jest.fn();
    host.office.actions.associate("onAppointmentSendHandler", handler);
    expect(host.handlers.onAppointmentSendHandler).toBe(handler);
    expect(() => host.office.actions.associate("x", "nope" as never)).toThrow();
  });

  it("exposes user profile and diagnostics like Outlook", async () => {
    const { mailbox } = await install("delegate-editor");
    expect(mailbox.userProfile).toEqual({
      emailAddress: "megan.bowen@contoso.com",
      displayName: "Megan Bowen",
      timeZone: expect.any(String),
      accountType: "enterprise",
    });
    expect(mailbox.diagnostics).toEqual({ hostName: "Outlook", hostVersion: expect.stringMatching(/^16\./) });
  });
});
