/**
 * Entry for the send-time check (OnAppointmentSend, Smart Alerts). Webpack builds this into one
 * self-contained launchevent.js: classic Outlook on Windows runs it in a JavaScript-only runtime
 * (no DOM, no React, no imports at run time); other clients load it from launchevent.html.
 *
 * Every way of not knowing allows the send. The manifest uses SoftBlock, so a wrong "no" stops a
 * real invitation until the user edits it, while a wrong "yes" only repeats today's behaviour.
 */
import { runPaced } from "../body/steps";
import { evaluateSendGuardSteps, type BodyType } from "../diagnosis/sendGuard";
import type { Delegation } from "../diagnosis/types";
import { sendGuardMessages } from "../i18n/sendGuard";
import { MAX_BODY_CHARS } from "../meeting/limits";
import { callAsync, startTimer, stopTimer, type AsyncCallback, type Read } from "./asyncCall";
import { BudgetSpent, pacedBudget } from "./budget";

/** Per Office.js call: a slow Outlook on the web answers within a second or two. */
export const CALL_TIMEOUT_MS = 2000;
/**
 * Safety net over the whole handler, kept under Outlook's 5-second "taking longer than expected"
 * prompt. Reads run in parallel, but the body needs two calls in a row (type, then content), so
 * the per-call timeouts alone could take about 4 s; this catches anything they miss.
 */
export const OVERALL_TIMEOUT_MS = 4500;
/**
 * Time (from the handler's start) after which the rule is no longer started or continued: the send
 * is allowed with a note instead. The rule reads the body in slices and checks the time between
 * them (./budget.ts), so it stops within one slice of this, well before the overall cap.
 */
export const EVALUATION_BUDGET_MS = 3500;

export type Completion = { readonly allowEvent: true } | { readonly allowEvent: false; readonly errorMessage: string };

/** The part of the Smart Alerts event we use. */
export interface SendEvent {
  completed(options: Completion): void;
}

const ALLOW: Completion = { allowEvent: true };

// Structural views of what we read: every member optional because clients differ (organizer is
// undefined on some Windows builds, getSharedPropertiesAsync is absent before Mailbox 1.8).
interface Getter<T> {
  readonly getAsync?: (callback: AsyncCallback<T>) => void;
}
interface BodyLike {
  readonly getTypeAsync?: (callback: AsyncCallback<unknown>) => void;
  readonly getAsync?: (coercionType: string, callback: AsyncCallback<unknown>) => void;
}
interface AppointmentLike {
  readonly location?: Getter<unknown>;
  readonly subject?: Getter<unknown>;
  readonly body?: BodyLike;
  readonly organizer?: Getter<{ readonly emailAddress?: unknown } | undefined>;
  readonly getSharedPropertiesAsync?: (callback: AsyncCallback<{ readonly owner?: unknown } | undefined>) => void;
  readonly notificationMessages?: {
    readonly replaceAsync?: (key: string, details: Record<string, unknown>, callback: AsyncCallback<unknown>) => void;
  };
}
interface MailboxLike {
  readonly item?: unknown;
  readonly userProfile?: { readonly emailAddress?: unknown };
}
interface OfficeLike {
  readonly context?: { readonly mailbox?: MailboxLike; readonly displayLanguage?: unknown };
}

export interface HandlerTiming {
  readonly callTimeoutMs: number;
  readonly overallTimeoutMs: number;
  /** EVALUATION_BUDGET_MS unless given. */
  readonly evaluationBudgetMs?: number;
  /** The clock the budget reads; Date.now unless given (tests make the rule's own slices take time). */
  readonly now?: () => number;
}

