/**
 * Addresses and names as Outlook reports them. Everything here treats its input as untrusted:
 * display names and addresses come from other people's mailboxes and may contain anything.
 */
import { nameForms } from "./personName";
import type { Person } from "../kernel/people";

/** RFC 5321 limit; anything longer is not an address Exchange would accept. */
const MAX_ADDRESS_LENGTH = 254;
/** Long enough for real names, short enough that a hostile one cannot flood the pane or a subject. */
const MAX_NAME_LENGTH = 80;

/**
 * Deliberately narrower than RFC 5322: ASCII letters, digits and . _ % + ' - before the @, DNS
 * labels after it. Every character that is special to PowerShell inside single quotes (only the
 * quote itself, and the Unicode quotes PowerShell also honours) is either excluded or doubled by
 * the quoting helper, so an address that passes can be pasted into a command safely.
 */
const PLAUSIBLE_ADDRESS =
  /^[A-Za-z0-9_%+'-]+(?:\.[A-Za-z0-9_%+'-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$/;

/** Exchange compares SMTP addresses case-insensitively; Outlook sometimes adds stray spaces. */
export function normalizeAddress(address: string): string {
  return address.trim().toLowerCase();
}

/** True when both are present and name the same mailbox. Empty never equals empty: nobody is not someone. */
export function sameAddress(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  const left = normalizeAddress(a);
  return left !== "" && left === normalizeAddress(b);
}

/** A conservative "looks like an SMTP address we could put in a command" test (after trimming). */
export function isPlausibleAddress(candidate: string | undefined): candidate is string {
  if (candidate === undefined) return false;
  const trimmed = candidate.trim();
  return trimmed.length <= MAX_ADDRESS_LENGTH && PLAUSIBLE_ADDRESS.test(trimmed);
}

/**
 * Makes untrusted text safe for one line of plain text: control and formatting characters
 * (newlines, bidi overrides, zero-width joiners) become spaces, runs of spaces collapse, and the
 * result is capped so a hostile name cannot spoof extra lines or reorder what surrounds it.
 */
export function singleLine(text: string, maxLength = MAX_NAME_LENGTH): string {
  const flattened = text
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, " ")
    .replace(/\s+/gu, " ")
    .trim();
  if (flattened.length <= maxLength) return flattened;
  // Cut on a code point boundary so a surrogate pair is never split.
  return `${Array.from(flattened)
    .slice(0, maxLength - 1)
    .join("")
    .trimEnd()}…`;
}

/** The name to show for a person: their display name, else their address, else the fallback. */
export function nameOf(person: Person | undefined, fallback: string): string {
  if (!person) return fallback;
  return singleLine(person.displayName) || singleLine(person.emailAddress, MAX_ADDRESS_LENGTH) || fallback;
}

/** The display name when there is one worth parsing; an address or nothing gives undefined. */
function displayNameOf(person: Person | undefined): string | undefined {
  const name = person ? singleLine(person.displayName) : "";
  // An address stands as it is; "Alex Wilber <alex@contoso.com>" is a name with an address after it.
  return name && !/^\S+@\S+$/u.test(name) ? name : undefined;
}

/**
 * The given name for friendly sentences ("Alex's calendar") whatever the directory's shape ("Wilber,
 * Alex", "Dr. Alex Wilber", "DUPONT Jean"; see ./personName.ts); the full name when the shape is not
 * sure, the address when the name is empty.
 */
export function shortNameOf(person: Person | undefined, fallback: string): string {
  const name = displayNameOf(person);
  return name ? nameForms(name).short : nameOf(person, fallback);
}

/** The whole name in reading order ("Alex Wilber" for "Wilber, Alex"), else the address, else the fallback. */
export function readableNameOf(person: Person | undefined, fallback: string): string {
  const name = displayNameOf(person);
  return name ? nameForms(name).full : nameOf(person, fallback);
}

/** Whom a greeting names: the given name and the full name without Mr/Herr/Mme; undefined without a real name. */
export function greetingNamesOf(person: Person | undefined): { readonly owner: string; readonly ownerFull: string } | undefined {
  const name = displayNameOf(person);
  if (!name) return undefined;
  const forms = nameForms(name);
  // Nobody is greeted by an address.
  if (forms.short.includes("@")) return undefined;
  return { owner: forms.short, ownerFull: forms.fullWithoutHonorific };
}

/** "Alex Wilber (alex@contoso.com)", or just one of them when the other is missing or the same. */
export function nameWithAddress(person: Person | undefined, fallback: string): string {
  if (!person) return fallback;
  const name = singleLine(person.displayName);
  const address = singleLine(person.emailAddress, MAX_ADDRESS_LENGTH);
  if (name && address && !sameAddress(name, address)) return `${name} (${address})`;
  return name || address || fallback;
}

/** English possessive; "James's" is the modern house style and also reads right after an address. */
export function possessive(name: string): string {
  return `${name}'s`;
}
