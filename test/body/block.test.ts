import { findLabelledBlock, labelledJoinLinks, type BlockSignals } from "../../src/body/block";
import { parseHtml } from "../../src/body/parse";
import { visibleText } from "../../src/body/text";
import { blockShape } from "../../src/meeting/blockLabels";

const ROOM = "https://meet.jit.si/abcdefghijklmnopqrstuvwxyz";
const signals: BlockSignals = { ...blockShape(["Contoso Zoom"]), isOurLink: (href) => href === ROOM };

function removeFound(html: string, given: BlockSignals = signals): { rest: string; block: string } | undefined {
  const found = findLabelledBlock(parseHtml(html), given);
  if (!found) return undefined;
  return { rest: html.slice(0, found.start) + html.slice(found.end), block: html.slice(found.start, found.end) };
}

const text = (html: string) => visibleText(parseHtml(html));

describe("findLabelledBlock: our block after Outlook has rewritten the body", () => {
  test("web: comments, classes and data attributes gone, the wrapper div kept", () => {
    const user = `<div class="elementToProof">Agenda<br>1. Budget</div>`;
    const block = `<div style="margin:16px 0 0 0;border-left:3px solid #5b5fc7"><p style="font-weight:600">Jitsi Meet</p><p>Join: <a href="${ROOM}">${ROOM}</a></p></div>`;
    const result = removeFound(`${user}${block}<br>`);
    expect(result?.block).toBe(block);
    expect(result?.rest).toBe(`${user}<br>`);
  });

  test("classic Windows: Word HTML with MsoNormal paragraphs, <o:p> and CRLF between tags", () => {
    const head = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="utf-8"><style><!--\r\np.MsoNormal {margin:0cm;}\r\n--></style></head>`;
    const user = `<p class=MsoNormal>Agenda<o:p></o:p></p>\r\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\r\n`;
    const block =
      `<div style='border:none;border-left:solid #5B5FC7 2.25pt;padding:0cm 0cm 0cm 9.0pt'>\r\n` +
      `<p class=MsoNormal><b>Jitsi Meet<o:p></o:p></b></p>\r\n` +
      `<p class=MsoNormal>Join: <a href="${ROOM}">${ROOM}</a><o:p></o:p></p>\r\n</div>`;
    const html = `${head}<body lang=EN-US><div class=WordSection1>\r\n${user}${block}\r\n</div></body></html>`;
    const result = removeFound(html);
    expect(result?.block).toBe(block);
    expect(text(result?.rest ?? "")).toBe("Agenda");
  });

  test("lines flattened into one container with <br>: only our lines are taken, the user's line stays", () => {
    const html = `<div>Agenda<br>Jitsi Meet<br>Join: <a href="${ROOM}">${ROOM}</a><br>Meeting ID: 123 456<br></div>`;
    const result = removeFound(html);
    expect(result?.block).toBe(`Jitsi Meet<br>Join: <a href="${ROOM}">${ROOM}</a><br>Meeting ID: 123 456`);
    expect(text(result?.rest ?? "")).toBe("Agenda");
  });

  test("a user's line that looks like ours next to the block is never taken (a second join line breaks the shape)", () => {
    const html = `<p>Join: bring your laptop</p><p>Jitsi Meet</p><p>Join: <a href="${ROOM}">${ROOM}</a></p><p>Meeting ID: we will share it</p><p>Meeting ID: 42</p>`;
    const result = removeFound(html);
    expect(text(result?.rest ?? "")).toBe("Join: bring your laptop\nMeeting ID: 42");
  });

  test("the block's optional lines in every language: meeting ID, dial-in lines, scheduled by", () => {
    const lines = [
      "Contoso Zoom",
      `Deelnemen: <a href="${ROOM}">${ROOM}</a>`,
      "Besprechungs-ID: 812 3456 7890",
      "Accès téléphonique: +32 2 555 01 00",
      "Dial-in: +1 555 0100",
      "Planifiée par Zoë au nom de Alex",
    ];
    const block = `<div>${lines.map((l) => `<p>${l}</p>`).join("")}</div>`;
    const result = removeFound(`<p>Hello</p>${block}<p>Bye</p>`);
    expect(result?.block).toBe(block);
    expect(text(result?.rest ?? "")).toBe("Hello\nBye");
  });

  test("lines out of our order are not our block's", () => {
    const html = `<div><p>Meeting ID: 1</p><p>Join: <a href="${ROOM}">${ROOM}</a></p></div>`;
    expect(removeFound(html)?.block).toBe(`<p>Join: <a href="${ROOM}">${ROOM}</a></p>`);
  });

  test("a link the caller does not vouch for is never taken, even in a perfect block", () => {
    const html = `<div><p>Jitsi Meet</p><p>Join: <a href="https://meet.jit.si/someone-elses-room">x</a></p></div>`;
    expect(removeFound(html)).toBeUndefined();
  });

  test("our link without the join label (the user pasted it into a sentence) is not a block", () => {
    expect(removeFound(`<p>The room is <a href="${ROOM}">here</a>, see you.</p>`)).toBeUndefined();
    expect(removeFound(`<p>Joiner: <a href="${ROOM}">here</a></p>`)).toBeUndefined();
  });

  test("a picture or a table next to the block stays", () => {
    const html = `<p><img src="cid:logo"></p><p>Jitsi Meet</p><p>Join: <a href="${ROOM}">${ROOM}</a></p><table><tr><td></td></tr></table>`;
    const result = removeFound(html);
    expect(result?.rest).toBe(`<p><img src="cid:logo"></p><table><tr><td></td></tr></table>`);
  });

  test("the whole body being our block stops below <body>: the document frame stays", () => {
    const html = `<html><head></head><body><div><p>Jitsi Meet</p><p>Join: <a href="${ROOM}">${ROOM}</a></p></div></body></html>`;
    expect(removeFound(html)?.rest).toBe("<html><head></head><body></body></html>");
  });

  test("with several copies, the last one is ours", () => {
    const one = `<div><p>Jitsi Meet</p><p>Join: <a href="${ROOM}">${ROOM}</a></p></div>`;
    const html = `${one}<p>middle</p>${one}`;
    const found = findLabelledBlock(parseHtml(html), signals);
    expect(found?.start).toBe(one.length + "<p>middle</p>".length);
  });

  test("entities and white space in the href are read as a browser reads them", () => {
    const odd = `<p>Join:&nbsp;<a href=" https://meet.jit.si/abcdefghijklmnopqrstuvwxyz&#10;">room</a></p>`;
    expect(removeFound(odd)?.block).toBe(odd);
  });

  test("malformed markup never throws, and deep nesting does not overflow the stack", () => {
    expect(() => removeFound('<p>Join: <a href="https://x"<<<</div></p></a>')).not.toThrow();
    const deep = `${"<div>".repeat(20_000)}<p>Join: <a href="${ROOM}">r</a></p>${"</div>".repeat(20_000)}`;
    expect(() => removeFound(deep)).not.toThrow();
  });
});

describe("labelledJoinLinks: the send check's view, without configuration", () => {
  test("finds the https link on a join line in any language, whoever made it", () => {
    const html = `<p>Agenda, see https://intranet.contoso.com</p><div><p>Online meeting</p><p>Teilnehmen: <a href="https://jitsi.contoso.com/room">x</a></p></div>`;
    expect(labelledJoinLinks(parseHtml(html), blockShape())).toEqual(["https://jitsi.contoso.com/room"]);
  });

  test("links in prose and http links are not counted", () => {
    const html = `<p>Join us: <a href="https://example.com">our site</a> for lunch</p><p>Join: <a href="http://meet.example/x">x</a></p>`;
    expect(labelledJoinLinks(parseHtml(html), blockShape())).toEqual([]);
  });
});
