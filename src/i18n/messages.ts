/**
 * The shape every catalogue has: English is the source, the others are checked against it. Each
 * language comes in three parts, three chunks: the first screen's words (the answer, the check lines,
 * the actions row and all the verdict is worked out from), the details (everything after), and the
 * words for an Exchange admin's answer (only when there is one for the pair). The pane waits for the
 * first part only, and for the Exchange part when it has such an answer; the details are fetched once
 * the answer is on screen.
 */
import type { DetailsMessages } from "./en/details";
import type { ExchangeMessages } from "./en/exchange";
import type { FirstScreenMessages } from "./en/firstScreen";

export type { DetailsMessages, ExchangeMessages, FirstScreenMessages };

/** The whole catalogue, for what is shown once both parts are in. */
export type Messages = FirstScreenMessages & DetailsMessages;

export function withDetails(first: FirstScreenMessages, details: DetailsMessages): Messages {
  return { ...first, ...details };
}

/** Every part of one language's catalogue, for code that needs every text at once (tests, tools). */
export type Catalogue = Messages & { readonly exchange: ExchangeMessages };
