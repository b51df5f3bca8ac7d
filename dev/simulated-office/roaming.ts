/**
 * Office.context.roamingSettings: an in-memory property bag loaded when the add-in starts; only
 * saveAsync persists it (32 KB per add-in, as JSON).
 */
import { argumentError, ERRORS, failure, success } from "./async";
import { defineMethods } from "./define";
import { makeMethod, type MethodContext } from "./method";
import type { ItemStore } from "./store";
import type { JsonValue } from "./types";

export const MAX_ROAMING_BYTES = 32 * 1024;

export function createRoamingSettings(ctx: MethodContext, store: ItemStore): Record<string, unknown> {
  let values: Record<string, JsonValue> = clone(store.getState().roamingSettings);
  const settings: Record<string, unknown> = {
    get(name: unknown): JsonValue | undefined {
      if (typeof name !== "string") throw argumentError("roamingSettings.get", "name");
      const value = values[name];
      return value === undefined ? undefined : clone(value);
    },
    set(name: unknown, value: unknown): void {
      if (typeof name !== "string" || name === "") throw argumentError("roamingSettings.set", "name");
      if (value === undefined || typeof value === "function" || typeof value === "symbol" || typeof value === "bigint") {
        throw argumentError("roamingSettings.set", "value");
      }
      values = { ...values, [name]: clone(value as JsonValue) };
    },
    remove(name: unknown): void {
      if (typeof name !== "string") throw argumentError("roamingSettings.remove", "name");
      const next = { ...values };
      delete next[name];
      values = next;
    },
  };
  defineMethods(settings, {
    saveAsync: makeMethod(ctx, "roamingSettings.saveAsync", "1.1", { kind: "callback-first" }, (_fixed, call) => {
      const snapshot = clone(values);
      return () => {
        if (utf8Length(JSON.stringify(snapshot)) > MAX_ROAMING_BYTES) return failure(ERRORS.roamingTooLarge(), call.asyncContext);
        store.update({ roamingSettings: snapshot });
        return success(undefined, call.asyncContext);
      };
    }),
  });
  return settings;
}

/** UTF-8 byte length, computed by hand (jsdom has no TextEncoder). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
