/**
 * What a sentence needs from a display name as directories really hold them: "Alex Wilber",
 * "Wilber, Alex", "Dr. Alex Wilber", "DUPONT Jean", "Le Goff Yann", "Berg, Jan van den", "山田 太郎".
 *
 * Plain string work, no Office and no sentences: the catalogues wrap the result. The rule that
 * matters most: when the shape is not clear, the whole name is used, never a piece of it ("Hi Van,"
 * for "Van Morrison" or "Bonjour DUPONT," is worse than the full name).
 */

export interface NameForms {
  /** For friendly sentences ("Alex's calendar", "Kalender von Alex"): the given name, else the full name. */
  readonly short: string;
  /** The name in reading order, honorifics and titles kept: "Dr. Alex Wilber" for "Wilber, Alex, Dr.". */
  readonly full: string;
  /** The name in reading order without Mr/Mme/Herr…, for a greeting that takes the full name. */
  readonly fullWithoutHonorific: string;
}

/**
 * Forms of address: dropped where a greeting takes a given name, and in German's "Guten Tag Alex
 * Wilber," (the gender-neutral business form has no Herr/Frau).
 */
const HONORIFICS = new Set([
  // en; nl (de heer, mevrouw, mejuffrouw); fr (M. only with its dot, see isHonorific); de
  ..."mr mrs ms miss mx sir dame".split(" "),
  ..."dhr mevr mw mej".split(" "),
  ..."m mme mlle me".split(" "),
  ..."herr frau hr fr".split(" "),
]);

/** Academic and professional titles; German business style keeps them in the name ("Guten Tag Dr. Alex Wilber,"). */
const TITLES = new Set("dr prof pr drs ir ing mag dipl di mmag ddr dkfm med univ rer nat phil bc mgr dott doc lic".split(" "));

/** Letters after a name: never a given name ("Wilber, Alex, PhD", "Alex Wilber MBA"). */
const POST_NOMINALS = new Set("phd md mba msc bsc ma ba jr sr ii iii iv cpa esq llm dds".split(" "));

/** Lower-case particles that belong to the surname: "Jan van den Berg", "Berg, Jan van den". */
const PARTICLES = new Set(
  "van von vom zu zum zur der den dem de du des le la les di da del della dos das do ten ter te het in 't ’t vanden vander op af al el bin ibn".split(
    " ",
  ),
);

