/**
 * The dropped file's text as an audit run, or the one reason it is not one. Nothing here trusts the
 * file: every value is checked for its type before use, unknown keys are ignored, and names stay
 * plain strings for the page to render as text.
 */
import {
  AUDIT_FORMAT,
  AUDIT_VERSION,
  type AuditOwner,
  type AuditRun,
  JOURNAL_FORMAT,
  type Json,
  type JsonObject,
  MAX_FILE_BYTES,
  type OwnerError,
} from "./format";
import { isJsonObject } from "../diagnosis/evidence/json";

export type FileProblem =
  /** Nothing in the file. */
  | { readonly kind: "empty" }
  /** Not JSON at all (another file picked by mistake). */
  | { readonly kind: "not-json" }
  /** Our file, cut off before its end (a copy that stopped, a disk that filled). */
  | { readonly kind: "truncated" }
  /** JSON, but not an audit file. */
  | { readonly kind: "not-audit" }
  /** The journal of a run that has not finished: run the script again with the same -OutFile. */
  | { readonly kind: "journal" }
  /** An audit file of a version this page does not read. */
  | { readonly kind: "wrong-version"; readonly version: string }
  | { readonly kind: "too-large"; readonly limit: number };

export type FileReading = { readonly kind: "audit"; readonly run: AuditRun } | { readonly kind: "problem"; readonly problem: FileProblem };

/** Bytes of a file the page is offered: refused before reading when too large. */
export function sizeProblem(bytes: number): FileProblem | undefined {
  return bytes > MAX_FILE_BYTES ? { kind: "too-large", limit: MAX_FILE_BYTES } : undefined;
}

export function readAuditText(raw: string): FileReading {
  // UTF-16 code units are at most as many as bytes in UTF-8 for what the limit is about.
  const tooLarge = sizeProblem(raw.length);
  if (tooLarge) return problem(tooLarge);
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (text.trim() === "") return problem({ kind: "empty" });
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return problem(unparsable(text));
  }
  if (!isJsonObject(parsed)) return problem({ kind: "not-audit" });
  if (parsed.Format === JOURNAL_FORMAT) return problem({ kind: "journal" });
  if (parsed.Format !== AUDIT_FORMAT) return problem({ kind: "not-audit" });
  if (parsed.Version !== AUDIT_VERSION) return problem({ kind: "wrong-version", version: shortText(parsed.Version) });
  if (!Array.isArray(parsed.Owners)) return problem({ kind: "not-audit" });
  return { kind: "audit", run: runOf(parsed, parsed.Owners) };
}

/** Why text that is not JSON is not: a journal (JSON lines), our file cut short, or something else. */
function unparsable(text: string): FileProblem {
  const firstLine = text.slice(0, Math.min(text.length, 64 * 1024)).split(/\r?\n/, 1)[0] ?? "";
  try {
    const first: unknown = JSON.parse(firstLine);
    if (isJsonObject(first) && first.Format === JOURNAL_FORMAT) return { kind: "journal" };
  } catch {
    // not a journal line
  }
  // The script writes Format first; a file that starts as ours and does not parse was cut.
  const start = text.slice(0, 400).replace(/\s+/g, "");
  return start.startsWith("{") && start.includes(`"Format":"${AUDIT_FORMAT}"`) ? { kind: "truncated" } : { kind: "not-json" };
}

function runOf(file: JsonObject, owners: readonly Json[]): AuditRun {
  const read: AuditOwner[] = [];
  let unreadable = 0;
  for (const entry of owners) {
    const owner = ownerOf(entry);
    if (owner) read.push(owner);
    else unreadable++;
  }
  const finished = file.FinishedAtUtc;
  return {
    ...optionalText("scriptVersion", file.ScriptVersion),
    ...optionalText("startedAt", file.StartedAtUtc),
    finishedAt: typeof finished === "string" && finished !== "" ? finished : null,
    ...optionalText("scope", file.Scope),
    organizationConfig: isJsonObject(file.OrganizationConfig) ? file.OrganizationConfig : null,
    ...(typeof file.Throttled === "number" && Number.isFinite(file.Throttled) ? { throttled: file.Throttled } : {}),
    owners: read,
    unreadableOwners: unreadable,
  };
}

function ownerOf(entry: Json): AuditOwner | undefined {
  if (!isJsonObject(entry) || typeof entry.Owner !== "string" || entry.Owner.trim() === "") return undefined;
  const error = errorOf(entry.Error);
  return {
    owner: entry.Owner,
    ...optionalText("readAt", entry.ReadAtUtc),
    ...(error ? { error } : {}),
    ...(typeof entry.Retries === "number" && Number.isFinite(entry.Retries) ? { retries: entry.Retries } : {}),
    pairs: Array.isArray(entry.Pairs) ? entry.Pairs : [],
  };
}

function errorOf(value: Json | undefined): OwnerError | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "string") return { message: value };
  if (!isJsonObject(value)) return { message: "" };
  return {
    ...(typeof value.Cmdlet === "string" && value.Cmdlet !== "" ? { cmdlet: value.Cmdlet } : {}),
    message: typeof value.Message === "string" ? value.Message : "",
  };
}

function optionalText<K extends string>(key: K, value: Json | undefined): { [P in K]?: string } {
  return (typeof value === "string" && value !== "" ? { [key]: value } : {}) as { [P in K]?: string };
}

function shortText(value: unknown): string {
  const text = typeof value === "string" || typeof value === "number" ? String(value) : (JSON.stringify(value) ?? "");
  return text.length > 20 ? `${text.slice(0, 19)}…` : text;
}

function problem(p: FileProblem): FileReading {
  return { kind: "problem", problem: p };
}
