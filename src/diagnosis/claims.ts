/**
 * The one rule for "this meeting says it is online, so it must carry a way to join": what the
 * location and body claim (a service's meeting phrase, a service's bare name as the location, our
 * own block), which join links the meeting holds, and which claims no link satisfies. The send-time
 * check (sendGuard.ts, src/launchevent) and the pane (src/office reads, src/taskpane warns) both use
 * it, so the pane warns about exactly what Send would stop.
 *
 * Pure: no Office, no DOM, no clock. It also runs inside classic Outlook's JavaScript-only runtime
 * (bundled into launchevent.js), so it sticks to ES2017-era library calls: no DOMParser, no URL,
 * no matchAll/replaceAll, no regex lookbehind or \p{…}. The body is read with src/body, the same
 * DOM-free parser the taskpane edits with, so both agree on what the block and its link are.
 *
 * Every rule leans towards "satisfied": under SoftBlock a false positive stops a real send.
 */
import { labelledJoinLinksSteps } from "../body/block";
import { descendantsSteps, parseHtml, parseHtmlSteps, type ElementNode, type Node } from "../body/parse";
import { runNow, type Steps } from "../body/steps";
import { anchorsSteps, unique, urlsInText, urlsInTextSteps, visibleText as visibleTextOf, visibleTextSteps } from "../body/text";
import { MAX_URL_CHARS } from "../body/work";
import { blockShape } from "../meeting/blockLabels";
import { BLOCK_ID, HTML_BLOCK_BEGIN, HTML_BLOCK_END, TEXT_BLOCK_BEGIN, TEXT_BLOCK_END } from "../meeting/marker";
import { LOCALIZED_CLAIM_PHRASES } from "./claimPhrases";
import type { ServiceKind } from "./types";

export type BodyType = "html" | "text";

/** A service whose join links we can recognise ("other" is only claimed by our own block). */
export type JoinService = Exclude<ServiceKind, "other">;

/** What made us think the meeting is online, quoted back so a false positive is easy to fix. */
export interface Claim {
  readonly service: ServiceKind;
  readonly where: "location" | "body";
  readonly quote: string;
}

export interface LinkOptions {
  readonly jitsiHosts?: readonly string[];
}

export interface ClaimInput {
  readonly location: string;
  readonly body: string;
  readonly bodyType: BodyType;
  /** Self-hosted Jitsi servers (host names) besides meet.jit.si, from organisation configuration. */
  readonly jitsiHosts?: readonly string[];
}

/**
 * Claims that no join link in the meeting satisfies, location first. A claim is satisfied by a
 * recognised join link of its own service anywhere in the body or location. Our block (the "other"
 * claim) is satisfied by an https link inside it, or any recognised join link elsewhere. A body claim
 * next to our block with a working link is satisfied too: body prose mentions services ("last time's
 * Teams meeting"), and the block is the join information the user chose. A LOCATION claim is not:
 * the location is what invitees' calendars show as where to join, so "Microsoft Teams Meeting" there
 * with only a Jitsi link sends them looking for a Teams link that does not exist.
 */
export function unmetClaims(input: ClaimInput): Claim[] {
  return runNow(unmetClaimsSteps(input));
}

/**
 * unmetClaims in slices (src/body/steps.ts), for callers that must stay responsive or keep a time
 * limit. `parsed` is the body's tree when the caller has parsed it already (the pane does).
 */
export function* unmetClaimsSteps(input: ClaimInput, parsed?: ElementNode): Steps<Claim[]> {
  const body = yield* readBodySteps(input.body, input.bodyType, parsed);
  const claims = findClaims(input.location, body.text, body.hasMarker);
  if (claims.length === 0) return [];

  const options: LinkOptions = { jitsiHosts: input.jitsiHosts ?? [] };
  const present = new Set<JoinService>();
  for (const link of body.links.concat(extractLinks(input.location, "text"))) {
    const service = joinLinkService(link, options);
    if (service) present.add(service);
  }
  // Our block's link matters only to a claim no recognised link meets, so the costliest read (the
  // block's shape around every link) runs only then.
  const needsBlock = claims.some((claim) =>
    claim.service === "other" ? present.size === 0 : !present.has(claim.service) && claim.where === "body",
  );
  const blockHasLink = needsBlock && (yield* body.blockLinks()).some(isHttpsLink);
  return claims.filter((claim) => {
    if (claim.service === "other") return !blockHasLink && present.size === 0;
    if (present.has(claim.service)) return false;
    return !(claim.where === "body" && blockHasLink);
  });
}

