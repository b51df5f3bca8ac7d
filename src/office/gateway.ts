import type { BlockSignals } from "../body/block";
import type { DelegationFacts } from "../diagnosis/types";
import type { MeetingState, RenderedBlock, WriteNote, WriteProblem, WriteResult } from "./appointment";
import type { AppointmentWriter } from "./appointment";
import { glanceAtBody, type BodyGlance } from "./bodyGlance";
import { failed, type Outcome } from "./call";
import { readFacts } from "./facts";
import type { Draft, OpenResult } from "./newMessage";
import { officeGlobal, type OfficeLike } from "./officeShape";
import type { ExchangeFinding } from "../diagnosis/evidence/finding";
import { readPreferredProvider, readRememberedEvidence, readRequestIds, remembersAnyEvidence } from "./roaming";
import { prefersDarkTheme } from "./theme";

export type { BlockSignals, BodyGlance, Draft, MeetingState, OpenResult, RenderedBlock, WriteNote, WriteProblem, WriteResult };
/** The composition root (taskpane/index.tsx) finds Office through here, never directly. */
export { officeGlobal };
/** How a read went, for the pane's own waits (the first look at the body). */
export { failed, type Outcome };

/**
 * Everything the taskpane may ask of Outlook. Components receive it as a prop and never touch
 * Office.js, so tests and the playground can pass a fake or the simulated host.
 */
export interface OutlookGateway {
  readFacts(): Promise<DelegationFacts>;
  /** The body's type and length, and whether it can hold our block at all, without the body reader's chunk. */
  glanceAtBody(): Promise<Outcome<BodyGlance>>;
  /** `signals` find our block once Outlook has dropped its markers (see src/body/block.ts). */
  readMeetingState(signals?: BlockSignals): Promise<Outcome<MeetingState>>;
  insertBlock(block: RenderedBlock, signals?: BlockSignals): Promise<WriteResult>;
  replaceBlock(block: RenderedBlock, signals?: BlockSignals): Promise<WriteResult>;
  removeBlock(signals?: BlockSignals): Promise<WriteResult>;
  /** Takes the claimed words (a Claim's quote) out of the location, and nothing else. */
  removeLocationClaim(quote: string, signals?: BlockSignals): Promise<WriteResult>;
  openDraft(draft: Draft): Promise<OpenResult>;
  /** Opens a documentation link in the user's browser where Outlook can; false means "let the link open itself". */
  openLink(url: string): boolean;
  readPreferredProvider(): unknown;
  savePreferredProvider(providerId: string): Promise<Outcome<unknown>>;
  /** Exchange's answer remembered for this owner and delegate (addresses); `now` decides if it is old. */
  readRememberedEvidence(owner: string, delegate: string, now: string): ExchangeFinding | undefined;
  /** Whether Exchange's answer is remembered for any pair at all (read before the pair is known). */
  remembersAnyEvidence(): boolean;
  rememberEvidence(owner: string, delegate: string, finding: ExchangeFinding, savedAt: string): Promise<Outcome<unknown>>;
  forgetEvidence(owner: string, delegate: string): Promise<Outcome<unknown>>;
  /** The request ids issued for IT's answer about this owner and delegate (an answer must carry one). */
  readRequestIds(owner: string, delegate: string): readonly string[];
  /** The request id to send to IT for this pair: its recent one, else a new one (from random bytes), kept for the next pane. */
  issueRequest(
    owner: string,
    delegate: string,
    now: string,
    random: (length: number) => Uint8Array,
  ): Promise<{ readonly id: string; readonly saved: boolean }>;
  prefersDarkTheme(): boolean;
  /** Office.context.displayLanguage ("nl-BE"), or undefined when Outlook does not say. */
  displayLanguage(): string | undefined;
  /** Office.context.contentLanguage: the language the meeting itself is written in. */
  contentLanguage(): string | undefined;
  /**
   * NestedAppAuth 1.1: Outlook can hand the add-in a Microsoft 365 token. It cannot be declared in
   * the manifest, only asked at run time.
   */
  supportsNestedAppAuth(): boolean;
}

type LaterCalls = typeof import("./afterAnswer");

