/**
 * Finds the join block the add-in inserted after Outlook has rewritten the body.
 *
 * Outlook on the web strips comments, classes and data-* attributes and rebuilds divs; classic
 * Outlook on Windows turns everything into Word HTML; Outlook for Mac returns a whole document
 * (dev/simulated-office/README.md lists the public reports). What survives every client is what a
 * reader sees: the block's visible lines and its link's href. So the block is recognised from those:
 *
 * 1. an <a> whose https href the caller vouches for (the link recorded when it was inserted, or one
 *    of the configured providers could have made for this owner);
 * 2. inside a run of visible lines shaped exactly like our block: an optional title (a provider's
 *    name), the join line ("Join: …", in any of our languages), optional "Meeting ID: …", any
 *    number of "Dial-in: …" lines and an optional "Scheduled by … on behalf of …" line, in that
 *    order, with exactly one join line;
 * 3. the block is the largest element (or run of sibling nodes) holding only such lines, so what is
 *    removed is exactly that source range and every other byte stays as Outlook gave it.
 *
 * A user's line that happens to look like one of ours right next to the block ("Join: bring a
 * laptop") makes a second join line, which breaks the shape: expansion stops before it, so the
 * user's text is never taken for ours.
 */
import { descendants, type ElementNode, type Node } from "./parse";
import { anchors, isBlockElement, isHiddenElement, normalizeSpace, visibleLines } from "./text";

/** What the block's lines look like, in every language the add-in writes. */
export interface BlockShape {
  /** First words of the join line: "Join", "Deelnemen", … (compared case-insensitively). */
  readonly joinLabels: readonly string[];
  /** "Meeting ID", "Vergader-id", … */
  readonly meetingIdLabels: readonly string[];
  /** "Dial-in", "Inbellen", … */
  readonly dialInLabels: readonly string[];
  /** Provider names a block may carry as its title ("Jitsi Meet", "Zoom", the configured names). */
  readonly titles: readonly string[];
  /** True for a "Scheduled by … on behalf of …" line in any language. */
  readonly isScheduledByLine: (line: string) => boolean;
}

export interface BlockSignals extends BlockShape {
  /** True for an https link that can only be ours: the recorded link, or one our providers make for this owner. */
  readonly isOurLink: (href: string) => boolean;
}

export interface FoundBlock {
  /** body.slice(start, end) is the block's whole source. */
  readonly start: number;
  readonly end: number;
  readonly href: string;
}

type LineKind = "title" | "join" | "meeting-id" | "dial-in" | "scheduled-by" | "other";

interface Unit {
  readonly start: number;
  readonly end: number;
  readonly lines: readonly string[];
  /** No visible text and nothing else a reader would miss (white space, <br>, comments, empty paragraphs). */
  readonly neutral: boolean;
}

