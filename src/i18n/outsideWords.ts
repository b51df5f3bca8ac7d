/**
 * Exchange's and Microsoft Graph's sentences in the checks (src/kernel/reasons.ts OutsideReason): the
 * domain only names the sentence and its parameters. This module travels with those words, in the
 * evidence chunk (src/taskpane/evidenceKit.ts), so the first download holds none of it: the checks'
 * presenters (./checkWords.ts, ./evidenceWords.ts) are handed an OutsideSay instead. A reason is
 * looked up by its key; the types at the end check every key against the catalogue.
 */
import type { ExchangeSentence, GraphSentence, OutsideReason } from "../kernel/reasons";
import type { DetailsMessages, ExchangeMessages } from "./messages";

/** Exchange's words, and Graph's when Graph answered (the shape of the domain's OutsideEvidence). */
export interface OutsideWords {
  readonly words: ExchangeMessages;
  readonly graph?: { readonly words: GraphMessages };
}

type GraphMessages = DetailsMessages["graph"];

/** How the checks' presenters say Exchange's and Graph's reasons, in the pane's words. */
export type OutsideSay = (reason: OutsideReason, owner: string) => string;

/** A sentence as a catalogue has it: a string, or a function of its parameters. */
type Sentence = string | ((p: object) => string);

/** The sentence at `path` ("calendar.granted") in this part of a catalogue, filled with `p`. */
function fill(book: object | undefined, path: string, p: object): string {
  const words = path.split(".").reduce<unknown>((part, key) => (part as Readonly<Record<string, unknown>>)[key], book) as Sentence;
  return typeof words === "string" ? words : words(p);
}

/** One of Exchange's or Graph's sentences; a Graph fact is introduced with when Graph answered. */
export function outsideSentence(reason: OutsideReason, owner: string, outside: OutsideWords | undefined): string {
  const book = reason.kind === "exchange" ? outside?.words : outside?.graph?.words;
  const text = fill(book, reason.key, { ...reason, owner });
  return "seenAt" in reason ? fill(book, "checks.line", { at: reason.seenAt, text }) : text;
}

type At<Words, Path extends string> = Path extends `${infer Head}.${infer Rest}`
  ? Head extends keyof Words
    ? At<Words[Head], Rest>
    : never
  : Path extends keyof Words
    ? Words[Path]
    : never;
type WithKey<R, Key> = R extends { readonly key: infer K } ? (Key extends K ? R : never) : never;
type Filling<R> = Omit<R, "kind" | "key" | "seenAt"> & { readonly owner: string };
type Fits<Words, R extends { readonly key: string }> = {
  [Key in R["key"]]: [At<Words, Key>] extends [never]
    ? false
    : At<Words, Key> extends string | ((p: Filling<WithKey<R, Key>>) => string)
      ? true
      : false;
}[R["key"]];
type Assert<T extends true> = T;

/** Compile-time only: every key is a sentence of its part of the catalogue that takes the reason's parameters. */
export type _EveryOutsideReasonWorded = [Assert<Fits<ExchangeMessages, ExchangeSentence>>, Assert<Fits<GraphMessages, GraphSentence>>];
