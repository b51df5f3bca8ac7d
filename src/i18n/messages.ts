/** The shape every catalogue has: English is the source, the others are checked against it. */
export type { Messages } from "./en";
