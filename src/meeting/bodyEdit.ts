/**
 * Pure edits of an appointment body: put our join block in, find it, take it out, swap it.
 *
 * The user's text is sacred, so every edit is designed around one law, checked by property tests:
 *
 *     removeBlock(insertBlock(b, t, block), t) === b        for EVERY string b
 *
 * including bodies that already contain marker-like text. Placement and recognition are therefore
 * two halves of one rule:
 *
 * HTML  The block goes right before the body element's own close tag as the parser reads it, or at
 *       the very end when there is no body element or something else closed it.
 *       A "</body>" inside text, a comment, a style sheet or an attribute is not the end (issue 29,
 *       security review L3). Nothing else is added: the block's wrapper sets its own spacing.
 *       Recognition looks only at the part of the body before that same point and takes the last
 *       HTML_BLOCK_END there, then the last HTML_BLOCK_BEGIN before it. Our block never contains
 *       "</body>" or a second marker, and is whole markup of its own, so after an insertion it is
 *       exactly that last pair: whatever marker text the user's body holds sits before it (ignored)
 *       or after the body's end (outside the searched part). Text typed after the block later still
 *       leaves it the last pair.
 *
 * Text  The block is appended after a separator of one blank line (two line breaks; none when the body
 *       is empty). Line breaks follow the body ("\r\n" if it has any, else "\n"), and the block's own
 *       lines are converted to match, so the block itself records which separator was used: removal
 *       reads the line break after the begin marker and strips exactly that separator again.
 *       Recognition is by whole lines: the last line equal to TEXT_BLOCK_END, then the last line
 *       equal to TEXT_BLOCK_BEGIN before it. Every line our block has between the markers starts
 *       with a label, so no value in it can form a marker line.
 *
 * A body that contains an exact copy of a block and nothing after it is indistinguishable from one
 * we edited; that is inherent to recognising a block from text alone, and the rule above at least
 * makes every edit undoable. insertBlock refuses (throws) a block that is not well formed, because
 * the law only holds for blocks shaped as block.ts renders them.
 *
 * Real Outlook rewrites HTML bodies: the web strips comments, classic Windows turns the body into
 * Word HTML (dev/simulated-office/README.md has the reports). When the markers are gone, HTML
 * recognition falls back to what survives, given as BlockSignals by the caller: our link (recorded,
 * or one our providers make for this owner) on a join line inside lines shaped like our block
 * (src/body/block.ts). Remove and replace then splice exactly that element's source range, so every
 * other byte stays as Outlook gave it; the law above holds where the markers survive.
 */
import { findLabelledBlockSteps, type BlockSignals } from "../body/block";
import { parseHtml, parseHtmlSteps, type ElementNode } from "../body/parse";
import { runNow, type Steps } from "../body/steps";
import { HTML_BLOCK_BEGIN, HTML_BLOCK_END, TEXT_BLOCK_BEGIN, TEXT_BLOCK_END } from "./marker";

export type BodyType = "html" | "text";

export { MAX_BODY_CHARS } from "./limits";
import { MAX_BODY_CHARS } from "./limits";

/** Where the block is: body.slice(start, end) is the block, markers included. */
export interface BlockRange {
  readonly start: number;
  readonly end: number;
}

export function insertBlock(body: string, type: BodyType, block: string): string {
  return type === "html" ? insertHtml(body, block) : insertText(body, block);
}

/**
 * Our block: from its markers, or (HTML whose markers Outlook dropped, when the caller gives signals)
 * from its link and visible shape; undefined when there is none.
 */
export function findBlock(body: string, type: BodyType, signals?: BlockSignals): BlockRange | undefined {
  return runNow(findBlockSteps(body, type, signals));
}

