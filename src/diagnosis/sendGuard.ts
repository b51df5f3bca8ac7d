/**
 * The send-time rule: stop a delegated invitation that says it is an online meeting but carries no
 * way to join it (the classic result of Outlook's Teams/Skype toggle failing for a delegate: the
 * location still reads "Microsoft Teams Meeting", the body has the boilerplate, the href is gone).
 *
 * Pure: no Office, no DOM, no clock. It also runs inside classic Outlook's JavaScript-only runtime
 * (bundled into launchevent.js), so it sticks to ES2017-era library calls: no DOMParser, no URL,
 * no matchAll/replaceAll, no regex lookbehind or \p{…}.
 *
 * Under SoftBlock a false positive stops a real send until the user edits the item, so every rule
 * here leans towards allowing: unknown delegation allows, any recognised join link of the claimed
 * service (in body or location) allows, any https link inside our own block allows.
 */
import { BLOCK_ID, HTML_BLOCK_BEGIN, HTML_BLOCK_END, TEXT_BLOCK_BEGIN, TEXT_BLOCK_END } from "../meeting/marker";
import { SERVICE_NAMES } from "./serviceNames";
import type { Delegation, ServiceKind } from "./types";

export type BodyType = "html" | "text";

/** A service whose join links we can recognise ("other" is only claimed by our own block). */
export type JoinService = Exclude<ServiceKind, "other">;

export interface SendGuardInput {
  readonly delegation: Delegation;
  readonly location: string;
  /** Read but never a claim source: subjects name topics ("Zoom renewal"), not where to join. */
  readonly subject: string;
  readonly body: string;
  readonly bodyType: BodyType;
  /** Self-hosted Jitsi servers (host names) besides meet.jit.si, from organisation configuration. */
  readonly jitsiHosts?: readonly string[];
}

export type SendGuardResult = { readonly allow: true } | { readonly allow: false; readonly message: string; readonly claimed: ServiceKind };

/** What made us think the meeting is online, quoted back so a false positive is easy to fix. */
export interface Claim {
  readonly service: ServiceKind;
  readonly where: "location" | "body";
  readonly quote: string;
}

export interface LinkOptions {
  readonly jitsiHosts?: readonly string[];
}

/** Smart Alerts shows at most this many characters of errorMessage. */
export const MAX_SEND_GUARD_MESSAGE_CHARS = 500;

/**
 * How far past a begin marker we look for the block's link when the end marker is gone (Outlook may
 * drop HTML comments). Our block is a few short lines plus one link of at most 2,048 characters.
 */
const BLOCK_SCAN_CHARS = 6000;

const ALLOW: SendGuardResult = { allow: true };

export function evaluateSendGuard(input: SendGuardInput): SendGuardResult {
  // Fail open: we only block what we are sure about, and only a delegate hits the permission gap.
  if (input.delegation !== "delegate") return ALLOW;

  const body = readBody(input.body, input.bodyType);
  const claims = findClaims(input.location, body.text, body.hasMarker);
  if (claims.length === 0) return ALLOW;

  // A working link in our own block satisfies any claim: that is the fix the taskpane offers.
  if (body.blockLinks.some(isHttpsLink)) return ALLOW;

  const options: LinkOptions = { jitsiHosts: input.jitsiHosts ?? [] };
  const present = new Set<JoinService>();
  for (const link of body.links.concat(extractLinks(input.location, "text"))) {
    const service = joinLinkService(link, options);
    if (service) present.add(service);
  }

  for (const claim of claims) {
    // Our block with its link lost is satisfied by any recognised join link elsewhere.
    const satisfied = claim.service === "other" ? present.size > 0 : present.has(claim.service);
    if (!satisfied) return { allow: false, message: blockMessage(claim), claimed: claim.service };
  }
  return ALLOW;
}

// ---------------------------------------------------------------------------------------------
// Claims

/**
 * Phrases that say "this is an online meeting of service X". A following "room"/"rooms" cancels the
 * claim: "Teams Meeting Room 2" and "Zoom Meeting Room" are physical rooms. Plurals ("Teams
 * meetings") are prose, not a venue, so \b after "meeting" deliberately refuses them.
 */
