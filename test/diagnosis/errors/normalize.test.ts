import fc from "fast-check";
import { normalizeErrorText } from "../../../src/diagnosis/errors/normalize";

describe("normalizeErrorText folds what carries no meaning", () => {
  test.each([
    ["curly apostrophes and quotes", "You can\u2019t \u201Cschedule\u201D \u2018this\u2019", "you can not \"schedule\" 'this'"],
    ["modifier-letter apostrophe", "don\u02BCt", "do not"],
    ["dashes", "read\u2010only \u2013 a\u2014b \u2212 c", "read-only - a-b - c"],
    ["line breaks and tabs", "Looks like\r\nyou\tdon't\n\n  have", "looks like you do not have"],
    ["zero-width and bidi controls", "acc\u200Bount\u200D \u202Eper\u2060mission\uFEFF", "account permission"],
    ["soft hyphen", "dele\u00ADgate", "delegate"],
    ["no-break and ideographic spaces", "in\u00A0Lync\u3000now", "in lync now"],
    ["full-width letters (NFKC)", "\uFF2C\uFF39\uFF2E\uFF23", "lync"],
    ["ligatures (NFKC)", "\uFB01le", "file"],
    ["cannot and can't alike", "Cannot, CAN'T, can not", "can not, can not, can not"],
    ["other contractions", "couldn't wasn't won't doesn't", "could not was not will not does not"],
    ["contractions typed without the apostrophe", "dont DOESNT couldnt", "do not does not could not"],
    ["words that look like contractions are kept", "cant wont donut", "cant wont donut"],
    ["HTML tags and entities", "<p>You can&#8217;t&nbsp;send</p><br/>&lt;b&gt; &amp; &#x41;", "you can not send <b> & a"],
    ["addresses in angle brackets survive", "To: Alex <alex.wilber@contoso.com>", "to: alex <alex.wilber@contoso.com>"],
    ["a lone less-than survives", "a < b > c", "a < b > c"],
    ["reply prefixes", "> line one\n>> line two\n  > three", "line one line two three"],
    ["quoted-printable soft breaks", "on be=\nhalf of", "on behalf of"],
    ["JSON escapes", 'message":"for \\"alex@contoso.com\\".\\nNext', 'message":"for "alex@contoso.com". next'],
    ["unknown entities are kept", "&bogus; &#xFFFFFFF; &#0;", "&bogus; &#xfffffff; &#0;"],
    ["empty", "", ""],
  ])("%s", (_name, input, expected) => {
    expect(normalizeErrorText(input)).toBe(expected);
  });

  test("output is always lower case, single-spaced, trimmed and free of curly quotes or invisible characters", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (input) => {
        const out = normalizeErrorText(input);
        expect(out).toBe(out.trim());
        expect(out).not.toMatch(/\s\s|[\t\n\r\u00A0]/);
        expect(out).not.toMatch(/[\u2018\u2019\u201C\u201D\u2013\u2014\u200B\uFEFF]/);
        expect(out).not.toContain("\u200D");
        expect(out).not.toMatch(/[A-Z]/);
      }),
      { numRuns: 500 },
    );
  });
});
