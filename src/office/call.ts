/**
 * Turns Office.js callback APIs into promises that always settle.
 *
 * Outlook's APIs fail in many ways besides status "failed": the method is missing on older clients,
 * it throws synchronously, it calls back with undefined, or it never calls back at all. Every one of
 * those becomes `{ ok: false, reason }` here so the diagnosis can say "unknown, because …".
 */

/** How a call failed, as people are told it: failed (an error or a throw), or no answer in time. */
export type FailureKind = "failed" | "timed-out";

export type Outcome<T> =
  | { readonly ok: true; readonly value: T }
  /**
   * reason is technical (the API and Office's error), for IT; errorName is Office's error name when
   * it gave one ("InvalidFormatError", "DataExceedsMaximumSize").
   */
  | { readonly ok: false; readonly reason: string; readonly why: FailureKind; readonly errorName?: string };

/** Long enough for a slow Outlook on the web round trip, short enough that the pane never hangs. */
export const DEFAULT_TIMEOUT_MS = 4000;

/** The shape of Office.AsyncResult we rely on, loosely typed because hosts and fakes vary. */
export interface AsyncResultLike<T> {
  readonly status?: unknown;
  readonly value?: T;
  readonly error?: { readonly name?: unknown; readonly message?: unknown; readonly code?: unknown } | null;
}

export type Callback<T> = (result: AsyncResultLike<T>) => void;

export function failed(reason: string, errorName?: string, why: FailureKind = "failed"): Outcome<never> {
  return errorName ? { ok: false, reason, why, errorName } : { ok: false, reason, why };
}

export function succeeded<T>(value: T): Outcome<T> {
  return { ok: true, value };
}

/**
 * Calls `invoke` with a callback and resolves with its outcome.
 * @param what names the API in reasons shown to users and IT ("item.organizer.getAsync").
 */
export function callOffice<T>(what: string, invoke: (callback: Callback<T>) => void, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<Outcome<T>> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (outcome: Outcome<T>): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const timer = setTimeout(
      () => settle(failed(`${what} did not answer within ${Math.round(timeoutMs / 1000)} seconds`, undefined, "timed-out")),
      timeoutMs,
    );
    try {
      invoke((result) => {
        if (!result || typeof result !== "object") {
          settle(failed(`${what} answered with nothing`));
        } else if (result.status === "succeeded") {
          settle(succeeded(result.value as T));
        } else {
          const name = typeof result.error?.name === "string" ? result.error.name : undefined;
          settle(failed(`${what} failed: ${describeError(result.error)}`, name));
        }
      });
    } catch (error) {
      settle(failed(`${what} threw: ${errorMessage(error)}`));
    }
  });
}

/** Office errors carry a name (e.g. "InvalidFormatError") and a message; keep both, nothing else. */
export function describeError(error: AsyncResultLike<unknown>["error"]): string {
  if (!error) return "no error details";
  const name = typeof error.name === "string" ? error.name : "";
  const message = typeof error.message === "string" ? error.message : "";
  const text = [name, message].filter(Boolean).join(": ");
  return clip(text || "no error details", 200);
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return clip(error.message || error.name, 200);
  return clip(String(error), 200);
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** True when `owner[key]` is a function we may call; guards against old clients and odd hosts. */
export function hasMethod<K extends string>(owner: unknown, key: K): owner is Record<K, (...args: never[]) => unknown> {
  return typeof owner === "object" && owner !== null && typeof (owner as Record<string, unknown>)[key] === "function";
}
