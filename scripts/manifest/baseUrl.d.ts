/** The development base every manifest URL is written against. */
export const DEV_BASE_URL: "https://localhost:3000/";
/** Returns the value normalised to end with "/"; throws an Error naming ADDIN_BASE_URL for anything not a plain https URL. */
export function validateBaseUrl(value: unknown): string;
/** Replaces every https://localhost:3000/ with the validated base; undefined leaves the manifest unchanged. */
export function rewriteManifest(xml: string, baseUrl: string | undefined): string;