/** findBlock in slices (src/body/steps.ts); `parsed` is the body's tree when the caller has it already. */
export function* findBlockSteps(body: string, type: BodyType, signals?: BlockSignals, parsed?: ElementNode): Steps<BlockRange | undefined> {
  if (type === "text") {
    const marked = findText(body);
    return marked && isOurs(body, marked, signals) ? marked : undefined;
  }
  const root = parsed ?? (yield* parseHtmlSteps(body));
  const marked = findHtml(body, root);
  if (marked && isOurs(body, marked, signals)) return marked;
  if (!signals) return undefined;
  const found = yield* findLabelledBlockSteps(root, signals);
  return found ? { start: found.start, end: found.end } : undefined;
}

/**
 * Marker comments or lines count as our block only when the caller can vouch for what they enclose
 * (signals.isOurMarkedBlock: what the add-in recorded on the item when it wrote the block), so two
 * stray markers around someone's agenda are never taken for ours, nor removed (security review L2).
 * Without signals (the pure edits and their laws) the markers are trusted.
 */
function isOurs(body: string, range: BlockRange, signals: BlockSignals | undefined): boolean {
  return !signals?.isOurMarkedBlock || signals.isOurMarkedBlock(body.slice(range.start, range.end));
}

/** The body as it was before insertBlock; unchanged when there is no block. */
export function removeBlock(body: string, type: BodyType, signals?: BlockSignals): string {
  const range = findBlock(body, type, signals);
  if (!range) return body;
  const before = body.slice(0, range.start);
  const separator = type === "text" ? textSeparatorBefore(before, textLineBreakOf(body, range)) : 0;
  return before.slice(0, before.length - separator) + body.slice(range.end);
}

/**
 * Swaps the block and touches nothing else. With no block present it inserts one, so "make the
 * body carry this block" is a single call; callers that must refuse instead check findBlock first.
 */
export function replaceBlock(body: string, type: BodyType, newBlock: string, signals?: BlockSignals): string {
  const range = findBlock(body, type, signals);
  if (!range) return insertBlock(body, type, newBlock);
  const block = type === "html" ? checkedHtmlBlock(newBlock) : checkedTextBlock(newBlock, textLineBreakOf(body, range));
  return body.slice(0, range.start) + block + body.slice(range.end);
}

/** True when inserting would make a body Outlook refuses to take. */
export function wouldExceedBodyLimit(body: string, type: BodyType, block: string): boolean {
  return insertBlock(body, type, block).length > MAX_BODY_CHARS;
}

// --- HTML -------------------------------------------------------------------------------------

function insertHtml(body: string, block: string): string {
  const checked = checkedHtmlBlock(block);
  const at = bodyContentEnd(body, parseHtml(body));
  return body.slice(0, at) + checked + body.slice(at);
}

/**
 * Where the (first) body element's own close tag starts, as parsed; the end of the document when
 * there is no body element or something else closed it.
 */
function bodyContentEnd(body: string, root: ElementNode): number {
  // The first body element in source order (depth first); it sits near the start, so this stops early.
  const stack: ElementNode[] = [root];
  while (stack.length > 0) {
    const element = stack.pop() as ElementNode;
    if (element.name === "body") return element.closeTagStart ?? body.length;
    for (let i = element.children.length - 1; i >= 0; i--) {
      const child = element.children[i];
      if (child?.kind === "element") stack.push(child);
    }
  }
  return body.length;
}

function findHtml(body: string, root: ElementNode): BlockRange | undefined {
  const limit = bodyContentEnd(body, root);
  const endAt = lastIndexEndingBy(body, HTML_BLOCK_END, limit);
  if (endAt === undefined) return undefined;
  const beginAt = lastIndexEndingBy(body, HTML_BLOCK_BEGIN, endAt);
  if (beginAt === undefined) return undefined;
  return { start: beginAt, end: endAt + HTML_BLOCK_END.length };
}

