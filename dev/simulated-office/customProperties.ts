/**
 * item.loadCustomPropertiesAsync → CustomProperties. The add-in works on an in-memory copy; only
 * saveAsync writes it to the item (the store), as in Outlook.
 */
import { argumentError, ERRORS, failure, success } from "./async";
import { defineMethods } from "./define";
import { makeMethod, startCall, type MethodContext } from "./method";
import type { ItemStore } from "./store";
import type { JsonValue } from "./types";
import { supportsVersion } from "./versions";

/** Outlook's limit for all custom properties of one item, in characters of their JSON form. */
export const MAX_CUSTOM_PROPERTIES_CHARS = 2_500;

export function createLoadCustomProperties(ctx: MethodContext, store: ItemStore) {
  return makeMethod(ctx, "item.loadCustomPropertiesAsync", "1.1", { kind: "callback-first" }, (_fixed, call) => {
    if (typeof call.callback !== "function") throw argumentError("item.loadCustomPropertiesAsync", "callback");
    return () => success(createCustomProperties(ctx, store), call.asyncContext);
  });
}

function createCustomProperties(ctx: MethodContext, store: ItemStore): Record<string, unknown> {
  let values: Record<string, JsonValue> = clone(store.getState().customProperties);
  const props: Record<string, unknown> = {
    get: (name: unknown): JsonValue | undefined =>
      synchronous(ctx, "customProperties.get", [name], () => {
        if (typeof name !== "string") throw argumentError("CustomProperties.get", "name");
        const value = values[name];
        return value === undefined ? undefined : clone(value);
      }),
    set: (name: unknown, value: unknown): void =>
      synchronous(ctx, "customProperties.set", [name, value], () => {
        if (typeof name !== "string" || name === "") throw argumentError("CustomProperties.set", "name");
        if (value === undefined || typeof value === "function" || typeof value === "symbol" || typeof value === "bigint") {
          throw argumentError("CustomProperties.set", "value");
        }
        values = { ...values, [name]: clone(value as JsonValue) };
      }),
    remove: (name: unknown): void =>
      synchronous(ctx, "customProperties.remove", [name], () => {
        if (typeof name !== "string") throw argumentError("CustomProperties.remove", "name");
        const next = { ...values };
        delete next[name];
        values = next;
      }),
  };
  defineMethods(props, {
    getAll: supportsVersion(ctx.maxMailboxVersion, "1.9") ? () => clone(values) : undefined,
    saveAsync: makeMethod(ctx, "customProperties.saveAsync", "1.1", { kind: "callback-first" }, (_fixed, call) => {
      const snapshot = clone(values);
      return () => {
        if (JSON.stringify(snapshot).length > MAX_CUSTOM_PROPERTIES_CHARS) {
          return failure(ERRORS.tooLarge(`Custom properties exceed ${MAX_CUSTOM_PROPERTIES_CHARS} characters.`), call.asyncContext);
        }
        store.update({ customProperties: snapshot });
        return success(undefined, call.asyncContext);
      };
    }),
  });
  return props;
}

/**
 * A synchronous CustomProperties method: counted and logged like the others; a "throw" or "fail"
 * fault (only `set` can have one) makes it throw, as Outlook refusing the value would.
 */
function synchronous<T>(
  ctx: MethodContext,
  target: "customProperties.get" | "customProperties.set" | "customProperties.remove",
  args: readonly unknown[],
  run: () => T,
): T {
  const { fault, record } = startCall(ctx, target, args);
  try {
    if (fault?.kind === "throw") throw new Error(fault.message);
    if (fault?.kind === "fail") throw new Error(fault.error.message);
    const value = run();
    if (record) record.outcome = "succeeded";
    return value;
  } catch (error) {
    if (record) record.outcome = "threw";
    throw error;
  }
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