/** Our block, recognised by link and shape; the last one in the body when there are several. */
export function findLabelledBlock(root: ElementNode, signals: BlockSignals): FoundBlock | undefined {
  const candidates = anchors(root).filter((a) => /^https:\/\//i.test(a.href) && signals.isOurLink(a.href));
  const cache: UnitCache = new Map();
  for (let i = candidates.length - 1; i >= 0; i--) {
    const candidate = candidates[i] as (typeof candidates)[number];
    const range = blockAround(candidate.element, signals, cache);
    if (range) return { ...range, href: candidate.href };
  }
  return undefined;
}

/**
 * The https hrefs that sit on a join line of a block-shaped run, whoever made them. The send check
 * has no configuration, so any labelled block counts there: it may only ever allow a send.
 */
export function labelledJoinLinks(root: ElementNode, shape: BlockShape): string[] {
  const links: string[] = [];
  const cache: UnitCache = new Map();
  for (const { element, href } of anchors(root)) {
    if (/^https:\/\//i.test(href) && blockAround(element, shape, cache)) links.push(href);
  }
  return links;
}

/**
 * A container's line units, computed once per search: a body pasted from the web can hold thousands
 * of links in one <div>, and rebuilding its units for each link made the send check quadratic.
 */
type UnitCache = Map<ElementNode, Unit[]>;

function blockAround(anchor: ElementNode, shape: BlockShape, cache: UnitCache): { start: number; end: number } | undefined {
  let container = nearestBlock(anchor);
  let inner: Node = topmostChildOf(container, anchor);
  // The lines of `inner` once it is a whole container we climbed out of: computed once, so climbing
  // through thousands of wrappers stays linear.
  let innerLines: readonly string[] | undefined;
  for (;;) {
    const units = innerLines === undefined ? cachedUnits(container, cache) : unitsOf(container, inner, innerLines);
    const index = unitIndexOf(units, inner);
    const unit = units[index];
    if (!unit || !isValidShape(unit.lines, shape)) return undefined;
    const whole = units.flatMap((u) => u.lines);
    // The container holds nothing but our lines: the block is the container itself, one level up.
    if (canClimb(container) && units.every((u) => u.neutral || u.lines.length > 0) && isValidShape(whole, shape)) {
      inner = container;
      innerLines = whole;
      container = container.parent as ElementNode;
      continue;
    }
    return expand(units, index, shape);
  }
}

/** Grows from the unit holding the link over neighbouring units while the lines keep our block's shape. */
function expand(units: readonly Unit[], index: number, shape: BlockShape): { start: number; end: number } {
  let first = index;
  let last = index;
  let lines = [...(units[index] as Unit).lines];
  for (let i = index - 1; i >= 0; i--) {
    const unit = units[i] as Unit;
    if (unit.neutral) continue;
    if (unit.lines.length === 0) break; // a picture or a table without text is the user's
    const grown = [...unit.lines, ...lines];
    if (!isValidShape(grown, shape)) break;
    lines = grown;
    first = i;
  }
  for (let i = index + 1; i < units.length; i++) {
    const unit = units[i] as Unit;
    if (unit.neutral) continue;
    if (unit.lines.length === 0) break;
    const grown = [...lines, ...unit.lines];
    if (!isValidShape(grown, shape)) break;
    lines = grown;
    last = i;
  }
  return { start: (units[first] as Unit).start, end: (units[last] as Unit).end };
}

/** title? join meeting-id? dial-in* scheduled-by?  — exactly the order block.ts renders. */
function isValidShape(lines: readonly string[], shape: BlockShape): boolean {
  const order: Record<Exclude<LineKind, "other">, number> = { title: 0, join: 1, "meeting-id": 2, "dial-in": 3, "scheduled-by": 4 };
  let position = -1;
  let joins = 0;
  for (const line of lines) {
    const kind = lineKind(line, shape);
    if (kind === "other") return false;
    const at = order[kind];
    // Only dial-in lines may repeat; nothing may come back after a later kind.
    if (at < position || (at === position && kind !== "dial-in")) return false;
    position = at;
    if (kind === "join") joins++;
  }
  return joins === 1;
}

function lineKind(line: string, shape: BlockShape): LineKind {
  const text = normalizeSpace(line);
  const lower = text.toLowerCase();
  // "Join: <link>" (HTML block) or "Join Zoom: <link>" (text block): one token after the colon, the link.
  if (startsWithLabel(lower, shape.joinLabels) && /^[^:]{1,80}:\s*\S+$/.test(lower)) return "join";
  if (startsWithLabel(lower, shape.meetingIdLabels) && lower.includes(":")) return "meeting-id";
  if (startsWithLabel(lower, shape.dialInLabels) && lower.includes(":")) return "dial-in";
  if (shape.titles.some((title) => normalizeSpace(title).toLowerCase() === lower)) return "title";
  if (shape.isScheduledByLine(text)) return "scheduled-by";
  return "other";
}

function startsWithLabel(lower: string, labels: readonly string[]): boolean {
  return labels.some((label) => {
    const l = label.toLowerCase();
    // "Join:" and "Join Zoom:" are labels; "Joiner: …" is not. (No \p{…}: the send check's runtime may lack it.)
    return lower.startsWith(l) && !/[a-z0-9\u00c0-\u024f]/.test(lower.charAt(l.length));
  });
}

/** The document's own frame is never the block: climbing stops below <body>, <html> and the root. */
function canClimb(element: ElementNode): boolean {
  return element.parent !== undefined && element.name !== "body" && element.name !== "html" && element.name !== "#root";
}

function nearestBlock(node: Node): ElementNode {
  let at = node.parent;
  while (at && !isBlockElement(at) && at.parent) at = at.parent;
  return at as ElementNode;
}

/** The child of `container` that holds `node` (or is it). */
function topmostChildOf(container: ElementNode, node: Node): Node {
  let at: Node = node;
  while (at.parent && at.parent !== container) at = at.parent;
  return at;
}

/**
 * A container's children as a reader's lines: each block child is one unit, each run of inline
 * children between block children or <br>s is one unit, and each <br> is a neutral unit of its own.
 */
function cachedUnits(container: ElementNode, cache: UnitCache): Unit[] {
  let units = cache.get(container);
  if (!units) {
    units = unitsOf(container, undefined, undefined);
    cache.set(container, units);
  }
  return units;
}

/** The unit that contains `node`: units are in source order and do not overlap, so a binary search. */
function unitIndexOf(units: readonly Unit[], node: Node): number {
  let low = 0;
  let high = units.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const unit = units[middle] as Unit;
    if (node.end <= unit.start) high = middle - 1;
    else if (node.start >= unit.end) low = middle + 1;
    else return unit.start <= node.start && node.end <= unit.end ? middle : -1;
  }
  return -1;
}

function unitsOf(container: ElementNode, known: Node | undefined, knownLines: readonly string[] | undefined): Unit[] {
  const units: Unit[] = [];
  let run: Node[] = [];
  const flush = (): void => {
    if (run.length > 0) units.push(unitOf(run));
    run = [];
  };
  for (const child of container.children) {
    if (child === known && knownLines !== undefined) {
      flush();
      units.push({ start: child.start, end: child.end, lines: knownLines, neutral: false });
    } else if (child.kind === "element" && (isBlockElement(child) || child.name === "br" || isHiddenElement(child))) {
      flush();
      units.push(unitOf([child]));
    } else run.push(child);
  }
  flush();
  return units;
}

/** Content a reader would miss even without text: pictures, embedded objects, form fields. */
const VISIBLE_WITHOUT_TEXT = new Set(["img", "picture", "svg", "video", "audio", "iframe", "object", "embed", "input", "hr", "table"]);

function unitOf(nodes: readonly Node[]): Unit {
  const wrapper: ElementNode = { kind: "element", name: "#run", attributes: {}, start: 0, end: 0, children: [...nodes], parent: undefined };
  const lines = visibleLines(wrapper);
  const first = nodes[0] as Node;
  const last = nodes[nodes.length - 1] as Node;
  return { start: first.start, end: last.end, lines, neutral: lines.length === 0 && !nodes.some(hasVisibleContent) };
}

function hasVisibleContent(node: Node): boolean {
  if (node.kind !== "element" || isHiddenElement(node)) return false;
  if (VISIBLE_WITHOUT_TEXT.has(node.name)) return true;
  return descendants(node).some((d) => d.kind === "element" && VISIBLE_WITHOUT_TEXT.has(d.name) && !insideHidden(d, node));
}

function insideHidden(element: ElementNode, within: ElementNode): boolean {
  for (let at = element.parent; at && at !== within; at = at.parent) if (isHiddenElement(at)) return true;
  return false;
}
