/**
 * Test hooks: what a unit test needs to see and steer beyond what a scenario says. Opt-in (pass
 * `createTestHooks()` as `HostOptions.testHooks`): the playground and the browser tests never create
 * them, so no call log grows in a long playground session.
 *
 * - `calls`: every Office.js method the add-in called on the item, custom properties and roaming
 *   settings, in order, with its arguments (callbacks left out) and how Outlook answered.
 * - `beforeAnswer(target, n)`: runs just before Outlook answers the n-th call (1-based) of `target`,
 *   before it reads or changes the item: the user typing in the form while the add-in waits.
 *   Change the item with `host.store.update(…)` there.
 *
 * Faults for one call only are scenario data (`Fault.onCall`), not a hook.
 */
import type { FaultTarget } from "./types";

/** How Outlook answered a call: not yet (or never: a silent fault), a result, a bare undefined, or a synchronous throw. */
export type CallOutcome = "pending" | "succeeded" | "failed" | "undefined" | "threw";

/** Members the call log names besides the fault targets (synchronous CustomProperties methods). */
export type CallTarget = FaultTarget | "customProperties.get" | "customProperties.remove";

export interface CallRecord {
  readonly target: CallTarget;
  /** The arguments as given, without callbacks (e.g. `[data, { coercionType }]` for body.setAsync). */
  readonly args: readonly unknown[];
  outcome: CallOutcome;
}

export interface TestHooks {
  readonly calls: readonly CallRecord[];
  beforeAnswer: ((target: CallTarget, n: number) => void) | undefined;
  /** Calls that changed the item, or would have with the same value: writes Outlook accepted, in order. */
  writes(): CallRecord[];
  /** Starts recording a call (used by the simulator, not by tests). */
  record(target: CallTarget, args: readonly unknown[]): CallRecord;
}

/** Members whose success changes what the item (or the mailbox's saved settings) holds. */
export const WRITE_TARGETS: ReadonlySet<CallTarget> = new Set<CallTarget>([
  "item.subject.setAsync",
  "item.location.setAsync",
  "item.start.setAsync",
  "item.end.setAsync",
  "item.body.setAsync",
  "item.body.prependAsync",
  "item.body.setSelectedDataAsync",
  "customProperties.saveAsync",
  "item.saveAsync",
  "item.notificationMessages.addAsync",
  "item.notificationMessages.replaceAsync",
  "item.notificationMessages.removeAsync",
  "roamingSettings.saveAsync",
]);

export function createTestHooks(): TestHooks {
  const calls: CallRecord[] = [];
  return {
    calls,
    beforeAnswer: undefined,
    writes: () => calls.filter((call) => WRITE_TARGETS.has(call.target) && call.outcome === "succeeded"),
    record(target, args) {
      const record: CallRecord = { target, args: args.filter((arg) => typeof arg !== "function"), outcome: "pending" };
      calls.push(record);
      return record;
    },
  };
}
