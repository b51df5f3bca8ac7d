/** The pseudo-locale's first-screen part (see ./text.ts); it keeps English's locale for lists and numbers. */
import { enFirstScreen } from "../en/firstScreen";
import type { FirstScreenMessages } from "../messages";
import { pseudoOf } from "./text";

export const pseudoFirstScreen: FirstScreenMessages = { ...pseudoOf(enFirstScreen), locale: "en" };
