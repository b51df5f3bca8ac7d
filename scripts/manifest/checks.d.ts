export interface Problem {
  /** The element the problem is about, as written, e.g. `<SupportsSharedFolders>` or `<bt:Url id="Taskpane.Url">`. */
  element: string;
  message: string;
}
export interface CheckOptions {
  /** Folder with the icon files; icon checks are skipped without it. */
  assetsDir?: string;
  /** Folder scanned for Office.actions.associate("name", …); handler checks are skipped without it. */
  sourceDir?: string;
  /** Folder served at the manifest's base URL (e.g. dist); every page and image URL must name a file in it. */
  baseDir?: string;
  /** Permission levels above ReadWriteItem that are deliberately allowed. */
  allowPermissions?: readonly string[];
}
export interface CheckReport {
  problems: Problem[];
  checks: number;
}
export function checkManifest(xml: string, opts?: CheckOptions): Problem[];
export function runChecks(xml: string, opts?: CheckOptions): CheckReport;
export function pngSize(bytes: Buffer): { width: number; height: number } | undefined;
export function registeredHandlers(dir: string): Set<string>;
export const OFFICE_APP_ORDER: readonly string[];
export const DESKTOP_FORM_FACTOR_ORDER: readonly string[];
export const MAIL_HOST_ORDER: readonly string[];
export const PERMISSIONS: readonly string[];
