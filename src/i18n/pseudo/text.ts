/**
 * The pseudo-locale: English with every catalogue text accented and bracketed ("⟦Ŷéš⟧"), about a
 * third longer. Anything on screen that is not bracketed bypassed the catalogues, which the browser
 * tests look for; the extra length shows layouts that only fit English. Select it with the tag
 * "qps-ploc" (Windows' pseudo-locale) or the playground's ?lang=qps-ploc.
 */
const ACCENTED: Readonly<Record<string, string>> = {
  a: "å",
  b: "ƀ",
  c: "ç",
  d: "ð",
  e: "é",
  f: "ƒ",
  g: "ĝ",
  h: "ĥ",
  i: "î",
  j: "ĵ",
  k: "ķ",
  l: "ļ",
  m: "ɱ",
  n: "ñ",
  o: "ö",
  p: "þ",
  q: "ǫ",
  r: "ŕ",
  s: "š",
  t: "ţ",
  u: "û",
  v: "ṽ",
  w: "ŵ",
  x: "ẋ",
  y: "ý",
  z: "ž",
  A: "Å",
  B: "Ɓ",
  C: "Ç",
  D: "Ð",
  E: "É",
  F: "Ƒ",
  G: "Ĝ",
  H: "Ĥ",
  I: "Î",
  J: "Ĵ",
  K: "Ķ",
  L: "Ļ",
  M: "Ṁ",
  N: "Ñ",
  O: "Ö",
  P: "Þ",
  Q: "Ǫ",
  R: "Ŕ",
  S: "Š",
  T: "Ţ",
  U: "Û",
  V: "Ṽ",
  W: "Ŵ",
  X: "Ẋ",
  Y: "Ý",
  Z: "Ž",
};

export function pseudoText(text: string): string {
  const accented = text.replace(/[A-Za-z]/g, (ch) => ACCENTED[ch] ?? ch);
  const padding = "·".repeat(Math.ceil(text.length / 3));
  return `⟦${accented}${padding}⟧`;
}

/**
 * Placeholder values stay as they came and are fenced "⟪…⟫" inside the bracketed text: a service or
 * product name that reached a sentence from outside the catalogue (an English constant) then stays
 * readable, and a test can tell it from one the catalogue supplied (itself bracketed).
 */
const VALUE = /\uE000(\d+)\uE001/g;
/** Placeholders a text compares rather than shows ("location" or "body"). */
const COMPARED: ReadonlySet<string> = new Set(["where"]);

function withFencedValues(fn: (...a: unknown[]) => unknown, args: unknown[]): unknown {
  const values: string[] = [];
  const token = (text: string) => `\uE000${values.push(text) - 1}\uE001`;
  const fenced = (key: string, inner: unknown): unknown => {
    if (typeof inner === "string") return inner && !COMPARED.has(key) ? token(inner) : inner;
    return Array.isArray(inner) ? inner.map((item: unknown) => (typeof item === "string" && item ? token(item) : item)) : inner;
  };
  // A proxy rather than a copy: the placeholder object is read as the text reads it.
  const tokenised = args.map((arg) =>
    arg && typeof arg === "object" && !Array.isArray(arg)
      ? new Proxy(arg, {
          get: (target, key) => (typeof key === "string" ? fenced(key, Reflect.get(target, key)) : Reflect.get(target, key)),
        })
      : arg,
  );
  const out = fn(...tokenised);
  if (typeof out !== "string") return out;
  return pseudoText(out).replace(VALUE, (_, index: string) => `⟪${values[Number(index)] ?? ""}⟫`);
}

/** The same catalogue (or part of one) with every text, and every text a function returns, pseudo-localised. */
export function pseudoOf<T>(value: T): T {
  if (typeof value === "string") return pseudoText(value) as T;
  if (typeof value === "function") {
    return ((...args: unknown[]) => withFencedValues(value as (...a: unknown[]) => unknown, args)) as T;
  }
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, pseudoOf(inner)])) as T;
  }
  return value;
}
