/**
 * Every language's whole catalogue, for code that needs every text at once (tests, tools). The pane
 * never imports this: it loads one language's three parts as chunks (./load.ts).
 */
import type { Language } from "./language";
import type { Catalogue } from "./messages";
import { de } from "./de";
import { en } from "./en";
import { fr } from "./fr";
import { nl } from "./nl";
import { pseudo } from "./pseudo";

export const CATALOGUES: Readonly<Record<Language, Catalogue>> = { en, nl, fr, de, pseudo };
