/**
 * What a reader of the body sees: its visible text, line by line, and its links. Computed from the
 * tree of parse.ts, so it is the same in the taskpane and in the send check's DOM-free runtime.
 */
import type { ElementNode, Node } from "./parse";
import { runNow, SLICE, type Steps } from "./steps";
import { countWork, MAX_URL_CHARS } from "./work";

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
  return runNow(visibleLinesSteps(node));
}

export function* visibleLinesSteps(node: ElementNode): Steps<string[]> {
  // Without caps the walk always finishes.
  return ((yield* linesOfSteps(node.children, undefined)) as WalkedLines).lines;
}

/** What a capped walk saw: its lines, and whether something shows without text (a picture, a table). */
export interface WalkedLines {
  readonly lines: string[];
  readonly visibleWithoutText: boolean;
}

/**
 * Caps for a walk that only needs to know whether some nodes could be our block: past any of them
 * the walk stops and answers undefined ("more than a block holds"), so each look costs at most this much.
 */
export interface WalkCaps {
  readonly lines: number;
  readonly chars: number;
  readonly nodes: number;
}

/** Content a reader would miss even without text: pictures, embedded objects, form fields. */
const VISIBLE_WITHOUT_TEXT = new Set(["img", "picture", "svg", "video", "audio", "iframe", "object", "embed", "input", "hr", "table"]);

/** The visible lines of a run of sibling nodes, read as visibleLines reads an element's children; undefined past `caps`. */
export function linesOf(nodes: readonly Node[], caps: WalkCaps | undefined): WalkedLines | undefined {
  return runNow(linesOfSteps(nodes, caps));
}

function* linesOfSteps(nodes: readonly Node[], caps: WalkCaps | undefined): Steps<WalkedLines | undefined> {
  const lines: string[] = [];
  let line = "";
  let chars = 0;
  let visited = 0;
  let visibleWithoutText = false;
  const breakLine = (): void => {
    const text = normalizeSpace(line);
    if (text !== "") lines.push(text);
    line = "";
  };
  // Iterative walk with explicit "leave" markers, so deeply nested bodies cannot overflow the stack.
  const stack: Array<Node | { readonly leave: ElementNode }> = [];
  for (let i = nodes.length - 1; i >= 0; i--) stack.push(nodes[i] as Node);
  while (stack.length > 0) {
    const next = stack.pop() as Node | { readonly leave: ElementNode };
    countWork();
    if (++visited % SLICE === 0) yield;
    if (caps && (visited > caps.nodes || lines.length > caps.lines || chars > caps.chars)) return undefined;
    if ("leave" in next) {
      breakLine();
      continue;
    }
    if (next.kind === "text") {
      line += next.text;
      chars += next.text.length;
    } else if (next.kind === "element") {
      if (HIDDEN.has(next.name)) continue;
      if (VISIBLE_WITHOUT_TEXT.has(next.name)) visibleWithoutText = true;
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
  if (caps && lines.length > caps.lines) return undefined;
  return { lines, visibleWithoutText };
}

/** The visible text of `node`, lines joined with "\n". */
export function visibleText(node: ElementNode): string {
  return visibleLines(node).join("\n");
}

export function* visibleTextSteps(node: ElementNode): Steps<string> {
  return (yield* visibleLinesSteps(node)).join("\n");
}

/** A visible <a> with an href, and where it sits: what block.ts needs to look for our block around it. */
export interface AnchorInContext {
  readonly element: ElementNode;
  readonly href: string;
  /** The nearest block element (or the root) holding the link. */
  readonly block: ElementNode;
  /** The child of `block` that holds the link (or is it). */
  readonly blockChild: Node;
}

/** The href of every <a> under `node` that has one, decoded, with the white space browsers ignore removed. */
export function anchors(node: ElementNode): AnchorInContext[] {
  return runNow(anchorsSteps(node));
}

export function* anchorsSteps(node: ElementNode): Steps<AnchorInContext[]> {
  const found: AnchorInContext[] = [];
  let visited = 0;
  // One depth-first walk that carries each node's nearest block and that block's child on the way
  // down, so nested links (htmlparser2 nests <a> in <a>) cost one step each, not one per ancestor.
  const stack: Array<{ readonly node: Node; readonly block: ElementNode; readonly blockChild: Node | undefined }> = [];
  for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i] as Node, block: node, blockChild: undefined });
  while (stack.length > 0) {
    const { node: next, block, blockChild } = stack.pop() as (typeof stack)[number];
    countWork();
    if (++visited % SLICE === 0) yield;
    if (next.kind !== "element" || HIDDEN.has(next.name)) continue;
    const child = blockChild ?? next;
    if (next.name === "a" && next.attributes.href !== undefined) {
      found.push({ element: next, href: next.attributes.href.replace(/[\t\n\r]/g, "").trim(), block, blockChild: child });
    }
    const isBlock = BLOCK.has(next.name);
    for (let i = next.children.length - 1; i >= 0; i--) {
      const grandchild = next.children[i] as Node;
      stack.push(isBlock ? { node: grandchild, block: next, blockChild: undefined } : { node: grandchild, block, blockChild: child });
    }
  }
  return found;
}

const URL_START = /https?:\/\/[^\s<>"'`]/gi;
const URL_CHAR = /[^\s<>"'`]/;
const CLOSING_PUNCTUATION = ".,;:!?)]}";

/**
 * Every http(s) URL written out in plain text, in order, without repeats or a sentence's closing
 * punctuation. A run longer than MAX_URL_CHARS is not a link anyone can use and is skipped whole.
 * One pass: each character is looked at a bounded number of times, whatever the text.
 */
export function urlsInText(text: string): string[] {
  return runNow(urlsInTextSteps(text));
}

export function* urlsInTextSteps(text: string): Steps<string[]> {
  const found: string[] = [];
  let read = 0;
  URL_START.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = URL_START.exec(text)) !== null) {
    const start = match.index;
    let end = URL_START.lastIndex;
    while (end < text.length && URL_CHAR.test(text.charAt(end))) end++;
    URL_START.lastIndex = end;
    // "Join: https://zoom.us/j/1." — the full stop ends the sentence, not the link. A loop, not a
    // regex: /[.,]+$/ backtracks through every run of such characters, quadratic on a long one.
    let trimmed = end;
    while (trimmed > start && CLOSING_PUNCTUATION.indexOf(text.charAt(trimmed - 1)) !== -1) trimmed--;
    countWork(end - start);
    read += end - start;
    if (read > 16 * SLICE) {
      read = 0;
      yield;
    }
    if (trimmed - start <= MAX_URL_CHARS) found.push(text.slice(start, trimmed));
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
