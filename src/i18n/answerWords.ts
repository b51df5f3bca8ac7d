/**
 * The answer (src/kernel/answer.ts) in the reader's language: its headline, its line and a label for
 * each step, for the pane and the report alike. `owner` is the owner as sentences name them ("Alex",
 * an address, or the catalogue's "the owner"): the caller resolves it once from the verdict.
 *
 * A few sentences are Exchange's or Microsoft Graph's, whose words travel with the evidence chunk: the
 * domain gives those reasons only when that chunk is in, and the caller passes how to say them (`say`,
 * src/i18n/outsideWords.ts, in that chunk).
 *
 * A reason's kind is the key of its sentence (a step's, in camel case), so this looks sentences up
 * rather than switching over forty kinds: it is in the first download, before the verdict. The types
 * at the end check every key and its parameters against each catalogue part at compile time.
 */
import type { Answer, AnswerHeadline, AnswerKind, AnswerLine, Need, Step, StepKind } from "../kernel/answer";
import type { OutsideReason } from "../kernel/reasons";
import type { FirstScreenMessages } from "./messages";
import { outsideOrFailed } from "./checkWords";
import type { OutsideSay } from "./outsideWords";

export interface WordedStep {
  readonly kind: StepKind;
  readonly label: string;
}

export interface WordedAnswer {
  readonly kind: AnswerKind;
  readonly headline: string;
  readonly line: string;
  readonly primary?: WordedStep;
  readonly secondary: readonly WordedStep[];
}

export function answerWords(answer: Answer, owner: string, t: FirstScreenMessages, say?: OutsideSay): WordedAnswer {
  // A reason's parameters, the owner, and its needs worded from `needs` (long in a headline, short on a button).
  const fillIn = (book: object, kind: string, reason: Reason | Step, needs: object): string =>
    fill(book, kind, {
      ...reason,
      owner,
      needs: "needs" in reason ? reason.needs.map((need) => fill(needs, need.kind, { ...need, owner })) : [],
    });
  const firstScreen = { ...t.meetingTruth, ...t.answer };
  const reason = (r: Reason): string =>
    r.kind === "exchange" || r.kind === "graph" ? outsideOrFailed(r, owner, t, say) : fillIn(firstScreen, r.kind, r, t.answer.need);
  const buttons = { ...t.meetingTruth, ...t.actions };
  const step = (s: Step): WordedStep => ({ kind: s.kind, label: fillIn(buttons, camel(s.kind), s, t.actions.needShort) });
  return {
    kind: answer.kind,
    headline: reason(answer.headline),
    line: reason(answer.line),
    ...(answer.primary ? { primary: step(answer.primary) } : {}),
    secondary: answer.secondary.map(step),
  };
}

/** "add-meeting" → "addMeeting": a step's label is the sentence under its kind in camel case. */
function camel(kind: string): string {
  return kind.replace(/-./g, (dash) => dash.charAt(1).toUpperCase());
}

type Reason = AnswerHeadline | AnswerLine;
type FirstScreenReason = Exclude<Reason, OutsideReason>;
type Camel<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : S;

/** What a sentence is given: the reason's parameters, the owner, and the needs already worded. */
type Filling<R> = Omit<R, "kind" | "needs"> & { readonly owner: string } & (R extends { readonly needs: unknown }
    ? { readonly needs: readonly string[] }
    : unknown);

/** A sentence under each reason's kind, taking that reason's filling. */
type Book<R extends { readonly kind: string }> = {
  readonly [K in R["kind"]]: string | ((p: Filling<Extract<R, { readonly kind: K }>>) => string);
};
type StepBook = { readonly [K in Step["kind"] as Camel<K>]: string | ((p: Filling<Extract<Step, { readonly kind: K }>>) => string) };
type NeedBook<Owner> = {
  readonly [K in Need["kind"]]: string | ((p: Omit<Extract<Need, { readonly kind: K }>, "kind"> & Owner) => string);
};

type Assert<T extends true> = T;
type Has<Words, R extends FirstScreenReason> = Words extends Book<R> ? true : false;
type Is<Words, B> = Words extends B ? true : false;

/** Compile-time only: every reason's kind is a sentence of its part of the catalogue that takes its parameters. */
export type _EveryReasonWorded = [
  Assert<Has<FirstScreenMessages["meetingTruth"] & FirstScreenMessages["answer"], FirstScreenReason>>,
  Assert<Is<FirstScreenMessages["meetingTruth"] & FirstScreenMessages["actions"], StepBook>>,
  Assert<Is<FirstScreenMessages["answer"]["need"], NeedBook<{ readonly owner: string }>>>,
  Assert<Is<FirstScreenMessages["actions"]["needShort"], NeedBook<unknown>>>,
];

type Sentence = string | ((p: object) => string);

/** The sentence under `kind` in this part of the catalogue: a string, or a function of its parameters. */
function fill(book: object | undefined, kind: string, p: object): string {
  const words = (book as Readonly<Record<string, Sentence>>)[kind] as Sentence;
  return typeof words === "string" ? words : words(p);
}
