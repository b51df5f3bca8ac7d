import { renderHtmlBlock, renderTextBlock } from "../../src/meeting/block";
import { findBlock, insertBlock, MAX_BODY_CHARS, removeBlock, replaceBlock, wouldExceedBodyLimit } from "../../src/meeting/bodyEdit";
import { HTML_BLOCK_BEGIN, HTML_BLOCK_END, TEXT_BLOCK_BEGIN, TEXT_BLOCK_END } from "../../src/meeting/marker";
import type { MeetingLink } from "../../src/meeting/types";

const LINK: MeetingLink = { providerId: "jitsi", providerName: "Jitsi Meet", joinUrl: "https://meet.jit.si/abcdefghijklmnopqrstuvwxyz" };
const OTHER: MeetingLink = { providerId: "zoom", providerName: "Zoom", joinUrl: "https://contoso.zoom.us/my/alex", meetingId: "123" };
const HTML = renderHtmlBlock(LINK);
const HTML2 = renderHtmlBlock(OTHER);
const TEXT = renderTextBlock(LINK);
const TEXT2 = renderTextBlock(OTHER);

describe("HTML bodies", () => {
  test("the block goes where the body really ends, whatever the case of its </body>", () => {
    const body = "<html><body><p>Agenda</p></BODY><!-- </body> in a comment --></Body></html>";
    const inserted = insertBlock(body, "html", HTML);
    expect(inserted).toBe(`<html><body><p>Agenda</p>${HTML}</BODY><!-- </body> in a comment --></Body></html>`);
    expect(findBlock(inserted, "html")).toEqual({ start: body.indexOf("</BODY>"), end: body.indexOf("</BODY>") + HTML.length });
    expect(removeBlock(inserted, "html")).toBe(body);
  });

  test.each([
    ["a style sheet after the body", "<html><body><p>Agenda</p></body><style>/*</body>*/</style></html>"],
    ["a comment after the body", "<html><body><p>Agenda</p></body><!--</body>--></html>"],
    ["an attribute after the body", '<html><body><p>Agenda</p></body><meta content="</body>"></html>'],
    ["a title after the body", "<html><body><p>Agenda</p></body><title></body></title></html>"],
  ])("a </body> inside %s is not where the body ends: the block stays visible in the body (issue 29, L3)", (_, body) => {
    const inserted = insertBlock(body, "html", HTML);
    expect(inserted).toBe(body.replace("<p>Agenda</p>", `<p>Agenda</p>${HTML}`));
    expect(removeBlock(inserted, "html")).toBe(body);
  });

  test("without </body> the block is appended", () => {
    expect(insertBlock("<p>Agenda</p>", "html", HTML)).toBe(`<p>Agenda</p>${HTML}`);
    expect(insertBlock("", "html", HTML)).toBe(HTML);
  });

  test("only ASCII letters match </body>: a Kelvin sign or dotted capital I is text", () => {
    const lookalike = "<p>x</bodY\u212A>";
    expect(insertBlock(lookalike, "html", HTML)).toBe(lookalike + HTML);
  });

  test("finds our block after the user typed below it in Outlook", () => {
    const inserted = insertBlock("<html><body><p>Agenda</p></body></html>", "html", HTML);
    const edited = inserted.replace("</body>", "<p>Typed later</p></body>");
    const range = findBlock(edited, "html");
    expect(range && edited.slice(range.start, range.end)).toBe(HTML);
    expect(removeBlock(edited, "html")).toBe("<html><body><p>Agenda</p><p>Typed later</p></body></html>");
  });

  test("marker text the user already had (even a whole block) is left alone", () => {
    const body = `<html><body>${HTML2}<p>${HTML_BLOCK_END}</p></body>${HTML_BLOCK_BEGIN}x${HTML_BLOCK_END}</html>`;
    const inserted = insertBlock(body, "html", HTML);
    const range = findBlock(inserted, "html");
    expect(range && inserted.slice(range.start, range.end)).toBe(HTML);
    expect(removeBlock(inserted, "html")).toBe(body);
  });

  test("replace swaps only the block", () => {
    const body = "<html><body><p>Agenda</p></body></html>";
    const replaced = replaceBlock(insertBlock(body, "html", HTML), "html", HTML2);
    expect(replaced).toBe(insertBlock(body, "html", HTML2));
  });

  test("replace without a block inserts one; remove without a block changes nothing", () => {
    expect(replaceBlock("<p>x</p>", "html", HTML)).toBe(insertBlock("<p>x</p>", "html", HTML));
    expect(removeBlock("<p>x</p>", "html")).toBe("<p>x</p>");
    expect(findBlock(`<p>${HTML_BLOCK_END}${HTML_BLOCK_BEGIN}</p>`, "html")).toBeUndefined();
    expect(findBlock(HTML_BLOCK_BEGIN, "html")).toBeUndefined();
  });

  test.each([
    ["missing begin", HTML.slice(HTML_BLOCK_BEGIN.length)],
    ["missing end", HTML.slice(0, -HTML_BLOCK_END.length)],
    ["two blocks", HTML + HTML],
    ["contains </body>", `${HTML_BLOCK_BEGIN}</BODY>${HTML_BLOCK_END}`],
    ["plain text", TEXT],
  ])("refuses a malformed block (%s)", (_label, block) => {
    expect(() => insertBlock("<p>x</p>", "html", block)).toThrow(/Not a join block/);
  });
});

