/**
 * The pane's state as data: one plain object, changed only by `reduce` in answer to an event. What the
 * screen shows is derived from it by the pure selectors in ./derive.ts; the effects (Outlook, Graph,
 * downloads, the clock) live in the controller (../controller/paneController.ts), which dispatches the
 * events this file names.
 */
import type { ConfigResult } from "../../config/types";
import type { DecodedError } from "../../diagnosis/errors/decode";
import type { ExchangeFinding } from "../../diagnosis/evidence/finding";
import type { GraphReading } from "../../diagnosis/evidence/graph";
import type { PasteOutcome } from "../../diagnosis/evidence/merge";
import type { DelegationFacts } from "../../diagnosis/types";
import type { Language } from "../../i18n/language";
import type { FirstScreenMessages, Messages } from "../../i18n/messages";
import type { BodyGlance, MeetingState, Outcome } from "../../office/gateway";
import type { EvidenceKit } from "../evidenceKit";

/**
 * The answer's "Add online meeting" depends on the body (is our link already there? is there room?),
 * so the answer waits for it, to show with its button usable; a body that takes longer than this
 * to read does not hold the answer back any further (its button waits instead).
 */
export const ANSWER_WAITS_FOR_BODY_MS = 1000;
/**
 * A body longer than this does not hold the answer back at all: reading it (in slices, so the pane
 * stays responsive) takes a noticeable time on any body, and a hostile one must never decide when
 * the answer shows. Its "Add online meeting" waits for the read instead, and says so.
 */
export const ANSWER_WAITS_FOR_BODY_MAX_CHARS = 200_000;

export type Feedback = { readonly intent: "success" | "error" | "warning" | "info"; readonly text: string };

export type MeetingView =
  { readonly kind: "loading" } | { readonly kind: "unreadable" } | { readonly kind: "ready"; readonly state: MeetingState };

/** A chunk or a catalogue part fetched once: failed means the last try failed (the next need tries again). */
export type Download<T> = { readonly kind: "idle" | "loading" | "failed" } | { readonly kind: "ready"; readonly value: T };

export type GraphState =
  { readonly kind: "ready" } | { readonly kind: "checking" } | { readonly kind: "done"; readonly reading: GraphReading };

/** What the error box's text turned out to be. */
export type InputReading =
  { readonly kind: "decoded"; readonly decoded: DecodedError } | { readonly kind: "paste"; readonly outcome: PasteOutcome };

export interface PaneState {
  /** Outlook's display language, as the pane speaks it; Graph through NestedAppAuth or not (read once). */
  readonly env: { readonly language: Language; readonly nestedAppAuth: boolean };
  /** Facts, configuration and the first screen's words: all three, or the reason there will be none. */
  readonly boot: { readonly kind: "reading" } | { readonly kind: "failed" } | ({ readonly kind: "ready" } & BootData);
  /** The whole catalogue (first screen plus details), fetched once the answer is on screen. */
  readonly details: Download<Messages>;
  /** The rules and words for Exchange's and Graph's answers, fetched the first time there is one. */
  readonly kit: Download<EvidenceKit>;
  /** The provider the user picked (or the preference, or the configuration's default). */
  readonly providerId?: string;
  readonly body: MeetingView;
  /** The answer no longer waits for the body (ANSWER_WAITS_FOR_BODY_MS passed, or the glance settled it). */
  readonly bodyWaitOver: boolean;
  /** One link per pane for pasting by hand when the body is too long: built once, so copying twice gives the same room. */
  readonly manualLink?: { readonly providerId: string; readonly link: string | undefined };
  readonly input: {
    readonly text: string;
    readonly reading?: InputReading;
    /** The decoder's code (its own chunk) could not be downloaded. */
    readonly decoderFailed: boolean;
  };
  /** Exchange's answer remembered for this owner and delegate, and whether a pasted one was kept. */
  readonly exchange: {
    readonly remembered?: ExchangeFinding;
    readonly memory?: "saved" | "not-saved";
    /** The request ids issued for this pair: a block IT sends back counts only with one of them. */
    readonly requestIds: readonly string[];
  };
  /** "Check with Microsoft 365" for one owner, in this pane only (never stored). */
  readonly graph: { readonly owner?: string; readonly state: GraphState };
  /** One click at a time: a write, a draft to the owner, a message to IT. */
  readonly activity: "idle" | "writing" | "asking-owner" | "sending-to-it";
  readonly feedback?: Feedback;
}

