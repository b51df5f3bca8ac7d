export const SIZES: readonly number[];
/** Straight RGBA bytes of the icon at this pixel size. */
export function render(size: number): Buffer;
export function encodePng(width: number, height: number, rgba: Buffer): Buffer;
export function crc32(bytes: Buffer): number;
export function writeIcons(outDir: string): string[];
