/**
 * The first look at a body (no HTML parser) may only rule our block out when the body reader would
 * find none: otherwise the first answer would offer "Add online meeting" for a meeting that has its link.
 */
import fc from "fast-check";
import { rewriteForClassic, rewriteForMac, rewriteForWeb } from "../../dev/simulated-office/rewrite";
import { AGENDA_HTML, AGENDA_TEXT } from "../../dev/simulated-office/bodies";
import type { BlockSignals } from "../../src/body/block";
import { mayClaimService, mayHoldBlock } from "../../src/body/glance";
import { findClaims } from "../../src/diagnosis/claims";
import { renderHtmlBlock, renderTextBlock } from "../../src/meeting/block";
import { blockShape } from "../../src/meeting/blockLabels";
import { findBlock, insertBlock, type BodyType } from "../../src/meeting/bodyEdit";
import { BLOCK_ID, HTML_BLOCK_BEGIN, HTML_BLOCK_END, TEXT_BLOCK_BEGIN, TEXT_BLOCK_END } from "../../src/meeting/marker";
import type { MeetingLink } from "../../src/meeting/types";

const LINK: MeetingLink = {
  providerId: "zoom-room",
  providerName: "Zoom",
  joinUrl: "https://contoso.zoom.us/my/alex",
  meetingId: "1",
  dialIn: ["+1 555 0100"],
};

/** The widest recognition there is: any https link on block-shaped lines counts as ours. */
const ANY_LINK: BlockSignals = { ...blockShape(["Zoom"]), isOurLink: () => true };

const REWRITES: ReadonlyArray<(html: string) => string> = [(html) => html, rewriteForWeb, rewriteForClassic, rewriteForMac];

/** Pieces of real and hostile bodies: links of every spelling, our markers, blocks with and without them. */
const PIECES = [
  "<p>Hi all,</p>",
  "&amp;",
  "&#104;ttps://contoso.zoom.us/my/alex",
  "https://contoso.zoom.us/my/alex",
  '<a href="https://contoso.zoom.us/my/alex">Join</a>',
  '<A HREF="https://contoso.zoom.us/my/alex">Join</A>',
  '<a\nhref="&#104;ttps://contoso.zoom.us/my/alex">x</a>',
  "<a>",
  "<abbr>",
  "<address>",
  "Join: ",
  "Meeting ID: 1",
  "Zoom",
  "<div>",
  "</div>",
  "<br>",
  "<!--",
  "-->",
  "<",
  ">",
  "a",
  HTML_BLOCK_BEGIN,
  HTML_BLOCK_END,
  BLOCK_ID,
  renderHtmlBlock(LINK),
  rewriteForWeb(renderHtmlBlock(LINK)),
  TEXT_BLOCK_BEGIN,
  TEXT_BLOCK_END,
  `\n${TEXT_BLOCK_BEGIN}\n`,
  `\n${TEXT_BLOCK_END}\n`,
  renderTextBlock(LINK),
  "\n",
  "\r\n",
  " ",
];

const piece = fc.oneof(
  { arbitrary: fc.constantFrom(...PIECES), weight: 6 },
  {
    arbitrary: fc.string({ unit: fc.constantFrom("<", "a", "A", " ", ">", "/", "h", "r", "e", "f", "=", '"', "\n"), maxLength: 10 }),
    weight: 2,
  },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 8 }), weight: 1 },
);
const body = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(""));
const type = fc.constantFrom<BodyType>("html", "text");

describe("mayHoldBlock", () => {
  test("says 'cannot' only when the body reader finds no block, whatever link it would take for ours", () => {
    fc.assert(
      fc.property(body, type, fc.constantFrom(...REWRITES), (raw, bodyType, rewrite) => {
        const content = bodyType === "html" ? rewrite(raw) : raw;
        if (!mayHoldBlock(content, bodyType)) expect(findBlock(content, bodyType, ANY_LINK)).toBeUndefined();
      }),
      { numRuns: 1000 },
    );
  });

  test("a body with our block, as every Outlook client rewrites it, may hold it", () => {
    fc.assert(
      fc.property(body, fc.constantFrom(...REWRITES), (raw, rewrite) => {
        const html = rewrite(insertBlock(raw, "html", renderHtmlBlock(LINK)));
        expect(mayHoldBlock(html, "html")).toBe(true);
        expect(mayHoldBlock(insertBlock(raw, "text", renderTextBlock(LINK)), "text")).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test("the usual meeting body, without links, is settled without the parser", () => {
    expect(mayHoldBlock(AGENDA_HTML, "html")).toBe(false);
    expect(mayHoldBlock(AGENDA_TEXT, "text")).toBe(false);
    // Any link at all (an <a>, in any case) leaves it to the body reader.
    expect(mayHoldBlock(`${AGENDA_HTML}<A href="https://example.com/agenda">agenda</A>`, "html")).toBe(true);
    expect(mayHoldBlock(`<p>see <a\nhref="https://example.com">x</a></p>`, "html")).toBe(true);
    expect(mayHoldBlock("<p><abbr>RSVP</abbr> by Friday</p>", "html")).toBe(false);
  });
});

describe("mayClaimService", () => {
  // Words every claim is made of, in each language, and words around them: a claim found in any
  // mix of them must be seen by the first look, or the first answer would miss a meeting's claim.
  const WORDS = [
    "Microsoft Teams Meeting",
    "Teams-Besprechung",
    "Réunion Microsoft Teams",
    "Microsoft Teams-vergadering",
    "Skype Meeting",
    "Skype Entreprise",
    "Skype voor Bedrijven",
    "Lync Meeting",
    "Zoom Meeting",
    "Zoom-Meeting",
    "Webex meeting",
    "Cisco Webex Meeting",
    "Jitsi Meet",
    "Teams",
    "Zoom",
    "Room 2",
    "HQ",
    ";",
    " ",
    "meeting",
    "agenda",
  ];
  const text = fc.array(fc.constantFrom(...WORDS), { maxLength: 6 }).map((parts) => parts.join(" "));

  test("whenever the claim rule finds a claim, the first look says one may be there", () => {
    fc.assert(
      fc.property(text, text, (location, body) => {
        const claims = findClaims(location, body, false);
        if (claims.length > 0) expect(mayClaimService(location) || mayClaimService(body)).toBe(true);
      }),
    );
  });

  test("a meeting naming no service claims nothing, so the answer need not wait", () => {
    expect(mayClaimService("Room 4.12; bring the Q3 figures")).toBe(false);
    expect(mayClaimService(AGENDA_HTML)).toBe(false);
    expect(mayClaimService("Microsoft Teams Meeting")).toBe(true);
  });
});
