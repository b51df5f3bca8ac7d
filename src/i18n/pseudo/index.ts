/** The whole pseudo-locale in one object, for tests; the pane loads its three parts as chunks (../load.ts). */
import { withDetails, type Catalogue } from "../messages";
import { pseudoDetails } from "./details";
import { pseudoExchange } from "./exchange";
import { pseudoFirstScreen } from "./firstScreen";

export const pseudo: Catalogue = { ...withDetails(pseudoFirstScreen, pseudoDetails), exchange: pseudoExchange };
