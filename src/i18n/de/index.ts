/**
 * The whole German catalogue in one object, for code that needs every text at once (tests, tools).
 * The pane never imports this: it loads the two parts as separate chunks (../load.ts).
 */
import { withDetails } from "../messages";
import { deDetails } from "./details";
import { deFirstScreen } from "./firstScreen";

export const de = withDetails(deFirstScreen, deDetails);