/**
 * The location without the claimed words, everything else kept byte for byte: only the
 * ";"-separated part holding the claim changes, and a part left empty (or only punctuation) is
 * dropped with its separator. Undefined when the quote is not (or no longer) in the location.
 */
export function locationWithoutClaim(location: string, quote: string): string | undefined {
  const wanted = normalizeSpace(quote).toLowerCase();
  if (wanted === "") return undefined;
  const parts = location.split(";");
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    const at = spacedIndexOf(part, wanted);
    if (!at) continue;
    // Close the gap: separators that only joined the claim to what follows go with it; what joined
    // it to what precedes stays as the joint ("HQ, Zoom meeting, floor 3" → "HQ, floor 3").
    const before = part.slice(0, at.start);
    const after = part.slice(at.end).replace(/^[\s\u00a0,:\-\u2013\u2014]+/, "");
    const rest =
      after === "" ? trimEnd(before, SEPARATORS) : before.trim() === "" ? (/^\s*/.exec(before)?.[0] ?? "") + after : before + after;
    const kept = /^[\s\u00a0()[\]{}"'.]*$/.test(rest) ? parts.filter((_, j) => j !== i) : parts.map((p, j) => (j === i ? rest : p));
    return trimEnd(kept.join(";").replace(/^[\s\u00a0;]+/, ""), `${WHITE_SPACE};`);
  }
  return undefined;
}

/** Where `wanted` (lower case, single spaces) occurs in `text`, whatever its runs of white space. */
function spacedIndexOf(text: string, wanted: string): { start: number; end: number } | undefined {
  const words = wanted.split(" ").map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const match = new RegExp(words.join("[\\s\\u00a0]+"), "i").exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : undefined;
}

/**
 * How far past a begin marker we look for the block's link when the end marker is gone (Outlook may
 * drop HTML comments). Our block is a few short lines plus one link of at most 2,048 characters.
 */
const BLOCK_SCAN_CHARS = 6000;

// ---------------------------------------------------------------------------------------------
// Claims

/**
 * Phrases that say "this is an online meeting of service X". A following "room"/"rooms" cancels the
 * claim: "Teams Meeting Room 2" and "Zoom Meeting Room" are physical rooms. Plurals ("Teams
 * meetings") are prose, not a venue, so \b after "meeting" deliberately refuses them.
 */
export const CLAIM_PHRASES: ReadonlyArray<{ readonly service: JoinService; readonly pattern: RegExp }> = [
  { service: "teams", pattern: /\b(?:microsoft\s+)?teams\s+meeting\b(?!\s*rooms?\b)/i },
  { service: "skype", pattern: /\b(?:skype(?:\s+for\s+business)?|lync)\s+meeting\b(?!\s*rooms?\b)/i },
  { service: "zoom", pattern: /\bzoom\s+(?:meeting|webinar)\b(?!\s*rooms?\b)/i },
  { service: "webex", pattern: /\b(?:cisco\s+)?webex\s+(?:meeting|webinar)\b(?!\s*rooms?\b)/i },
  { service: "jitsi", pattern: /\bjitsi\s+meet(?:ing)?\b(?!\s*rooms?\b)/i },
  ...LOCALIZED_CLAIM_PHRASES,
];

/**
 * A location part that is nothing but a service's name is a venue ("Zoom", "Microsoft Teams"). The
 * bare name in a body is not ("zoom in on Q3", a colleague called Zoom), nor is "Zoom Room 3".
 */
