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
import type { ElementNode, Node } from "./parse";
import { isBlockElement, isHiddenElement, linesOf, normalizeSpace, type AnchorInContext, type WalkCaps } from "./text";
import { runNow, type Steps } from "./steps";
import { anchorsSteps } from "./text";
import { countWork, MAX_URL_CHARS } from "./work";

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
  /**
   * True when the source between a pair of our markers (markers included) is a block the add-in
   * wrote (src/meeting/bodyEdit.ts); absent, markers are trusted as they are.
   */
  readonly isOurMarkedBlock?: (source: string) => boolean;
}

export interface FoundBlock {
  /** body.slice(start, end) is the block's whole source. */
  readonly start: number;
  readonly end: number;
  readonly href: string;
}

type LineKind = "title" | "join" | "meeting-id" | "dial-in" | "scheduled-by" | "other";

/**
 * The most our block can hold (block.ts renders a title, the join line, a meeting ID, at most ten
 * dial-in lines and the scheduled-by line; each value is capped by DISPLAY_LIMITS and the link by
 * MAX_URL_CHARS), with room for what Outlook adds (Word HTML's spans, white space and line breaks).
 * Anything bigger is not our block, so no look at a part of the body costs more than this.
 */
const BLOCK_CAPS: WalkCaps = { lines: 16, chars: 4 * MAX_URL_CHARS + 8_000, nodes: 2_000 };
/** Wrappers Outlook may put around the block (Word's section div, a client's own div, a table cell). */
const MAX_CLIMB = 12;

/** A unit's lines when it holds more than our block could: never our shape, never neutral. */
const TOO_BIG: readonly string[] = ["\u0000"];

interface Unit {
  readonly start: number;
  readonly end: number;
  readonly nodes: readonly Node[];
  /** Read on first use and kept: TOO_BIG when past BLOCK_CAPS. */
  lines?: readonly string[];
  /** No visible text and nothing else a reader would miss (white space, <br>, comments, empty paragraphs). */
  neutral?: boolean;
  /** What blockAround found from this unit, so links sharing a line are looked at once. */
  found?: { readonly start: number; readonly end: number } | null;
}

/** Our block, recognised by link and shape; the last one in the body when there are several. */
export function findLabelledBlock(root: ElementNode, signals: BlockSignals): FoundBlock | undefined {
  return runNow(findLabelledBlockSteps(root, signals));
}

/** Links looked at between two yields: each look costs at most a few BLOCK_CAPS. */
const LINKS_PER_SLICE = 32;

export function* findLabelledBlockSteps(root: ElementNode, signals: BlockSignals): Steps<FoundBlock | undefined> {
  const all = yield* anchorsSteps(root);
  const candidates: typeof all = [];
  for (let i = 0; i < all.length; i++) {
    const anchor = all[i] as (typeof all)[number];
    if (i % LINKS_PER_SLICE === LINKS_PER_SLICE - 1) yield;
    if (isHttpsHref(anchor.href) && signals.isOurLink(anchor.href)) candidates.push(anchor);
  }
  const search = newSearch();
  const kinds = lineKinds(signals);
  for (let i = candidates.length - 1; i >= 0; i--) {
    const candidate = candidates[i] as (typeof candidates)[number];
    if (i % LINKS_PER_SLICE === 0) yield;
    const range = blockAround(candidate, kinds, search);
    if (range) return { ...range, href: candidate.href };
  }
  return undefined;
}

/**
 * The https hrefs that sit on a join line of a block-shaped run, whoever made them. The send check
 * has no configuration, so any labelled block counts there: it may only ever allow a send.
 */
export function labelledJoinLinks(root: ElementNode, shape: BlockShape): string[] {
  return runNow(labelledJoinLinksSteps(root, shape));
}

export function* labelledJoinLinksSteps(root: ElementNode, shape: BlockShape): Steps<string[]> {
  const links: string[] = [];
  const search = newSearch();
  const kinds = lineKinds(shape);
  const all = yield* anchorsSteps(root);
  for (let i = 0; i < all.length; i++) {
    const anchor = all[i] as (typeof all)[number];
    if (i % LINKS_PER_SLICE === LINKS_PER_SLICE - 1) yield;
    if (isHttpsHref(anchor.href) && blockAround(anchor, kinds, search)) links.push(anchor.href);
  }
  return links;
}

function isHttpsHref(href: string): boolean {
  return href.length <= MAX_URL_CHARS && /^https:\/\//i.test(href);
}

