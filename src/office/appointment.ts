import type { BlockSignals } from "../body/block";
import { CUSTOM_PROPERTY_KEY, HTML_BLOCK_BEGIN } from "../meeting/marker";
import { blockId } from "../meeting/blockId";
import { parseHtmlSteps } from "../body/parse";
import { runPaced } from "../body/steps";
import { findBlock, findBlockSteps, insertBlock, MAX_BODY_CHARS, removeBlock, replaceBlock } from "../meeting/bodyEdit";
import { blockShape } from "../meeting/blockLabels";
import { withRecordedLink } from "../meeting/recognition";
import {
  extractLinks,
  extractLinksSteps,
  isHttpsLink,
  joinLinkService,
  locationWithoutClaim,
  unmetClaims,
  unmetClaimsSteps,
  type Claim,
  type JoinService,
} from "../diagnosis/claims";
import { callOffice, DEFAULT_TIMEOUT_MS, failed, hasMethod, type Outcome } from "./call";
import { paneSlices } from "./pace";
import type { ItemLike } from "./officeShape";

export type BodyType = "html" | "text";

/** What we remember about a link we inserted (custom property; known to be lost in some shared calendars). */
export interface RecordedLink {
  readonly providerId: string;
  readonly joinUrl: string;
}

/** The custom property as stored: the link, and the id of the block written with it (./blockId.ts). */
interface Record_ extends RecordedLink {
  readonly blockId?: string;
}

export interface MeetingState {
  readonly bodyType: BodyType;
  /** Length of the body as read, so a block that would pass Outlook's limit is refused before any click. */
  readonly bodyChars: number;
  /** Our block is in the body (by its markers, or by its link and visible shape where Outlook dropped them). */
  readonly hasBlock: boolean;
  /** The custom property, when Outlook kept it. */
  readonly recorded?: RecordedLink;
  /** The join link inside our block as the body holds it now: which service the block really is. */
  readonly blockLink?: string;
  /** The service that link belongs to, when it is a join link claims.ts recognises. */
  readonly blockService?: JoinService;
  /** What the location and body claim without a link to match (claims.ts, the send check's rule). */
  readonly unmetClaims?: readonly Claim[];
}

/** The same join details rendered for both body types; the body decides which one is written. */
export interface RenderedBlock {
  readonly html: string;
  readonly text: string;
  readonly link: RecordedLink;
}

/** Why nothing was written; the pane words it for people, `detail` (technical) goes nowhere else. */
export type WriteProblem = "unreadable" | "exists" | "missing" | "too-large" | "changed" | "invalid-format" | "refused" | "failed";

/** What went only partly right after the body was written. */
export type WriteNote = "location-unreadable" | "location-not-changed" | "location-too-long" | "record-rejected" | "record-not-saved";

export type WriteResult =
  | { readonly ok: true; readonly state: MeetingState; readonly notes: readonly WriteNote[] }
  | { readonly ok: false; readonly problem: WriteProblem; readonly detail?: string };

const LOCATION_MAX = 255;

/**
 * Outlook for Mac's first body.getAsync right after a setAsync can return the old body
 * (OfficeDev/office-js#5983). A read that returns exactly the body we replaced is retried this many
 * times, this far apart, before we believe it.
 */
const STALE_READ_RETRIES = 3;
const STALE_READ_DELAY_MS = 150;

/**
 * Reads and writes the join block. The user's text is sacred: the new body is computed from the body
 * just read by pure functions, written with one setAsync, and any failure before that write leaves
 * the appointment untouched.
 */
export class AppointmentWriter {
  /** The body our last write replaced, to recognise a stale read of it (see STALE_READ_RETRIES). */
  private replaced: string | undefined;

  constructor(
    private readonly item: ItemLike | undefined,
    private readonly timeoutMs = DEFAULT_TIMEOUT_MS,
    private readonly staleReadDelayMs = STALE_READ_DELAY_MS,
  ) {}

