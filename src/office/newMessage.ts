import { callOffice, DEFAULT_TIMEOUT_MS, hasMethod } from "./call";
import type { MailboxLike } from "./officeShape";

export interface Draft {
  readonly to: string;
  readonly subject: string;
  /** Plain text; converted to minimal escaped HTML because the new-message form takes HTML. */
  readonly body: string;
}

/** "opened": Outlook showed the draft. "unavailable": the caller should offer to copy the text instead. */
export type OpenResult = "opened" | "unavailable";

/**
 * Opens a new message to the owner: displayNewMessageFormAsync (Mailbox 1.9), then the older
 * synchronous displayNewMessageForm, then lets the caller fall back to the clipboard.
 */
export async function openDraft(
  mailbox: MailboxLike | null | undefined,
  draft: Draft,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<OpenResult> {
  const parameters = {
    toRecipients: draft.to ? [draft.to] : [],
    subject: draft.subject,
    htmlBody: textToHtml(draft.body),
  };
  if (hasMethod(mailbox, "displayNewMessageFormAsync")) {
    const shown = await callOffice(
      "displayNewMessageFormAsync",
      (cb) => mailbox.displayNewMessageFormAsync(parameters as never, cb as never),
      timeoutMs,
    );
    if (shown.ok) return "opened";
  }
  if (hasMethod(mailbox, "displayNewMessageForm")) {
    try {
      mailbox.displayNewMessageForm(parameters as never);
      return "opened";
    } catch {
      // Falls through to the clipboard.
    }
  }
  return "unavailable";
}

export function textToHtml(text: string): string {
  const escaped = text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<div>${escaped.replace(/\r?\n/g, "<br>")}</div>`;
}
