import type { OfficeLike } from "./officeShape";

/** Office passes its theme colours; a dark body background means the user chose a dark theme. */
export function prefersDarkTheme(office: OfficeLike | undefined): boolean {
  const color = office?.context?.officeTheme?.bodyBackgroundColor;
  if (typeof color !== "string") return false;
  const match = /^#?([0-9a-f]{6})$/i.exec(color.trim());
  if (!match?.[1]) return false;
  const value = parseInt(match[1], 16);
  const r = (value >> 16) & 255;
  const g = (value >> 8) & 255;
  const b = value & 255;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
}
