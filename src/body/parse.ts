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

export interface ElementNode {
  readonly kind: "element";
  /** Lower-case tag name ("div", "o:p"); "#root" for the synthetic root. */
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  /** body.slice(start, end) is the element's whole source, tags included. */
  readonly start: number;
  end: number;
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
export function parseHtml(html: string): ElementNode {
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
        flushText();
        // An explicit close tag ends at its ">"; an implied close ends where the token that implied it
        // begins (a new block, a parent's close tag, the end of the body). Void elements end at their ">".
        const explicit = !isImplied || VOID_ELEMENTS.has(name);
        let element: ElementNode | undefined = current;
        while (element && element !== root && element.name !== name) element = element.parent;
        if (!element || element === root) return;
        element.end = explicit ? parser.endIndex + 1 : parser.startIndex;
        current = element.parent ?? root;
      },
      ontext(text) {
        const start = parser.startIndex;
        const end = parser.endIndex + 1;
        if (pendingText && pendingText.end === start) pendingText = { text: pendingText.text + text, start: pendingText.start, end };
        else {
          flushText();
          pendingText = { text, start, end };
        }
      },
      oncomment(data) {
        flushText();
        current.children.push({ kind: "comment", data, start: parser.startIndex, end: parser.endIndex + 1, parent: current });
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  flushText();
  return root;
}

/** Every node under `node`, depth first, in source order. Iterative: bodies can nest thousands deep. */
export function descendants(node: ElementNode): Node[] {
  const out: Node[] = [];
  const stack: Node[] = [...node.children].reverse();
  while (stack.length > 0) {
    const next = stack.pop() as Node;
    out.push(next);
    if (next.kind === "element") for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i] as Node);
  }
  return out;
}