describe("text bodies", () => {
  test("the block follows one blank line", () => {
    expect(insertBlock("Agenda", "text", TEXT)).toBe(`Agenda\n\n${TEXT}`);
    expect(removeBlock(`Agenda\n\n${TEXT}`, "text")).toBe("Agenda");
  });

  test("an empty body gets no leading blank line", () => {
    expect(insertBlock("", "text", TEXT)).toBe(TEXT);
    expect(removeBlock(TEXT, "text")).toBe("");
  });

  test("line breaks follow the body: a Windows body gets \\r\\n throughout", () => {
    const inserted = insertBlock("Agenda\r\n1. Budget\r\n", "text", TEXT);
    expect(inserted).toBe(`Agenda\r\n1. Budget\r\n\r\n\r\n${TEXT.split("\n").join("\r\n")}`);
    expect(inserted.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(removeBlock(inserted, "text")).toBe("Agenda\r\n1. Budget\r\n");
  });

  test("markers count only as whole lines", () => {
    const body = `notes ${TEXT_BLOCK_BEGIN}\n${TEXT_BLOCK_END}-\n${"-".repeat(80)}`;
    expect(findBlock(body, "text")).toBeUndefined();
    const inserted = insertBlock(body, "text", TEXT);
    expect(removeBlock(inserted, "text")).toBe(body);
  });

  test("a longer row of dashes typed after the block is not mistaken for its end", () => {
    const inserted = `${insertBlock("Agenda", "text", TEXT)}\n${TEXT_BLOCK_END}----\nmore`;
    const range = findBlock(inserted, "text");
    expect(range && inserted.slice(range.start, range.end)).toBe(TEXT);
    expect(removeBlock(inserted, "text")).toBe(`Agenda\n${TEXT_BLOCK_END}----\nmore`);
  });

  test("finds the block after the user typed below it, and strips only what is left of the separator", () => {
    const inserted = `${insertBlock("Agenda", "text", TEXT)}\nTyped later`;
    expect(removeBlock(inserted, "text")).toBe("Agenda\nTyped later");
    const oneBreak = `Agenda\n${TEXT}`;
    expect(removeBlock(oneBreak, "text")).toBe("Agenda");
    const noBreakBefore = `Agenda ${TEXT}`;
    expect(findBlock(noBreakBefore, "text")).toBeUndefined();
  });

  test("replace keeps the separator and the line-break style", () => {
    const body = "Agenda\r\n";
    expect(replaceBlock(insertBlock(body, "text", TEXT), "text", TEXT2)).toBe(insertBlock(body, "text", TEXT2));
  });

  test.each([
    ["missing begin", TEXT.split("\n").slice(1).join("\n")],
    ["missing end", TEXT.split("\n").slice(0, -1).join("\n")],
    ["an extra end line inside", `${TEXT_BLOCK_BEGIN}\n${TEXT_BLOCK_END}\nx\n${TEXT_BLOCK_END}`],
    ["html", HTML],
  ])("refuses a malformed block (%s)", (_label, block) => {
    expect(() => insertBlock("x", "text", block)).toThrow(/Not a join block/);
  });
});

describe("size guard", () => {
  test("MAX_BODY_CHARS is Outlook's 1,000,000", () => {
    expect(MAX_BODY_CHARS).toBe(1_000_000);
  });

  test("tells when an insertion would exceed it, counting the separator", () => {
    const room = MAX_BODY_CHARS - HTML.length;
    expect(wouldExceedBodyLimit("a".repeat(room), "html", HTML)).toBe(false);
    expect(wouldExceedBodyLimit("a".repeat(room + 1), "html", HTML)).toBe(true);
    const textRoom = MAX_BODY_CHARS - TEXT.length - 2;
    expect(wouldExceedBodyLimit("a".repeat(textRoom), "text", TEXT)).toBe(false);
    expect(wouldExceedBodyLimit("a".repeat(textRoom + 1), "text", TEXT)).toBe(true);
  });
});
