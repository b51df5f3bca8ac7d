/**
 * What real Outlook clients do to the HTML an add-in writes into the body (client profiles other
 * than "faithful"). Each function takes the WHOLE body as it would be after the write and returns
 * what the client stores and later returns from body.getAsync("html").
 *
 * Rules every transform keeps (what Outlook guarantees in practice, and what the tests check):
 * - deterministic: the same input always gives the same output (no dates, no random ids);
 * - every character of visible text survives, in order, and every href keeps its exact value;
 * - no nesting on repeated writes: reading the body and writing it back does not add a second
 *   <head> (classic) or a second <html> (mac); only web grows, by one wrapper and one <br> per
 *   write, as reported.
 *
 * The HTML is parsed with DOMParser (the browser's, or jsdom's in tests) and re-serialised, as the
 * real clients do. This is development-only code; it never ships.
 *
 * Office.js reference, Body.getAsync (docs-ref-autogen/outlook/outlook/office.body.yml): "the value
 * returned by the `Body.getAsync` method won't necessarily be the exact same value that was
 * previously passed in the `Body.setAsync` method. The client may modify the value passed to
 * `setAsync` to make it render efficiently with its rendering engine."
 * https://learn.microsoft.com/javascript/api/outlook/office.body#outlook-office-body-getasync-member(1)
 */

interface ParserLike {
  parseFromString(html: string, type: "text/html"): Document;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const COMMENT_NODE = 8;

/**
 * The <body> of `html` parsed as an HTML document. A fragment is parsed as body content (so a
 * comment or whitespace at its very start stays in the body instead of going before <html>).
 */
function parseBody(html: string): HTMLElement {
  const Parser = (globalThis as { DOMParser?: new () => ParserLike }).DOMParser;
  if (typeof Parser !== "function") throw new Error("DOMParser is not available: client profiles other than faithful need a DOM.");
  const source = /<(html|head|body)\b/i.test(html) ? html : `<body>${html}`;
  return new Parser().parseFromString(source, "text/html").body;
}

function removeComments(root: Node): void {
  for (const child of Array.from(root.childNodes)) {
    if (child.nodeType === COMMENT_NODE) child.remove();
    else if (child.nodeType === ELEMENT_NODE) removeComments(child);
  }
}

const LEADING_SPACE = /^[\t\n\f\r ]+/;

/** Whitespace at the very start or end of a body is never rendered; trimming it keeps re-parsing stable. */
function trimHtmlWhitespace(html: string): string {
  return html.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, "");
}

// ---------------------------------------------------------------------------------------------
// Outlook on the web and new Outlook for Windows
// ---------------------------------------------------------------------------------------------

export const ELEMENT_TO_PROOF = "elementToProof";

/**
 * Outlook on the web / new Outlook: returns a fragment (no <html>, <head> or <body>), without
 * comments, `class` or `data-*` attributes, with its divs and paragraphs rebuilt as
 * class="elementToProof", and the whole of it inside one more `<div><span>…</span><br></div>`.
 *
 * Reading the body and writing it back (what every add-in that edits the body does) therefore adds
 * one wrapper and one <br> per write: the growth reported in #6778 and #6643.
 */
