/**
 * Reads an appointment body's HTML into a small tree whose every node knows where it sits in the
 * source. Edits then splice exact source ranges, so every byte Outlook gave us outside the range we
 * remove stays as it was, whatever Outlook did to the markup (Word HTML, sanitised web HTML, whole
 * documents on Mac).
 *
 * The tokenizer is htmlparser2's: DOM-free, linear, forgiving of broken markup and well kept. This
 * module also runs in classic Outlook's JavaScript-only runtime (the send check), where there is no
 * DOMParser, so nothing here may touch the DOM.
 */
import { Parser } from "htmlparser2";
import { runNow, SLICE, type Steps } from "./steps";
import { countWork } from "./work";

export interface ElementNode {
  readonly kind: "element";
  /** Lower-case tag name ("div", "o:p"); "#root" for the synthetic root. */
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  /** body.slice(start, end) is the element's whole source, tags included. */
  readonly start: number;
  end: number;
  /**
   * For <body> only: where its own close tag starts, when one closed it ("</body>", "</BODY >");
   * unset when something else closed it (a parent's close tag, the end of the document).
   */
  closeTagStart?: number;
  readonly children: Node[];
  readonly parent: ElementNode | undefined;
}

export interface TextNode {
  readonly kind: "text";
  /** Entities decoded. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly parent: ElementNode;
}

export interface CommentNode {
  readonly kind: "comment";
  readonly data: string;
  readonly start: number;
  readonly end: number;
  readonly parent: ElementNode;
}

export type Node = ElementNode | TextNode | CommentNode;

/** Void elements: they never have children or a closing tag, whatever the markup claims. */
const VOID_ELEMENTS = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);

/** The whole body as a tree; the root spans [0, html.length). Never throws on malformed markup. */
export function parseHtml(html: string, options: { readonly libraryStacks?: boolean } = {}): ElementNode {
  return runNow(parseHtmlSteps(html, options));
}

/** Characters handed to the tokenizer between two yields. */
const PARSE_SLICE_CHARS = 16 * SLICE;

