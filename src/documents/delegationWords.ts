/**
 * How the verdict worked out whose calendar this is, in the reader's language: only the report shows
 * these steps, so their words are in the details part of the catalogue. Here rather than in src/i18n
 * because people's names are written by ./address.ts (display names, addresses, hostile text).
 */
import type { Messages } from "../i18n/messages";
import { nameOf, nameWithAddress, readableNameOf } from "../diagnosis/address";
import type { DelegationReason } from "../diagnosis/types";

export function delegationWords(reason: DelegationReason, t: Messages): string {
  const words = t.delegation;
  switch (reason.kind) {
    case "user":
      return words.user({ who: nameWithAddress(reason.who, reason.who.emailAddress) });
    case "user-unknown":
      return words.userUnknown({ why: t.why[reason.why] });
    case "owner":
      return words.owner({ address: nameOf({ displayName: reason.address, emailAddress: reason.address }, reason.address) });
    case "shared-unknown":
      return words.sharedUnknown({ why: t.why[reason.why] });
    case "organizer":
      return words.organizer({ who: nameWithAddress(reason.who, reason.who.emailAddress) });
    case "organizer-unknown":
      return words.organizerUnknown({ why: t.why[reason.why] });
    case "organizer-disagrees":
      return words.organizerDisagrees;
    case "self-by-owner":
      return words.selfByOwner;
    case "self-by-organizer":
      return words.selfByOrganizer;
    case "delegate-by-owner":
      return words.delegateByOwner({ owner: readableNameOf(reason.owner, reason.address) });
    case "delegate-by-organizer":
      return words.delegateByOrganizer({ owner: readableNameOf(reason.owner, reason.owner.emailAddress) });
    case "unknown-because-user":
      return words.unknownBecauseUser;
    case "unknown-because-owner":
      return words.unknownBecauseOwner;
  }
}
