/**
 * The user presses Send: Outlook runs the add-in's OnAppointmentSend handler (Smart Alerts) with an
 * event whose completed({ allowEvent, errorMessage }) decides. The manifest uses SendMode SoftBlock.
 * https://learn.microsoft.com/office/dev/add-ins/outlook/onmessagesend-onappointmentsend-events
 */

/** FunctionName of the LaunchEvent in manifest.xml; launchevent.js registers it with Office.actions.associate. */
export const SEND_HANDLER_NAME = "onAppointmentSendHandler";

/**
 * How long the simulator waits for event.completed(). Real Outlook waits up to five minutes ("If the
 * add-in runs for five minutes or more, it will time out"); a shorter default keeps tests and the
 * playground responsive. send({ timeoutMs }) changes it (at most five minutes).
 */
export const DEFAULT_SEND_TIMEOUT_MS = 10_000;
export const MAX_SEND_TIMEOUT_MS = 300_000;

/** "The Smart Alerts dialog message must be 500 characters or less." */
export const MAX_SMART_ALERT_MESSAGE = 500;

export interface SendOutcome {
  /** True when the send handler ran (it may still have failed to answer in time). */
  readonly ran: boolean;
  /** Whether Outlook sends the meeting (before the user chooses "Send anyway"). */
  readonly allowEvent: boolean;
  /** The handler's errorMessage when it blocked the send. */
  readonly errorMessage?: string;
  /** Why the handler did not run, or what went wrong with it. */
  readonly reason?: string;
}

export interface SendOptions {
  readonly timeoutMs?: number;
}

export interface SendEnvironment {
  readonly handlers: Readonly<Record<string, (event: unknown) => unknown>>;
  /** The host has answered: an event-based handler runs without the page calling Office.onReady. */
  readonly ready: Promise<unknown>;
  /** False in Outlook on the web when the meeting is composed in the embedded form. */
  readonly sendCheckRuns: boolean;
}

export const REASON_EMBEDDED =
  "Outlook on the web runs the send-time check only when the meeting is composed in a separate (popped-out) window; this meeting is in the embedded form, so it was sent without the check.";
export const REASON_NOT_LOADED = `The send-time check is not loaded here: nothing registered "${SEND_HANDLER_NAME}" with Office.actions.associate (launchevent.js), so Outlook sends without it.`;

export async function simulateSend(env: SendEnvironment, options: SendOptions = {}): Promise<SendOutcome> {
  await env.ready;
  if (!env.sendCheckRuns) return { ran: false, allowEvent: true, reason: REASON_EMBEDDED };
  const handler = env.handlers[SEND_HANDLER_NAME];
  if (typeof handler !== "function") return { ran: false, allowEvent: true, reason: REASON_NOT_LOADED };
  const timeoutMs = sendTimeout(options.timeoutMs);
  return new Promise<SendOutcome>((resolve) => {
    let settled = false;
    const finish = (outcome: SendOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const timer = setTimeout(
      () =>
        finish({
          ran: true,
          allowEvent: false,
          reason: `The send-time check did not call event.completed() within ${formatDuration(timeoutMs)}; with SoftBlock, Outlook does not send until the check completes.`,
        }),
      timeoutMs,
    );
    const event = {
      type: "olkAppointmentSend",
      completed(options?: unknown) {
        if (settled) {
          console.warn("[simulated Office] event.completed() was called more than once; Outlook uses the first call.");
          return;
        }
        finish(readCompletion(options));
      },
    };
    try {
      handler(event);
    } catch (error) {
      finish({
        ran: true,
        allowEvent: false,
        reason: `The send handler threw before calling event.completed() (${error instanceof Error ? error.message : String(error)}); Outlook waits until it times out and, with SoftBlock, does not send.`,
      });
    }
  });
}

function readCompletion(options: unknown): SendOutcome {
  const given = typeof options === "object" && options !== null ? (options as Record<string, unknown>) : {};
  if (given.allowEvent !== false) return { ran: true, allowEvent: true };
  const message = typeof given.errorMessage === "string" ? given.errorMessage : undefined;
  if (message !== undefined && message.length > MAX_SMART_ALERT_MESSAGE) {
    return {
      ran: true,
      allowEvent: false,
      errorMessage: message,
      reason: `errorMessage has ${message.length} characters; Smart Alerts allow at most ${MAX_SMART_ALERT_MESSAGE}.`,
    };
  }
  return message === undefined ? { ran: true, allowEvent: false } : { ran: true, allowEvent: false, errorMessage: message };
}

function sendTimeout(value: unknown): number {
  return typeof value === "number" && Number.isFinite(value) && value > 0 ? Math.min(value, MAX_SEND_TIMEOUT_MS) : DEFAULT_SEND_TIMEOUT_MS;
}

function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${Number((ms / 1000).toFixed(1))} s`;
}