const CLAIM_PHRASES: ReadonlyArray<{ readonly service: JoinService; readonly pattern: RegExp }> = [
  { service: "teams", pattern: /\b(?:microsoft\s+)?teams\s+meeting\b(?!\s*rooms?\b)/i },
  { service: "skype", pattern: /\b(?:skype(?:\s+for\s+business)?|lync)\s+meeting\b(?!\s*rooms?\b)/i },
  { service: "zoom", pattern: /\bzoom\s+(?:meeting|webinar)\b(?!\s*rooms?\b)/i },
  { service: "webex", pattern: /\b(?:cisco\s+)?webex\s+(?:meeting|webinar)\b(?!\s*rooms?\b)/i },
  { service: "jitsi", pattern: /\bjitsi\s+meet(?:ing)?\b(?!\s*rooms?\b)/i },
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
    const name = normalizeSpace(part)
      .toLowerCase()
      .replace(/^[\s([{"'-]+|[\s)\]}"'.,:-]+$/g, "");
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
// Body reading

interface BodyFacts {
  /** Visible text, entities decoded. */
  readonly text: string;
  /** Every http(s) link: hrefs and links written out in the text. */
  readonly links: readonly string[];
  /** Links found inside our own inserted block(s). */
  readonly blockLinks: readonly string[];
  readonly hasMarker: boolean;
}

function readBody(body: string, type: BodyType): BodyFacts {
  if (type === "text") {
    const regions = textBlockRegions(body);
    return {
      text: body,
      links: urlsInText(body),
      blockLinks: flatten(regions.map((region) => urlsInText(region))),
      hasMarker: regions.length > 0,
    };
  }
  const parsed = parseHtml(body);
  const htmlRegions = htmlBlockRegions(body);
  // A plain-text block pasted into an HTML body still counts as ours.
  const textRegions = textBlockRegions(parsed.text);
  return {
    text: parsed.text,
    links: unique(parsed.hrefs.concat(urlsInText(parsed.text))),
    blockLinks: flatten(htmlRegions.map((region) => extractLinks(region, "html")).concat(textRegions.map((region) => urlsInText(region)))),
    hasMarker: htmlRegions.length > 0 || textRegions.length > 0,
  };
}

/** Every http(s) link in a body or location, entities decoded, in order, without repeats. */
export function extractLinks(content: string, type: BodyType): string[] {
  if (type === "text") return urlsInText(content);
  const parsed = parseHtml(content);
  return unique(parsed.hrefs.concat(urlsInText(parsed.text)));
}

/** Visible text of a body: for HTML, tags, comments, head, style and script dropped and entities decoded. */
export function visibleText(content: string, type: BodyType): string {
  return type === "text" ? content : parseHtml(content).text;
}

const MAX_BLOCKS = 20;

function htmlBlockRegions(html: string): string[] {
  const lower = html.toLowerCase();
  const begin = HTML_BLOCK_BEGIN.toLowerCase();
  const attribute = `data-${BLOCK_ID}`.toLowerCase();
  const end = HTML_BLOCK_END.toLowerCase();
  const regions: string[] = [];
  let from = 0;
  while (regions.length < MAX_BLOCKS) {
    const atComment = lower.indexOf(begin, from);
    const atAttribute = lower.indexOf(attribute, from);
    // Outlook may strip comments but keep the wrapper's data attribute, or the reverse.
    let start = atComment === -1 ? atAttribute : atAttribute === -1 ? atComment : Math.min(atComment, atAttribute);
    if (start === -1) break;
    if (start === atAttribute && start !== atComment) {
      // Start at the wrapper's "<" so the parser sees a whole tag rather than half of one.
      const open = lower.lastIndexOf("<", start);
      if (open !== -1) start = open;
    }
    const close = lower.indexOf(end, start);
    const stop = close === -1 ? Math.min(html.length, start + BLOCK_SCAN_CHARS) : close + end.length;
    regions.push(html.slice(start, stop));
    from = Math.max(stop, start + 1);
  }
  return regions;
}

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
// A tiny HTML reader. Linear on purpose: bodies reach 1,000,000 characters and a backtracking tag
// regex goes quadratic on stray "<". A tag ends at its first ">" (Outlook escapes ">" in attributes).

interface ParsedHtml {
  readonly text: string;
  readonly hrefs: string[];
}

/** Tags that do not break a word: "Micro<span>soft</span>" reads "Microsoft". Others become a space. */
const INLINE_TAGS = new Set([
  "abbr",
  "b",
  "bdi",
  "bdo",
  "big",
  "cite",
  "code",
  "em",
  "font",
  "i",
  "kbd",
  "mark",
  "o:p",
  "q",
  "s",
  "small",
  "span",
  "strong",
  "sub",
  "sup",
  "u",
  "wbr",
]);

/** Elements whose content is never shown. */
const HIDDEN_ELEMENTS = ["head", "style", "script", "title", "xml"];

function parseHtml(html: string): ParsedHtml {
  const lower = html.toLowerCase();
  const text: string[] = [];
  const hrefs: string[] = [];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    if (lt === -1) {
      text.push(decodeEntities(html.slice(i)));
      break;
    }
    if (lt > i) text.push(decodeEntities(html.slice(i, lt)));
    if (lower.startsWith("<!--", lt)) {
      const close = html.indexOf("-->", lt + 4);
      i = close === -1 ? html.length : close + 3;
      continue;
    }
    const gt = html.indexOf(">", lt + 1);
    if (gt === -1) {
      // No tag can close after this point: the rest is text.
      text.push(decodeEntities(html.slice(lt)));
      break;
    }
    const tag = html.slice(lt, gt + 1);
    const name = tagName(tag);
    if (name === undefined) {
      // "a < b": not a tag.
      text.push(decodeEntities(html.slice(lt, lt + 1)));
      i = lt + 1;
      continue;
    }
    i = gt + 1;
    if (name === "a") {
      const href = hrefOf(tag);
      if (href !== undefined) hrefs.push(href);
    }
    if (!tag.startsWith("</") && HIDDEN_ELEMENTS.indexOf(name) !== -1 && !tag.endsWith("/>")) {
      const close = lower.indexOf(`</${name}`, i);
      i = close === -1 ? html.length : skipTag(html, close);
      text.push(" ");
      continue;
    }
    if (!INLINE_TAGS.has(name)) text.push(" ");
  }
  return { text: text.join(""), hrefs: unique(hrefs.filter((href) => /^https?:\/\//i.test(href))) };
}

function tagName(tag: string): string | undefined {
  const match = /^<\/?([a-z][a-z0-9:-]*)/i.exec(tag);
  if (match?.[1]) return match[1].toLowerCase();
  // <!doctype>, <?xml …?>, <![if …]> (Outlook's conditional comments) are markup, not text.
  return /^<[!?]/.test(tag) ? "!" : undefined;
}

function skipTag(html: string, at: number): number {
  const gt = html.indexOf(">", at);
  return gt === -1 ? html.length : gt + 1;
}

function hrefOf(tag: string): string | undefined {
  const match = /\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i.exec(tag);
  if (!match) return undefined;
  const raw = match[1] ?? match[2] ?? match[3] ?? "";
  // Browsers strip surrounding whitespace and line breaks from href values.
  return decodeEntities(raw)
    .replace(/[\t\n\r]/g, "")
    .trim();
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** Decodes the entities that matter for reading links and phrases; others stay as written. */
export function decodeEntities(text: string): string {
  if (text.indexOf("&") === -1) return text;
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});?/gi, (whole, entity: string) => {
    if (entity.charAt(0) === "#") {
      const hex = entity.charAt(1) === "x" || entity.charAt(1) === "X";
      const code = parseInt(entity.slice(hex ? 2 : 1), hex ? 16 : 10);
      // NUL, surrogates and out-of-range code points are what a browser replaces, not a character.
      if (!(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) return "\ufffd";
      return code === 0xa0 ? " " : String.fromCodePoint(code);
    }
    const named = NAMED_ENTITIES[entity.toLowerCase()];
    return named === undefined ? whole : named;
  });
}

// ---------------------------------------------------------------------------------------------
// Links

const URL_IN_TEXT = /https?:\/\/[^\s<>"'`]+/gi;

function urlsInText(text: string): string[] {
  const found: string[] = [];
  URL_IN_TEXT.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = URL_IN_TEXT.exec(text)) !== null) {
    // "Join: https://zoom.us/j/1." — the full stop ends the sentence, not the link.
    found.push(match[0].replace(/[.,;:!?)\]}]+$/, ""));
  }
  return unique(found);
}

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
// The message Outlook shows (plain text, at most 500 characters)

const TASKPANE = '"Schedule on behalf" (Appointment ribbon)';

/** The permission most likely missing, per service (delegation-facts.md, section 1). */
const LIKELY_CAUSE: Readonly<Record<ServiceKind, string>> = {
  teams:
    "Outlook probably could not create the Teams meeting for the calendar owner: you need Delegate access to their calendar (Editor, with the Delegate option) and permission to send on their behalf.",
  skype:
    "Most likely you are not the owner's delegate in Skype for Business (the owner adds you in Call Forwarding Settings > Edit my delegate members), or you cannot edit their calendar.",
  zoom: "Most likely the owner has not given you Zoom scheduling privilege (Zoom Settings > Meeting > Schedule privilege), or you cannot edit their calendar.",
  webex:
    "Most likely the owner has not given you Webex scheduling permission (Preferences > Scheduling > Scheduling permission), or you cannot edit their calendar.",
  jitsi: "Jitsi needs no permission; the link was probably never added.",
  other: "The join link inside the block added by Schedule on behalf was removed or damaged.",
};

function blockMessage(claim: Claim): string {
  const quote = claim.quote.replace(/["\r\n]+/g, " ").trim();
  const shortQuote = quote.length > 60 ? `${quote.slice(0, 57)}...` : quote;
  const said =
    claim.service === "other"
      ? "This meeting contains a Schedule on behalf join block without a working join link, so attendees could not join."
      : `This meeting says "${shortQuote}" (in the ${claim.where}) but has no ${SERVICE_NAMES[claim.service]} join link, so attendees could not join.`;
  const message = `${said} ${LIKELY_CAUSE[claim.service]} Open ${TASKPANE} to check permissions and add the owner's link, or remove the online-meeting text.`;
  return message.length <= MAX_SEND_GUARD_MESSAGE_CHARS ? message : `${message.slice(0, MAX_SEND_GUARD_MESSAGE_CHARS - 3)}...`;
}

// ---------------------------------------------------------------------------------------------

function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0]+/g, " ").trim();
}

function unique(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const value of values) {
    if (value !== "" && !seen.has(value)) {
      seen.add(value);
      out.push(value);
    }
  }
  return out;
}

function flatten(lists: readonly (readonly string[])[]): string[] {
  const out: string[] = [];
  for (const list of lists) for (const item of list) out.push(item);
  return out;
}
