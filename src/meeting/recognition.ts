/**
 * What tells our join block apart from everything else in a body Outlook has rewritten: the link we
 * recorded when we inserted it, or a link one of the configured providers makes for this owner, on a
 * line shaped like our block (src/body/block.ts).
 */
import type { BlockSignals } from "../body/block";
import type { Person } from "../diagnosis/types";
import { blockShape } from "./blockLabels";
import { checkHttpsUrl } from "./httpsUrl";
import type { MeetingProvider } from "./types";

export function blockSignals(providers: readonly MeetingProvider[], owner: Person | undefined): BlockSignals {
  return {
    ...blockShape(providers.map((p) => p.displayName)),
    isOurLink: (href) => providers.some((p) => p.recognises(href, owner)),
  };
}

/** The same signals, also vouching for the link recorded on the item when it is there. */
export function withRecordedLink(signals: BlockSignals, recordedJoinUrl: string | undefined): BlockSignals {
  if (recordedJoinUrl === undefined) return signals;
  return { ...signals, isOurLink: (href) => sameHttpsUrl(href, recordedJoinUrl) || signals.isOurLink(href) };
}

/** Both are https links to the same address once parsed (Outlook may re-encode or re-case the host). */
export function sameHttpsUrl(a: string, b: string): boolean {
  const left = checkHttpsUrl(a);
  const right = checkHttpsUrl(b);
  return left.ok && right.ok && left.url.href === right.url.href;
}
