/** package.json's "version" (x.y.z), read afresh; throws when it is not three numbers. */
export function addinVersion(): string;
/** The value, when it is x.y.z; throws otherwise. */
export function checkedVersion(value: unknown): string;
/** x.y.z → x.y.z.0, the XML manifests' <Version>. */
export function xmlVersion(version: string): string;
/** The manifest with its one <Version> set to x.y.z.0. */
export function withVersion(xml: string, version: string): string;
/** schedule-on-behalf-x.y.z: the release folder's name and the app package's file name stem. */
export function releaseName(version: string): string;