  /**
   * @param signals what finds our block when Outlook has dropped its markers (the configured
   *   providers' links for this owner); without them only the markers count. The writes take them too.
   */
  async readState(signals?: BlockSignals): Promise<Outcome<MeetingState>> {
    // Independent round trips to Outlook, side by side.
    const [body, recorded, location] = await Promise.all([this.readBody(), this.readRecord(), this.readLocationText()]);
    if (!body.ok) return body;
    const { content, type } = body.value;
    // Read in slices that give the thread away (./pace.ts): a long body never freezes the pane, and
    // it is parsed once for both questions.
    const pause = paneSlices();
    const root = type === "html" ? await runPaced(parseHtmlSteps(content), pause) : undefined;
    const range = await runPaced(findBlockSteps(content, type, recognising(signals, recorded), root), pause);
    const blockLinks = range ? await runPaced(extractLinksSteps(content.slice(range.start, range.end), type), pause) : [];
    const blockLink = blockLinks.find(isHttpsLink);
    const claims = await runPaced(unmetClaimsSteps({ location, body: content, bodyType: type }, root), pause);
    const state: MeetingState = {
      bodyType: type,
      bodyChars: content.length,
      hasBlock: range !== undefined,
      ...(recorded ? { recorded: { providerId: recorded.providerId, joinUrl: recorded.joinUrl } } : {}),
      ...linkFacts(blockLink),
      unmetClaims: claims,
    };
    return { ok: true, value: state };
  }

  /**
   * Takes exactly the claimed words out of the location (claims.ts) and nothing else, only because
   * the user asked. The body is read first, so a meeting whose text cannot be read is left alone.
   */
  async removeLocationClaim(quote: string, signals?: BlockSignals): Promise<WriteResult> {
    const before = await this.readState(signals);
    if (!before.ok) return { ok: false, problem: "unreadable", detail: before.reason };
    const location = this.item?.location;
    if (!hasMethod(location, "getAsync") || !hasMethod(location, "setAsync")) return { ok: false, problem: "refused" };
    const current = await callOffice<unknown>("location.getAsync", (cb) => location.getAsync(cb as never), this.timeoutMs);
    if (!current.ok) return { ok: false, problem: "unreadable", detail: current.reason };
    const next = locationWithoutClaim(typeof current.value === "string" ? current.value : "", quote);
    if (next === undefined) return { ok: false, problem: "changed" };
    const set = await callOffice<unknown>("location.setAsync", (cb) => location.setAsync(next as never, cb as never), this.timeoutMs);
    if (!set.ok) return { ok: false, problem: writeProblemOf(set), detail: set.reason };
    const after = await this.readState(signals);
    return { ok: true, state: after.ok ? after.value : { ...before.value, unmetClaims: [] }, notes: [] };
  }

  /** Claims without a matching link; an unreadable location counts as empty, so the body's claims still show. */
  private async claimsOf(content: string, type: BodyType): Promise<Claim[]> {
    return unmetClaims({ location: await this.readLocationText(), body: content, bodyType: type });
  }

  /** The location as text; "" when it cannot be read, so an unreadable location claims nothing. */
  private async readLocationText(): Promise<string> {
    const location = this.item?.location;
    if (!hasMethod(location, "getAsync")) return "";
    const read = await callOffice<unknown>("location.getAsync", (cb) => location.getAsync(cb as never), this.timeoutMs);
    return read.ok && typeof read.value === "string" ? read.value : "";
  }

  insert(block: RenderedBlock, signals?: BlockSignals): Promise<WriteResult> {
    return this.rewrite(block, signals, (content, type, known) => {
      if (findBlock(content, type, known)) return { refused: "exists" };
      return { body: insertBlock(content, type, type === "html" ? block.html : block.text) };
    });
  }

  replace(block: RenderedBlock, signals?: BlockSignals): Promise<WriteResult> {
    return this.rewrite(block, signals, (content, type, known) => {
      if (!findBlock(content, type, known)) return { refused: "missing" };
      return { body: replaceBlock(content, type, type === "html" ? block.html : block.text, known) };
    });
  }

  remove(signals?: BlockSignals): Promise<WriteResult> {
    return this.rewrite(undefined, signals, (content, type, known) => {
      if (!findBlock(content, type, known)) return { refused: "missing" };
      return { body: removeBlock(content, type, known) };
    });
  }