export function rewriteForWeb(html: string): string {
  const body = parseBody(html);
  // Comments: whether they survive is documented nowhere; assumed removed (the same sanitiser
  // removes class and data-*; a marker comment must not be relied on).
  removeComments(body);
  for (const element of Array.from(body.querySelectorAll("*"))) {
    for (const name of element.getAttributeNames()) {
      // office-js #5296 (https://github.com/OfficeDev/office-js/issues/5296), Microsoft's answer:
      // "these attributes will be removed during the HTML sanitization process in Outlook Web and
      // the new Outlook, and unfortunately, this behavior cannot be bypassed." The report: "only the
      // `elementToProof` class in the first div is returned ... We also tried using `data`-
      // attributes, but they are not returned either." Same in #5320
      // (https://github.com/OfficeDev/office-js/issues/5320): "Other class attributes, including
      // nested ones, are missing."
      if (name === "class" || name.startsWith("data-")) element.removeAttribute(name);
    }
    // office-js #5482 (https://github.com/OfficeDev/office-js/issues/5482, "Resolution: by design"):
    // setAsync('<div style="color: red"><p>Hello</p></div>') reads back as
    // '<p class="elementToProof"><span style="…">Hello</span></p><div class="elementToProof" …><br></div>'.
    // #5853 (https://github.com/OfficeDev/office-js/issues/5853, by design): "In some cases, the outer
    // elements are `<div>`, in others, they might be `<span>, <p>,` or mixed elements."
    if (element.localName === "div" || element.localName === "p") element.setAttribute("class", ELEMENT_TO_PROOF);
  }
  const inner = trimHtmlWhitespace(body.innerHTML);
  // office-js #6778 (https://github.com/OfficeDev/office-js/issues/6778): "an extra `div` wrapper
  // around all pre-existing content, with a child `span`, and most notably, an extra `<br>` at the
  // end (after the `span`) ... with each `body.setAsync` call, the body grows structurally with no
  // bounds." #6643 (https://github.com/OfficeDev/office-js/issues/6643): setAsync "is wrapping the
  // html in a new <div><span> combination and is adding a <br> at the end of the new content",
  // "Every time that the email is rewritten, a new <br> is added"; Microsoft: "this only repros on
  // New Outlook and Outlook on the Web (OWA)".
  return `<div class="${ELEMENT_TO_PROOF}"><span>${inner}</span><br></div>`;
}

// ---------------------------------------------------------------------------------------------
// Classic Outlook for Windows: Word HTML
// ---------------------------------------------------------------------------------------------

const CRLF = "\r\n";

/**
 * The document classic Outlook wraps every body in. Shape from what Outlook for Windows produced in
 * public reports: office-js #2101 (https://github.com/OfficeDev/office-js/issues/2101) quotes
 * '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"
 * xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://s…'; a saved Outlook item in
 * MSGReader #324 (https://github.com/Sicos1977/MSGReader/issues/324), reported as having "lots of
 * \"\\r\\n\"": '<head><meta name=ProgId content=Word1.Document><style><!--\np.MsoNormal,
 * div.MsoNormal\n\t{margin:0cm;}\n--></style></head><body><div><p class=MsoNormal>1'.
 */
const WORD_DOCUMENT_START = [
  '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">',
  "<head>",
  '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
  '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">',
  "<style><!--",
  "/* Font Definitions */",
  "@font-face",
  '\t{font-family:"Cambria Math";',
  "\tpanose-1:2 4 5 3 5 4 6 3 2 4;}",
  "@font-face",
  "\t{font-family:Aptos;}",
  "/* Style Definitions */",
  "p.MsoNormal, li.MsoNormal, div.MsoNormal",
  "\t{margin:0cm;",
  "\tfont-size:12.0pt;",
  '\tfont-family:"Aptos",sans-serif;}',
  "a:link, span.MsoHyperlink",
  "\t{mso-style-priority:99;",
  "\tcolor:#467886;",
  "\ttext-decoration:underline;}",
  ".MsoChpDefault",
  "\t{mso-style-type:export-only;",
  "\tfont-size:10.0pt;}",
  "@page WordSection1",
  "\t{size:612.0pt 792.0pt;",
  "\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}",
  "div.WordSection1",
  "\t{page:WordSection1;}",
  "--></style>",
  "</head>",
  `<body lang=EN-US link="#467886" vlink="#96607D" style='word-wrap:break-word'>`,
  "<div class=WordSection1>",
  "",
].join(CRLF);

const WORD_DOCUMENT_END = ["</div>", "</body>", "</html>"].join(CRLF);

/** Elements that end a paragraph: their content is never part of an inline run. */
const BLOCKS = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "center",
  "dd",
  "details",
  "dialog",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hgroup",
  "hr",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "tr",
  "ul",
]);

/** Blocks whose opening tag Word puts on a line of its own. */
const CONTAINERS = new Set(["blockquote", "div", "dl", "ol", "table", "tbody", "tfoot", "thead", "ul"]);

/** Blocks followed by a line end: all but table cells (a row stays on one line). */
const LINE_ENDS_AFTER = new Set([...BLOCKS].filter((name) => name !== "td" && name !== "th"));

