/**
 * Builds simulated Office methods: argument parsing, fault injection, asynchronous delivery.
 * Each method's own logic is a `run` that validates synchronously (throwing like Office.js does for
 * bad arguments) and returns the work to do later, when Outlook would answer.
 */
import { deliver, ERRORS, failure, invoke, parseTrailing, type ParsedArgs, type Scheduler } from "./async";
import type { Fault, FaultMap, FaultTarget, SimAsyncResult } from "./types";
import { supportsVersion } from "./versions";

export interface MethodContext {
  readonly faults: FaultMap;
  readonly schedule: Scheduler;
  readonly maxMailboxVersion: string;
}

export type ArgShape =
  /** `(fixed1, …, fixedN, options?, callback?)`: most Office methods. */
  | { readonly kind: "trailing"; readonly fixed: number }
  /** `(callback, asyncContext?)`: loadCustomPropertiesAsync, CustomProperties.saveAsync, RoamingSettings.saveAsync. */
  | { readonly kind: "callback-first" };

export type Run<T> = (fixed: readonly unknown[], call: ParsedArgs) => () => SimAsyncResult<T>;

export type AnyMethod = (...args: unknown[]) => void;

/** The method `target` as the scenario wants it, or undefined when it must be absent. */
export function makeMethod<T>(ctx: MethodContext, target: FaultTarget, since: string, shape: ArgShape, run: Run<T>): AnyMethod | undefined {
  if (!supportsVersion(ctx.maxMailboxVersion, since)) return undefined;
  const fault: Fault | undefined = ctx.faults[target];
  if (fault?.kind === "absent") return undefined;
  return (...args: unknown[]) => {
    if (fault?.kind === "throw") throw new Error(fault.message);
    const { fixed, call } = splitArgs(target, shape, args);
    if (fault) {
      deliverFault(ctx, fault, call);
      return;
    }
    const work = run(fixed, call);
    // The work itself (and any state change) happens later too, as when Outlook answers over IPC.
    ctx.schedule(() => invoke(call, attempt(work, call.asyncContext)));
  };
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

function deliverFault(ctx: MethodContext, fault: Fault, call: ParsedArgs): void {
  switch (fault.kind) {
    case "fail":
      deliver(ctx.schedule, call.callback, { status: "failed", value: undefined, error: fault.error, asyncContext: call.asyncContext });
      return;
    case "undefined-result":
      deliver(ctx.schedule, call.callback, undefined);
      return;
    case "silent":
    case "absent":
    case "throw":
      return;
  }
}
