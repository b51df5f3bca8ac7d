/**
 * Issue 29: no meeting body may make the body readers do more than linear work. Each family below
 * is a shape that was quadratic before (the security review's H1, H2, L4 and the marker scan), built
 * with fast-check's choice of labels, links and characters at n and 2n repetitions. The work is
 * counted in steps (src/body/work.ts), not timed: doubling the body may at most about double the
 * steps, and no body costs more than a fixed number of steps per character. A regex the counter
 * cannot see is kept linear by construction; Jest's timeout catches a hang at the size limit.
 */
import fc from "fast-check";
import { bodyWork } from "../../src/body/work";
import { unmetClaims, extractLinks } from "../../src/diagnosis/claims";
import { findBlock, type BodyType } from "../../src/meeting/bodyEdit";
import { blockShape } from "../../src/meeting/blockLabels";
import { HTML_BLOCK_BEGIN, HTML_BLOCK_END, TEXT_BLOCK_BEGIN, TEXT_BLOCK_END } from "../../src/meeting/marker";
import { BODY_KINDS, bodyOfKind } from "../../dev/simulated-office/bodies";
import { parseHtml } from "../../src/body/parse";
import type { BlockSignals } from "../../src/body/block";

interface Pieces {
  readonly label: string;
  readonly href: string;
  readonly text: string;
  readonly punctuation: string;
}

type Family = (n: number, p: Pieces) => { readonly body: string; readonly type: BodyType };

const html = (body: string) => ({ body: `<html><body>${body}</body></html>`, type: "html" as const });

/** Shapes that cost O(n²) (or worse) somewhere in the readers before issue 29. */
const FAMILIES: Record<string, Family> = {
  // H2, climb path: every join paragraph climbed to <body> and rebuilt all its siblings.
  "join paragraphs": (n, p) => html(`<p>${p.label}: <a href="${p.href}">${p.text}</a></p>`.repeat(n)),
  // H2, expand path: a run of dial-in lines re-validated from scratch at every step.
  "dial-in run": (n, p) => html(`<p>${p.label}: <a href="${p.href}">${p.text}</a></p>${"<p>Dial-in: +1 555 0100</p>".repeat(n)}<p>end</p>`),
  // One container, thousands of links separated by <br>.
  "links on <br> lines": (n, p) => html(`<div>${`${p.label}: <a href="${p.href}">${p.text}</a><br>`.repeat(n)}</div>`),
  // L4: htmlparser2 nests <a> in <a>, so each link had n ancestors to walk.
  "nested links": (n, p) => html(`<a href="${p.href}">${p.text}`.repeat(n)),
  // Close tags for elements that are not open, under a deep nest: each one used to scan the parser's stack.
  "stray close tags": (n, p) => html(`${"<div>".repeat(n)}<p>${p.label}: <a href="${p.href}">${p.text}</a></p>${"</span>".repeat(n)}`),
  // Each block-shaped paragraph one level deeper than the last.
  "nested join blocks": (n, p) => html(`<div><p>${p.label}: <a href="${p.href}">${p.text}</a></p>`.repeat(n)),
  // A join line drowned in elements with nothing to show.
  "empty spans on a join line": (n, p) => html(`<p>${p.label}: <a href="${p.href}">${p.text}</a>${"<span></span>".repeat(n)}</p>`),
  // H1: a run of closing punctuation inside a "URL", in HTML and in text.
  "punctuation run (html)": (n, p) => html(`<p>Agenda: https://a/${p.punctuation.repeat(n)}x</p>`),
  "punctuation run (text)": (n, p) => ({ body: `Agenda: https://a/${p.punctuation.repeat(n)}x`, type: "text" }),
  // Many URLs longer than any link, back to back.
  "overlong URLs (text)": (n) => ({ body: `https://a/${"b".repeat(3000)} `.repeat(Math.max(1, n >> 4)), type: "text" }),
  // Stray marker comments, each begin searched for its end.
  "begin markers": (n, p) => html(`${HTML_BLOCK_BEGIN}<p>${p.label}: <a href="${p.href}">${p.text}</a></p>`.repeat(n)),
  "end markers": (n, p) => html(`<p>${p.label}: <a href="${p.href}">${p.text}</a></p>${HTML_BLOCK_END}`.repeat(n)),
  "text marker lines": (n, p) => ({ body: `${TEXT_BLOCK_BEGIN}\n${p.label}: ${p.href}\n${TEXT_BLOCK_END}\n`.repeat(n), type: "text" }),
};

