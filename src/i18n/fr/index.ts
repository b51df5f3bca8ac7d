/**
 * The whole French catalogue in one object, for code that needs every text at once (tests, tools).
 * The pane never imports this: it loads the three parts as separate chunks (../load.ts).
 */
import { withDetails, type Catalogue } from "../messages";
import { frDetails } from "./details";
import { frExchange } from "./exchange";
import { frFirstScreen } from "./firstScreen";

export const fr: Catalogue = { ...withDetails(frFirstScreen, frDetails), exchange: frExchange };
