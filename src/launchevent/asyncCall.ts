/**
 * Promise helpers for the send-time handler. Deliberately separate from src/office/call.ts: this
 * bundle runs in classic Outlook's JavaScript-only runtime and must stay tiny and self-contained,
 * and here every failure means the same thing (allow the send), so no reasons are kept.
 */

/** The part of Office.AsyncResult we read; loose because hosts and fakes vary. */
export interface AsyncResultLike<T> {
  readonly status?: unknown;
  readonly value?: T;
}

export type AsyncCallback<T> = (result: AsyncResultLike<T>) => void;

/** A read either gave a value or did not; why does not matter to a fail-open guard. */
export type Read<T> = { readonly ok: true; readonly value: T } | { readonly ok: false };

const NOT_READ: Read<never> = { ok: false };

/**
 * Calls an Office.js callback API and always settles: status other than "succeeded", a synchronous
 * throw, a missing result and silence past `timeoutMs` all become { ok: false }. Late or repeated
 * callbacks are ignored.
 */
export function callAsync<T>(invoke: (callback: AsyncCallback<T>) => void, timeoutMs: number): Promise<Read<T>> {
  return new Promise((resolve) => {
    let settled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const settle = (read: Read<T>): void => {
      if (settled) return;
      settled = true;
      stopTimer(timer);
      resolve(read);
    };
    timer = startTimer(timeoutMs, () => settle(NOT_READ));
    try {
      invoke((result) => {
        // Office.AsyncResultStatus.Succeeded is the string "succeeded" in every host.
        if (result && typeof result === "object" && result.status === "succeeded") settle({ ok: true, value: result.value as T });
        else settle(NOT_READ);
      });
    } catch {
      settle(NOT_READ);
    }
  });
}

/**
 * Runs `fn` after `ms`, or never when the runtime has no timers. Timers exist in the JavaScript-only
 * runtime as far as we know, but a missing one must not turn into an exception at send time.
 */
export function startTimer(ms: number, fn: () => void): ReturnType<typeof setTimeout> | undefined {
  if (typeof setTimeout !== "function") return undefined;
  return setTimeout(fn, ms);
}

export function stopTimer(timer: ReturnType<typeof setTimeout> | undefined): void {
  if (timer !== undefined && typeof clearTimeout === "function") clearTimeout(timer);
}
