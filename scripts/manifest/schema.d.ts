/** The schema URL a manifest of this version must declare, and an offline validator (error strings, empty when valid). */
export function schemaFor(
  manifestVersion: string,
  kind: "manifest" | "localization",
): { url: string; validate: (json: unknown) => string[] };
