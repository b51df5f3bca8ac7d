/**
 * A first look at a body, without the HTML parser: can it hold our join block at all? The body reader
 * (with htmlparser2 and its entity tables, the "meeting" chunk) is what finds the block; this decides,
 * from the raw text alone, the common case where there is nothing for it to find, so the answer's
 * "Add online meeting" can be usable the moment the answer shows.
 *
 * It may only ever say "cannot" when findBlock (src/meeting/bodyEdit.ts) would find nothing, whatever
 * the signals: test/body/glance.test.ts checks that over random bodies with and without blocks.
 * - Text bodies: findBlock looks only for the marker lines, so no begin marker means no block.
 * - HTML bodies: findBlock finds the comment markers (exact strings, both containing BLOCK_ID), or an
 *   <a> element with an https href on block-shaped lines. An element named "a" comes only from a tag
 *   "<a" in the source (a tag name cannot be written with character references), so a body with
 *   neither BLOCK_ID nor "<a" not followed by a name character has no block.
 */
import { BLOCK_ID, TEXT_BLOCK_BEGIN } from "../meeting/marker";

export type GlancedBodyType = "html" | "text";

/** "<a" opening a tag named "a" (or, conservatively, any name starting "a" that is not a letter or digit run). */
const ANCHOR_TAG = /<a(?![a-z0-9])/i;

export function mayHoldBlock(content: string, type: GlancedBodyType): boolean {
  if (type === "text") return content.includes(TEXT_BLOCK_BEGIN);
  return content.includes(BLOCK_ID) || ANCHOR_TAG.test(content);
}

/**
 * Every online-meeting claim the send check and the pane know (src/diagnosis/claims.ts and
 * claimPhrases.ts, every language) names its service, so text naming none claims nothing and the
 * answer need not wait for the body reader to find out. Markup inside a service's name ("Te<b>ams")
 * is not looked through: the reader, which follows right after the answer, still finds such a claim.
 */
const SERVICE_NAME = /teams|skype|lync|zoom|webex|jitsi/i;

export function mayClaimService(text: string): boolean {
  return SERVICE_NAME.test(text);
}
