/** __sim.send(): the user presses Send and Outlook runs the registered OnAppointmentSend handler (Smart Alerts). */
import {
  createControl,
  getScenario,
  installSimulatedOffice,
  ItemStore,
  REASON_EMBEDDED,
  REASON_NOT_LOADED,
  SEND_HANDLER_NAME,
  type HostOptions,
} from "../../dev/simulated-office/api";

async function host(options: HostOptions = {}) {
  const scenario = getScenario("delegate-editor");
  const installed = installSimulatedOffice(window, scenario, new ItemStore(scenario, null), "light", 0, options);
  await installed.hostReady;
  return installed;
}

type Completion = { allowEvent?: boolean; errorMessage?: string };
type SendEvent = { completed(options?: Completion): void };

describe("send()", () => {
  it("without a registered handler sends and says the check is not loaded", async () => {
    const sim = createControl(await host());
    await expect(sim.send()).resolves.toEqual({ ran: false, allowEvent: true, reason: REASON_NOT_LOADED });
    expect(REASON_NOT_LOADED).toMatch(/not loaded here/);
  });

  it("runs the handler and reports a block with its message, or an allowed send", async () => {
    const installed = await host();
    const sim = createControl(installed);
    let verdict: Completion = { allowEvent: false, errorMessage: "No <b>Teams</b> link & no luck" };
    const seen: unknown[] = [];
    installed.office.actions.associate(SEND_HANDLER_NAME, (event) => {
      seen.push(event);
      setTimeout(() => (event as SendEvent).completed(verdict), 5);
    });
    await expect(sim.send()).resolves.toEqual({ ran: true, allowEvent: false, errorMessage: "No <b>Teams</b> link & no luck" });
    verdict = { allowEvent: true };
    await expect(sim.send()).resolves.toEqual({ ran: true, allowEvent: true });
    expect(seen).toHaveLength(2);
    expect(typeof (seen[0] as SendEvent).completed).toBe("function");
  });

  it("uses the first completed() call only, and notes a message over 500 characters", async () => {
    const installed = await host();
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    installed.office.actions.associate(SEND_HANDLER_NAME, (event) => {
      (event as SendEvent).completed({ allowEvent: false, errorMessage: "x".repeat(501) });
      (event as SendEvent).completed({ allowEvent: true });
    });
    const outcome = await installed.send();
    expect(outcome).toMatchObject({ ran: true, allowEvent: false, errorMessage: "x".repeat(501) });
    expect(outcome.reason).toMatch(/501 characters.*500/);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });

  it("times out when completed() never comes, and reports a handler that throws", async () => {
    const installed = await host();
    installed.office.actions.associate(SEND_HANDLER_NAME, () => undefined);
    const outcome = await installed.send({ timeoutMs: 30 });
    expect(outcome).toMatchObject({ ran: true, allowEvent: false });
    expect(outcome.reason).toMatch(/did not call event\.completed\(\) within 30 ms/);
    installed.office.actions.associate(SEND_HANDLER_NAME, () => {
      throw new Error("boom");
    });
    const thrown = await installed.send();
    expect(thrown).toMatchObject({ ran: true, allowEvent: false });
    expect(thrown.reason).toMatch(/threw .*boom/);
  });

  it("web with compose=embedded sends without running the handler; popped out (the default) runs it", async () => {
    for (const [compose, ran] of [
      ["embedded", false],
      ["popout", true],
    ] as const) {
      const installed = await host({ client: "web", compose });
      const handler = jest.fn((event: unknown) => (event as SendEvent).completed({ allowEvent: false, errorMessage: "stop" }));
      installed.office.actions.associate(SEND_HANDLER_NAME, handler);
      const outcome = await createControl(installed).send();
      expect(outcome.ran).toBe(ran);
      expect(handler).toHaveBeenCalledTimes(ran ? 1 : 0);
      if (!ran) expect(outcome).toEqual({ ran: false, allowEvent: true, reason: REASON_EMBEDDED });
    }
    expect(REASON_EMBEDDED).toMatch(/only when the meeting is composed in a separate \(popped-out\) window/);
  });

  it("compose=embedded means nothing outside the web profile", async () => {
    const installed = await host({ client: "classic", compose: "embedded" });
    installed.office.actions.associate(SEND_HANDLER_NAME, (event) => (event as SendEvent).completed({ allowEvent: true }));
    await expect(installed.send()).resolves.toEqual({ ran: true, allowEvent: true });
  });

  it("the real send-time check (src/launchevent) blocks a delegate's Teams meeting without a link", async () => {
    const installed = await host({ client: "web" });
    const { onAppointmentSendHandler } = await import("../../src/launchevent/launchevent");
    installed.office.actions.associate(SEND_HANDLER_NAME, onAppointmentSendHandler as (event: unknown) => void);
    const item = (installed.office.context.mailbox as { item: Record<string, { setAsync: (v: string, cb: () => void) => void }> }).item;
    await new Promise<void>((resolve) => item.location?.setAsync("Microsoft Teams Meeting", resolve));
    const outcome = await installed.send();
    expect(outcome.ran).toBe(true);
    expect(outcome.allowEvent).toBe(false);
    expect(outcome.errorMessage).toMatch(/Teams/);
  });
});
