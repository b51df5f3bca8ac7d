/**
 * The whole Dutch catalogue in one object, for code that needs every text at once (tests, tools).
 * The pane never imports this: it loads the two parts as separate chunks (../load.ts).
 */
import { withDetails } from "../messages";
import { nlDetails } from "./details";
import { nlFirstScreen } from "./firstScreen";

export const nl = withDetails(nlFirstScreen, nlDetails);
