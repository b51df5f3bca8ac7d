import fc from "fast-check";
import { expectedHtmlInsertionPoint } from "./support";
import type { BlockSignals } from "../../src/body/block";
import { blockShape } from "../../src/meeting/blockLabels";
import { renderHtmlBlock, renderTextBlock } from "../../src/meeting/block";
import { findBlock, insertBlock, removeBlock, replaceBlock, type BodyType } from "../../src/meeting/bodyEdit";
import { BLOCK_ID, HTML_BLOCK_BEGIN, HTML_BLOCK_END, TEXT_BLOCK_BEGIN, TEXT_BLOCK_END } from "../../src/meeting/marker";
import type { MeetingLink } from "../../src/meeting/types";

const RUNS = 1000;
const HUGE_CHARS = 200_000;

const SAMPLE_LINK: MeetingLink = {
  providerId: "zoom",
  providerName: "Zoom",
  joinUrl: "https://contoso.zoom.us/my/alex",
  meetingId: "1",
  dialIn: ["+1 555 0100"],
};

/** Pieces real and hostile bodies are made of, including our own markers and whole blocks. */
const PIECES = [
  "&amp;",
  "&lt;/body&gt;",
  "&#x1F600;",
  "&nbsp;",
  "&",
  "<",
  ">",
  "😀",
  "👩🏽‍💻",
  "𝔘𝔫𝔦",
  "\uD83D",
  "\uDE00",
  "\u202E",
  "\u2066",
  "\u200F",
  "שלום",
  "مرحبا",
  "\u0000",
  "\uFEFF",
  "\u212A",
  "İ",
  "<table><tr><td><table><tr><td>cell</td></tr></table></td></tr></table>",
  "<!-- comment -->",
  "<!--",
  "-->",
  "<![CDATA[ </body> ]]>",
  "]]>",
  "<script>alert(1)</script>",
  "<html><head><style>p{}</style></head><body>",
  "<body>",
  "</body>",
  "</BODY>",
  "</Body>",
  "</body >",
  "</bo",
  "dy>",
  "</html>",
  HTML_BLOCK_BEGIN,
  HTML_BLOCK_END,
  `<div data-${BLOCK_ID}="1">`,
  renderHtmlBlock(SAMPLE_LINK),
  TEXT_BLOCK_BEGIN,
  TEXT_BLOCK_END,
  `\n${TEXT_BLOCK_BEGIN}\n`,
  `\n${TEXT_BLOCK_END}\n`,
  `\r\n${TEXT_BLOCK_END}\r\n`,
  renderTextBlock(SAMPLE_LINK),
  "-".repeat(51),
  "-".repeat(80),
  "-- Online meeting",
  "\n",
  "\r\n",
  "\r",
  "\n\n",
  "\r\n\r\n",
  " ",
  "\t",
];

const piece = fc.oneof(
  { arbitrary: fc.constantFrom(...PIECES), weight: 6 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 12 }), weight: 3 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 8 }), weight: 2 },
  {
    arbitrary: fc.string({ unit: fc.constantFrom("<", "/", "b", "o", "d", "y", ">", "!", "-", "\n", "\r", "B", "O"), maxLength: 12 }),
    weight: 2,
  },
);

const ordinaryBody = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(""));

/** Outlook-shaped: the content wrapped in a document, sometimes with text after </body>. */
const documentBody = fc
  .tuple(ordinaryBody, fc.constantFrom("</body>", "</BODY>"), ordinaryBody)
  .map(([content, close, trailer]) => `<html><head></head><body>${content}${close}${trailer}</html>`);

/** A few runs see bodies of 200,000 characters and more (Outlook accepts up to 1,000,000). */
const hugeBody = fc.tuple(ordinaryBody, fc.constantFrom(...PIECES), ordinaryBody).map(([head, filler, tail]) => {
  const unit = filler.length > 0 ? filler : "x";
  return head + unit.repeat(Math.ceil(HUGE_CHARS / unit.length)) + tail;
});

const body = fc.oneof(
  { arbitrary: ordinaryBody, weight: 12 },
  { arbitrary: documentBody, weight: 6 },
  { arbitrary: fc.constant(""), weight: 1 },
  { arbitrary: hugeBody, weight: 1 },
);

/** Links with hostile values: whatever the names are, the block must stay a block. */
const hostileText = fc.oneof(fc.string({ unit: "binary", maxLength: 30 }), fc.constantFrom(...PIECES));
const link: fc.Arbitrary<MeetingLink> = fc.record(
  {
    providerId: fc.constantFrom("jitsi", "zoom-room"),
    providerName: hostileText,
    joinUrl: fc.constantFrom(
      "https://meet.jit.si/abcdefghijklmnopqrstuvwxyz",
      "https://contoso.zoom.us/my/alex?pwd=a&b=%3C",
      "https://bücher.example/räume",
    ),
    meetingId: hostileText,
    dialIn: fc.array(hostileText, { maxLength: 3 }),
  },
  { requiredKeys: ["providerId", "providerName", "joinUrl"] },
);
const scheduledBy = fc.option(fc.record({ delegate: hostileText, owner: hostileText }), { nil: undefined });

