/** Helpers for the simulated-Office tests: install a scenario on jsdom's window and await callbacks. */
import {
  getScenario,
  installSimulatedOffice,
  ItemStore,
  type Scenario,
  type SimAsyncResult,
  type SimulatedHost,
  type StorageLike,
} from "../../dev/simulated-office/api";

/** Loosely typed access into the simulated Office object graph (it is plain objects and functions). */
export type Loose = Record<string, unknown>;

export interface Installed {
  readonly host: SimulatedHost;
  readonly mailbox: Loose;
  readonly item: Loose;
  readonly roaming: Loose;
}

export async function install(scenarioOrId: Scenario | string, storage: StorageLike | null = null): Promise<Installed> {
  const scenario = typeof scenarioOrId === "string" ? getScenario(scenarioOrId) : scenarioOrId;
  const host = installSimulatedOffice(window, scenario, new ItemStore(scenario, storage));
  await host.office.onReady();
  const mailbox = host.office.context.mailbox as Loose;
  return { host, mailbox, item: mailbox.item as Loose, roaming: host.office.context.roamingSettings as Loose };
}

export function member(owner: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((node, key) => (node && typeof node === "object" ? (node as Loose)[key] : undefined), owner);
}

/** Calls `owner.path(...args, callback)` and resolves with what the callback got. */
export function call<T = unknown>(owner: unknown, path: string, ...args: unknown[]): Promise<SimAsyncResult<T>> {
  const fn = member(owner, path);
  if (typeof fn !== "function") throw new Error(`${path} is not a function`);
  const dot = path.lastIndexOf(".");
  const self = dot < 0 ? owner : member(owner, path.slice(0, dot));
  return new Promise((resolve) => {
    (fn as (...a: unknown[]) => void).apply(self, [...args, (result: SimAsyncResult<T>) => resolve(result)]);
  });
}

/** Lets every pending setTimeout(0) callback run. */
export function flush(ms = 5): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** An in-memory Storage, shared between two installs to play "reload the page". */
export function memoryStorage(): StorageLike & { readonly data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      data.set(key, value);
    },
    removeItem: (key) => {
      data.delete(key);
    },
  };
}
