/** The pseudo-locale's details part (see ./text.ts). */
import { enDetails } from "../en/details";
import type { DetailsMessages } from "../messages";
import { pseudoOf } from "./text";

export const pseudoDetails: DetailsMessages = pseudoOf(enDetails);
