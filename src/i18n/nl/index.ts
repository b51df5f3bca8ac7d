/**
 * The whole Dutch catalogue in one object, for code that needs every text at once (tests, tools).
 * The pane never imports this: it loads the three parts as separate chunks (../load.ts).
 */
import { withDetails, type Catalogue } from "../messages";
import { nlDetails } from "./details";
import { nlExchange } from "./exchange";
import { nlFirstScreen } from "./firstScreen";

export const nl: Catalogue = { ...withDetails(nlFirstScreen, nlDetails), exchange: nlExchange };
