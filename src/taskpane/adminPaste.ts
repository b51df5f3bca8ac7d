/**
 * Reading what IT sent back: a chunk of its own, fetched with the error decoder once the answer is on
 * screen, since the same box takes both.
 */
import { readAdminPaste } from "../diagnosis/evidence/adminPaste";
import { concludeExchange } from "../diagnosis/evidence/exchangeConclusions";
import { outcomeOfPaste, type PasteOutcome } from "../diagnosis/evidence/merge";
import type { Parties } from "../diagnosis/types";

/**
 * The paste as evidence for this owner and delegate, or why it is not (`pastedAt` from the caller's
 * clock; requestIds: those the pane issued for the pair, which a block must carry).
 */
export function readPaste(text: string, parties: Parties, pastedAt: string, requestIds: readonly string[] = []): PasteOutcome {
  const expected = {
    ...(parties.owner ? { owner: parties.owner } : {}),
    ...(parties.delegate ? { delegate: parties.delegate } : {}),
  };
  return outcomeOfPaste(readAdminPaste(text, expected, { requestIds, now: pastedAt }), concludeExchange, pastedAt);
}