/** Scripts written without spaces between the parts of a name, or family name first: never cut. */
const UNSPACED_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** "(Contoso)", "[EXT]", "- Sales", "| Marketing": directory additions after the name itself. */
const TRAILING_ADDITION = /\s*(?:\([^()]*\)|\[[^[\]]*\]|\{[^{}]*\})\s*$/u;
const SEPARATOR = /\s+[-–—|/]\s+/u;
/** A word a name is made of: letters, digits (a room's number), apostrophes, hyphens, dots, a closing comma. */
const NAME_TOKEN = /^[\p{L}\p{M}\p{N}'’.-]+,?$/u;
const ADDRESS = /^\S+@\S+$/u;

const bare = (token: string) => token.toLowerCase().replace(/\.$/u, "");

function isHonorific(token: string): boolean {
  const word = bare(token);
  // "M" alone may be an initial; only "M." is Monsieur. "Me" and "Fr" likewise need their form.
  if (word === "m") return token === "M.";
  if (word === "me") return token === "Me";
  if (word === "fr" || word === "hr") return token.endsWith(".");
  return HONORIFICS.has(word);
}

function isTitle(token: string): boolean {
  // "Prof.Dr.", "Dipl.-Ing.", "Dr.-Ing.", "Univ.-Prof.": every piece must be a title.
  const pieces = token.toLowerCase().split(/[.-]/u).filter(Boolean);
  if (pieces.length === 0) return false;
  if (!pieces.every((piece) => TITLES.has(piece))) return false;
  // Without a dot only the unambiguous ones: "Ing" and "Dr" are titles, "Di" is also a given name.
  return token.includes(".") || token === "DI" || ["dr", "prof", "ing", "mag", "drs", "ir"].includes(pieces[0] ?? "");
}

const isPostNominal = (token: string) => POST_NOMINALS.has(token.toLowerCase().replace(/[.,]/gu, ""));
/** A particle at the end of "Berg, Jan van den": written in lower case there. */
const isTrailingParticle = (token: string) => token === token.toLowerCase() && PARTICLES.has(token);
/** Particles a surname may start with when it comes first: "Le Goff Yann", "Van den Berg Jan" ("Al", "El" are given names too). */
const SURNAME_STARTS = new Set("le la de den der van von du des del della di da dos das ten ter vanden vander".split(" "));
const startsSurname = (token: string) => SURNAME_STARTS.has(token.toLowerCase());
const hasLetter = (token: string) => /\p{L}/u.test(token);
/** "DUPONT", "LE", "VAN": written in capitals, as French and Belgian directories write surnames. */
const isCapitals = (token: string) =>
  Array.from(token.replace(/[^\p{L}]/gu, "")).length >= 2 && token === token.toUpperCase() && token !== token.toLowerCase();
/** "A.", "J", "J.-P.": an initial is not a name to greet anyone by. */
const isInitial = (token: string) =>
  /^(?:\p{L}\.?-?)+$/u.test(token) &&
  Array.from(token.replace(/[.-]/gu, "")).length <= 2 &&
  (token.includes(".") || Array.from(token).length === 1);
const looksLikeGivenName = (token: string) => /^\p{Lu}/u.test(token) && !isInitial(token) && !isCapitals(token) && !/\d/u.test(token);

interface Parsed {
  readonly prefixes: readonly string[];
  readonly given: readonly string[];
  readonly surname: readonly string[];
  /** True when the directory wrote the surname first ("Wilber, Alex", "DUPONT Jean"). */
  readonly reordered?: boolean;
}

/** The forms of one display name (already flattened to one line; an address or empty text stays as it is). */
export function nameForms(displayName: string): NameForms {
  const whole = displayName.trim();
  const parsed = parse(whole);
  if (!parsed) return { short: whole, full: whole, fullWithoutHonorific: whole };
  // The name as written, unless the directory put the surname first: then in reading order.
  const full = parsed.reordered ? [...parsed.prefixes, ...parsed.given, ...parsed.surname].join(" ") : whole;
  const titles = parsed.prefixes.filter((token) => !isHonorific(token));
  const first = parsed.given[0];
  // Without a given name the honorific is what makes "Herr Wilber" a way to address someone.
  const fullWithoutHonorific = first ? [...titles, ...parsed.given, ...parsed.surname].join(" ") : full;
  const short = first && looksLikeGivenName(first) ? first : full;
  return { short, full, fullWithoutHonorific: looksLikeGivenName(first ?? "") ? fullWithoutHonorific : full };
}

function parse(whole: string): Parsed | undefined {
  if (whole === "" || ADDRESS.test(whole) || UNSPACED_SCRIPT.test(whole)) return undefined;
  let core = whole;
  while (TRAILING_ADDITION.test(core)) core = core.replace(TRAILING_ADDITION, "");
  core = core.split(SEPARATOR)[0]?.trim() ?? "";
  // The name ends where something that is no part of a name starts: "<alex@contoso.com>", "(Chief of
  // Staff", markup, the "…" of a name cut short. "Sales & Marketing" or "Meeting Room 3" is no person.
  const tokens = words(core);
  const end = tokens.findIndex((token) => !NAME_TOKEN.test(token));
  if (tokens.some((token) => token === "&" || token === "+")) return undefined;
  core = (end === -1 ? tokens : tokens.slice(0, end)).join(" ");
  if (!hasLetter(core) || /\d/u.test(core)) return undefined;

  const parts = core
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  // "Wilber, Alex, Dr." / "Alex Wilber, PhD": what follows the name is titles or letters after it.
  const trailing: string[] = [];
  while (parts.length > 1 && words(parts[parts.length - 1] ?? "").every((t) => isTitle(t) || isHonorific(t) || isPostNominal(t))) {
    trailing.unshift(...words(parts.pop() ?? "").filter((t) => !isPostNominal(t)));
  }
  if (parts.length === 1) return withPrefixes(trailing, inReadingOrder(words(parts[0] ?? "")));
  if (parts.length === 2) return withPrefixes(trailing, surnameFirst(words(parts[0] ?? ""), words(parts[1] ?? "")));
  return undefined;
}

const words = (text: string) => text.split(" ").filter(Boolean);

function withPrefixes(trailing: readonly string[], parsed: Parsed | undefined): Parsed | undefined {
  if (!parsed) return undefined;
  return { ...parsed, prefixes: mergePrefixes(trailing, parsed.prefixes) };
}

/** Honorifics first, then titles, as they are written before a name: "Herr Dr.", "Mevr. dr.". */
function mergePrefixes(trailing: readonly string[], leading: readonly string[]): string[] {
  const all = [...leading, ...trailing];
  return [...all.filter(isHonorific), ...all.filter((t) => !isHonorific(t))];
}

/** Leading honorifics and titles, and trailing letters after the name, set aside. */
function splitPrefixes(tokens: readonly string[]): { prefixes: string[]; rest: string[] } {
  const rest = [...tokens];
  const prefixes: string[] = [];
  while (rest.length > 0 && (isHonorific(rest[0] ?? "") || isTitle(rest[0] ?? ""))) prefixes.push(rest.shift() ?? "");
  while (rest.length > 0 && (isPostNominal(rest[rest.length - 1] ?? "") || isTitle(rest[rest.length - 1] ?? ""))) {
    const last = rest.pop() ?? "";
    if (isTitle(last)) prefixes.push(last);
  }
  return { prefixes, rest };
}

/** "Surname, Given": the given part may end with the surname's particles ("Berg, Jan van den"). */
function surnameFirst(surnamePart: readonly string[], givenPart: readonly string[]): Parsed | undefined {
  const surname = splitPrefixes(surnamePart);
  const given = splitPrefixes(givenPart);
  if (surname.rest.length === 0 || given.rest.length === 0) return undefined;
  const particles: string[] = [];
  while (given.rest.length > 1 && isTrailingParticle(given.rest[given.rest.length - 1] ?? "")) particles.unshift(given.rest.pop() ?? "");
  return {
    prefixes: [...given.prefixes, ...surname.prefixes],
    given: given.rest,
    surname: [...particles, ...surname.rest],
    reordered: true,
  };
}

/** One part, no comma: "Alex Wilber", "DUPONT Jean", "Le Goff Yann", "Dr. Alex Wilber". */
function inReadingOrder(tokens: readonly string[]): Parsed | undefined {
  const { prefixes, rest } = splitPrefixes(tokens);
  if (rest.length === 0) return undefined;
  if (rest.length === 1) {
    // "Alex" is a given name; "Herr Wilber", "Mme Dupont" or "Dr. Wilber" is a surname with its title.
    return prefixes.length > 0 ? { prefixes, given: [], surname: rest } : { prefixes, given: rest, surname: [] };
  }
  // "DUPONT Jean", "VAN DEN BERG Jan": a surname in capitals written first.
  const capitals = rest.findIndex((token) => !isCapitals(token));
  if (capitals > 0) return { prefixes, given: rest.slice(capitals), surname: rest.slice(0, capitals), reordered: true };
  if (capitals === -1) return undefined; // "ALEX WILBER": which part is which cannot be told.
  // "Le Goff Yann", "Van den Berg Jan", "De Smet Jan": a particle first starts a surname.
  if (startsSurname(rest[0] ?? "")) {
    let end = 0;
    while (end < rest.length && startsSurname(rest[end] ?? "")) end += 1;
    const given = rest.slice(end + 1);
    // "Van Morrison", "De Smet", "Van den Berg": no given name left, or the shape is not sure.
    if (given.length === 0) return undefined;
    return { prefixes, given, surname: rest.slice(0, end + 1), reordered: true };
  }
  return { prefixes, given: rest.slice(0, 1), surname: rest.slice(1) };
}
