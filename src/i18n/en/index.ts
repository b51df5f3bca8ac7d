/**
 * The whole English catalogue in one object, for code that needs every text at once (tests, tools).
 * The pane never imports this: it loads the two parts as separate chunks (../load.ts).
 */
import { withDetails } from "../messages";
import { enDetails } from "./details";
import { enFirstScreen } from "./firstScreen";

export const en = withDetails(enFirstScreen, enDetails);
