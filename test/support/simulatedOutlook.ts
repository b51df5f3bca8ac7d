/**
 * Outlook for the tests: the simulated host (dev/simulated-office, the one the browser tests and the
 * playground use) installed on jsdom's window. A test picks a scenario and changes what it needs (who
 * is signed in, the organizer, the shared properties, the host, the Mailbox version, faults): the
 * quirks Outlook has are the simulator's, stated once. Also the rendered join blocks to insert.
 */
import { clearImmediate as nodeClearImmediate, setImmediate as nodeSetImmediate } from "node:timers";
import {
  createTestHooks,
  getScenario,
  installSimulatedOffice,
  ItemStore,
  type BodyType,
  type ClientProfile,
  type FaultMap,
  type InitialItem,
  type ItemState,
  type Scenario,
  type SimulatedHost,
  type TestHooks,
} from "../../dev/simulated-office/api";
import type { RenderedBlock } from "../../src/office/appointment";
import { renderBlocks } from "../../src/meeting/render";
import type { BlockOptions } from "../../src/meeting/block";
import type { MeetingLink } from "../../src/meeting/types";
import type { ItemLike, OfficeLike } from "../../src/office/officeShape";

export interface SimOutlook {
  readonly host: SimulatedHost;
  readonly store: ItemStore;
  /** window.Office as the add-in sees it. */
  readonly office: OfficeLike;
  /** Office.context.mailbox.item. */
  readonly item: ItemLike;
  /** The call log and beforeAnswer hook, when installed with `testHooks: true` (else undefined). */
  readonly hooks: TestHooks | undefined;
  state(): ItemState;
  /** Puts the item back to a known state without reinstalling (cheap enough for every property run). */
  load(item: { body: string; bodyType: BodyType; location?: string }): void;
}

export interface SimOptions {
  readonly scenarioId?: string;
  readonly faults?: FaultMap;
  readonly item?: Partial<InitialItem>;
  /**
   * The rest of the scenario to change: user, organizer, shared (what getSharedPropertiesAsync
   * answers), host, maxMailboxVersion. Values Outlook should never send (a number for an address)
   * are what hostile-input tests put here.
   */
  readonly scenario?: Partial<Omit<Scenario, "item" | "faults">>;
  /** The Outlook client the host behaves like (a profile or its id; default "faithful": bodies kept byte for byte). */
  readonly client?: ClientProfile | string;
  /** Keep a call log and allow a beforeAnswer hook (dev/simulated-office/testHooks.ts). Off for property runs, whose logs would grow. */
  readonly testHooks?: boolean;
}

/** Installs a fresh simulated Outlook (no sessionStorage, so nothing leaks between tests) and waits until it is ready. */
export async function installSimOutlook(options: SimOptions = {}): Promise<SimOutlook> {
  const base = getScenario(options.scenarioId ?? "delegate-editor");
  const scenario = {
    ...base,
    ...options.scenario,
    item: { ...base.item, ...options.item },
    ...(options.faults ? { faults: options.faults } : {}),
  };
  const store = new ItemStore(scenario, null);
  const hooks = options.testHooks ? createTestHooks() : undefined;
  const host = installSimulatedOffice(window, scenario, store, "light", 0, {
    ...(options.client ? { client: options.client } : {}),
    ...(hooks ? { testHooks: hooks } : {}),
  });
  await host.office.onReady();
  const office = host.office as unknown as OfficeLike;
  const item = office.context?.mailbox?.item;
  if (!item) throw new Error("the simulated host has no item");
  return {
    host,
    store,
    office,
    item,
    hooks,
    state: () => store.getState(),
    load: ({ body, bodyType, location = "" }) => {
      store.update({ body, bodyType, location, customProperties: {} });
    },
  };
}

export const ZOOM_LINK: MeetingLink = {
  providerId: "zoom",
  providerName: "Zoom",
  joinUrl: "https://contoso.zoom.us/j/81234567890?pwd=abc",
  meetingId: "812 3456 7890",
  dialIn: ["+1 555 0100,,81234567890#", "+44 20 7946 0000"],
};

export const JITSI_LINK: MeetingLink = {
  providerId: "jitsi",
  providerName: "Jitsi Meet",
  joinUrl: "https://meet.jit.si/ContosoPlanningReviewQuietRiver42",
};

export function block(link: MeetingLink, options: BlockOptions = {}): RenderedBlock {
  return renderBlocks(link, options);
}

/**
 * The simulated host answers every call with setTimeout(…, 0), which Node clamps to 1 ms: about 40 ms
 * of waiting per insert/replace/remove cycle. This runs zero-delay timeouts with setImmediate instead,
 * so callbacks still come on a later task (microtasks drain first, as with Outlook's IPC) but without
 * the clamp. Timeouts with a delay (callOffice's watchdog) stay real. Returns the undo.
 */
export function useImmediateZeroDelayTimeouts(): () => void {
  const realSetTimeout = globalThis.setTimeout;
  const realClearTimeout = globalThis.clearTimeout;
  const immediates = new WeakSet<object>();
  const fastSetTimeout = (handler: unknown, delay?: number, ...args: unknown[]): unknown => {
    if (typeof handler === "function" && !(typeof delay === "number" && delay > 0)) {
      const immediate = nodeSetImmediate(() => (handler as (...a: unknown[]) => void)(...args));
      immediates.add(immediate);
      return immediate;
    }
    return (realSetTimeout as (...a: unknown[]) => unknown)(handler, delay, ...args);
  };
  const fastClearTimeout = (handle: unknown): void => {
    if (typeof handle === "object" && handle !== null && immediates.has(handle)) nodeClearImmediate(handle as NodeJS.Immediate);
    else realClearTimeout(handle as Parameters<typeof clearTimeout>[0]);
  };
  const globals = globalThis as unknown as Record<"setTimeout" | "clearTimeout", unknown>;
  globals.setTimeout = fastSetTimeout;
  globals.clearTimeout = fastClearTimeout;
  return () => {
    globals.setTimeout = realSetTimeout;
    globals.clearTimeout = realClearTimeout;
  };
}
