/**
 * Changing what ./rememberedEvidence.ts reads: a pair's answer added or dropped, a request id issued.
 * Pure, like that file; kept apart so the pane's first download carries only the reading half (every
 * change here follows a click or a paste, after the answer is on screen; ./roamingWrites.ts uses it).
 */
import { capped, type ExchangeFinding } from "../diagnosis/evidence/finding";
import {
  keyOf,
  MAX_ADDRESS,
  MAX_DATE,
  MAX_PAIRS,
  MAX_REQUESTS,
  MAX_STORE_CHARS,
  newestFirst,
  REQUESTS_PER_PAIR,
  REQUESTS_VERSION,
  REQUEST_REUSE_DAYS,
  STORE_VERSION,
  type IssuedRequest,
  type RememberedPair,
  type StoredEvidence,
  type StoredRequests,
} from "./rememberedEvidence";

/** The store with this pair's newest answer, newest first, the oldest dropped beyond the caps. */
export function withPair(pairs: readonly RememberedPair[], pair: RememberedPair): StoredEvidence {
  const key = keyOf(pair.owner, pair.delegate);
  const next = [pair, ...pairs.filter((p) => keyOf(p.owner, p.delegate) !== key)]
    .sort((a, b) => Date.parse(b.savedAt) - Date.parse(a.savedAt))
    .slice(0, MAX_PAIRS);
  while (next.length > 1 && JSON.stringify({ version: STORE_VERSION, pairs: next }).length > MAX_STORE_CHARS) next.pop();
  return { version: STORE_VERSION, pairs: next };
}

export function withoutPair(pairs: readonly RememberedPair[], owner: string, delegate: string): StoredEvidence {
  const key = keyOf(owner, delegate);
  return { version: STORE_VERSION, pairs: pairs.filter((p) => keyOf(p.owner, p.delegate) !== key) };
}

/** What to keep of a finding: its conclusions and dates, for these two addresses. */
export function pairFrom(owner: string, delegate: string, finding: ExchangeFinding, savedAt: string): RememberedPair {
  return {
    owner: owner.slice(0, MAX_ADDRESS),
    delegate: delegate.slice(0, MAX_ADDRESS),
    savedAt,
    conclusions: { ...finding.conclusions },
    form: finding.form,
    ...(finding.ranAt ? { ranAt: finding.ranAt.slice(0, MAX_DATE) } : {}),
    pastedAt: finding.pastedAt.slice(0, MAX_DATE),
    ...(finding.accessRights ? { accessRights: capped(finding.accessRights) } : {}),
    ...(finding.sharingPermissionFlags ? { sharingPermissionFlags: capped(finding.sharingPermissionFlags) } : {}),
  };
}

/**
 * The id to send with a request for this pair: the newest one issued within REQUEST_REUSE_DAYS, else
 * a new one from newId (then `store` is what to save: it keeps the pair's last few and drops the
 * oldest beyond the cap).
 */
export function requestFor(
  requests: readonly IssuedRequest[],
  owner: string,
  delegate: string,
  now: string,
  newId: () => string,
): { readonly id: string; readonly store?: StoredRequests } {
  const key = keyOf(owner, delegate);
  const mine = newestFirst(requests.filter((r) => keyOf(r.owner, r.delegate) === key));
  const latest = mine[0];
  const age = latest ? Date.parse(now) - Date.parse(latest.issuedAt) : NaN;
  if (latest && age >= 0 && age <= REQUEST_REUSE_DAYS * 24 * 60 * 60 * 1000) return { id: latest.id };
  const id = newId();
  const issued: IssuedRequest = { owner: owner.slice(0, MAX_ADDRESS), delegate: delegate.slice(0, MAX_ADDRESS), id, issuedAt: now };
  const others = requests.filter((r) => keyOf(r.owner, r.delegate) !== key);
  const next = newestFirst([issued, ...mine.slice(0, REQUESTS_PER_PAIR - 1), ...others]).slice(0, MAX_REQUESTS);
  return { id, store: { version: REQUESTS_VERSION, requests: next } };
}

/** 16 random bytes as 32 hex digits. */
export function requestIdOf(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
