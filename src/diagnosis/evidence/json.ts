/**
 * Parsed JSON as the readers of pasted or dropped files take it (the read-only block's line, the audit
 * file): values are checked where they are read, never trusted for their shape.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** A JSON object (not null, not an array). */
export function isJsonObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** The value when it is a JSON object, else null. */
export function objectOrNull(value: Json | undefined): JsonObject | null {
  return isJsonObject(value) ? value : null;
}
