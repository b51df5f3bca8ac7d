/**
 * What IT sends back, read: our block's JSON line, or the plain output of the same cmdlets, or
 * neither (then the error decoder reads the paste). Pure and linear in the paste's length; the
 * paste may be a whole ticket thread and is never trusted.
 */
import { hasBlockMarker, readBlock } from "./adminBlockReader";
import { readCmdletOutput } from "./cmdletOutputReader";
import type { AdminPasteReading, ExpectedPair, PasteContext } from "./exchange";
import { MAX_ADMIN_PASTE, type PasteLine, pasteLines } from "./pasteLines";

export { MAX_ADMIN_PASTE } from "./pasteLines";

/** Keys only our block's JSON line has: a line carrying them without the markers around it is a cut copy. */
const BLOCK_JSON_HINTS = ['"RanAtUtc"', '"CalendarPermission"', '"DelegateRecipient"'];

/** No request issued: every block is "unrequested" (the pane passes the ids it issued for the pair). */
const NO_REQUEST: PasteContext = { requestIds: [], now: "" };

export function readAdminPaste(text: string, expected: ExpectedPair, context: PasteContext = NO_REQUEST): AdminPasteReading {
  if (typeof text !== "string") return { kind: "not-admin-output" };
  if (text.length > MAX_ADMIN_PASTE) return { kind: "too-long", limit: MAX_ADMIN_PASTE };
  const lines = pasteLines(text);
  if (hasBlockMarker(lines)) return readBlock(lines, expected, context);
  if (lines.some(looksLikeBlockJson)) return { kind: "incomplete", why: "the block's BEGIN and END lines are missing" };
  return readCmdletOutput(lines, expected);
}

function looksLikeBlockJson(line: PasteLine): boolean {
  return line.text.includes("{") && BLOCK_JSON_HINTS.some((hint) => line.text.includes(hint));
}