export type PaneEvent =
  | ({ readonly type: "booted"; readonly providerId: string | undefined } & BootData)
  | { readonly type: "boot-failed" }
  | { readonly type: "pair-read"; readonly remembered: ExchangeFinding | undefined; readonly requestIds: readonly string[] }
  | { readonly type: "details"; readonly download: Download<Messages> }
  | { readonly type: "kit"; readonly download: Download<EvidenceKit> }
  | { readonly type: "body-wait-over" }
  | { readonly type: "body-read"; readonly body: MeetingView }
  | { readonly type: "provider-chosen"; readonly id: string }
  | { readonly type: "manual-link"; readonly providerId: string; readonly link: string | undefined }
  | { readonly type: "input-changed"; readonly text: string }
  | { readonly type: "input-read"; readonly reading: InputReading | undefined }
  | { readonly type: "decoder-failed" }
  | { readonly type: "remembered"; readonly memory: "saved" | "not-saved"; readonly remembered?: ExchangeFinding | undefined }
  | { readonly type: "forgotten"; readonly remembered: ExchangeFinding | undefined; readonly feedback?: Feedback }
  | { readonly type: "request-ids"; readonly requestIds: readonly string[] }
  | { readonly type: "graph"; readonly owner: string; readonly state: GraphState }
  | { readonly type: "activity"; readonly activity: PaneState["activity"]; readonly feedback?: Feedback | undefined }
  | { readonly type: "write-done"; readonly body?: MeetingView; readonly feedback: Feedback }
  | { readonly type: "feedback"; readonly feedback: Feedback | undefined };

/** What the pane needs before its first answer: Outlook's facts, the configuration, the first screen's words. */
export interface BootData {
  readonly facts: DelegationFacts;
  readonly config: ConfigResult;
  readonly text: FirstScreenMessages;
}

/** What the composition root has already read and loaded when the pane mounts (the production start). */
export interface StartState {
  readonly language: Language;
  readonly nestedAppAuth: boolean;
  readonly initial?: BootData;
  /** The provider picked from Outlook's preference and the configuration, when `initial` is there. */
  readonly providerId?: string;
  /** The first look at the body (without the body reader), when it answered before the pane mounted. */
  readonly bodyGlance?: Outcome<BodyGlance>;
}

export function initialState(start: StartState): PaneState {
  const glance = start.bodyGlance;
  return {
    env: { language: start.language, nestedAppAuth: start.nestedAppAuth },
    boot: start.initial ? { kind: "ready", ...start.initial } : { kind: "reading" },
    details: { kind: "idle" },
    kit: { kind: "idle" },
    providerId: start.providerId,
    body: glancedMeeting(glance),
    // A first look that failed or came too late has used up the answer's wait already; a long body gets none.
    bodyWaitOver: glance !== undefined && (!glance.ok || glance.value.bodyChars > ANSWER_WAITS_FOR_BODY_MAX_CHARS),
    input: { text: "", decoderFailed: false },
    exchange: { requestIds: [] },
    graph: { state: { kind: "ready" } },
    activity: "idle",
  };
}

/** What the first look at the body settles: the whole state when it rules our block out, else nothing yet. */
function glancedMeeting(glance: Outcome<BodyGlance> | undefined): MeetingView {
  if (!glance?.ok || glance.value.mayHoldBlock || glance.value.mayClaim) return { kind: "loading" };
  return { kind: "ready", state: { bodyType: glance.value.bodyType, bodyChars: glance.value.bodyChars, hasBlock: false } };
}

// Absent values are undefined keys (never read with "in"), which keeps each case one line.
export function reduce(state: PaneState, event: PaneEvent): PaneState {
  switch (event.type) {
    case "booted":
      return {
        ...state,
        boot: { kind: "ready", facts: event.facts, config: event.config, text: event.text },
        providerId: event.providerId ?? state.providerId,
      };
    case "boot-failed":
      return { ...state, boot: { kind: "failed" } };
    case "pair-read":
      return { ...state, exchange: { ...state.exchange, remembered: event.remembered, requestIds: event.requestIds } };
    case "details":
      return { ...state, details: event.download };
    case "kit":
      return { ...state, kit: event.download };
    case "body-wait-over":
      return state.bodyWaitOver ? state : { ...state, bodyWaitOver: true };
    case "body-read":
      return { ...state, body: event.body };
    case "provider-chosen":
      return { ...state, providerId: event.id, feedback: undefined };
    case "manual-link":
      return { ...state, manualLink: { providerId: event.providerId, link: event.link } };
    case "input-changed":
      return { ...state, input: { ...state.input, text: event.text } };
    case "input-read":
      return { ...state, input: { text: state.input.text, reading: event.reading, decoderFailed: false } };
    case "decoder-failed":
      return { ...state, input: { ...state.input, decoderFailed: true } };
    case "remembered":
      return {
        ...state,
        exchange: { ...state.exchange, memory: event.memory, ...("remembered" in event ? { remembered: event.remembered } : {}) },
      };
    case "forgotten":
      return {
        ...state,
        exchange: { ...state.exchange, remembered: event.remembered, memory: undefined },
        feedback: event.feedback ?? state.feedback,
      };
    case "request-ids":
      return { ...state, exchange: { ...state.exchange, requestIds: event.requestIds } };
    case "graph":
      return { ...state, graph: { owner: event.owner, state: event.state } };
    case "activity":
      return { ...state, activity: event.activity, feedback: "feedback" in event ? event.feedback : state.feedback };
    case "write-done":
      return { ...state, activity: "idle", body: event.body ?? state.body, feedback: event.feedback };
    case "feedback":
      return { ...state, feedback: event.feedback };
  }
}
