/**
 * The error decoder: the user pastes what they saw, we name the cause and who fixes it.
 *
 * Recognition scores the knowledge base's markers against the normalised text. A cause is named
 * only when the evidence is specific: one decisive phrase, or a distinctive phrase backed by one
 * more signal. Product names, status codes and bounce boilerplate only ever support a phrase;
 * they never decide alone. Anything less stays "not recognised", because a confident wrong answer
 * sends people to the wrong person.
 */
import type { Messages } from "../../i18n/messages";
import type { Parties } from "../remedies";
import type { Actor, CheckId, Remedy, Source } from "../types";
import { KNOWN_ERRORS, UNKNOWN_ERROR, type ErrorEntry, type ErrorId, type Marker, type MarkerStrength } from "./knowledgeBase";
import { normalizeErrorText } from "./normalize";
import { inAReadLanguage, signalsIn } from "./reading";

export { MAX_ERROR_TEXT } from "./limits";
import { MAX_ERROR_TEXT } from "./limits";

/** The entry as the UI needs it, with remedies already built for the people involved. */
export interface DecodedEntry {
  readonly title: string;
  readonly cause: string;
  readonly layer: CheckId | "none";
  readonly whoFixes: readonly Actor[];
  readonly remedies: readonly Remedy[];
  readonly sources: readonly Source[];
}

export interface DecodedError {
  readonly id: ErrorId;
  readonly recognised: boolean;
  readonly entry: DecodedEntry;
  /** The pasted text, trimmed and capped at MAX_ERROR_TEXT characters. */
  readonly quote: string;
  /** True when the paste was longer than MAX_ERROR_TEXT and only its start was read. */
  readonly truncated: boolean;
  /** Labels of the markers that matched, so the user can see why we concluded what we did. */
  readonly matched: readonly string[];
  /**
   * False when the paste is sentences in a language the pane does not read (not English, French,
   * Dutch or German): then only its codes and product names counted, and the pane says so.
   */
  readonly sentenceRead: boolean;
  /** Codes and product names found in the paste, whatever its language (SMTP 5.7.1, SendAsDenied, Zoom). */
  readonly signals: readonly string[];
}

const POINTS: Readonly<Record<MarkerStrength, number>> = { decisive: 3, strong: 2, context: 1 };

/** A decisive marker alone, or a strong one plus any other signal. */
const THRESHOLD = 3;

interface Candidate {
  readonly entry: ErrorEntry;
  readonly score: number;
  readonly decisive: number;
  readonly matched: readonly string[];
}

export function decodeError(text: string, parties: Parties, t: Messages): DecodedError {
  // The textarea always gives a string, but this also runs from plain JavaScript (playground, tests).
  const { quote, truncated } = capText(typeof text === "string" ? text : "");
  const normalised = normalizeErrorText(quote);
  const best = bestCandidate(normalised, ownerAddress(parties));
  const entry = best?.entry ?? UNKNOWN_ERROR;
  return {
    id: entry.id,
    recognised: best !== undefined,
    entry: {
      title: t.errors[entry.id].title,
      cause: t.errors[entry.id].cause,
      layer: entry.layer,
      whoFixes: entry.whoFixes,
      remedies: entry.remedies(parties, t),
      sources: entry.sources,
    },
    quote,
    truncated,
    matched: best?.matched ?? [],
    sentenceRead: inAReadLanguage(normalised),
    signals: signalsIn(normalised),
  };
}

function capText(text: string): { quote: string; truncated: boolean } {
  const trimmed = text.trim();
  if (trimmed.length <= MAX_ERROR_TEXT) return { quote: trimmed, truncated: false };
  // Never cut a surrogate pair in half: the quote is shown and copied into reports.
  const lastKept = trimmed.charCodeAt(MAX_ERROR_TEXT - 1);
  const end = lastKept >= 0xd800 && lastKept <= 0xdbff ? MAX_ERROR_TEXT - 1 : MAX_ERROR_TEXT;
  return { quote: trimmed.slice(0, end), truncated: true };
}

/** The owner's address in normalised form, when it is long enough to be a meaningful signal. */
function ownerAddress(parties: Parties): string | undefined {
  const address = normalizeErrorText(parties.owner?.emailAddress ?? "");
  return address.includes("@") && address.length >= 5 ? address : undefined;
}

function bestCandidate(normalised: string, owner: string | undefined): Candidate | undefined {
  if (!normalised) return undefined;
  // Seeing the owner's own address supports whichever cause the wording points to; it is context.
  const ownerLabel = owner !== undefined && normalised.includes(owner) ? `the owner's address (${owner})` : undefined;
  const sentences = sentencesOf(normalised);
  let best: Candidate | undefined;
  for (const entry of KNOWN_ERRORS) {
    const candidate = score(entry, normalised, sentences, ownerLabel);
    if (candidate && (!best || candidate.score > best.score || (candidate.score === best.score && candidate.decisive > best.decisive))) {
      best = candidate;
    }
  }
  return best;
}

function score(entry: ErrorEntry, normalised: string, sentences: readonly string[], ownerLabel: string | undefined): Candidate | undefined {
  let total = 0;
  let decisive = 0;
  let specific = false;
  const matched: string[] = [];
  for (const marker of entry.markers) {
    if (!matches(marker, normalised, sentences)) continue;
    total += POINTS[marker.strength];
    if (marker.strength === "decisive") decisive += 1;
    if (marker.strength !== "context") specific = true;
    matched.push(marker.label);
  }
  // Context, the owner's address included, may only support a phrase; it never makes a match.
  if (!specific) return undefined;
  if (ownerLabel) {
    total += POINTS.context;
    matched.push(ownerLabel);
  }
  return total >= THRESHOLD ? { entry, score: total, decisive, matched } : undefined;
}

/**
 * A sentence ends at . ! ? ; followed by a space (so 5.7.1 and addresses stay whole) or at the end.
 * Longer "sentences" than this are a paste without punctuation, where far-apart words would combine.
 */
const SENTENCE_END = /[.!?;](?:\s|$)/;
const MAX_SENTENCE = 300;

function sentencesOf(normalised: string): string[] {
  return normalised.split(SENTENCE_END).filter((sentence) => sentence.length > 0 && sentence.length <= MAX_SENTENCE);
}

/** A phrase anywhere; a meaning (every cue) within one sentence, unless the paste names what rules it out. */
function matches(marker: Marker, normalised: string, sentences: readonly string[]): boolean {
  if ("pattern" in marker) return marker.pattern.test(normalised);
  if ((marker.unless ?? []).some((cue) => cue.test(normalised))) return false;
  return sentences.some((sentence) => marker.cues.every((cue) => cue.test(sentence)));
}
