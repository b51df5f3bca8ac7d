/** Every file under dir as "/"-separated relative paths, in byte order. */
export function listFiles(dir: string): string[];
/** Where each build file goes in the release (site/, the manifests, the versioned app package, audit/). */
export function planRelease(buildFiles: readonly string[], version: string): { from: string; to: string }[];
/** sha256sum's format: "<hex>  <path>\n" per file, sorted by path. */
export function sha256sums(files: ReadonlyArray<{ path: string; data: Buffer }>): string;
/** Writes release/<name>/ from a production build and returns its files and SHA256SUMS. */
export function assembleRelease(options: { buildDir: string; releaseRoot: string; repoRoot: string; version: string }): {
  dir: string;
  files: string[];
  sums: string;
};
export const AUDIT_FOLDER: "audit";
export const SITE_FOLDER: "site";
export const SUMS_FILE: "SHA256SUMS";
export const DOCUMENTS: string[];
