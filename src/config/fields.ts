/**
 * Readers for one field of config.json each. They never throw: a bad value is written down as a
 * ConfigProblem naming its JSON path, and the caller falls back to a default.
 */
import type { ConfigProblem } from "./types";

export type Problems = ConfigProblem[];
export type JsonObject = Readonly<Record<string, unknown>>;

// Line breaks and direction overrides in a setting would reach the join block and the pane, where
// they can break layout or visually reorder text; an admin never needs them.
const FORBIDDEN_CHARACTERS = /[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Own properties only: "__proto__" or "constructor" in the file must never reach Object.prototype. */
export function field(object: JsonObject, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}

export function path(parent: string, key: string | number): string {
  if (typeof key === "number") return `${parent}[${key}]`;
  return parent === "" ? key : `${parent}.${key}`;
}

export function reportUnknownKeys(object: JsonObject, known: readonly string[], parent: string, problems: Problems): void {
  for (const key of Object.keys(object)) {
    if (!known.includes(key))
      problems.push({
        field: path(parent, printable(key)),
        reason: `is not a known setting (expected one of ${known.join(", ")}); ignored`,
      });
  }
}

export interface TextRule {
  readonly maxLength: number;
  readonly required?: boolean;
  /** Extra check on a well-formed value; returns the reason it is wrong. */
  readonly check?: (value: string) => string | undefined;
}

/** A string that passed every rule, or undefined (absent, or wrong and written down). */
export function readText(object: JsonObject, key: string, parent: string, rule: TextRule, problems: Problems): string | undefined {
  const value = field(object, key);
  const at = path(parent, key);
  if (value === undefined) {
    if (rule.required) problems.push({ field: at, reason: "is required" });
    return undefined;
  }
  const reason = textProblem(value, rule);
  if (reason) {
    problems.push({ field: at, reason });
    return undefined;
  }
  return value as string;
}

export function textProblem(value: unknown, rule: TextRule): string | undefined {
  if (typeof value !== "string") return `must be text in quotes, not ${describe(value)}`;
  if (value.trim() === "") return "must not be empty";
  if (value.length > rule.maxLength) return `is longer than ${rule.maxLength} characters`;
  if (FORBIDDEN_CHARACTERS.test(value)) return "must not contain line breaks, control characters or direction overrides";
  return rule.check?.(value);
}

export function readBoolean(object: JsonObject, key: string, parent: string, fallback: boolean, problems: Problems): boolean {
  const value = field(object, key);
  if (value === undefined) return fallback;
  if (typeof value === "boolean") return value;
  problems.push({ field: path(parent, key), reason: `must be true or false, not ${describe(value)}; using ${String(fallback)}` });
  return fallback;
}

export function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return "text";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

/** Keys come from the file: keep them short and free of control characters when echoing them back. */
function printable(key: string): string {
  const cleaned = key.replace(/[\p{Cc}\p{Cf}]/gu, "?");
  return cleaned.length > 40 ? `${cleaned.slice(0, 40)}…` : cleaned;
}
