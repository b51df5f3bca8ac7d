/**
 * Matching the people Exchange prints against the owner and delegate Outlook named. Exchange prints
 * whatever identity a cmdlet formats: an SMTP address, an alias, a display name (cut off with "..."
 * in tables), a canonical name ("contoso.com/Users/Megan Bowen") or a distinguished name
 * ("CN=Megan Bowen,OU=…"). Only an address or alias identifies a person; a display name is a good
 * hint that can be shared or cut off, so those cases are reported as such rather than decided.
 *
 * All input is untrusted and may be long: every function here works in one pass over short,
 * capped strings, with no backtracking regular expressions.
 */

/** Longer identities are not something Exchange prints; they are cut before any comparison. */
const MAX_IDENTITY_LENGTH = 400;

export interface KnownPerson {
  /** SMTP addresses known for this person (Outlook's, and Exchange's PrimarySmtpAddress). */
  readonly addresses: readonly string[];
  readonly displayName?: string;
}

/** How a printed identity relates to a person; "prefix": a cut-off name ("Megan Bo...") that fits. */
export type IdentityMatch = "address" | "alias" | "name" | "prefix" | "none";

/** The person part of what Exchange printed: the last segment of a canonical name, the CN of a DN, no quotes. */
export function printedIdentity(raw: string): string {
  let value = collapseSpaces(raw.length > MAX_IDENTITY_LENGTH ? raw.slice(0, MAX_IDENTITY_LENGTH) : raw);
  value = stripQuotes(value);
  if (value.slice(0, 3).toUpperCase() === "CN=") {
    const end = value.indexOf(",");
    value = value.slice(3, end < 0 ? undefined : end);
  } else if (value.includes("/") && !value.includes("@")) {
    value = value.slice(value.lastIndexOf("/") + 1);
  }
  return value.trim();
}

export function isAddressLike(value: string): boolean {
  const at = value.indexOf("@");
  return at > 0 && at === value.lastIndexOf("@") && at < value.length - 1 && !value.includes(" ");
}

/** Cut off by a table column ("Megan Bo..." or "Megan Bo…"): the part before the dots. */
export function cutOffPrefix(value: string): string | undefined {
  if (value.endsWith("...")) return value.slice(0, -3).trimEnd();
  if (value.endsWith("…")) return value.slice(0, -1).trimEnd();
  return undefined;
}

export function matchIdentity(raw: string, person: KnownPerson): IdentityMatch {
  const printed = printedIdentity(raw);
  if (printed === "") return "none";
  const lower = printed.toLowerCase();
  const addresses = person.addresses.map((a) => a.trim().toLowerCase()).filter((a) => a !== "");
  if (isAddressLike(printed)) return addresses.includes(lower) ? "address" : "none";
  if (addresses.some((a) => a.slice(0, a.indexOf("@")) === lower)) return "alias";
  const name = person.displayName ? collapseSpaces(person.displayName).toLowerCase() : "";
  if (name === "") return "none";
  if (lower === name || sameWords(lower, name)) return "name";
  const prefix = cutOffPrefix(lower);
  if (prefix !== undefined && prefix.length > 0 && name.startsWith(prefix)) return "prefix";
  return "none";
}

/** An object id or mailbox GUID: says nothing about who it is. */
export function isOpaqueIdentity(raw: string): boolean {
  const value = printedIdentity(raw);
  if (value.length < 32) return false;
  let hex = 0;
  for (const c of value) {
    if ((c >= "0" && c <= "9") || (c >= "a" && c <= "f") || (c >= "A" && c <= "F")) hex++;
    else if (c !== "-" && c !== "_") return false;
  }
  return hex >= 32;
}

/** Same person, someone else, or cannot tell: for the mailbox a paste is about. */
export type PartyVerdict = "same" | "other" | "unsure";

/**
 * Whether a printed mailbox identity is this party. An address settles it; a name that matches
 * settles it; a name that matches the other party, or a full display name that differs from a known
 * one, is someone else; anything else (an alias we do not know, an object id) is "unsure".
 */
export function partyVerdict(raw: string, party: KnownPerson, otherParty?: KnownPerson): PartyVerdict {
  const printed = printedIdentity(raw);
  if (printed === "") return "unsure";
  const match = matchIdentity(printed, party);
  if (match === "address" || match === "alias" || match === "name") return "same";
  if (match === "prefix") return "unsure";
  if (isAddressLike(printed)) return party.addresses.length > 0 ? "other" : "unsure";
  if (otherParty) {
    const other = matchIdentity(printed, otherParty);
    if (other === "address" || other === "alias" || other === "name") return "other";
  }
  if (party.displayName && printed.includes(" ") && cutOffPrefix(printed) === undefined) return "other";
  return "unsure";
}

/** "Wilber, Alex" and "Alex Wilber": the same words in another order (directories often print Last, First). */
export function sameWords(a: string, b: string): boolean {
  const words = (v: string) =>
    v
      .toLowerCase()
      .split(",")
      .join(" ")
      .split(" ")
      .filter((w) => w !== "")
      .sort()
      .join(" ");
  const left = words(a);
  return left.includes(" ") && left === words(b);
}

function collapseSpaces(value: string): string {
  let out = "";
  let space = false;
  for (const c of value) {
    const isSpace = c === " " || c === "\t" || c === "\u00a0";
    if (isSpace) {
      space = out !== "";
    } else {
      if (space) out += " ";
      space = false;
      out += c;
    }
  }
  return out;
}

function stripQuotes(value: string): string {
  const first = value[0];
  if (value.length >= 2 && (first === '"' || first === "'") && value[value.length - 1] === first) return value.slice(1, -1);
  return value;
}