/** parseHtml in slices: the tokenizer takes the body a piece at a time and keeps its place. */
export function* parseHtmlSteps(html: string, options: { readonly libraryStacks?: boolean } = {}): Steps<ElementNode> {
  const root: ElementNode = { kind: "element", name: "#root", attributes: {}, start: 0, end: html.length, children: [], parent: undefined };
  let current = root;
  // Text arrives in pieces (entities, buffers); consecutive pieces are merged into one node.
  let pendingText: { text: string; start: number; end: number } | undefined;

  const flushText = (): void => {
    if (!pendingText) return;
    current.children.push({ kind: "text", text: pendingText.text, start: pendingText.start, end: pendingText.end, parent: current });
    pendingText = undefined;
  };

  const parser: Parser = new Parser(
    {
      onopentag(name, attributes) {
        countWork();
        flushText();
        const element: ElementNode = {
          kind: "element",
          name,
          attributes: { ...attributes },
          start: parser.startIndex,
          end: html.length,
          children: [],
          parent: current,
        };
        current.children.push(element);
        current = element;
      },
      onclosetag(name, isImplied) {
        countWork();
        flushText();
        // An explicit close tag ends at its ">"; an implied close ends where the token that implied it
        // begins (a new block, a parent's close tag, the end of the body). Void elements end at their ">".
        const explicit = !isImplied || VOID_ELEMENTS.has(name);
        // htmlparser2 only reports a close tag for an element it has open; the climb is to that one.
        let element: ElementNode | undefined = current;
        while (element && element !== root && element.name !== name) {
          countWork();
          element = element.parent;
        }
        if (!element || element === root) return;
        element.end = explicit ? parser.endIndex + 1 : parser.startIndex;
        if (name === "body" && !isImplied) element.closeTagStart = closeTagStart(html, name, parser.endIndex);
        current = element.parent ?? root;
      },
      ontext(text) {
        countWork();
        const start = parser.startIndex;
        const end = parser.endIndex + 1;
        if (pendingText && pendingText.end === start) pendingText = { text: pendingText.text + text, start: pendingText.start, end };
        else {
          flushText();
          pendingText = { text, start, end };
        }
      },
      oncomment(data) {
        countWork();
        flushText();
        current.children.push({ kind: "comment", data, start: parser.startIndex, end: parser.endIndex + 1, parent: current });
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  // libraryStacks: only for the test that checks the stand-ins build the very same tree.
  if (!options.libraryStacks) installTopFirstStacks(parser);
  for (let at = 0; at < html.length; at += PARSE_SLICE_CHARS) {
    if (at > 0) yield;
    parser.write(html.slice(at, at + PARSE_SLICE_CHARS));
  }
  parser.end();
  flushText();
  return root;
}

/**
 * Where the close tag ending at `end` (its ">") starts. The parser's own start index can lag behind
 * after a malformed tag ("</bo <!--x-->"), so it is found from the text: nothing between a close tag's
 * name and its ">" can be a ">", so the tag is the first "</name" after the last ">" before `end`.
 */
function closeTagStart(html: string, name: string, end: number): number {
  const from = html.lastIndexOf(">", end - 1) + 1;
  // A regex, not toLowerCase(): lower-casing can change the length ("İ" becomes two code units).
  // Without the "u" flag, /i never folds a non-ASCII letter onto an ASCII one.
  const tag = new RegExp(`</${name}`, "gi");
  tag.lastIndex = from;
  const match = tag.exec(html);
  return match && match.index < end ? match.index : from;
}

/** Every node under `node`, depth first, in source order. Iterative: bodies can nest thousands deep. */
export function descendants(node: ElementNode): Node[] {
  return runNow(descendantsSteps(node));
}

export function* descendantsSteps(node: ElementNode): Steps<Node[]> {
  const out: Node[] = [];
  const stack: Node[] = [...node.children].reverse();
  while (stack.length > 0) {
    const next = stack.pop() as Node;
    countWork();
    if (out.length % SLICE === 0 && out.length > 0) yield;
    out.push(next);
    if (next.kind === "element") for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i] as Node);
  }
  return out;
}

/**
 * htmlparser2 keeps its open elements with the innermost FIRST (unshift/shift/indexOf on an array),
 * so each tag costs as much as the nesting is deep: 50,000 nested <a> (a 1 MB body) took over a second,
 * and each "</x>" for an element not open scans the whole stack. These stand-ins keep the same view
 * (index 0 is the innermost) over an array used from its end, with each name's depths kept aside, so
 * every operation the parser uses costs O(1). Checked by test/body/linearWork.test.ts ("nested links",
 * "stray close tags"); the parser's version is pinned in package.json.
 */
function installTopFirstStacks(parser: Parser): void {
  const internals = parser as unknown as { stack: unknown[]; foreignContext: unknown[] };
  internals.stack = topFirstStack(internals.stack);
  internals.foreignContext = topFirstStack(internals.foreignContext);
}

function topFirstStack<T>(initial: readonly T[]): T[] {
  const items: T[] = [];
  const depths = new Map<T, number[]>();
  const push = (item: T): void => {
    countWork();
    const at = depths.get(item);
    if (at) at.push(items.length);
    else depths.set(item, [items.length]);
    items.push(item);
  };
  const pop = (): T | undefined => {
    if (items.length === 0) return undefined;
    const item = items.pop() as T;
    depths.get(item)?.pop();
    return item;
  };
  for (let i = initial.length - 1; i >= 0; i--) push(initial[i] as T);
  const methods = {
    unshift(...added: T[]): number {
      for (let i = added.length - 1; i >= 0; i--) push(added[i] as T);
      return items.length;
    },
    shift: pop,
    indexOf(item: T): number {
      const at = depths.get(item);
      return at && at.length > 0 ? items.length - 1 - (at[at.length - 1] as number) : -1;
    },
  };
  return new Proxy(items, {
    get(target, property) {
      if (property === "length") return items.length;
      if (typeof property === "string" && /^\d+$/.test(property)) return items[items.length - 1 - Number(property)];
      if (typeof property === "string" && Object.prototype.hasOwnProperty.call(methods, property))
        return methods[property as keyof typeof methods];
      return Reflect.get(target, property);
    },
    set(_target, property, value) {
      if (property !== "length") return false;
      while (items.length > Number(value)) pop();
      return true;
    },
  });
}
