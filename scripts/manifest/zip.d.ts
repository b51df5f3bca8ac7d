/** A store-only (uncompressed) zip of the entries, in order, with a fixed date. */
export function storeZip(entries: ReadonlyArray<{ name: string; data: Buffer }>): Buffer;
