/**
 * Turns a value someone else chose (a display name, an admin's dial-in line) into one inert line of
 * text for the block. Escaping for HTML is a separate, later step: this only decides which
 * characters are shown at all.
 */

export const DISPLAY_LIMITS = {
  personName: 80,
  providerName: 60,
  meetingId: 100,
  dialInLine: 100,
  dialInLines: 10,
} as const;

// Line breaks would let a value forge a marker line in a text block; bidirectional embeddings,
// overrides and isolates would let it visually reorder the text around it ("Trojan Source").
const UNSAFE = /[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069\u200B\uFEFF]/gu;

/** One line, control and direction-override characters removed, whitespace collapsed, capped. */
export function displayText(value: string, maxCodePoints: number): string {
  const line = value.replace(UNSAFE, " ").replace(/\s+/gu, " ").trim();
  return capCodePoints(line, maxCodePoints);
}

/** Caps by code points, so an emoji or other astral character is never cut in half. */
export function capCodePoints(value: string, maxCodePoints: number): string {
  if (value.length <= maxCodePoints) return value;
  const codePoints = Array.from(value);
  if (codePoints.length <= maxCodePoints) return value;
  return `${codePoints
    .slice(0, Math.max(0, maxCodePoints - 1))
    .join("")
    .trimEnd()}…`;
}
