/**
 * Office.js calling conventions: `(args..., options?, callback?)`, AsyncResult objects, and callbacks
 * that always run later (Outlook answers over IPC, never on the caller's stack).
 */
import type { SimAsyncResult, SimCallback, SimError } from "./types";

/** Error names and codes the simulator reports. Names follow Office.js; codes are the simulator's own. */
export const ERRORS = {
  invalidFormat: (message: string): SimError => ({ name: "InvalidFormatError", message, code: 9002 }),
  tooLarge: (message: string): SimError => ({ name: "DataExceedsMaximumSize", message, code: 9014 }),
  notShared: (): SimError => ({
    name: "GenericResponseError",
    message: "The item is not in a shared folder, calendar or mailbox.",
    code: 9020,
  }),
  internal: (message = "An internal error has occurred."): SimError => ({ name: "InternalError", message, code: 5001 }),
  tooManyNotifications: (): SimError => ({
    name: "NumberOfNotificationMessagesExceeded",
    message: "The number of notification messages for this item exceeds the maximum of 5.",
    code: 9041,
  }),
  duplicateKey: (key: string): SimError => ({
    name: "DuplicateNotificationKey",
    message: `A notification with key "${key}" already exists.`,
    code: 9042,
  }),
  keyNotFound: (key: string): SimError => ({ name: "KeyNotFound", message: `There is no notification with key "${key}".`, code: 9043 }),
  roamingTooLarge: (): SimError => ({
    name: "DataExceedsMaximumSize",
    message: "Roaming settings cannot exceed the 32 KB size limit.",
    code: 9014,
  }),
} as const;

export interface ParsedArgs {
  readonly options: Record<string, unknown>;
  readonly asyncContext: unknown;
  readonly callback: SimCallback | undefined;
}

/**
 * Splits the trailing `(options?, callback?)` of an Office call. Like Office.js, an options argument
 * that is neither an object nor a function is a programming error and throws synchronously.
 */
export function parseTrailing(method: string, rest: readonly unknown[]): ParsedArgs {
  let options: Record<string, unknown> = {};
  let callback: SimCallback | undefined;
  const [first, second] = rest;
  if (typeof first === "function") {
    callback = first as SimCallback;
  } else {
    if (first !== undefined && first !== null) {
      if (typeof first !== "object") throw argumentError(method, "options");
      options = first as Record<string, unknown>;
    }
    if (typeof second === "function") callback = second as SimCallback;
    else if (second !== undefined && second !== null) throw argumentError(method, "callback");
  }
  return { options, asyncContext: options.asyncContext, callback };
}

/** Office.js validates parameter types before doing anything and throws Sys.ArgumentException. */
export function argumentError(method: string, parameter: string, detail = "has an invalid type or value"): Error {
  const error = new Error(`${method}: Sys.ArgumentException: the parameter '${parameter}' ${detail}.`);
  error.name = "Sys.ArgumentException";
  return error;
}

export function success<T>(value: T, asyncContext: unknown): SimAsyncResult<T> {
  return { status: "succeeded", value, error: undefined, asyncContext };
}

export function failure<T = unknown>(error: SimError, asyncContext: unknown): SimAsyncResult<T> {
  return { status: "failed", value: undefined, error, asyncContext };
}

export type Scheduler = (task: () => void) => void;

/** A scheduler that defers to a later task (setTimeout), optionally after a simulated latency. */
export function timeoutScheduler(latencyMs = 0): Scheduler {
  return (task) => {
    setTimeout(task, Math.max(0, latencyMs));
  };
}

/** Calls the callback now (already on a later task). A throwing callback must not break the host, but it is reported. */
export function invoke(call: { readonly callback: SimCallback | undefined }, result: SimAsyncResult<unknown> | undefined): void {
  if (!call.callback) return;
  try {
    (call.callback as (r: SimAsyncResult<unknown> | undefined) => void)(result);
  } catch (error) {
    // Real Outlook swallows add-in exceptions thrown from callbacks; surface them in the console.
    console.error("[simulated Office] a callback threw:", error);
  }
}
