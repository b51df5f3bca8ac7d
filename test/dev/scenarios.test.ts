import { getScenario, SCENARIOS, type ScenarioId } from "../../dev/simulated-office/api";
import { call, flush, install, member } from "./simHarness";

const ALL_IDS: ScenarioId[] = [
  "body-plain-paragraphs",
  "body-join-paragraphs",
  "body-punctuation-run",
  "body-nested-links",
  "body-plain-text",
  "own-calendar",
  "own-calendar-shared-self",
  "delegate-editor",
  "delegate-author",
  "delegate-reviewer",
  "delegate-zero",
  "delegate-zero-mac",
  "old-client",
  "shared-props-failing",
  "organizer-undefined",
  "plain-text-body",
  "hostile-name",
  "never-calls-back",
  "throws",
  "huge-body",
];

describe("scenarios", () => {
  it("has every required scenario, each with a unique id, a label and a description", () => {
    expect(SCENARIOS.map((s) => s.id).sort()).toEqual([...ALL_IDS].sort());
    for (const scenario of SCENARIOS) {
      expect(scenario.label.length).toBeGreaterThan(3);
      expect(scenario.description.length).toBeGreaterThan(10);
    }
  });

  it("falls back to delegate-editor for unknown ids", () => {
    expect(getScenario("nope").id).toBe("delegate-editor");
    expect(getScenario(undefined).id).toBe("delegate-editor");
  });

  it.each([
    ["delegate-editor", 63],
    ["delegate-author", 23],
    ["delegate-reviewer", 1],
    ["delegate-zero", 0],
    ["delegate-zero-mac", 0],
  ])("%s: shared properties name Alex as owner with %i", async (id, bits) => {
    const { item, mailbox } = await install(id);
    const shared = await call(item, "getSharedPropertiesAsync");
    expect(shared.status).toBe("succeeded");
    expect(shared.value).toEqual({
      owner: "alex.wilber@contoso.com",
      targetMailbox: "alex.wilber@contoso.com",
      targetRestUrl: expect.stringMatching(/^https:/),
      delegatePermissions: bits,
    });
    expect(member(mailbox, "userProfile.emailAddress")).toBe("megan.bowen@contoso.com");
    expect(member(mailbox, "userProfile.displayName")).toBe("Megan Bowen");
  });

  it("delegate-zero-mac runs on Mac, delegate-zero on Windows", async () => {
    expect((await install("delegate-zero-mac")).host.office.context.platform).toBe("Mac");
    expect((await install("delegate-zero")).host.office.context.platform).toBe("PC");
  });

  it("own-calendar: the user organizes and getSharedPropertiesAsync fails", async () => {
    const { item, mailbox } = await install("own-calendar");
    expect((await call(item, "organizer.getAsync")).value).toEqual({ emailAddress: "megan.bowen@contoso.com", displayName: "Megan Bowen" });
    expect(member(mailbox, "userProfile.emailAddress")).toBe("megan.bowen@contoso.com");
    const shared = await call(item, "getSharedPropertiesAsync");
    expect(shared.status).toBe("failed");
    expect(shared.value).toBeUndefined();
    expect(shared.error).toEqual({ name: expect.any(String), message: expect.any(String), code: expect.any(Number) });
  });

  it("own-calendar-shared-self: shared properties name the user", async () => {
    const { item } = await install("own-calendar-shared-self");
    expect((await call<{ owner: string }>(item, "getSharedPropertiesAsync")).value?.owner).toBe("megan.bowen@contoso.com");
    expect(member(await install("own-calendar-shared-self"), "mailbox.diagnostics.OWAView")).toBe("ThreeColumns");
  });

  it("old-client: no getSharedPropertiesAsync, organizer present and is the owner", async () => {
    const { item, host } = await install("old-client");
    expect("getSharedPropertiesAsync" in item).toBe(false);
    expect(typeof item.getSharedPropertiesAsync).toBe("undefined");
    expect((await call(item, "organizer.getAsync")).value).toMatchObject({ emailAddress: "alex.wilber@contoso.com" });
    const isSet = (v: string) =>
      (host.office.context.requirements as { isSetSupported(n: string, v?: string): boolean }).isSetSupported("Mailbox", v);
    expect(isSet("1.7")).toBe(true);
    expect(isSet("1.8")).toBe(false);
  });

  it("shared-props-failing: the call fails, the organizer is the owner", async () => {
    const { item } = await install("shared-props-failing");
    const shared = await call(item, "getSharedPropertiesAsync", { asyncContext: "a" });
    expect(shared).toMatchObject({ status: "failed", asyncContext: "a", error: { name: "InternalError" } });
    expect((await call(item, "organizer.getAsync")).value).toMatchObject({ emailAddress: "alex.wilber@contoso.com" });
  });

  it("organizer-undefined: item.organizer is undefined, shared properties say Editor", async () => {
    const { item } = await install("organizer-undefined");
    expect(item.organizer).toBeUndefined();
    expect((await call<{ delegatePermissions: number }>(item, "getSharedPropertiesAsync")).value?.delegatePermissions).toBe(63);
  });

  it("plain-text-body: text body for a delegate editor", async () => {
    const { item } = await install("plain-text-body");
    expect((await call(item, "body.getTypeAsync")).value).toBe("text");
  });

  it("hostile-name: markup, quotes, RTL override and 300+ characters in the owner's name, valid address", async () => {
    const { item } = await install("hostile-name");
    const organizer = (await call<{ emailAddress: string; displayName: string }>(item, "organizer.getAsync")).value;
    expect(organizer?.displayName).toContain("<img src=x onerror=alert(1)>");
    expect(organizer?.displayName).toContain("\"'&; DROP");
    expect(organizer?.displayName).toContain("\u202E");
    expect(organizer?.displayName.length).toBeGreaterThan(300);
    expect(organizer?.emailAddress).toMatch(/^[a-z.]+@contoso\.com$/);
  });

  it("never-calls-back: getSharedPropertiesAsync accepts the call and stays silent", async () => {
    const { item } = await install("never-calls-back");
    const callback = jest.fn();
    (item.getSharedPropertiesAsync as (cb: () => void) => void)(callback);
    await flush(30);
    expect(callback).not.toHaveBeenCalled();
  });

  it("throws: organizer.getAsync throws synchronously", async () => {
    const { item } = await install("throws");
    expect(() => (member(item, "organizer.getAsync") as (cb: () => void) => void)(() => undefined)).toThrow();
  });

  it("injects the undefined-result fault: the callback receives undefined", async () => {
    const { item } = await install({
      ...getScenario("delegate-editor"),
      faults: { "item.body.getTypeAsync": { kind: "undefined-result" } },
    });
    const result = await new Promise<unknown>((resolve) =>
      (member(item, "body.getTypeAsync") as (cb: (r: unknown) => void) => void).call(item.body, resolve),
    );
    expect(result).toBeUndefined();
  });

  it("injects the absent and fail faults on any listed member", async () => {
    const { item, roaming } = await install({
      ...getScenario("delegate-editor"),
      faults: {
        "item.location.setAsync": { kind: "absent" },
        "roamingSettings.saveAsync": { kind: "fail", error: { name: "GenericSettingsError", message: "offline", code: 1 } },
      },
    });
    expect(member(item, "location.setAsync")).toBeUndefined();
    expect(typeof member(item, "location.getAsync")).toBe("function");
    expect(await call(roaming, "saveAsync")).toMatchObject({ status: "failed", error: { name: "GenericSettingsError" } });
  });

  it("every scenario installs and answers the basic reads", async () => {
    for (const scenario of SCENARIOS) {
      const { item, mailbox, host } = await install(scenario);
      expect(host.office.context.platform).toBe(scenario.host.platform);
      expect(member(mailbox, "diagnostics.hostName")).toBe(scenario.host.hostName);
      expect((await call(item, "subject.getAsync")).value).toBe(scenario.item.subject);
      expect((await call(item, "location.getAsync")).value).toBe(scenario.item.location);
    }
  });
});
