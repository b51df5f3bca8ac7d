/**
 * The id of a block the add-in wrote: a fingerprint of its exact source (FNV-1a over the UTF-16 code
 * units, with the length), kept in the item's custom properties. Marker comments count as our block
 * only when what they enclose has this id (or, for a record without one, holds a link we vouch for),
 * so stray markers never make Replace or Remove take someone's text (security review L2).
 */
export function blockId(source: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < source.length; i++) {
    hash ^= source.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${source.length.toString(36)}-${hash.toString(16).padStart(8, "0")}`;
}
