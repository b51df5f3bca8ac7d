export const SIZES: readonly number[];
type Look = (size: number) => (x: number, y: number) => [number, number, number, number];
/** The app package's colour (192) and outline (32, white on transparent) icons. */
export const PACKAGE_ICONS: ReadonlyArray<{ file: string; size: number; look: Look }>;
/** Straight RGBA bytes of the icon at this pixel size (the colour icon unless another look is given). */
export function render(size: number, look?: Look): Buffer;
export const outlineScene: Look;
export function encodePng(width: number, height: number, rgba: Buffer): Buffer;
export function crc32(bytes: Buffer): number;
export function writeIcons(outDir: string): string[];
