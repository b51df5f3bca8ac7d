/**
 * Reads pseudo-locale text for service and product names that did not come from the catalogue. In
 * the pseudo-locale every catalogue text is accented and bracketed "⟦…⟧", and a placeholder's value
 * keeps its own spelling, fenced "⟪…⟫" inside its sentence (src/i18n/pseudo/text.ts). A name from the
 * catalogue is therefore always accented ("Ṁîçŕöšöƒţ Ţéåɱš"); one still spelled in plain English,
 * outside the brackets or as a fenced value, bypassed it.
 */

/** Names the pane and the send-time message may only show through the catalogue. */
export const PRODUCT_NAMES =
  /\b(?:Microsoft Teams|Teams|Skype|Lync|Zoom|Webex|Jitsi|Outlook|Exchange|Schedule on behalf|Namens iemand|Planifier|Im Auftrag planen)\b/;

export interface Leak {
  /** Where it was: a placeholder value inside a catalogue text, or plain text outside any. */
  readonly where: "value" | "outside";
  readonly text: string;
}

/**
 * The plain-English names in `text`. `allowed` lists values that are not the catalogue's to give
 * (an organisation's own provider name from config.json, what the user typed into the location):
 * they may appear as they are.
 */
export function nameLeaks(text: string, allowed: readonly string[] = []): Leak[] {
  const leaks: Leak[] = [];
  const isAllowed = (piece: string) => allowed.some((value) => piece.trim() === value);
  let rest = text;
  // Innermost first: a catalogue text without fences inside, or a value with no brackets left inside.
  for (let changed = true; changed;) {
    changed = false;
    rest = rest.replace(/⟦[^⟦⟧⟪⟫]*⟧/g, () => {
      changed = true;
      return " ";
    });
    rest = rest.replace(/⟪([^⟦⟧⟪⟫]*)⟫/g, (_, value: string) => {
      changed = true;
      if (PRODUCT_NAMES.test(value) && !isAllowed(value)) leaks.push({ where: "value", text: value.trim() });
      return " ";
    });
  }
  for (const piece of rest.split("\u0000")) {
    if (PRODUCT_NAMES.test(piece) && !isAllowed(piece)) leaks.push({ where: "outside", text: piece.trim() });
  }
  return leaks;
}
