/**
 * The whole English catalogue in one object, for code that needs every text at once (tests, tools).
 * The pane never imports this: it loads the three parts as separate chunks (../load.ts).
 */
import { withDetails, type Catalogue } from "../messages";
import { enDetails } from "./details";
import { enExchange } from "./exchange";
import { enFirstScreen } from "./firstScreen";

export const en: Catalogue = { ...withDetails(enFirstScreen, enDetails), exchange: enExchange };
