import { randomBytes } from "node:crypto";
import type { Person } from "../../src/diagnosis/types";
import type { RandomBytes } from "../../src/meeting/types";

export const OWNER: Person = { emailAddress: "alex.wilber@contoso.com", displayName: "Alex Wilber" };
export const DELEGATE: Person = { emailAddress: "sam.assistant@contoso.com", displayName: "Sam Assistant" };

/** The real thing, as production passes crypto.getRandomValues. */
export const cryptoRandom: RandomBytes = (length) => new Uint8Array(randomBytes(length));

/** Deterministic and distinct per call, so tests can tell calls apart without luck. */
export function countingRandom(): RandomBytes & { readonly requests: number[] } {
  let call = 0;
  const requests: number[] = [];
  const random = (length: number) => {
    requests.push(length);
    call += 1;
    return Uint8Array.from({ length }, (_, i) => (call * 31 + i * 7) & 0xff);
  };
  return Object.assign(random, { requests });
}
