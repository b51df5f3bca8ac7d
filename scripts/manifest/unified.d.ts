export type Json = Record<string, any>;
export interface UnifiedPackage {
  /** manifest.json */
  manifest: Json;
  /** Localization file name (nl.json, …) → contents. */
  localizations: Record<string, Record<string, string>>;
  /** The three manifests' add-in Ids. */
  ids: { manifest: string; taskpane: string; unified: string };
}
export function buildUnifiedManifest(
  xml: string,
  options: { baseUrl?: string; summaries: Readonly<Record<string, string>> & { en: string } },
): UnifiedPackage;
export function buildAppPackage(options: { root: string; baseUrl?: string; xml?: string; version?: string }): {
  manifestJson: string;
  zip: Buffer;
  package: UnifiedPackage;
  entries: { name: string; data: Buffer }[];
};
export function readSummaries(file: string): Readonly<Record<string, string>> & { en: string };
export function threePartVersion(value: string): string;
export const MANIFEST_VERSION: string;
export const SCHEMA_URL: string;
export const LOCALIZATION_SCHEMA_URL: string;
export const PACKAGE_NAME: "schedule-on-behalf.zip";
export const PACKAGE_ICONS: { readonly color: { from: string; to: string }; readonly outline: { from: string; to: string } };
export const LANGUAGES: readonly ["nl", "fr", "de"];