  private async rewrite(
    block: RenderedBlock | undefined,
    signals: BlockSignals | undefined,
    edit: (content: string, type: BodyType, known: BlockSignals | undefined) => { body: string } | { refused: WriteProblem },
  ): Promise<WriteResult> {
    const before = await this.readBody();
    if (!before.ok) return { ok: false, problem: "unreadable", detail: before.reason };
    const { content, type } = before.value;
    const previous = await this.readRecord();
    const edited = edit(content, type, recognising(signals, previous));
    if ("refused" in edited) return { ok: false, problem: edited.refused };
    if (edited.body.length > MAX_BODY_CHARS) return { ok: false, problem: "too-large" };
    // The user may have typed while we computed; write only over the body we actually read.
    const again = await this.readBody();
    if (!again.ok || again.value.content !== content || again.value.type !== type) return { ok: false, problem: "changed" };
    const written = await this.writeBody(edited.body, type);
    if (!written.ok) return { ok: false, problem: writeProblemOf(written), detail: written.reason };
    // A write that changed nothing (the same link again) leaves nothing a stale read could show.
    this.replaced = edited.body === content ? undefined : content;

    // The id of the block as written, so its markers are known for ours next time (and stray ones are not).
    const writtenRange = block ? findBlock(edited.body, type) : undefined;
    const id = writtenRange ? blockId(edited.body.slice(writtenRange.start, writtenRange.end)) : undefined;
    const notes = [
      ...(await this.updateLocation(previous?.joinUrl, block?.link.joinUrl)),
      ...(await this.writeRecord(block ? { ...block.link, ...(id ? { blockId: id } : {}) } : undefined)),
    ];
    const state: MeetingState = {
      bodyType: type,
      bodyChars: edited.body.length,
      hasBlock: block !== undefined,
      ...(block ? { recorded: block.link, ...linkFacts(block.link.joinUrl) } : {}),
      unmetClaims: await this.claimsOf(edited.body, type),
    };
    return { ok: true, state, notes };
  }

  /** The body, waiting out a stale read of the body our last write replaced (Outlook for Mac). */
  private async readBody(): Promise<Outcome<{ content: string; type: BodyType }>> {
    let read = await this.readBodyOnce();
    for (
      let retry = 0;
      retry < STALE_READ_RETRIES && read.ok && this.replaced !== undefined && read.value.content === this.replaced;
      retry++
    ) {
      await new Promise((resolve) => setTimeout(resolve, this.staleReadDelayMs));
      read = await this.readBodyOnce();
    }
    // Believed from now on: a fresh read, or the user really put the old body back.
    if (read.ok) this.replaced = undefined;
    return read;
  }

  private async readBodyOnce(): Promise<Outcome<{ content: string; type: BodyType }>> {
    const body = this.item?.body;
    if (!hasMethod(body, "getAsync")) return failed("item.body.getAsync is missing");
    let type: BodyType = "html";
    if (hasMethod(body, "getTypeAsync")) {
      const typed = await callOffice<unknown>("body.getTypeAsync", (cb) => body.getTypeAsync(cb as never), this.timeoutMs);
      if (!typed.ok) return typed;
      type = typed.value === "text" ? "text" : "html";
    }
    const read = await callOffice<unknown>("body.getAsync", (cb) => body.getAsync(type as never, cb as never), this.timeoutMs);
    if (!read.ok) return read;
    if (typeof read.value !== "string") return failed("body.getAsync returned no text");
    return { ok: true, value: { content: read.value, type } };
  }

  private async writeBody(content: string, type: BodyType): Promise<Outcome<unknown>> {
    const body = this.item?.body;
    if (!hasMethod(body, "setAsync")) return failed("item.body.setAsync is missing");
    return callOffice<unknown>(
      "body.setAsync",
      (cb) => body.setAsync(content as never, { coercionType: type } as never, cb as never),
      this.timeoutMs,
    );
  }

  /** Location is set only when empty, and cleared only when it still holds the link we put there. */
  private async updateLocation(oldUrl: string | undefined, newUrl: string | undefined): Promise<WriteNote[]> {
    const location = this.item?.location;
    if (!hasMethod(location, "getAsync") || !hasMethod(location, "setAsync")) return [];
    const current = await callOffice<unknown>("location.getAsync", (cb) => location.getAsync(cb as never), this.timeoutMs);
    if (!current.ok) return ["location-unreadable"];
    const text = typeof current.value === "string" ? current.value : "";
    const ours = text.trim() === "" || (oldUrl !== undefined && text.trim() === oldUrl);
    if (!ours) return [];
    // A join link too long for the field leaves it empty rather than holding the previous, now wrong, link.
    const tooLong = newUrl !== undefined && newUrl.length > LOCATION_MAX;
    const next = tooLong ? "" : (newUrl ?? "");
    const note: WriteNote[] = tooLong ? ["location-too-long"] : [];
    if (next === text) return note;
    const set = await callOffice<unknown>("location.setAsync", (cb) => location.setAsync(next as never, cb as never), this.timeoutMs);
    return set.ok ? note : ["location-not-changed"];
  }

