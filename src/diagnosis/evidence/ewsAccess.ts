/**
 * Whether Exchange's EWS settings let Teams' scheduling service reach the owner's mailbox.
 *
 * Facts (see /shared/docs/delegation-facts.md and the sources in the tests):
 * - Since April 2025 Exchange Online allows EWS only when neither the organisation's nor the
 *   mailbox's EwsEnabled is False; null at the mailbox means "not enforced there". An unset (null)
 *   organisation EwsEnabled was switched to blocked on 1 October 2026 unless an allow list is set,
 *   by one account, and stays allowed by another: it is "unknown" here, never "allowed".
 * - EwsApplicationAccessPolicy EnforceAllowList admits only user agents matching an EwsAllowList
 *   entry (an empty list admits nothing); EnforceBlockList admits all but matches of EwsBlockList.
 * - For delegates, Microsoft's Teams troubleshooting article asks for "*SchedulingService*" in the
 *   allow list of the organisation and of the delegator's mailbox. The scheduling service's full
 *   user agent is not documented; the Teams calendar app's is "MicrosoftNinja/… Teams/…
 *   SkypeSpaces/…". So an entry is known to admit the scheduling service only when it matches every
 *   user agent containing "SchedulingService"; an entry that matches the calendar app's agent or
 *   mentions scheduling might, which is "unknown".
 */

/** The Teams calendar app's EWS user agent, as reported in Microsoft support cases. */
export const TEAMS_USER_AGENT = "MicrosoftNinja/1.0 Teams/1.0 (ExchangeServicesClient/0.0.0.0) SkypeSpaces/1.0a$*+";
/** The part of the scheduling service's user agent Microsoft's article names. */
export const SCHEDULING_SERVICE = "SchedulingService";

/** Entries longer than this are not user-agent patterns; they are not trusted to match anything. */
const MAX_PATTERN = 256;

export type ListVerdict = "admits" | "refuses" | "unsure";

/** Wildcard match where "*" stands for any run of characters (EWS allow and block list entries). */
export function wildcardMatch(pattern: string, text: string, ignoreCase = false): boolean {
  const p = ignoreCase ? pattern.toLowerCase() : pattern;
  const s = ignoreCase ? text.toLowerCase() : text;
  // Greedy two-pointer matching with one remembered star: O(p·s) worst case on short strings.
  let pi = 0;
  let si = 0;
  let star = -1;
  let mark = 0;
  while (si < s.length) {
    if (pi < p.length && p[pi] !== "*" && p[pi] === s[si]) {
      pi++;
      si++;
    } else if (pi < p.length && p[pi] === "*") {
      star = pi++;
      mark = si;
    } else if (star >= 0) {
      pi = star + 1;
      si = ++mark;
    } else {
      return false;
    }
  }
  while (pi < p.length && p[pi] === "*") pi++;
  return pi === p.length;
}

/** True when the entry matches every user agent that contains "SchedulingService" ("*SchedulingService*", "*Service*", "*"). */
function admitsEverySchedulingAgent(entry: string, ignoreCase: boolean): boolean {
  return entry.startsWith("*") && entry.endsWith("*") && wildcardMatch(entry, SCHEDULING_SERVICE, ignoreCase);
}

function mightConcernTeams(entry: string): boolean {
  const lower = entry.toLowerCase();
  return (
    wildcardMatch(entry, TEAMS_USER_AGENT, true) ||
    lower.includes("scheduling") ||
    lower.includes("teams") ||
    lower.includes("ninja") ||
    lower.includes("skypespaces")
  );
}

function usable(list: readonly string[]): string[] {
  return list.map((e) => e.trim()).filter((e) => e !== "" && e.length <= MAX_PATTERN);
}

/** Under EnforceAllowList: does the allow list admit the scheduling service? */
export function allowListVerdict(list: readonly string[] | null): ListVerdict {
  const entries = usable(list ?? []);
  if (entries.some((e) => admitsEverySchedulingAgent(e, false))) return "admits";
  // A case-only difference, or an entry for the Teams calendar app: Microsoft does not say.
  if (entries.some((e) => admitsEverySchedulingAgent(e, true) || mightConcernTeams(e))) return "unsure";
  return "refuses";
}

/** Under EnforceBlockList: does the block list refuse the scheduling service? */
export function blockListVerdict(list: readonly string[] | null): ListVerdict {
  const entries = usable(list ?? []);
  if (entries.some((e) => admitsEverySchedulingAgent(e, true))) return "refuses";
  if (entries.some(mightConcernTeams)) return "unsure";
  return "admits";
}

export type EwsPart = "allowed" | "blocked" | "unknown";

/** One level's application policy; undefined values were not seen. */
export function policyVerdict(
  policy: string | null | undefined,
  allowList: readonly string[] | null | undefined,
  blockList: readonly string[] | null | undefined,
): EwsPart {
  if (policy === undefined) return "unknown";
  if (policy === null || policy.trim() === "") return "allowed";
  const normalised = policy.trim().toLowerCase();
  if (normalised === "enforceallowlist") {
    if (allowList === undefined) return "unknown";
    return fromList(allowListVerdict(allowList));
  }
  if (normalised === "enforceblocklist") {
    if (blockList === undefined) return "unknown";
    return fromList(blockListVerdict(blockList));
  }
  return "unknown";
}

function fromList(verdict: ListVerdict): EwsPart {
  return verdict === "admits" ? "allowed" : verdict === "refuses" ? "blocked" : "unknown";
}