const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"]);
const RAW_TEXT = new Set(["script", "style", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext"]);

/** Class names Word writes unquoted (class=MsoNormal), as in the reports above. */
const WORD_CLASSES = new Set(["MsoNormal", "WordSection1"]);

/**
 * Classic Outlook on Windows: a Word HTML document. Inline content is put into <p class=MsoNormal>
 * (a bare <div> holding only text becomes that paragraph), everything sits in one
 * <div class=WordSection1> under a generated <head> whose style sheet is inside <!-- -->, tags end
 * lines with CRLF. The add-in's own comments are gone (Word keeps no comments of the HTML it
 * imports; not documented, assumed). `class` and `data-*` stay: #5296 "does not occur in Outlook
 * Classic (Windows), where `class` attributes work as expected".
 *
 * office-js-docs-reference #827 (https://github.com/OfficeDev/office-js-docs-reference/issues/827):
 * "the Desktop Outlook messes the text up. Replacing almost everything with paragraphs and spans"
 * — `<div><a href='{url}'>{name}</a></div>` came back as
 * `<div>\n<p class="x_MsoNormal" …><span …><a href="{url}" …>{name}</a></span></p>\n</div>`.
 */
export function rewriteForClassic(html: string): string {
  return WORD_DOCUMENT_START + new WordWriter().body(parseBody(html)) + WORD_DOCUMENT_END;
}

const BLOCK_SELECTOR = [...BLOCKS].join(",");

/** A block, or an inline element holding one (a <span> around divs): never part of a paragraph's inline run. */
function isBlockish(node: Node): boolean {
  if (node.nodeType !== ELEMENT_NODE) return false;
  const element = node as Element;
  return BLOCKS.has(element.localName) || element.querySelector(BLOCK_SELECTOR) !== null;
}

/**
 * Serialises a parsed body as Word HTML without touching the DOM (jsdom makes every DOM mutation
 * on a 1 MB body slow):
 * - in the body and in every div ("flow"), each run of inline content becomes <p class=MsoNormal>
 *   (trimmed; a run of whitespace or comments only disappears);
 * - a <div class=WordSection1> (read back and written again) is transparent, so there is only ever
 *   the one generated here; a div without attributes holding only inline content becomes the
 *   paragraph itself; a <p> without a class gets class=MsoNormal;
 * - comments are dropped;
 * - CRLF follows the opening tag of a container and the closing tag of every block but table
 *   cells; whitespace right after such a line end is dropped (never rendered), which is what makes a
 *   second pass produce the same bytes.
 */
class WordWriter {
  private out: string[] = [];
  private atLineStart = true;

  body(body: HTMLElement): string {
    this.flow(body);
    return this.out.join("");
  }

  private write(text: string): void {
    if (text === "") return;
    this.out.push(text);
    this.atLineStart = false;
  }

  private endLine(): void {
    this.out.push(CRLF);
    this.atLineStart = true;
  }

  private flow(container: Element): void {
    let run: Node[] = [];
    const flush = () => {
      if (run.length === 0) return;
      const saved = this.out;
      this.out = [];
      this.atLineStart = false;
      for (const node of run) this.node(node, false);
      const content = trimHtmlWhitespace(this.out.join(""));
      this.out = saved;
      run = [];
      if (content === "") return;
      this.write(`<p class=MsoNormal>${content}</p>`);
      this.endLine();
    };
    for (const child of Array.from(container.childNodes)) {
      if (child.nodeType === COMMENT_NODE) continue;
      if (isBlockish(child)) {
        flush();
        this.node(child, false);
      } else {
        run.push(child);
      }
    }
    flush();
  }

  private node(node: Node, inPre: boolean): void {
    if (node.nodeType === TEXT_NODE) {
      let text = node.nodeValue ?? "";
      if (!inPre && this.atLineStart) text = text.replace(LEADING_SPACE, "");
      this.write(escapeText(text));
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return; // comments, processing instructions
    const element = node as Element;
    const name = element.localName;
    if (name === "div" && !inPre) {
      this.div(element);
      return;
    }
    const classless = name === "p" && !element.hasAttribute("class") ? " class=MsoNormal" : "";
    this.write(`<${name}${classless}${serializeAttributes(element)}>`);
    if (VOID.has(name)) {
      if (!inPre && LINE_ENDS_AFTER.has(name)) this.endLine();
      return;
    }
    const pre = inPre || name === "pre" || name === "textarea" || name === "listing";
    if (!pre && CONTAINERS.has(name)) this.endLine();
    if (RAW_TEXT.has(name)) this.write(element.textContent ?? "");
    else for (const child of Array.from(element.childNodes)) this.node(child, pre);
    this.write(`</${name}>`);
    if (!inPre && LINE_ENDS_AFTER.has(name)) this.endLine();
  }

  private div(div: Element): void {
    const bare = div.attributes.length === 0 && !Array.from(div.childNodes).some(isBlockish);
    if (div.getAttribute("class") === "WordSection1" || bare) {
      this.flow(div);
      return;
    }
    const start = this.out.length;
    const lineStartBefore = this.atLineStart;
    this.write(`<div${serializeAttributes(div)}>`);
    this.endLine();
    const opened = this.out.length;
    this.flow(div);
    // A bare div whose blocks all vanished would come back as "<div>CRLF</div>", which the next
    // pass (seeing only whitespace) drops: dropping it now is what keeps the rewrite idempotent.
    if (this.out.length === opened && div.attributes.length === 0) {
      this.out.length = start;
      this.atLineStart = lineStartBefore;
      return;
    }
    this.write("</div>");
    this.endLine();
  }
}

function serializeAttributes(element: Element): string {
  let result = "";
  for (const attribute of Array.from(element.attributes)) {
    const { name, value } = attribute;
    result += name === "class" && WORD_CLASSES.has(value) ? ` class=${value}` : ` ${name}="${escapeAttribute(value)}"`;
  }
  return result;
}

function escapeText(text: string): string {
  return text.replace(/[&<>\u00a0]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&nbsp;"));
}

function escapeAttribute(value: string): string {
  return value.replace(/[&"\u00a0]/g, (c) => (c === "&" ? "&amp;" : c === '"' ? "&quot;" : "&nbsp;"));
}

// ---------------------------------------------------------------------------------------------
// Outlook for Mac
// ---------------------------------------------------------------------------------------------

/**
 * office-js #2426 (https://github.com/OfficeDev/office-js/issues/2426), new Outlook for Mac:
 * `body.getAsync("html")` "returns the whole email content, including `<html>`, `<head>` and
 * `<body>` tags", beginning '<html>\n\n<head>\n<meta http-equiv=Content-Type content="text/html;
 * charset=utf-8">\n<meta name=Generator content="Microsoft Word 15 (filtered)">\n<style>\n<!--\n /* F…'
 * (the rest of the style sheet is not in the report; the one below is plausible Word output).
 */
const MAC_DOCUMENT_START = [
  "<html>",
  "",
  "<head>",
  '<meta http-equiv=Content-Type content="text/html; charset=utf-8">',
  '<meta name=Generator content="Microsoft Word 15 (filtered)">',
  "<style>",
  "<!--",
  " /* Font Definitions */",
  " @font-face",
  '\t{font-family:"Cambria Math";',
  "\tpanose-1:2 4 5 3 5 4 6 3 2 4;}",
  " /* Style Definitions */",
  " p.MsoNormal, li.MsoNormal, div.MsoNormal",
  "\t{margin:0in;",
  "\tfont-size:12.0pt;",
  '\tfont-family:"Aptos",sans-serif;}',
  "-->",
  "</style>",
  "",
  "</head>",
  "",
  "<body lang=EN-US style='word-wrap:break-word'>",
  "",
].join("\n");

const MAC_DOCUMENT_END = ["", "</body>", "", "</html>", ""].join("\n");

/**
 * Outlook for Mac: the body content re-serialised inside one generated document. What the add-in
 * wrote inside <body> is otherwise kept (comments included: no report says otherwise); a document
 * the add-in wrote, or wrote back after reading, still gives exactly one <html>.
 */
export function rewriteForMac(html: string): string {
  const body = parseBody(html);
  return MAC_DOCUMENT_START + trimHtmlWhitespace(body.innerHTML) + MAC_DOCUMENT_END;
}
