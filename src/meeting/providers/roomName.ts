import { meetingStrings } from "../strings";
import { ProviderError, type RandomBytes } from "../types";

/** 128 bits: far beyond the 80 needed to make guessing a live room hopeless. */
export const ROOM_NAME_BYTES = 16;

// Lower-case base32: Jitsi folds room names to lower case, so a mixed-case alphabet would lose bits.
const ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";

/** A fresh, unguessable room name; nothing in it comes from the meeting, the owner or the delegate. */
export function randomRoomName(random: RandomBytes): string {
  const bytes = random(ROOM_NAME_BYTES);
  // An injected source that returns short (or no) output would silently shrink the name's entropy.
  if (!isByteArray(bytes) || bytes.length < ROOM_NAME_BYTES) throw new ProviderError("randomness", meetingStrings.errors.randomness);
  return base32(bytes.subarray(0, ROOM_NAME_BYTES));
}

/** The length randomRoomName always produces: 8 bits a byte, 5 a character, rounded up. */
const ROOM_NAME_LENGTH = Math.ceil((ROOM_NAME_BYTES * 8) / 5);

/** True for a name randomRoomName could have made. */
export function isRoomName(text: string): boolean {
  return text.length === ROOM_NAME_LENGTH && /^[a-z2-7]+$/.test(text);
}

/** Not instanceof: bytes made in another frame (the dev host's, say) have another Uint8Array. */
function isByteArray(value: unknown): value is Uint8Array {
  return Object.prototype.toString.call(value) === "[object Uint8Array]";
}

function base32(bytes: Uint8Array): string {
  let out = "";
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = ((buffer << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET.charAt((buffer >> bits) & 31);
    }
  }
  if (bits > 0) out += ALPHABET.charAt((buffer << (5 - bits)) & 31);
  return out;
}