export function createOutlookGateway(office: OfficeLike | undefined): OutlookGateway {
  const mailbox = () => office?.context?.mailbox ?? undefined;
  const roaming = () => office?.context?.roamingSettings ?? undefined;
  // The body reader (with its HTML parser) is a chunk of its own, fetched after the verdict is on
  // screen; one writer for the pane's life, which remembers its last write to see through Mac's stale reads.
  let appointment: Promise<AppointmentWriter> | undefined;
  const writer = () =>
    (appointment ??= import(/* webpackChunkName: "meeting" */ "./appointment").then(
      ({ AppointmentWriter }) => new AppointmentWriter(mailbox()?.item ?? undefined),
      (error: unknown) => {
        // A failed download is not remembered: the next click tries again.
        appointment = undefined;
        throw error;
      },
    ));
  // What the pane saves or opens after a click or a paste (roaming settings, a new message) is not
  // in its first download: it comes with the pane's actions, fetched right after the answer is on
  // screen, so by the time anyone clicks it is there. Not cached on failure: the next click tries again.
  let later: Promise<LaterCalls> | undefined;
  const afterAnswer = () =>
    (later ??= import(/* webpackChunkName: "actions" */ "./afterAnswer").catch((error: unknown) => {
      later = undefined;
      throw error;
    }));
  const orFailure = <T>(work: () => Promise<T>, failure: (reason: string) => T): Promise<T> =>
    work().catch((error: unknown) => failure(error instanceof Error ? error.message : String(error)));
  const writeFailure = (detail: string): WriteResult => ({ ok: false, problem: "failed", detail });
  return {
    readFacts: () => readFacts(office),
    glanceAtBody: () => glanceAtBody(mailbox()?.item ?? undefined),
    readMeetingState: (signals) =>
      orFailure(
        async () => (await writer()).readState(signals),
        (reason) => failed(reason),
      ),
    insertBlock: (block, signals) => orFailure(async () => (await writer()).insert(block, signals), writeFailure),
    replaceBlock: (block, signals) => orFailure(async () => (await writer()).replace(block, signals), writeFailure),
    removeBlock: (signals) => orFailure(async () => (await writer()).remove(signals), writeFailure),
    removeLocationClaim: (quote, signals) => orFailure(async () => (await writer()).removeLocationClaim(quote, signals), writeFailure),
    openDraft: (draft) =>
      orFailure(
        async () => (await afterAnswer()).openDraft(mailbox(), draft),
        (): OpenResult => "unavailable",
      ),
    openLink: (url) => openInBrowser(office, url),
    readPreferredProvider: () => readPreferredProvider(roaming()),
    savePreferredProvider: (id) =>
      orFailure(
        async () => (await afterAnswer()).savePreferredProvider(roaming(), id),
        (reason) => failed(reason),
      ),
    readRememberedEvidence: (owner, delegate, now) => readRememberedEvidence(roaming(), owner, delegate, now),
    remembersAnyEvidence: () => remembersAnyEvidence(roaming()),
    rememberEvidence: (owner, delegate, finding, savedAt) =>
      orFailure(
        async () => (await afterAnswer()).rememberEvidence(roaming(), owner, delegate, finding, savedAt),
        (reason) => failed(reason),
      ),
    forgetEvidence: (owner, delegate) =>
      orFailure(
        async () => (await afterAnswer()).forgetEvidence(roaming(), owner, delegate),
        (reason) => failed(reason),
      ),
    readRequestIds: (owner, delegate) => readRequestIds(roaming(), owner, delegate),
    // No id without the code that makes one: a failed download rejects, as the report it is for would.
    issueRequest: async (owner, delegate, now, random) => (await afterAnswer()).issueRequest(roaming(), owner, delegate, now, random),
    prefersDarkTheme: () => prefersDarkTheme(office),
    displayLanguage: () => textOf(office?.context?.displayLanguage),
    contentLanguage: () => textOf(office?.context?.contentLanguage),
    supportsNestedAppAuth: () => supportsSet(office, "NestedAppAuth", "1.1"),
  };
}

/**
 * Office.context.ui.openBrowserWindow (OpenBrowserWindowApi 1.1) exists only in classic Outlook for
 * Windows and Outlook for Mac, where a plain link would open inside the pane. Elsewhere (the web,
 * new Outlook) the link's own target="_blank" opens a browser tab, so false lets it.
 */
function openInBrowser(office: OfficeLike | undefined, url: string): boolean {
  try {
    const ui = office?.context?.ui;
    if (!ui || typeof ui.openBrowserWindow !== "function") return false;
    if (office?.context?.requirements?.isSetSupported?.("OpenBrowserWindowApi", "1.1") !== true) return false;
    ui.openBrowserWindow(url);
    return true;
  } catch {
    return false;
  }
}

function supportsSet(office: OfficeLike | undefined, name: string, version: string): boolean {
  try {
    return office?.context?.requirements?.isSetSupported?.(name, version) === true;
  } catch {
    // An old host whose isSetSupported throws supports nothing new.
    return false;
  }
}

function textOf(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}
