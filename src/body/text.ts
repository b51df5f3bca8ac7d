/**
 * What a reader of the body sees: its visible text, line by line, and its links. Computed from the
 * tree of parse.ts, so it is the same in the taskpane and in the send check's DOM-free runtime.
 */
import { descendants, type ElementNode, type Node } from "./parse";

/** Elements whose content never shows: the head (Word's style sheet lives there), scripts, styles. */
const HIDDEN = new Set(["head", "style", "script", "title", "xml", "template", "noscript"]);

/**
 * Elements that start a new line. Everything else (spans, links, Word's <o:p>, <font>) flows inline,
 * so "Micro<span>soft</span>" still reads "Microsoft".
 */
const BLOCK = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "body",
  "center",
  "dd",
  "div",
  "dl",
  "dt",
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
  "hr",
  "html",
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

export function isBlockElement(node: Node): boolean {
  return node.kind === "element" && BLOCK.has(node.name);
}

export function isHiddenElement(node: Node): boolean {
  return node.kind === "element" && HIDDEN.has(node.name);
}

/** Spaces, tabs, line breaks and no-break spaces collapse to one space, as a browser shows them. */
export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0\u200b\ufeff]+/g, " ").trim();
}

/**
 * The visible lines of `node`: block elements and <br> break lines, hidden elements and comments
 * are skipped, white space is collapsed and empty lines are dropped.
 */
export function visibleLines(node: ElementNode): string[] {
  const lines: string[] = [];
  let line = "";
  const breakLine = (): void => {
    const text = normalizeSpace(line);
    if (text !== "") lines.push(text);
    line = "";
  };
  // Iterative walk with explicit "leave" markers, so deeply nested bodies cannot overflow the stack.
  const stack: Array<Node | { readonly leave: ElementNode }> = [...node.children].reverse();
  while (stack.length > 0) {
    const next = stack.pop() as Node | { readonly leave: ElementNode };
    if ("leave" in next) {
      breakLine();
      continue;
    }
    if (next.kind === "text") line += next.text;
    else if (next.kind === "element") {
      if (HIDDEN.has(next.name)) continue;
      if (next.name === "br") {
        breakLine();
        continue;
      }
      if (BLOCK.has(next.name)) {
        breakLine();
        stack.push({ leave: next });
      }
      for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i] as Node);
    }
  }
  breakLine();
  return lines;
}

/** The visible text of `node`, lines joined with "\n". */
export function visibleText(node: ElementNode): string {
  return visibleLines(node).join("\n");
}

/** The href of every <a> under `node` that has one, decoded, with the white space browsers ignore removed. */
export function anchors(node: ElementNode): Array<{ readonly element: ElementNode; readonly href: string }> {
  const found: Array<{ element: ElementNode; href: string }> = [];
  for (const child of descendants(node)) {
    if (child.kind !== "element" || child.name !== "a" || insideHidden(child)) continue;
    const raw = child.attributes.href;
    if (raw === undefined) continue;
    found.push({ element: child, href: raw.replace(/[\t\n\r]/g, "").trim() });
  }
  return found;
}

function insideHidden(element: ElementNode): boolean {
  for (let at: ElementNode | undefined = element.parent; at; at = at.parent) if (HIDDEN.has(at.name)) return true;
  return false;
}

const URL_IN_TEXT = /https?:\/\/[^\s<>"'`]+/gi;

/** Every http(s) URL written out in plain text, in order, without repeats or a sentence's closing punctuation. */
export function urlsInText(text: string): string[] {
  const found: string[] = [];
  URL_IN_TEXT.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = URL_IN_TEXT.exec(text)) !== null) {
    // "Join: https://zoom.us/j/1." — the full stop ends the sentence, not the link.
    found.push(match[0].replace(/[.,;:!?)\]}]+$/, ""));
  }
  return unique(found);
}

export function unique(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const value of values) {
    if (value !== "" && !seen.has(value)) {
      seen.add(value);
      out.push(value);
    }
  }
  return out;
}
