import { en } from "../../../src/i18n/en";
import fc from "fast-check";
import { decodeError, MAX_ERROR_TEXT } from "../../../src/diagnosis/errors/decode";
import { KNOWN_ERRORS, type ErrorId } from "../../../src/diagnosis/errors/knowledgeBase";
import { normalizeErrorText } from "../../../src/diagnosis/errors/normalize";
import type { Parties } from "../../../src/diagnosis/remedies";
import { PARTIES, RECOGNISED } from "./cases";

const VALID_IDS = new Set<ErrorId>([...KNOWN_ERRORS.map((e) => e.id), "unknown"]);

const partiesArb: fc.Arbitrary<Parties> = fc.constantFrom<Parties>(
  PARTIES,
  {},
  { owner: { emailAddress: "", displayName: "" } },
  { owner: { emailAddress: "x", displayName: "\u202E" } },
);

/** Anything a clipboard can hold: random code units (lone surrogates included), graphemes, or huge. */
const pasteArb = fc.oneof(
  fc.string({ unit: "binary", maxLength: 6000 }),
  fc.string({ unit: "grapheme", maxLength: 2000 }),
  fc.string({ unit: "binary-ascii", minLength: MAX_ERROR_TEXT, maxLength: MAX_ERROR_TEXT * 3 }),
  fc.lorem({ maxCount: 200 }),
);

describe("decodeError on arbitrary input", () => {
  test("never throws and always answers with a valid, self-consistent result", () => {
    fc.assert(
      fc.property(pasteArb, partiesArb, (text, parties) => {
        const decoded = decodeError(text, parties, en);
        expect(VALID_IDS.has(decoded.id)).toBe(true);
        expect(decoded.recognised).toBe(decoded.id !== "unknown");
        expect(decoded.matched.length > 0).toBe(decoded.recognised);
        expect(decoded.quote.length).toBeLessThanOrEqual(MAX_ERROR_TEXT);
        expect(decoded.truncated).toBe(text.trim().length > MAX_ERROR_TEXT);
        // A recognised cause always says who fixes what; an unrecognised one leaves that to the checks.
        expect(decoded.entry.remedies.length > 0).toBe(decoded.recognised);
      }),
      { numRuns: 300 },
    );
    // Timings belong to the bench; a decoder that backtracked would not finish within this test's timeout.
  }, 120_000);

  test("a huge unicode paste is cut to the cap and still answered", () => {
    const huge = "\u{1F600}\u0301\u200B\uFF21 ".repeat(300_000);
    const decoded = decodeError(huge, PARTIES, en);
    expect(decoded.truncated).toBe(true);
    expect(decoded.id).toBe("unknown");
  });

  test("a real message stays recognised inside unrelated noise", () => {
    const samples = KNOWN_ERRORS.map((e) => [e.id, RECOGNISED[e.id][0]?.text ?? ""] as const);
    const noise = fc.string({ unit: fc.constantFrom("x", "y", "z", " ", "\n", "1", "."), maxLength: 300 });
    fc.assert(
      fc.property(fc.constantFrom(...samples), noise, noise, ([id, text], before, after) => {
        expect(decodeError(`${before}\n${text}\n${after}`, PARTIES, en).id).toBe(id);
      }),
      { numRuns: 200 },
    );
  });

  test("case, quote style and line breaks never change the answer", () => {
    const samples = KNOWN_ERRORS.flatMap((e) => RECOGNISED[e.id].map((v) => [e.id, v.text] as const));
    const restyle = fc.record({ upper: fc.boolean(), curly: fc.boolean(), breaks: fc.boolean() });
    fc.assert(
      fc.property(fc.constantFrom(...samples), restyle, ([id, text], style) => {
        let variant = style.upper ? text.toUpperCase() : text;
        if (style.curly) variant = variant.replace(/'/g, "\u2019");
        if (style.breaks) variant = variant.replace(/ /g, (space, offset: number) => (offset % 3 === 0 ? "\r\n" : space));
        expect(decodeError(variant, PARTIES, en).id).toBe(id);
      }),
      { numRuns: 300 },
    );
  });

  test("normalisation never throws on arbitrary input", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 5000 }), (text) => {
        expect(typeof normalizeErrorText(text)).toBe("string");
      }),
      { numRuns: 300 },
    );
  });
});
