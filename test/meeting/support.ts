import { randomBytes } from "node:crypto";
import { Parser } from "htmlparser2";
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

/**
 * Independent of the implementation (issue 29): htmlparser2 on its own says where the first body
 * element's content ends (its close tag, or what closes it); the end of the body without one.
 */
export function expectedHtmlInsertionPoint(b: string): number {
  let depth = 0;
  let opened = false;
  let end: number | undefined;
  const parser: Parser = new Parser(
    {
      onopentag(name) {
        if (name !== "body" || end !== undefined) return;
        if (!opened) opened = true;
        depth++;
      },
      onclosetag(name) {
        if (name !== "body" || !opened || end !== undefined) return;
        if (--depth === 0) end = parser.startIndex;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(b);
  // After an unterminated comment the parser's index runs one past the end.
  return Math.min(end ?? b.length, b.length);
}
