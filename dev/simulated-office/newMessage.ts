/** mailbox.displayNewMessageForm (1.6) and displayNewMessageFormAsync (1.9): recorded, never sent. */
import { argumentError, success } from "./async";
import { makeMethod, startCall, type MethodContext } from "./method";
import type { ItemStore } from "./store";
import type { OpenedMessage } from "./types";
import { supportsVersion } from "./versions";

export const MAX_HTML_BODY = 32 * 1024;
export const MAX_RECIPIENTS = 100;

export function createDisplayNewMessageFormAsync(ctx: MethodContext, store: ItemStore) {
  return makeMethod(ctx, "mailbox.displayNewMessageFormAsync", "1.9", { kind: "trailing", fixed: 1 }, ([parameters], call) => {
    const message = parse("displayNewMessageFormAsync", parameters);
    return () => {
      store.update((s) => ({ openedMessages: [...s.openedMessages, message] }));
      return success(undefined, call.asyncContext);
    };
  });
}

/** The synchronous form has no callback: a "fail" fault makes it throw, like a host that refuses. */
export function createDisplayNewMessageForm(ctx: MethodContext, store: ItemStore): ((parameters: unknown) => void) | undefined {
  if (!supportsVersion(ctx.maxMailboxVersion, "1.6")) return undefined;
  if (ctx.faults["mailbox.displayNewMessageForm"]?.kind === "absent") return undefined;
  return (parameters: unknown) => {
    const { fault } = startCall(ctx, "mailbox.displayNewMessageForm", [parameters]);
    if (fault?.kind === "throw") throw new Error(fault.message);
    if (fault?.kind === "fail") throw new Error(fault.error.message);
    const message = parse("displayNewMessageForm", parameters, "displayNewMessageForm");
    if (fault) return; // silent / undefined-result: nothing opens
    store.update((s) => ({ openedMessages: [...s.openedMessages, message] }));
  };
}

function parse(method: string, parameters: unknown, via: OpenedMessage["via"] = "displayNewMessageFormAsync"): OpenedMessage {
  if (typeof parameters !== "object" || parameters === null) throw argumentError(method, "parameters");
  const { toRecipients, ccRecipients, subject, htmlBody } = parameters as Record<string, unknown>;
  const to = recipients(method, "toRecipients", toRecipients);
  const cc = recipients(method, "ccRecipients", ccRecipients);
  if (to.length + cc.length > MAX_RECIPIENTS)
    throw argumentError(method, "toRecipients", `allows at most ${MAX_RECIPIENTS} recipients in all`);
  if (subject !== undefined && (typeof subject !== "string" || subject.length > 255))
    throw argumentError(method, "subject", "must be a string of at most 255 characters");
  if (htmlBody !== undefined && (typeof htmlBody !== "string" || htmlBody.length > MAX_HTML_BODY)) {
    throw argumentError(method, "htmlBody", `must be a string of at most ${MAX_HTML_BODY} characters`);
  }
  return { via, toRecipients: to, ccRecipients: cc, subject: subject ?? "", htmlBody: htmlBody ?? "", at: new Date().toISOString() };
}

function recipients(method: string, name: string, value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw argumentError(method, name);
  return value.map((entry: unknown) => {
    if (typeof entry === "string") return entry;
    if (typeof entry === "object" && entry !== null && typeof (entry as { emailAddress?: unknown }).emailAddress === "string") {
      return (entry as { emailAddress: string }).emailAddress;
    }
    throw argumentError(method, name);
  });
}
