/**
 * The whole German catalogue in one object, for code that needs every text at once (tests, tools).
 * The pane never imports this: it loads the three parts as separate chunks (../load.ts).
 */
import { withDetails, type Catalogue } from "../messages";
import { deDetails } from "./details";
import { deExchange } from "./exchange";
import { deFirstScreen } from "./firstScreen";

export const de: Catalogue = { ...withDetails(deFirstScreen, deDetails), exchange: deExchange };