  private async readRecord(): Promise<Record_ | undefined> {
    const props = await this.loadCustomProperties();
    if (!props) return undefined;
    try {
      const raw = props.get(CUSTOM_PROPERTY_KEY);
      const parsed: unknown = typeof raw === "string" ? JSON.parse(raw) : raw;
      if (parsed && typeof parsed === "object") {
        const { providerId, joinUrl, blockId: id } = parsed as Record<string, unknown>;
        if (typeof providerId === "string" && typeof joinUrl === "string") {
          return { providerId, joinUrl, ...(typeof id === "string" ? { blockId: id } : {}) };
        }
      }
    } catch {
      // A corrupted property is treated as absent; the body markers remain the source of truth.
    }
    return undefined;
  }

  private async writeRecord(link: Record_ | undefined): Promise<WriteNote[]> {
    const props = await this.loadCustomProperties();
    if (!props) return [];
    try {
      const record = { providerId: link?.providerId, joinUrl: link?.joinUrl, ...(link?.blockId ? { blockId: link.blockId } : {}) };
      if (link) props.set(CUSTOM_PROPERTY_KEY, JSON.stringify(record));
      else props.remove(CUSTOM_PROPERTY_KEY);
    } catch {
      return ["record-rejected"];
    }
    const saved = await callOffice<unknown>("customProperties.saveAsync", (cb) => props.saveAsync(cb as never), this.timeoutMs);
    // Known bug: saving custom properties fails on draft appointments in some shared calendars. The block
    // in the body is what we recognise, so this is only worth a quiet note.
    return saved.ok ? [] : ["record-not-saved"];
  }

  private async loadCustomProperties(): Promise<CustomPropertiesLike | undefined> {
    const item = this.item;
    if (!hasMethod(item, "loadCustomPropertiesAsync")) return undefined;
    const loaded = await callOffice<unknown>(
      "item.loadCustomPropertiesAsync",
      (cb) => item.loadCustomPropertiesAsync(cb as never),
      this.timeoutMs,
    );
    if (!loaded.ok) return undefined;
    const props = loaded.value;
    if (hasMethod(props, "get") && hasMethod(props, "set") && hasMethod(props, "remove") && hasMethod(props, "saveAsync")) {
      return props as unknown as CustomPropertiesLike;
    }
    return undefined;
  }
}

function linkFacts(blockLink: string | undefined): Pick<MeetingState, "blockLink" | "blockService"> {
  if (blockLink === undefined) return {};
  const service = joinLinkService(blockLink);
  return service ? { blockLink, blockService: service } : { blockLink };
}

/**
 * The caller's signals plus the recorded link; the recorded link alone is enough to look. Marked
 * blocks are ours when they have the recorded block id, or, when the record has none (an older
 * version wrote it, or it was lost), when they hold a link we vouch for.
 */
function recognising(signals: BlockSignals | undefined, recorded: Record_ | undefined): BlockSignals | undefined {
  if (!signals && !recorded) return undefined;
  const known = withRecordedLink(signals ?? { ...blockShape(), isOurLink: () => false }, recorded?.joinUrl);
  const id = recorded?.blockId;
  return {
    ...known,
    isOurMarkedBlock: (source) =>
      id !== undefined
        ? blockId(source) === id
        : extractLinks(source, source.startsWith(HTML_BLOCK_BEGIN) ? "html" : "text").some((href) => known.isOurLink(href)),
  };
}

interface CustomPropertiesLike {
  get(name: string): unknown;
  set(name: string, value: string): void;
  remove(name: string): void;
  saveAsync(callback: (result: unknown) => void): void;
}

function writeProblemOf(outcome: Outcome<unknown>): WriteProblem {
  if (outcome.ok) return "failed";
  if (outcome.errorName === "InvalidFormatError") return "invalid-format";
  if (outcome.errorName === "DataExceedsMaximumSize") return "too-large";
  return "refused";
}