const LOCATION_NAMES: Readonly<Record<string, JoinService>> = {
  teams: "teams",
  "microsoft teams": "teams",
  skype: "skype",
  "skype for business": "skype",
  lync: "skype",
  zoom: "zoom",
  webex: "webex",
  "cisco webex": "webex",
  jitsi: "jitsi",
  "jitsi meet": "jitsi",
};

/** Claims in the order they should be reported: location first (what invitees see first), then body. */
export function findClaims(location: string, bodyText: string, bodyHasMarker: boolean): Claim[] {
  const claims: Claim[] = [];
  const add = (claim: Claim): void => {
    if (!claims.some((c) => c.service === claim.service)) claims.push(claim);
  };

  // Outlook joins several locations with "; ".
  for (const part of location.split(";")) {
    let name = normalizeSpace(part)
      .toLowerCase()
      .replace(/^[\s([{"'-]+/, "");
    name = trimEnd(name, `${WHITE_SPACE})]}"'.,:-`);
    const service = LOCATION_NAMES[name];
    if (service) add({ service, where: "location", quote: normalizeSpace(part) });
  }
  for (const claim of phraseClaims(location, "location")) add(claim);
  for (const claim of phraseClaims(bodyText, "body")) add(claim);
  if (bodyHasMarker) add({ service: "other", where: "body", quote: "Schedule on behalf" });
  return claims;
}

function phraseClaims(text: string, where: Claim["where"]): Claim[] {
  const normalized = normalizeSpace(text);
  const found: Array<{ index: number; claim: Claim }> = [];
  for (const { service, pattern } of CLAIM_PHRASES) {
    const match = pattern.exec(normalized);
    if (match) found.push({ index: match.index, claim: { service, where, quote: match[0] } });
  }
  return found.sort((a, b) => a.index - b.index).map((f) => f.claim);
}

// ---------------------------------------------------------------------------------------------
// Body reading (src/body: one parser for the pane and this check)

interface BodyFacts {
  /** Visible text, entities decoded. */
  readonly text: string;
  /** Every http(s) link: hrefs and links written out in the text. */
  readonly links: readonly string[];
  /** Links found inside our own inserted block(s); read only when asked for. */
  readonly blockLinks: () => Steps<readonly string[]>;
  readonly hasMarker: boolean;
}

/** Our block's shape in every language; the check has no configuration, so built-in names only. */
const SHAPE = blockShape();

function* readBodySteps(body: string, type: BodyType, parsed: ElementNode | undefined): Steps<BodyFacts> {
  if (type === "text") {
    const regions = textBlockRegions(body);
    const links = yield* urlsInTextSteps(body);
    return {
      text: body,
      links,
      // At most MAX_BLOCKS regions of BLOCK_SCAN_CHARS each: no slices needed.
      // eslint-disable-next-line require-yield
      blockLinks: function* () {
        return flatten(regions.map((region) => urlsInText(region)));
      },
      hasMarker: regions.length > 0,
    };
  }
  const root = parsed ?? (yield* parseHtmlSteps(body));
  yield;
  const text = yield* visibleTextSteps(root);
  yield;
  const marked = yield* markedBlockLinksSteps(root);
  // A plain-text block pasted into an HTML body still counts as ours.
  const textRegions = textBlockRegions(text);
  const hrefs = yield* hrefsOfSteps(root);
  const written = yield* urlsInTextSteps(text);
  return {
    text,
    links: unique(hrefs.concat(written)),
    // Outlook on the web and classic Windows drop our markers; the block's visible shape survives.
    blockLinks: function* () {
      const labelled = yield* labelledJoinLinksSteps(root, SHAPE);
      return unique(marked.links.concat(labelled, flatten(textRegions.map((region) => urlsInText(region)))));
    },
    hasMarker: marked.found || textRegions.length > 0,
  };
}

/** Every http(s) link in a body or location, entities decoded, in order, without repeats. */
export function extractLinks(content: string, type: BodyType): string[] {
  return runNow(extractLinksSteps(content, type));
}

export function* extractLinksSteps(content: string, type: BodyType): Steps<string[]> {
  if (type === "text") return yield* urlsInTextSteps(content);
  const root = yield* parseHtmlSteps(content);
  const hrefs = yield* hrefsOfSteps(root);
  return unique(hrefs.concat(yield* urlsInTextSteps(yield* visibleTextSteps(root))));
}

/** Visible text of a body: for HTML, tags, comments, head, style and script dropped and entities decoded. */
export function visibleText(content: string, type: BodyType): string {
  return type === "text" ? content : visibleTextOf(parseHtml(content));
}

function* hrefsOfSteps(root: ElementNode): Steps<string[]> {
  return (yield* anchorsSteps(root)).map((a) => a.href).filter((href) => href.length <= MAX_URL_CHARS && /^https?:\/\//i.test(href));
}

const MAX_BLOCKS = 20;

/**
 * Links inside blocks still carrying our markers: a begin/end comment pair, or the wrapper's data
 * attribute (Outlook may keep one and drop the other). A begin marker whose end was lost covers what
 * follows it for BLOCK_SCAN_CHARS.
 */
function* markedBlockLinksSteps(root: ElementNode): Steps<{ found: boolean; links: string[] }> {
  const ranges: Array<{ start: number; end: number }> = [];
  const nodes = yield* descendantsSteps(root);
  // Where the next end marker is after each node, found in one pass from the end: a body with many
  // begin markers then costs one read, not one per marker.
  const nextEnd: Array<Node | undefined> = new Array<Node | undefined>(nodes.length);
  let end: Node | undefined;
  for (let i = nodes.length - 1; i >= 0; i--) {
    nextEnd[i] = end;
    const node = nodes[i] as Node;
    if (node.kind === "comment" && node.data.trim().toLowerCase() === END_DATA) end = node;
  }
  for (let i = 0; i < nodes.length && ranges.length < MAX_BLOCKS; i++) {
    const node = nodes[i] as Node;
    if (node.kind === "element" && node.attributes[`data-${BLOCK_ID}`] !== undefined) ranges.push({ start: node.start, end: node.end });
    if (node.kind !== "comment" || node.data.trim().toLowerCase() !== BEGIN_DATA) continue;
    const close = nextEnd[i];
    ranges.push({ start: node.start, end: close ? close.end : node.end + BLOCK_SCAN_CHARS });
  }
  if (ranges.length === 0) return { found: false, links: [] };
  const links = (yield* anchorsSteps(root))
    .filter((a) => ranges.some((r) => r.start <= a.element.start && a.element.start < r.end))
    .map((a) => a.href);
  return { found: true, links };
}

const BEGIN_DATA = HTML_BLOCK_BEGIN.slice("<!--".length, -"-->".length).toLowerCase();
const END_DATA = HTML_BLOCK_END.slice("<!--".length, -"-->".length).toLowerCase();

function textBlockRegions(text: string): string[] {
  const regions: string[] = [];
  let from = 0;
  while (regions.length < MAX_BLOCKS) {
    const start = text.indexOf(TEXT_BLOCK_BEGIN, from);
    if (start === -1) break;
    const close = text.indexOf(TEXT_BLOCK_END, start + TEXT_BLOCK_BEGIN.length);
    const stop = close === -1 ? Math.min(text.length, start + BLOCK_SCAN_CHARS) : close + TEXT_BLOCK_END.length;
    regions.push(text.slice(start, stop));
    from = stop;
  }
  return regions;
}

// ---------------------------------------------------------------------------------------------
// Links

interface HttpsParts {
  readonly host: string;
  /** Lower-cased path without query or fragment, "/" when absent. */
  readonly path: string;
  readonly query: string;
}

/** Only https counts: an http join link is what a careless paste looks like, not what a service issues. */
function splitHttpsUrl(url: string): HttpsParts | undefined {
  const match = /^https:\/\/([^/?#\s]+)([^?#\s]*)(\?[^#\s]*)?/i.exec(url.trim());
  if (!match?.[1]) return undefined;
  const authority = match[1];
  // "https://teams.microsoft.com@evil.example/…" goes to evil.example: never a join link.
  if (authority.indexOf("@") !== -1) return undefined;
  const host = authority.replace(/:\d*$/, "").replace(/\.$/, "").toLowerCase();
  if (host === "") return undefined;
  return { host, path: (match[2] || "/").toLowerCase(), query: match[3] ?? "" };
}

export function isHttpsLink(url: string): boolean {
  return splitHttpsUrl(url) !== undefined;
}

function isHost(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** Which service's join link this is, or undefined when it is not an https join link we know. */
export function joinLinkService(url: string, options: LinkOptions = {}): JoinService | undefined {
  const parts = splitHttpsUrl(url);
  if (!parts) return undefined;
  const { host, path } = parts;

  // Pasted from a received mail, links arrive wrapped by Defender Safe Links; judge the target.
  if (isHost(host, "safelinks.protection.outlook.com")) {
    const target = safeLinksTarget(parts.query);
    return target !== undefined && !isHost(splitHttpsUrl(target)?.host ?? "", "safelinks.protection.outlook.com")
      ? joinLinkService(target, options)
      : undefined;
  }
  if (
    (isHost(host, "teams.microsoft.com") || isHost(host, "teams.microsoft.us")) &&
    (path.startsWith("/l/meetup-join/") || path.startsWith("/meet/"))
  ) {
    return "teams";
  }
  if (host === "teams.live.com" && path.startsWith("/meet/")) return "teams";
  // Teams webinars and town halls invite with an events page instead of a meetup-join link.
  if (isHost(host, "events.teams.microsoft.com") && path.startsWith("/event/")) return "teams";
  // j: join, w: webinar, my: personal link, s: the host's start link, wc: web client, */register: registration.
  if ((isHost(host, "zoom.us") || isHost(host, "zoomgov.com")) && /^\/(?:j|my|w|s|wc\/join|(?:meeting|webinar)\/register)\/./.test(path)) {
    return "zoom";
  }
  if (isHost(host, "webex.com") && (/^\/(?:meet|join|wbxmjs\/joinservice)\/./.test(path) || /\/j\.php$/.test(path))) return "webex";
  const jitsiHosts = (options.jitsiHosts ?? []).map((h) => h.trim().toLowerCase());
  if ((host === "meet.jit.si" || isHost(host, "8x8.vc") || jitsiHosts.indexOf(host) !== -1) && path.length > 1) return "jitsi";
  // On-premises Skype for Business uses the organisation's own "meet." simple URL; loose on purpose,
  // since a wrong match here can only allow a send, never block one.
  if ((isHost(host, "lync.com") || /^(?:meet|lync|lyncweb|skype)\./.test(host)) && path.length > 1) return "skype";
  return undefined;
}

function safeLinksTarget(query: string): string | undefined {
  const match = /[?&]url=([^&]*)/i.exec(query);
  if (!match?.[1]) return undefined;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------

// ---------------------------------------------------------------------------------------------

/** What /\s/ matches, spelled out for trimEnd. */
const WHITE_SPACE =
  " \t\n\r\f\v\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";
/** Separators left between a removed claim and what preceded it. */
const SEPARATORS = `${WHITE_SPACE},:-\u2013\u2014`;

/**
 * `text` without the run of `characters` at its end. A loop, not /[…]+$/: a regex tries that class
 * from every start in a long run and backtracks through the rest of it each time, quadratic on the run.
 */
function trimEnd(text: string, characters: string): string {
  let end = text.length;
  while (end > 0 && characters.indexOf(text.charAt(end - 1)) !== -1) end--;
  return text.slice(0, end);
}

function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0]+/g, " ").trim();
}

function flatten(lists: readonly (readonly string[])[]): string[] {
  const out: string[] = [];
  for (const list of lists) for (const item of list) out.push(item);
  return out;
}