function checkedHtmlBlock(block: string): string {
  const wellFormed =
    block.startsWith(HTML_BLOCK_BEGIN) &&
    block.endsWith(HTML_BLOCK_END) &&
    block.length >= HTML_BLOCK_BEGIN.length + HTML_BLOCK_END.length &&
    block.lastIndexOf(HTML_BLOCK_BEGIN) === 0 &&
    block.indexOf(HTML_BLOCK_END) === block.length - HTML_BLOCK_END.length &&
    !/<\/body>/i.test(block);
  if (!wellFormed) throw new Error("Not a join block: it must be one HTML_BLOCK_BEGIN … HTML_BLOCK_END pair without </body>.");
  return block;
}

// --- Plain text -------------------------------------------------------------------------------

type LineBreak = "\r\n" | "\n";

function insertText(body: string, block: string): string {
  const lineBreak: LineBreak = body.includes("\r\n") ? "\r\n" : "\n";
  const separator = body === "" ? "" : lineBreak + lineBreak;
  return body + separator + checkedTextBlock(block, lineBreak);
}

function findText(body: string): BlockRange | undefined {
  const endAt = lastMarkerLine(body, TEXT_BLOCK_END, body.length);
  if (endAt === undefined) return undefined;
  const beginAt = lastMarkerLine(body, TEXT_BLOCK_BEGIN, endAt);
  if (beginAt === undefined) return undefined;
  return { start: beginAt, end: endAt + TEXT_BLOCK_END.length };
}

/** The block's own line break tells which separator insertText put before it. */
function textLineBreakOf(body: string, range: BlockRange): LineBreak {
  return body.startsWith("\r\n", range.start + TEXT_BLOCK_BEGIN.length) ? "\r\n" : "\n";
}

/** Strips the blank-line separator, or what the user left of it. */
function textSeparatorBefore(before: string, lineBreak: LineBreak): number {
  if (before.endsWith(lineBreak + lineBreak)) return 2 * lineBreak.length;
  if (before.endsWith(lineBreak)) return lineBreak.length;
  return 0;
}

/**
 * Start of the last whole line equal to `marker` that ends at or before `limit`: it starts the body
 * or follows "\n", and is followed by the end of the body, "\n" or "\r\n".
 */
function lastMarkerLine(body: string, marker: string, limit: number): number | undefined {
  // Searching for "\n" + marker skips marker-like runs inside longer lines (e.g. a row of dashes) cheaply.
  const needle = `\n${marker}`;
  let from = limit - needle.length;
  while (from >= 0) {
    const at = body.lastIndexOf(needle, from);
    if (at === -1) break;
    if (endsLine(body, at + needle.length)) return at + 1;
    from = at - 1;
  }
  return marker.length <= limit && body.startsWith(marker) && endsLine(body, marker.length) ? 0 : undefined;
}

function endsLine(body: string, index: number): boolean {
  return index === body.length || body.charAt(index) === "\n" || body.startsWith("\r\n", index);
}

function checkedTextBlock(block: string, lineBreak: LineBreak): string {
  const lines = block.split(/\r\n|\r|\n/);
  const inner = lines.slice(1, -1);
  const wellFormed =
    lines.length >= 2 &&
    lines[0] === TEXT_BLOCK_BEGIN &&
    lines[lines.length - 1] === TEXT_BLOCK_END &&
    !inner.includes(TEXT_BLOCK_BEGIN) &&
    !inner.includes(TEXT_BLOCK_END);
  if (!wellFormed)
    throw new Error("Not a join block: it must be TEXT_BLOCK_BEGIN and TEXT_BLOCK_END lines with no other marker line between.");
  return lines.join(lineBreak);
}

// --- Shared -----------------------------------------------------------------------------------

/** Last index of `needle` such that it ends at or before `limit` (lastIndexOf treats a negative start as 0). */
function lastIndexEndingBy(body: string, needle: string, limit: number): number | undefined {
  const from = limit - needle.length;
  if (from < 0) return undefined;
  const at = body.lastIndexOf(needle, from);
  return at === -1 ? undefined : at;
}