/** Builds a send handler; tests pass other timings to reach the overall cap. */
export function createSendHandler(
  timing: HandlerTiming = { callTimeoutMs: CALL_TIMEOUT_MS, overallTimeoutMs: OVERALL_TIMEOUT_MS },
): (event: SendEvent) => void {
  return (event) => {
    // Outlook requires exactly one completed(): the cap and the decision race, the first one wins.
    let done = false;
    let cap: ReturnType<typeof startTimer>;
    const complete = (options: Completion): void => {
      if (done) return;
      done = true;
      stopTimer(cap);
      try {
        event.completed(options);
      } catch {
        // Nothing left to try: Outlook falls back to the manifest's SendMode.
      }
    };
    cap = startTimer(timing.overallTimeoutMs, () => complete(ALLOW));
    let decision: Promise<Completion>;
    try {
      decision = decide(currentOffice(), timing.callTimeoutMs, timing.evaluationBudgetMs, timing.now);
    } catch {
      decision = Promise.resolve(ALLOW);
    }
    decision.then(complete, () => complete(ALLOW));
  };
}

/** Registered with Office.actions.associate; the name must match FunctionName in manifest.xml. */
export const onAppointmentSendHandler = createSendHandler();

/** Reads the appointment and applies the pure rule; resolves ALLOW whenever anything is missing. */
export async function decide(
  office: OfficeLike | undefined,
  callTimeoutMs: number = CALL_TIMEOUT_MS,
  evaluationBudgetMs: number = EVALUATION_BUDGET_MS,
  now: () => number = Date.now,
): Promise<Completion> {
  const started = now();
  const mailbox = office?.context?.mailbox;
  const item = mailbox?.item as AppointmentLike | null | undefined;
  if (!mailbox || !item) return ALLOW;

  // Started together so the slowest read, not the sum of them, sets the time the user waits.
  const delegation = readDelegation(item, userAddress(mailbox), callTimeoutMs);
  const location = readString(item.location, callTimeoutMs);
  const subject = readString(item.subject, callTimeoutMs);
  const body = readBody(item.body, callTimeoutMs);

  if ((await delegation) !== "delegate") return ALLOW;
  const [where, title, content] = await Promise.all([location, subject, body]);
  if (!where.ok || !title.ok || !content.ok) return ALLOW;

  const messages = sendGuardMessages(displayLanguageOf(office));
  const unchecked = (): Completion => {
    noteUnchecked(item, messages.unchecked);
    return ALLOW;
  };
  // Outlook refuses to save a longer body, so one this long is not something we were built to read;
  // and reads that took the whole budget leave no time to start.
  if (content.value.text.length > MAX_BODY_CHARS || now() - started > evaluationBudgetMs) return unchecked();
  const budget = pacedBudget(started, evaluationBudgetMs, now);
  try {
    const verdict = await runPaced(
      evaluateSendGuardSteps({
        delegation: "delegate",
        location: where.value,
        subject: title.value,
        body: content.value.text,
        bodyType: content.value.type,
        messages,
      }),
      budget,
    );
    return verdict.allow ? ALLOW : { allowEvent: false, errorMessage: verdict.message };
  } catch (error) {
    if (error instanceof BudgetSpent) return unchecked();
    throw error;
  }
}

/**
 * Smart Alerts shows nothing when a send is allowed, so the note goes on the item: Outlook shows it
 * while the form is still open (a send that does not go through, a client that keeps the form). Not
 * waited for: the send must not wait on a note.
 */
function noteUnchecked(item: AppointmentLike, message: string): void {
  const notes = item.notificationMessages;
  const replaceAsync = notes?.replaceAsync;
  if (!notes || typeof replaceAsync !== "function") return;
  try {
    // Outlook refuses a notification longer than 150 characters (the pseudo-locale's would be).
    const details = { type: "informationalMessage", message: message.slice(0, MAX_NOTE_CHARS), icon: "Icon.16x16", persistent: false };
    replaceAsync.call(notes, UNCHECKED_NOTE_KEY, details, () => undefined);
  } catch {
    // A note that cannot be shown changes nothing about the send.
  }
}

export const MAX_NOTE_CHARS = 150;

/** The notification's key (at most 32 characters). */
export const UNCHECKED_NOTE_KEY = "sobSendCheckUnchecked";

/**
 * "delegate" when any source we could read names someone other than the signed-in user: the item is
 * in someone else's calendar, or someone else organises it (either way the online-meeting service
 * checks that user's delegates). "self" when every source read names the user; "unknown" when none
 * could be read, since a failed read is never evidence of "not a delegate". (The taskpane lets the
 * shared-folder owner decide when the two disagree; here either is enough, because the rule only
 * ever stops an invitation that has no way to join.)
 */
