/** The whole pseudo-locale in one object, for tests; the pane loads its two parts as chunks (../load.ts). */
import { withDetails } from "../messages";
import { pseudoDetails } from "./details";
import { pseudoFirstScreen } from "./firstScreen";

export const pseudo = withDetails(pseudoFirstScreen, pseudoDetails);
