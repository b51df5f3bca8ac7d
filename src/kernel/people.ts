/**
 * The people a diagnosis is about, as words the domain, the catalogues and the meeting code all use.
 * This folder imports nothing: src/diagnosis and src/i18n both depend on it, never on each other's
 * types for these (test/architecture/imports.test.ts holds that line).
 */

export interface Person {
  /** Primary SMTP address as Outlook reported it (not normalised; compare with sameAddress). */
  readonly emailAddress: string;
  readonly displayName: string;
}

/** Who is involved, as far as we know them; missing addresses become readable placeholders in remedies. */
export interface Parties {
  readonly owner?: Person;
  readonly delegate?: Person;
  readonly helpdesk?: string;
}

/** Who has to act on a remedy. */
export type Actor = "owner" | "admin" | "you";
