/**
 * Finding the delegate in lists Exchange prints: GrantSendOnBehalfTo and the calendar folder's
 * permission entries. An address, or an alias that is the delegate's address before the "@", finds
 * them; one display name that equals theirs finds them too. Two candidates, a cut-off name, a name
 * the owner shares, a list cut short or an entry that is only an object id make the answer
 * "ambiguous", with a note saying why, never a guess.
 */
import { isAddressLike, isOpaqueIdentity, type KnownPerson, matchIdentity, printedIdentity, sameWords } from "./identityMatch";

export interface ListedPerson {
  /** As printed (a name, alias, address or DN). */
  readonly listed: string;
  /**
   * Exchange's PrimarySmtpAddress for it, when the block resolved it; null when the block tried and
   * Exchange gave no single recipient; undefined when nothing tried (plain cmdlet output).
   */
  readonly address?: string | null;
}

export interface ListLookup {
  /** "found": exactly one entry is the delegate (its index); "absent": none can be. */
  readonly result: { readonly kind: "found"; readonly index: number } | { readonly kind: "absent" } | { readonly kind: "ambiguous" };
  readonly notes: readonly string[];
}

export interface LookupOptions {
  /** The listing itself says it was cut short ("{a, b, c, d...}"). */
  readonly truncated?: boolean;
  /** What the list is, for the notes ("GrantSendOnBehalfTo"). */
  readonly what: string;
}

export function findDelegate(
  entries: readonly ListedPerson[],
  delegate: KnownPerson,
  owner: KnownPerson,
  options: LookupOptions,
): ListLookup {
  const strong: number[] = [];
  const byName: number[] = [];
  const cutOff: number[] = [];
  /** Names like the delegate's that the block resolved to another address, or could not resolve to one recipient. */
  const doubtful: number[] = [];
  let unreadable = 0;
  entries.forEach((entry, index) => {
    if (entry.address && matchIdentity(entry.address, delegate) === "address") {
      strong.push(index);
      return;
    }
    const match = matchIdentity(entry.listed, delegate);
    if (match === "address" || match === "alias") strong.push(index);
    else if (match === "name" && entry.address !== undefined) doubtful.push(index);
    else if (match === "name") byName.push(index);
    else if (match === "prefix") cutOff.push(index);
    else if (!entry.address && isOpaqueIdentity(entry.listed)) unreadable++;
  });
  const notes: string[] = [];
  // An address or alias names one mailbox, so several such entries are the same person.
  if (strong.length > 0) return { result: { kind: "found", index: strong[0] as number }, notes };
  if (doubtful.length > 0) {
    notes.push(
      `${options.what}: "${printedIdentity(entries[doubtful[0] as number]?.listed ?? "")}" has the delegate's name, but Exchange did not resolve it to the delegate's address (another person of that name, or a name that matches several), so the list does not say whether it is the delegate.`,
    );
    return { result: { kind: "ambiguous" }, notes };
  }
  const delegateName = delegate.displayName ?? "";
  const sharedWithOwner =
    byName.length > 0 && delegateName !== "" && matchIdentity(delegateName, { addresses: [], displayName: owner.displayName }) === "name";
  if (byName.length === 1 && cutOff.length === 0 && !sharedWithOwner) {
    return { result: { kind: "found", index: byName[0] as number }, notes };
  }
  if (byName.length > 1 || sharedWithOwner) {
    notes.push(
      `${options.what}: the display name "${printedIdentity(delegateName)}" is listed more than once or is shared, so Exchange's list does not say which person it is.`,
    );
    return { result: { kind: "ambiguous" }, notes };
  }
  if (byName.length + cutOff.length > 0) {
    notes.push(
      `${options.what}: a name cut off by the table ("${printedIdentity(entries[cutOff[0] as number]?.listed ?? "")}") may be the delegate; ask for Format-List output.`,
    );
    return { result: { kind: "ambiguous" }, notes };
  }
  // "{Bowen, Megan, Vance, Adele}": a "Last, First" name was split at its comma with the list.
  const split = delegate.displayName
    ? entries.some((entry, i) => {
        const next = entries[i + 1];
        return next !== undefined && sameWords(`${entry.listed}, ${next.listed}`, delegate.displayName as string);
      })
    : false;
  if (split) {
    notes.push(`${options.what}: the list seems to hold names written "Last, First", so it cannot be split into people reliably.`);
    return { result: { kind: "ambiguous" }, notes };
  }
  if (options.truncated) {
    notes.push(`${options.what}: the list was cut short ("..."), so the delegate may be among the entries not shown.`);
    return { result: { kind: "ambiguous" }, notes };
  }
  if (unreadable > 0) {
    notes.push(
      `${options.what}: ${unreadable} entr${unreadable === 1 ? "y is" : "ies are"} only an object id, which could be the delegate.`,
    );
    return { result: { kind: "ambiguous" }, notes };
  }
  const unresolvedNames = entries.some((e) => !e.address && !isAddressLike(printedIdentity(e.listed)));
  if (unresolvedNames && !delegate.displayName) {
    notes.push(`${options.what}: entries are names and the delegate's display name is unknown, so they cannot be compared.`);
    return { result: { kind: "ambiguous" }, notes };
  }
  return { result: { kind: "absent" }, notes };
}
