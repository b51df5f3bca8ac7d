/**
 * Builds simulated Office methods: argument parsing, fault injection, asynchronous delivery.
 * Each method's own logic is a `run` that validates synchronously (throwing like Office.js does for
 * bad arguments) and returns the work to do later, when Outlook would answer.
 */
import { ERRORS, failure, invoke, parseTrailing, success, type ParsedArgs, type Scheduler } from "./async";
import type { CallRecord, CallTarget, TestHooks } from "./testHooks";
import type { Fault, FaultMap, FaultTarget, SimAsyncResult } from "./types";
import { supportsVersion } from "./versions";

export interface MethodContext {
  readonly faults: FaultMap;
  readonly schedule: Scheduler;
  readonly maxMailboxVersion: string;
  /** Calls made so far, per member: what `Fault.onCall` and `TestHooks.beforeAnswer` count. */
  readonly callCounts: Map<CallTarget, number>;
  /** Only when a test asked for them (testHooks.ts). */
  readonly hooks?: TestHooks;
  /** Calls accepted and not yet answered (a silent fault's never count): what "the pane is idle" waits on. */
  readonly inFlight: { count: number };
}

export type ArgShape =
  /** `(fixed1, …, fixedN, options?, callback?)`: most Office methods. */
  | { readonly kind: "trailing"; readonly fixed: number }
  /** `(callback, asyncContext?)`: loadCustomPropertiesAsync, CustomProperties.saveAsync, RoamingSettings.saveAsync. */
  | { readonly kind: "callback-first" };

export type Run<T> = (fixed: readonly unknown[], call: ParsedArgs) => () => SimAsyncResult<T>;

export type AnyMethod = (...args: unknown[]) => void;

/** One call as it starts: its number (1-based, per member), the fault that applies to it, its log entry. */
export interface StartedCall {
  readonly target: CallTarget;
  readonly n: number;
  readonly fault: Fault | undefined;
  readonly record: CallRecord | undefined;
}

/** Counts and logs a call, and picks the scenario's fault for it (all calls, or only call `onCall`). */
export function startCall(ctx: MethodContext, target: CallTarget, args: readonly unknown[]): StartedCall {
  const n = (ctx.callCounts.get(target) ?? 0) + 1;
  ctx.callCounts.set(target, n);
  const fault = (ctx.faults as Readonly<Partial<Record<CallTarget, Fault>>>)[target];
  const applies = fault !== undefined && (fault.onCall === undefined || fault.onCall === n);
  return { target, n, fault: applies ? fault : undefined, record: ctx.hooks?.record(target, args) };
}

/** The method `target` as the scenario wants it, or undefined when it must be absent. */
export function makeMethod<T>(ctx: MethodContext, target: FaultTarget, since: string, shape: ArgShape, run: Run<T>): AnyMethod | undefined {
  if (!supportsVersion(ctx.maxMailboxVersion, since)) return undefined;
  if (ctx.faults[target]?.kind === "absent") return undefined;
  return (...args: unknown[]) => {
    const started = startCall(ctx, target, args);
    const { fault } = started;
    try {
      if (fault?.kind === "throw") throw new Error(fault.message);
      const { fixed, call } = splitArgs(target, shape, args);
      if (fault?.kind !== "silent") ctx.inFlight.count += 1;
      if (fault && fault.kind !== "slow") {
        deliverFault(ctx, fault, call, started);
        return;
      }
      const work = run(fixed, call);
      // The work itself (and any state change) happens later too, as when Outlook answers over IPC.
      const respond = () => answer(ctx, started, call, () => attempt(work, call.asyncContext));
      if (fault?.kind === "slow") setTimeout(respond, fault.ms);
      else ctx.schedule(respond);
    } catch (error) {
      if (started.record) started.record.outcome = "threw";
      throw error;
    }
  };
}

/** Outlook answers: the test's beforeAnswer first (the user typing meanwhile), then the result, logged. */
function answer(ctx: MethodContext, started: StartedCall, call: ParsedArgs, result: () => SimAsyncResult<unknown> | undefined): void {
  try {
    ctx.hooks?.beforeAnswer?.(started.target, started.n);
    const value = result();
    if (started.record) started.record.outcome = value === undefined ? "undefined" : value.status;
    invoke(call, value);
  } finally {
    ctx.inFlight.count -= 1;
  }
}
/** A bug in the simulator must look like an Outlook failure, not a callback that never comes. */
function attempt<T>(work: () => SimAsyncResult<T>, asyncContext: unknown): SimAsyncResult<T> {
  try {
    return work();
  } catch (error) {
    console.error("[simulated Office] internal error:", error);
    return failure(ERRORS.internal(`Simulator error: ${error instanceof Error ? error.message : String(error)}`), asyncContext);
  }
}

function splitArgs(method: string, shape: ArgShape, args: readonly unknown[]): { fixed: readonly unknown[]; call: ParsedArgs } {
  if (shape.kind === "trailing") {
    return { fixed: args.slice(0, shape.fixed), call: parseTrailing(method, args.slice(shape.fixed)) };
  }
  const [callback, asyncContext] = args;
  if (callback !== undefined && typeof callback !== "function") {
    // saveAsync(asyncContext) without a callback is also a documented form.
    return { fixed: [], call: { options: {}, asyncContext: callback, callback: undefined } };
  }
  return { fixed: [], call: { options: {}, asyncContext, callback: callback as ParsedArgs["callback"] } };
}

function deliverFault(ctx: MethodContext, fault: Fault, call: ParsedArgs, started: StartedCall): void {
  switch (fault.kind) {
    case "fail":
      ctx.schedule(() => answer(ctx, started, call, () => failure(fault.error, call.asyncContext)));
      return;
    case "undefined-result":
      ctx.schedule(() => answer(ctx, started, call, () => undefined));
      return;
    case "succeed-with":
      ctx.schedule(() => answer(ctx, started, call, () => success(fault.value, call.asyncContext)));
      return;
    case "silent":
    case "absent":
    case "throw":
    case "slow":
      return;
  }
}
