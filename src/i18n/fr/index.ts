/**
 * The whole French catalogue in one object, for code that needs every text at once (tests, tools).
 * The pane never imports this: it loads the two parts as separate chunks (../load.ts).
 */
import { withDetails } from "../messages";
import { frDetails } from "./details";
import { frFirstScreen } from "./firstScreen";

export const fr = withDetails(frFirstScreen, frDetails);