export function decideDelegation(user: string | undefined, owners: readonly (string | undefined)[]): Delegation {
  const me = normalizeAddress(user);
  if (me === "") return "unknown";
  const named = owners.map(normalizeAddress).filter((owner) => owner !== "");
  if (named.length === 0) return "unknown";
  return named.some((owner) => owner !== me) ? "delegate" : "self";
}

async function readDelegation(item: AppointmentLike, user: string | undefined, timeoutMs: number): Promise<Delegation> {
  if (user === undefined) return "unknown";
  const [shared, organizer] = await Promise.all([readSharedOwner(item, timeoutMs), readOrganizer(item, timeoutMs)]);
  return decideDelegation(user, [shared, organizer]);
}

async function readSharedOwner(item: AppointmentLike, timeoutMs: number): Promise<string | undefined> {
  const getShared = item.getSharedPropertiesAsync;
  if (typeof getShared !== "function") return undefined;
  const read = await callAsync<{ readonly owner?: unknown } | undefined>((cb) => getShared.call(item, cb), timeoutMs);
  return read.ok ? stringOrUndefined(read.value?.owner) : undefined;
}

async function readOrganizer(item: AppointmentLike, timeoutMs: number): Promise<string | undefined> {
  const organizer = item.organizer;
  const getAsync = organizer?.getAsync;
  if (!organizer || typeof getAsync !== "function") return undefined;
  const read = await callAsync<{ readonly emailAddress?: unknown } | undefined>((cb) => getAsync.call(organizer, cb), timeoutMs);
  return read.ok ? stringOrUndefined(read.value?.emailAddress) : undefined;
}

async function readString(getter: Getter<unknown> | undefined, timeoutMs: number): Promise<Read<string>> {
  const getAsync = getter?.getAsync;
  if (!getter || typeof getAsync !== "function") return { ok: false };
  const read = await callAsync<unknown>((cb) => getAsync.call(getter, cb), timeoutMs);
  return read.ok && typeof read.value === "string" ? { ok: true, value: read.value } : { ok: false };
}

/** The body in its own format: HTML keeps the hrefs that plain text would drop. */
async function readBody(body: BodyLike | undefined, timeoutMs: number): Promise<Read<{ readonly type: BodyType; readonly text: string }>> {
  const getTypeAsync = body?.getTypeAsync;
  const getAsync = body?.getAsync;
  if (!body || typeof getTypeAsync !== "function" || typeof getAsync !== "function") return { ok: false };
  const typeRead = await callAsync<unknown>((cb) => getTypeAsync.call(body, cb), timeoutMs);
  // Office.CoercionType.Html / .Text are the strings "html" / "text".
  const type = typeRead.ok ? typeRead.value : undefined;
  if (type !== "html" && type !== "text") return { ok: false };
  const read = await callAsync<unknown>((cb) => getAsync.call(body, type, cb), timeoutMs);
  return read.ok && typeof read.value === "string" ? { ok: true, value: { type, text: read.value } } : { ok: false };
}

function displayLanguageOf(office: OfficeLike | undefined): unknown {
  try {
    return office?.context?.displayLanguage;
  } catch {
    return undefined;
  }
}

function userAddress(mailbox: MailboxLike): string | undefined {
  try {
    return stringOrUndefined(mailbox.userProfile?.emailAddress);
  } catch {
    return undefined;
  }
}

function normalizeAddress(address: string | undefined): string {
  return (address ?? "").trim().toLowerCase();
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

function currentOffice(): OfficeLike | undefined {
  return typeof Office === "undefined" ? undefined : (Office as unknown as OfficeLike);
}

// Registration. Guarded so loading the bundle where Office.actions is missing (an old client, a
// test, the taskpane by mistake) does nothing instead of throwing at load time.
try {
  if (typeof Office !== "undefined" && Office.actions && typeof Office.actions.associate === "function") {
    Office.actions.associate("onAppointmentSendHandler", onAppointmentSendHandler);
  }
} catch {
  // Outlook reports an unregistered handler itself; throwing here would only hide that.
}
