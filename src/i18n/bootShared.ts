/**
 * taskpane.js's boot words: the table frame.js published (./boot.ts, publishBootText), so the first
 * download carries the four languages once. When frame.js did not run (it failed to download, or a
 * test mounts the pane alone), or published something unusable, English.
 */
import { BOOT_TEXT_GLOBAL, EN_BOOT, type BootText } from "./bootEn";

const KEYS: readonly (keyof BootText)[] = ["reading", "notInOutlook", "officeMissing", "filesMissing", "crashTitle", "crashBody"];

export function bootTextOf(tag: unknown): BootText {
  const published = (globalThis as Record<string, unknown>)[BOOT_TEXT_GLOBAL];
  if (typeof published !== "function") return EN_BOOT;
  try {
    const text: unknown = published(tag);
    return isBootText(text) ? text : EN_BOOT;
  } catch {
    return EN_BOOT;
  }
}

function isBootText(value: unknown): value is BootText {
  if (typeof value !== "object" || value === null) return false;
  const record = value as Record<string, unknown>;
  return KEYS.every((key) => typeof record[key] === "string" && record[key] !== "");
}
