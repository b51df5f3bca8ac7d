/** The pseudo-locale's Exchange part (see ./text.ts). */
import { enExchange } from "../en/exchange";
import type { ExchangeMessages } from "../messages";
import { pseudoOf } from "./text";

export const pseudoExchange: ExchangeMessages = pseudoOf(enExchange);
