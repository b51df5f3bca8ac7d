/**
 * The answer at the top of the pane as data: src/diagnosis/answer.ts decides it, src/i18n/answerWords.ts
 * words it. Like the checks' reasons (./reasons.ts), these hold names, quotes and dates as the domain
 * has them, never a sentence; the presenter is given the owner's name, so they do not carry it.
 * `service`, `chosen` and `tried` are a meeting service's display name.
 */

import type { OutsideReason } from "./reasons";

export type AnswerKind = "yes" | "looks-ready" | "not-yet" | "cant-tell";

/** A permission the owner can give, named in the headline and, shorter, on the button that asks for it. */
export type Need = { readonly kind: "calendar" } | { readonly kind: "sending" } | { readonly kind: "service"; readonly service: string };

/** What the assistant can do next: one button each. */
export type Step =
  | { readonly kind: "add-meeting" }
  | { readonly kind: "ask-owner"; readonly needs: readonly Need[] }
  | { readonly kind: "confirm-with-owner" }
  | { readonly kind: "send-to-it" }
  | { readonly kind: "copy-link" }
  | { readonly kind: "fix-location"; readonly quote: string };

export type StepKind = Step["kind"];

/*
 * A headline's or a line's kind is the key of its sentence in the catalogue (the first screen's
 * `answer` and `meetingTruth`), so the presenter looks a reason up and fills in its parameters
 * instead of switching over every kind: the first screen downloads it before the verdict.
 * src/i18n/answerWords.ts checks every key and its parameters at compile time. The sentences of
 * Exchange's and Graph's words are theirs (./reasons.ts OutsideReason), said with the evidence chunk.
 */

export type AnswerHeadline =
  | { readonly kind: "yes" }
  | { readonly kind: "yesOutlookButton"; readonly service: string }
  | { readonly kind: "done"; readonly service: string }
  | { readonly kind: "looksReady" }
  | { readonly kind: "looksReadyOutlookButton"; readonly service: string }
  | { readonly kind: "notYet"; readonly needs: readonly Need[] }
  | { readonly kind: "otherServiceRefused"; readonly chosen: string }
  | { readonly kind: "blockWithoutLink" }
  | { readonly kind: "claimNoLink"; readonly quote: string; readonly service: string; readonly inLocation: boolean }
  | { readonly kind: "tooLong" }
  | { readonly kind: "tooOld" }
  | { readonly kind: "cantTell" }
  | Said<"answer.itOnly" | "checks.notOffered">;

export type AnswerLine =
  | { readonly kind: "yesLine" }
  | { readonly kind: "yesOutlookButtonLine"; readonly service: string }
  | { readonly kind: "doneLine" }
  | { readonly kind: "tooLongLine" }
  | { readonly kind: "notYetLine" }
  | { readonly kind: "blockWithoutLinkLine" }
  | { readonly kind: "claimLocationLine"; readonly service: string }
  | { readonly kind: "claimBodyLine"; readonly service: string }
  | { readonly kind: "otherServiceRefusedLine"; readonly tried: string; readonly chosen: string }
  | { readonly kind: "partialLine" }
  | { readonly kind: "cantSeeSending" }
  | { readonly kind: "cantSeeSendingOrService"; readonly service: string }
  | { readonly kind: "cantTellWho" }
  | { readonly kind: "cantTellWhose" }
  | { readonly kind: "cantTellAccess" }
  | { readonly kind: "tooOldLine" }
  | Said<
      | "answer.yesLine"
      | "answer.itOnlyLine"
      | "answer.cantSeeService"
      | "answer.conflictLine"
      | "checks.conflictLine"
      | "checks.canWriteLine"
    >;

/** Exchange's or Graph's sentences under these keys. */
type Said<Key> = OutsideReason extends infer R ? (R extends { readonly key: infer K } ? (K extends Key ? R : never) : never) : never;

export interface Answer {
  readonly kind: AnswerKind;
  readonly headline: AnswerHeadline;
  readonly line: AnswerLine;
  /** The one next step; none when the meeting already has its link or Outlook's own button is the way. */
  readonly primary?: Step;
  readonly secondary: readonly Step[];
}
