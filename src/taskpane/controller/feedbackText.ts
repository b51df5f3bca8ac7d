/** Which sentence the pane shows for what a write to the meeting reported. */
import type { Messages } from "../../i18n/messages";
import { MAX_BODY_CHARS } from "../../meeting/limits";
import type { WriteResult } from "../../office/gateway";

export type WriteProblem = Exclude<WriteResult, { ok: true }>["problem"];

type NoteKey = keyof Messages["meeting"]["note"];
const NOTES: Readonly<Record<string, NoteKey>> = {
  "location-unreadable": "locationUnreadable",
  "location-not-changed": "locationNotChanged",
  "location-too-long": "locationTooLong",
  "record-rejected": "recordRejected",
};

/** A note Outlook's write came with; any other note is about the record not being saved. */
export function noteKey(note: string): NoteKey {
  return NOTES[note] ?? "recordNotSaved";
}

const PROBLEMS: Readonly<Record<Exclude<WriteProblem, "too-large">, Exclude<keyof Messages["meeting"]["problem"], "tooLarge">>> = {
  unreadable: "unreadable",
  exists: "exists",
  missing: "missing",
  changed: "changed",
  "invalid-format": "invalidFormat",
  refused: "refused",
  failed: "failed",
};

export function problemText(problem: WriteProblem, t: Messages): string {
  return problem === "too-large" ? t.meeting.problem.tooLarge({ limit: MAX_BODY_CHARS }) : t.meeting.problem[PROBLEMS[problem]];
}