const render = (type: BodyType, l: MeetingLink, by: { delegate: string; owner: string } | undefined) =>
  type === "html" ? renderHtmlBlock(l, by ? { scheduledBy: by } : {}) : renderTextBlock(l, by ? { scheduledBy: by } : {});

/** What insertBlock should have written for a text body, computed from the rules in bodyEdit.ts. */
function expectedTextInsertion(b: string, block: string): { separator: string; block: string } {
  const lineBreak = b.includes("\r\n") ? "\r\n" : "\n";
  return { separator: b === "" ? "" : lineBreak + lineBreak, block: block.split("\n").join(lineBreak) };
}

const params = { numRuns: RUNS };

describe.each(["html", "text"] as const)("%s body edits keep every character the user wrote", (type) => {
  test("remove(insert(b)) === b, and the block sits exactly where the rules say", () => {
    fc.assert(
      fc.property(body, link, scheduledBy, (b, l, by) => {
        const block = render(type, l, by);
        const inserted = insertBlock(b, type, block);
        expect(removeBlock(inserted, type)).toBe(b);

        const range = findBlock(inserted, type);
        expect(range).toBeDefined();
        if (!range) return;
        if (type === "html") {
          const at = expectedHtmlInsertionPoint(b);
          expect(range).toEqual({ start: at, end: at + block.length });
          expect(inserted.slice(0, range.start)).toBe(b.slice(0, at));
          expect(inserted.slice(range.start, range.end)).toBe(block);
          expect(inserted.slice(range.end)).toBe(b.slice(at));
        } else {
          const expected = expectedTextInsertion(b, block);
          expect(range).toEqual({ start: b.length + expected.separator.length, end: inserted.length });
          expect(inserted.slice(0, b.length)).toBe(b);
          expect(inserted.slice(b.length, range.start)).toBe(expected.separator);
          expect(inserted.slice(range.start, range.end)).toBe(expected.block);
        }
      }),
      params,
    );
  });

  test("replace swaps only the block: same as inserting the new one, and removable to the original", () => {
    fc.assert(
      fc.property(body, link, link, scheduledBy, (b, first, second, by) => {
        const inserted = insertBlock(b, type, render(type, first, by));
        const replaced = replaceBlock(inserted, type, render(type, second, undefined));
        expect(replaced).toBe(insertBlock(b, type, render(type, second, undefined)));
        expect(removeBlock(replaced, type)).toBe(b);
      }),
      params,
    );
  });

  test("on any body, whatever is found is a begin…end pair, and removing it takes nothing else", () => {
    fc.assert(
      fc.property(body, (b) => {
        const range = findBlock(b, type);
        if (!range) {
          expect(removeBlock(b, type)).toBe(b);
          return;
        }
        const found = b.slice(range.start, range.end);
        expect(found.startsWith(type === "html" ? HTML_BLOCK_BEGIN : TEXT_BLOCK_BEGIN)).toBe(true);
        expect(found.endsWith(type === "html" ? HTML_BLOCK_END : TEXT_BLOCK_END)).toBe(true);
        const removed = removeBlock(b, type);
        expect(removed.slice(0, Math.max(0, range.start - 4))).toBe(b.slice(0, Math.max(0, range.start - 4)));
        expect(removed.endsWith(b.slice(range.end))).toBe(true);
        expect(b.length - removed.length).toBeGreaterThanOrEqual(range.end - range.start);
        expect(b.length - removed.length).toBeLessThanOrEqual(range.end - range.start + 4);
      }),
      params,
    );
  });
});

describe.each(["html", "text"] as const)("%s bodies: markers nobody vouches for are not our block (issue 29, L2)", (type) => {
  /** The caller's word on the markers: none of them are ours, and no link is ours either. */
  const disowning: BlockSignals = { ...blockShape(), isOurLink: () => false, isOurMarkedBlock: () => false };

  test("with stray markers (even a whole copied block) and nothing of ours, remove and find never take a character", () => {
    fc.assert(
      fc.property(body, link, (b, l) => {
        for (const candidate of [b, insertBlock(b, type, render(type, l, undefined))]) {
          expect(findBlock(candidate, type, disowning)).toBeUndefined();
          expect(removeBlock(candidate, type, disowning)).toBe(candidate);
        }
      }),
      params,
    );
  });

  test("a block vouched for is found exactly where it was written, and removing it gives the body back", () => {
    fc.assert(
      fc.property(body, link, (b, l) => {
        const block = render(type, l, undefined);
        const inserted = insertBlock(b, type, block);
        const range = findBlock(inserted, type);
        if (!range) throw new Error("the block just inserted was not found");
        const written = inserted.slice(range.start, range.end);
        const vouching: BlockSignals = { ...disowning, isOurMarkedBlock: (source) => source === written };
        expect(findBlock(inserted, type, vouching)).toEqual(range);
        expect(removeBlock(inserted, type, vouching)).toBe(b);
      }),
      params,
    );
  });
});
