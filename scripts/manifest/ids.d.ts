/** A name-based (version 5) UUID of the source Id and a name: the same inputs always give the same Id. */
export function derivedId(sourceId: string, name: string): string;
export const ID_NAMES: { readonly taskpane: "manifest-taskpane.xml"; readonly unified: "manifest.json" };
export const GUID: RegExp;