/**
 * What one search has already worked out, so that every part of the body is read a bounded number
 * of times however many links it holds: each container's units (a body pasted from the web can hold
 * thousands of links in one <div>), each unit's lines, and each container's lines as a whole.
 */
interface Search {
  readonly units: Map<ElementNode, Unit[]>;
  readonly whole: Map<ElementNode, readonly string[]>;
}

function newSearch(): Search {
  return { units: new Map(), whole: new Map() };
}

function blockAround(anchor: AnchorInContext, shape: LineKinds, search: Search): { start: number; end: number } | undefined {
  let container = anchor.block;
  let inner: Node = anchor.blockChild;
  let first: Unit | undefined;
  let found: { start: number; end: number } | undefined;
  for (let climbs = 0; ; climbs++) {
    const units = unitsOf(container, search);
    const index = unitIndexOf(units, inner);
    const unit = units[index];
    if (!unit) break;
    if (unit.found !== undefined) {
      found = unit.found ?? undefined;
      break;
    }
    first ??= unit;
    if (!isValidShape(linesOfUnit(unit), shape)) break;
    // The container holds nothing but our lines: the block is the container itself, one level up.
    if (climbs < MAX_CLIMB && canClimb(container) && isValidShape(wholeLines(container, units, search), shape)) {
      inner = container;
      container = container.parent as ElementNode;
      continue;
    }
    found = expand(units, index, shape);
    break;
  }
  // Every other link on the same line gets the same answer without looking again.
  if (first) first.found = found ?? null;
  return found;
}

/**
 * The lines of all of a container's units in a row, TOO_BIG past BLOCK_CAPS. Kept per container, and
 * handed to the container's own unit in its parent, so climbing reads each level once.
 */
function wholeLines(container: ElementNode, units: readonly Unit[], search: Search): readonly string[] {
  let whole = search.whole.get(container);
  if (whole === undefined) {
    const lines: string[] = [];
    for (const unit of units) {
      countWork();
      const own = linesOfUnit(unit);
      if (own === TOO_BIG || (!unit.neutral && own.length === 0)) {
        whole = TOO_BIG;
        break;
      }
      lines.push(...own);
      if (lines.length > BLOCK_CAPS.lines) {
        whole = TOO_BIG;
        break;
      }
    }
    whole ??= lines;
    search.whole.set(container, whole);
  }
  return whole;
}

/** Grows from the unit holding the link over neighbouring units while the lines keep our block's shape. */
function expand(units: readonly Unit[], index: number, shape: LineKinds): { start: number; end: number } {
  const own = linesOfUnit(units[index] as Unit);
  let first = index;
  let last = index;
  // Lines taken so far, kept in order; the shape allows at most BLOCK_CAPS.lines, so each step checks a bounded list.
  let before: readonly string[] = [];
  let after: readonly string[] = [];
  for (let i = index - 1; i >= 0; i--) {
    const unit = units[i] as Unit;
    countWork();
    const lines = linesOfUnit(unit);
    if (unit.neutral) continue;
    if (lines.length === 0) break; // a picture or a table without text is the user's
    const grown = [...lines, ...before];
    if (!isValidShape([...grown, ...own], shape)) break;
    before = grown;
    first = i;
  }
  for (let i = index + 1; i < units.length; i++) {
    const unit = units[i] as Unit;
    countWork();
    const lines = linesOfUnit(unit);
    if (unit.neutral) continue;
    if (lines.length === 0) break;
    const grown = [...after, ...lines];
    if (!isValidShape([...before, ...own, ...grown], shape)) break;
    after = grown;
    last = i;
  }
  return { start: (units[first] as Unit).start, end: (units[last] as Unit).end };
}

/** title? join meeting-id? dial-in* scheduled-by?  — exactly the order block.ts renders. */
function isValidShape(lines: readonly string[], shape: LineKinds): boolean {
  if (lines === TOO_BIG || lines.length > BLOCK_CAPS.lines) return false;
  const order: Record<Exclude<LineKind, "other">, number> = { title: 0, join: 1, "meeting-id": 2, "dial-in": 3, "scheduled-by": 4 };
  let position = -1;
  let joins = 0;
  for (const line of lines) {
    const kind = shape.kindOf(line);
    if (kind === "other") return false;
    const at = order[kind];
    // Only dial-in lines may repeat; nothing may come back after a later kind.
    if (at < position || (at === position && kind !== "dial-in")) return false;
    position = at;
    if (kind === "join") joins++;
  }
  return joins === 1;
}