const pieces: fc.Arbitrary<Pieces> = fc.record({
  label: fc.constantFrom("Join", "Deelnemen", "Rejoindre", "Teilnehmen", "Join Zoom", "Agenda"),
  href: fc.constantFrom("https://a.example/j/1", "https://teams.microsoft.com/l/meetup-join/1", "https://meet.jit.si/Room", "http://x/"),
  text: fc.constantFrom("x", "", "https://a.example/j/1", "Join &amp; go"),
  punctuation: fc.constantFrom(".", ",", ";", ")", "]", "}", "!?", ".)", ":.,"),
});

const ourLink = (href: string) => href.startsWith("https://a.example/");
const SIGNALS: BlockSignals = { ...blockShape(["Contoso Zoom"]), isOurLink: ourLink };

/** Everything the send check and the pane read from a body. */
const READERS: Record<string, (body: string, type: BodyType) => unknown> = {
  "send check (claims)": (body, type) => unmetClaims({ location: "Microsoft Teams Meeting", body, bodyType: type }),
  "pane (our block)": (body, type) => findBlock(body, type, SIGNALS),
  links: (body, type) => extractLinks(body, type),
};

function stepsOf(read: (body: string, type: BodyType) => unknown, body: string, type: BodyType): number {
  bodyWork.steps = 0;
  read(body, type);
  return bodyWork.steps;
}

const N = 400;
/** Linear work doubles; quadratic work quadruples. The slack covers fixed costs and rounding. */
const MAX_GROWTH = 2.4;
/** Steps per character of body: generous, and still far below what n² reaches at these sizes. */
const MAX_STEPS_PER_CHAR = 12;

describe.each(Object.entries(READERS))("%s: work grows linearly with the body", (_, read) => {
  test.each(Object.keys(FAMILIES))("%s", (name) => {
    const family = FAMILIES[name] as Family;
    fc.assert(
      fc.property(pieces, (p) => {
        const small = family(N, p);
        const large = family(2 * N, p);
        const atN = stepsOf(read, small.body, small.type);
        const at2N = stepsOf(read, large.body, large.type);
        expect(at2N).toBeLessThanOrEqual(MAX_GROWTH * atN + 200);
        expect(at2N).toBeLessThanOrEqual(MAX_STEPS_PER_CHAR * large.body.length + 1000);
      }),
      { numRuns: 12 },
    );
  });
});

describe("bodies at Outlook's 1,000,000-character limit are read in one pass", () => {
  test.each(BODY_KINDS)("%s", (kind) => {
    const { body, bodyType } = bodyOfKind(kind);
    for (const read of Object.values(READERS)) {
      expect(stepsOf(read, body, bodyType)).toBeLessThanOrEqual(MAX_STEPS_PER_CHAR * body.length);
    }
  });
});

describe("the parser's stand-in stacks (src/body/parse.ts)", () => {
  const piece = fc.constantFrom(
    "<div>",
    "</div>",
    "<p>",
    "</p>",
    "<a href='https://a/'>",
    "</a>",
    "<span>",
    "</span>",
    "<svg>",
    "</svg>",
    "<math>",
    "<br>",
    "</br>",
    "<li>",
    "<table>",
    "<td>",
    "</td>",
    "<b>",
    "</b>",
    "x",
    " ",
    "<!--c-->",
    "<img>",
    "<select>",
    "<option>",
    "</select>",
  );
  const shape = (node: ReturnType<typeof parseHtml>): unknown => ({
    name: node.name,
    start: node.start,
    end: node.end,
    children: node.children.map((child) => (child.kind === "element" ? shape(child) : [child.kind, child.start, child.end])),
  });

  test("build exactly the tree htmlparser2's own stacks build", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), (pieces) => {
        const body = pieces.join("");
        expect(shape(parseHtml(body))).toEqual(shape(parseHtml(body, { libraryStacks: true })));
      }),
      { numRuns: 500 },
    );
  });
});
