/**
 * What the decoder can read in a paste whatever its language: whether the sentences are in one of the
 * four languages the pane speaks, and the codes and product names that mean the same in every language.
 *
 * The language test counts the short function words every sentence of a language needs ("the", "you",
 * "nicht", "vous", "niet"); a Spanish, Italian or Japanese message has almost none of them. It says
 * nothing about meaning: it only decides whether the pane may say that the sentence itself was read.
 */

/**
 * Per language, words that language cannot do without. Words the pane's languages share with Spanish,
 * Italian or Portuguese ("de", "la", "le", "il", "que") are left out: they would make those read.
 */
const wordSet = (list: string): ReadonlySet<string> => new Set(list.split(" "));

const FUNCTION_WORDS: readonly ReadonlySet<string>[] = [
  wordSet("the you your to of and have not this for with is are was could please can from that do does be"),
  wordSet("vous les des du pas pour ce cet cette est une et avec votre sur au aux ne n' l' d' qu'"),
  wordSet("u het een niet van voor om dit deze uw geen kan worden bent hebt namens op naar wordt"),
  wordSet("sie die der das nicht zu für dieses ist und mit ein eine den dem des von im ihr ihre keine wurde werden konnte haben auf"),
];

/** Words of letters (any script), with a French elided article kept as its own word ("l'", "n'"). */
const WORD = /[a-z]'|\p{L}+/gu;

const DIGIT = /\d/;

/** Fewer words than this is a code, a name or a fragment: nothing to say about its language. */
const MIN_WORDS = 4;

/**
 * False when the text is sentences in some language other than English, French, Dutch or German.
 * Normalised text in (see normalize.ts).
 */
export function inAReadLanguage(normalised: string): boolean {
  // Codes, addresses with numbers and server names are not words of any language.
  const words = normalised
    .split(" ")
    .filter((token) => !DIGIT.test(token))
    .flatMap((token) => token.match(WORD) ?? []);
  if (words.length < MIN_WORDS) return true;
  const known = Math.max(...FUNCTION_WORDS.map((set) => words.filter((word) => set.has(word)).length));
  // A sentence of the language has several of them; a stray lookalike in Spanish is one.
  return known >= 2 && known / words.length >= 0.12;
}

interface Signal {
  readonly pattern: RegExp;
  /** How the signal is shown: the code as printed (upper-cased where codes are), or the product's name. */
  readonly shown: (match: string) => string;
}

const asIs = (match: string) => match;
const named = (name: string) => () => name;

/** Language-independent signals, in the order they are listed back. Never enough to name a cause alone. */
const SIGNALS: readonly Signal[] = [
  { pattern: /\b[245]\.\d{1,2}\.\d{1,3}\b/, shown: (m) => `SMTP ${m}` },
  { pattern: /\berrorsendasdenied\b/, shown: named("ErrorSendAsDenied") },
  { pattern: /\bsendasdenied\w{0,40}/, shown: named("SendAsDenied") },
  { pattern: /\b0x8007000[0-9a-f]\b/, shown: asIs },
  { pattern: /\bms-diagnostics: ?\d{3,5}\b/, shown: asIs },
  { pattern: /\bwbx\d{4,6}\b/, shown: (m) => m.toUpperCase() },
  { pattern: /\bcode"?:? ?[`"]?(?:300|3000|3001|3003)\b/, shown: (m) => `Zoom ${m.replace(/\D/g, "")}` },
  { pattern: /\bschedule_for\b/, shown: named("schedule_for") },
  { pattern: /\bteams\b/, shown: named("Microsoft Teams") },
  { pattern: /\blync\b/, shown: named("Lync") },
  { pattern: /\bskype\b/, shown: named("Skype for Business") },
  { pattern: /\bzoom\b/, shown: named("Zoom") },
  { pattern: /\bwebex\b/, shown: named("Webex") },
  { pattern: /\boutlook\b/, shown: named("Outlook") },
  { pattern: /\bexchange\b/, shown: named("Exchange") },
];

/** The codes and product names in normalised text, each once, as the pane shows them. */
export function signalsIn(normalised: string): string[] {
  const seen: string[] = [];
  for (const signal of SIGNALS) {
    const match = signal.pattern.exec(normalised);
    if (!match) continue;
    const shown = signal.shown(match[0]);
    if (!seen.includes(shown)) seen.push(shown);
  }
  return seen;
}