/**
 * Tells each line's kind, once per distinct line: a body of thousands of identical join paragraphs
 * asks the same question thousands of times. The labels and titles are normalised once.
 */
interface LineKinds {
  kindOf(line: string): LineKind;
}

function lineKinds(shape: BlockShape): LineKinds {
  const lowered = (values: readonly string[]) => values.map((value) => value.toLowerCase());
  const joinLabels = lowered(shape.joinLabels);
  const meetingIdLabels = lowered(shape.meetingIdLabels);
  const dialInLabels = lowered(shape.dialInLabels);
  const titles = new Set(shape.titles.map((title) => normalizeSpace(title).toLowerCase()));
  const known = new Map<string, LineKind>();
  const classify = (line: string): LineKind => {
    const text = normalizeSpace(line);
    const lower = text.toLowerCase();
    // "Join: <link>" (HTML block) or "Join Zoom: <link>" (text block): one token after the colon, the link.
    if (startsWithLabel(lower, joinLabels) && /^[^:]{1,80}:\s*\S+$/.test(lower)) return "join";
    if (startsWithLabel(lower, meetingIdLabels) && lower.includes(":")) return "meeting-id";
    if (startsWithLabel(lower, dialInLabels) && lower.includes(":")) return "dial-in";
    if (titles.has(lower)) return "title";
    if (shape.isScheduledByLine(text)) return "scheduled-by";
    return "other";
  };
  return {
    kindOf(line) {
      countWork();
      let kind = known.get(line);
      if (kind === undefined) {
        kind = classify(line);
        known.set(line, kind);
      }
      return kind;
    },
  };
}

/** `labels` in lower case. */
function startsWithLabel(lower: string, labels: readonly string[]): boolean {
  return labels.some((l) => {
    // "Join:" and "Join Zoom:" are labels; "Joiner: …" is not. (No \p{…}: the send check's runtime may lack it.)
    return lower.startsWith(l) && !/[a-z0-9\u00c0-\u024f]/.test(lower.charAt(l.length));
  });
}

/** The document's own frame is never the block: climbing stops below <body>, <html> and the root. */
function canClimb(element: ElementNode): boolean {
  return element.parent !== undefined && element.name !== "body" && element.name !== "html" && element.name !== "#root";
}

/**
 * A container's children as a reader's lines: each block child is one unit, each run of inline
 * children between block children or <br>s is one unit, and each <br> is a neutral unit of its own.
 * Only where the units start and end is worked out here; their lines are read when first needed.
 */
function unitsOf(container: ElementNode, search: Search): Unit[] {
  let units = search.units.get(container);
  if (units) return units;
  units = [];
  let run: Node[] = [];
  const flush = (): void => {
    if (run.length > 0) (units as Unit[]).push(unitOf(run));
    run = [];
  };
  for (const child of container.children) {
    countWork();
    if (child.kind === "element" && (isBlockElement(child) || child.name === "br" || isHiddenElement(child))) {
      flush();
      units.push(unitOf([child]));
    } else run.push(child);
  }
  flush();
  // A container we climbed out of already knows its lines: its unit here takes them as they are.
  for (const unit of units) {
    const only = unit.nodes.length === 1 ? unit.nodes[0] : undefined;
    const known = only && only.kind === "element" ? search.whole.get(only) : undefined;
    if (known !== undefined && known !== TOO_BIG) {
      unit.lines = known;
      unit.neutral = false;
    }
  }
  search.units.set(container, units);
  return units;
}

function unitOf(nodes: readonly Node[]): Unit {
  return { start: (nodes[0] as Node).start, end: (nodes[nodes.length - 1] as Node).end, nodes };
}

function linesOfUnit(unit: Unit): readonly string[] {
  if (unit.lines === undefined) {
    const walked = linesOf(unit.nodes, BLOCK_CAPS);
    unit.lines = walked ? walked.lines : TOO_BIG;
    unit.neutral = walked !== undefined && walked.lines.length === 0 && !walked.visibleWithoutText;
  }
  return unit.lines;
}

/** The unit that contains `node`: units are in source order and do not overlap, so a binary search. */
function unitIndexOf(units: readonly Unit[], node: Node): number {
  let low = 0;
  let high = units.length - 1;
  while (low <= high) {
    countWork();
    const middle = (low + high) >> 1;
    const unit = units[middle] as Unit;
    if (node.end <= unit.start) high = middle - 1;
    else if (node.start >= unit.end) low = middle + 1;
    else return unit.start <= node.start && node.end <= unit.end ? middle : -1;
  }
  return -1;
}
