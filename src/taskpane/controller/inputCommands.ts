/**
 * Reading the error box: IT's answer from Exchange, or an error to decode. A chunk of its own with the
 * decoder and the paste reader, fetched right after the answer is on screen. One function, top to
 * bottom: the text is read, then remembered for this pair when it is a fresh answer.
 */
import { decodeError } from "../../diagnosis/errors/decode";
import type { Parties } from "../../diagnosis/types";
import { readPaste } from "../adminPaste";
import type { PaneCore } from "./paneController";

/** `current` turns false once the box holds newer text (or the pane closed): this reading is then dropped. */
export async function readInput(core: PaneCore, text: string, parties: Parties, current: () => boolean): Promise<void> {
  let all;
  try {
    all = await core.details();
  } catch {
    return; // the panel that holds the box says the details did not download
  }
  if (!current()) return;
  const outcome = readPaste(text, parties, core.deps.now(), core.state().exchange.requestIds);
  if (outcome.kind === "not-admin-output") {
    core.dispatch({ type: "input-read", reading: { kind: "decoded", decoded: decodeError(text, parties, all) } });
    return;
  }
  core.dispatch({ type: "input-read", reading: { kind: "paste", outcome } });
  if (outcome.kind !== "evidence") return;
  core.loadKit();
  // A pasted answer is kept for this pair (an old one is only shown, so not kept).
  const pair = core.view().pair;
  if (outcome.finding.stale || !pair) return;
  const saved = await core.deps.gateway.rememberEvidence(pair.owner, pair.delegate, outcome.finding, outcome.finding.pastedAt);
  if (!current()) return;
  core.dispatch(
    saved.ok ? { type: "remembered", memory: "saved", remembered: core.readRemembered(pair) } : { type: "remembered", memory: "not-saved" },
  );
}
