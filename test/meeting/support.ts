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
 * Independent of the implementation (issue 29): htmlparser2 on its own says whether the first body
 * element is closed by its own "</body>" tag; the block goes right before that tag (found from the
 * text: the last case-insensitive "</body" before the tag's ">" with no ">" between), else at the end.
 */
export function expectedHtmlInsertionPoint(b: string): number {
  let depth = 0;
  let opened = false;
  let done = false;
  let at: number | undefined;
  const parser: Parser = new Parser(
    {
      onopentag(name) {
        if (name !== "body" || done) return;
        opened = true;
        depth++;
      },
      onclosetag(name, isImplied) {
        if (name !== "body" || !opened || done) return;
        if (--depth > 0) return;
        done = true;
        if (isImplied) return;
        const end = parser.endIndex;
        for (const match of b.slice(0, end).matchAll(/<\/body/gi)) {
          if (!b.slice(match.index, end).includes(">")) {
            at = match.index;
            break;
          }
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(b);
  return at ?? b.length;
}
