/** Which sentence the pane shows for what a write to the meeting reported. */
import type { Messages } from "../../i18n/messages";
import { MAX_BODY_CHARS } from "../../meeting/limits";
import type { WriteResult } from "../../office/gateway";

export type WriteProblem = Exclude<WriteResult, { ok: true }>["problem"];

export function noteKey(note: string): keyof Messages["meeting"]["note"] {
  switch (note) {
    case "location-unreadable":
      return "locationUnreadable";
    case "location-not-changed":
      return "locationNotChanged";
    case "location-too-long":
      return "locationTooLong";
    case "record-rejected":
      return "recordRejected";
    default:
      return "recordNotSaved";
  }
}

export function problemText(problem: WriteProblem, t: Messages): string {
  switch (problem) {
    case "unreadable":
      return t.meeting.problem.unreadable;
    case "exists":
      return t.meeting.problem.exists;
    case "missing":
      return t.meeting.problem.missing;
    case "too-large":
      return t.meeting.problem.tooLarge({ limit: MAX_BODY_CHARS });
    case "changed":
      return t.meeting.problem.changed;
    case "invalid-format":
      return t.meeting.problem.invalidFormat;
    case "refused":
      return t.meeting.problem.refused;
    case "failed":
      return t.meeting.problem.failed;
  }
}
