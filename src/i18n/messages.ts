/**
 * The shape every catalogue has: English is the source, the others are checked against it. Each
 * language comes in two parts, two chunks: the first screen's words (the answer, the check lines, the
 * actions row and all the verdict is worked out from) and the details (everything after). The pane
 * waits for the first part only; the details are fetched once the answer is on screen.
 */
import type { DetailsMessages } from "./en/details";
import type { FirstScreenMessages } from "./en/firstScreen";

export type { DetailsMessages, FirstScreenMessages };

/** The whole catalogue, for what is shown once both parts are in. */
export type Messages = FirstScreenMessages & DetailsMessages;

export function withDetails(first: FirstScreenMessages, details: DetailsMessages): Messages {
  return { ...first, ...details };
}
