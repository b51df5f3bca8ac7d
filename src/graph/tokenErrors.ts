/**
 * MSAL's failures in words the pane can say. Pure (no MSAL import: errors are read by their name
 * and code, which is also how they cross a chunk boundary), so every mapping is table-tested.
 */
import type { GraphUnknownWhy } from "../diagnosis/evidence/graph";

export interface TokenErrorLike {
  readonly name?: unknown;
  readonly errorCode?: unknown;
  readonly errorMessage?: unknown;
  readonly message?: unknown;
}

/** The silent attempt failed in a way only the user can fix (sign in, consent): try the pop-up. */
export function needsInteraction(error: unknown): boolean {
  const { name, code } = partsOf(error);
  return (
    name === "InteractionRequiredAuthError" ||
    ["interaction_required", "consent_required", "login_required", "no_account_found", "user_interaction_required"].includes(code)
  );
}

/** Why no token came, for the pane (the why) and the report (the detail: MSAL's code, never a token). */
export function tokenFailure(error: unknown): { readonly why: GraphUnknownWhy; readonly detail: string } {
  const { name, code, message } = partsOf(error);
  const detail = `${name || "Error"}${code ? ` ${code}` : ""}${message ? `: ${message}` : ""}`;
  if (
    ["user_canceled", "user_cancelled", "access_denied", "consent_required", "interaction_required", "popup_window_error"].includes(code)
  ) {
    return { why: "consent-refused", detail };
  }
  if (name === "InteractionRequiredAuthError") return { why: "consent-refused", detail };
  if (["nested_app_auth_bridge_disabled", "bridge_unavailable", "bridge_disabled"].includes(code)) return { why: "bridge-missing", detail };
  if (code === "no_network_connectivity" || code === "no_network") return { why: "network", detail };
  if (name === "ServerError" && !message && !code) {
    // Outlook for Mac has been seen failing NAA with an empty ServerError (office-js #5209, #6691).
    return { why: "sign-in-failed", detail: "ServerError with no details (reported on Outlook for Mac)" };
  }
  return { why: "sign-in-failed", detail };
}

function partsOf(error: unknown): { name: string; code: string; message: string } {
  const e = (typeof error === "object" && error !== null ? error : {}) as TokenErrorLike;
  const text = (value: unknown) =>
    typeof value === "string"
      ? value
          .replace(/[\p{Cc}\p{Cf}]/gu, " ")
          .trim()
          .slice(0, 160)
      : "";
  // MSAL puts the code in front of its message ("user_canceled: User cancelled the flow."); keep it once.
  const code = text(e.errorCode).toLowerCase();
  // MSAL's own errors carry errorMessage (possibly empty); anything else thrown has only message.
  const raw = (typeof e.errorMessage === "string" ? text(e.errorMessage) : text(e.message)).replace(/^[:\s]+$/, "");
  const message = code && raw.toLowerCase().startsWith(`${code}:`) ? raw.slice(code.length + 1).trim() : raw;
  return { name: text(e.name), code, message: redactTokens(message) };
}

/** A message never carries a token into the report: anything shaped like a JWT or a long opaque string goes. */
function redactTokens(text: string): string {
  return text.replace(/eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g, "[token]").replace(/[A-Za-z0-9_\-.~+/]{60,}={0,2}/g, "[…]");
}
