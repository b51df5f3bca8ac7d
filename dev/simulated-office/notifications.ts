/** item.notificationMessages: at most 5 per item, keys up to 32 characters, messages up to 150. */
import { argumentError, ERRORS, failure, success } from "./async";
import { defineMethods } from "./define";
import { makeMethod, type MethodContext } from "./method";
import type { ItemStore } from "./store";
import type { NotificationEntry } from "./types";

export const MAX_NOTIFICATIONS = 5;
export const MAX_NOTIFICATION_MESSAGE = 150;
export const MAX_NOTIFICATION_KEY = 32;

const TYPES = ["progressIndicator", "informationalMessage", "errorMessage", "insightMessage"];

export function createNotificationMessages(ctx: MethodContext, store: ItemStore): Record<string, unknown> | undefined {
  const notifications: Record<string, unknown> = {};
  const all = () => store.getState().notifications;
  defineMethods(notifications, {
    addAsync: makeMethod(ctx, "item.notificationMessages.addAsync", "1.3", { kind: "trailing", fixed: 2 }, ([key, details], call) => {
      const entry = validate("notificationMessages.addAsync", key, details);
      return () => {
        if (all().some((n) => n.key === entry.key)) return failure(ERRORS.duplicateKey(entry.key), call.asyncContext);
        if (all().length >= MAX_NOTIFICATIONS) return failure(ERRORS.tooManyNotifications(), call.asyncContext);
        store.update({ notifications: [...all(), entry] });
        return success(undefined, call.asyncContext);
      };
    }),
    replaceAsync: makeMethod(
      ctx,
      "item.notificationMessages.replaceAsync",
      "1.3",
      { kind: "trailing", fixed: 2 },
      ([key, details], call) => {
        const entry = validate("notificationMessages.replaceAsync", key, details);
        return () => {
          const existing = all().findIndex((n) => n.key === entry.key);
          // Like Outlook: replacing a key that does not exist adds the message.
          if (existing < 0) {
            if (all().length >= MAX_NOTIFICATIONS) return failure(ERRORS.tooManyNotifications(), call.asyncContext);
            store.update({ notifications: [...all(), entry] });
          } else {
            store.update({ notifications: all().map((n, i) => (i === existing ? entry : n)) });
          }
          return success(undefined, call.asyncContext);
        };
      },
    ),
    removeAsync: makeMethod(ctx, "item.notificationMessages.removeAsync", "1.3", { kind: "trailing", fixed: 1 }, ([key], call) => {
      const wanted = validKey("notificationMessages.removeAsync", key);
      return () => {
        if (!all().some((n) => n.key === wanted)) return failure(ERRORS.keyNotFound(wanted), call.asyncContext);
        store.update({ notifications: all().filter((n) => n.key !== wanted) });
        return success(undefined, call.asyncContext);
      };
    }),
    getAllAsync: makeMethod(
      ctx,
      "item.notificationMessages.getAllAsync",
      "1.3",
      { kind: "trailing", fixed: 0 },
      (_fixed, call) => () =>
        success(
          all().map((n) => ({ ...n })),
          call.asyncContext,
        ),
    ),
  });
  return Object.keys(notifications).length > 0 ? notifications : undefined;
}

function validKey(method: string, key: unknown): string {
  if (typeof key !== "string" || key === "" || key.length > MAX_NOTIFICATION_KEY) {
    throw argumentError(method, "key", `must be a non-empty string of at most ${MAX_NOTIFICATION_KEY} characters`);
  }
  return key;
}

/** Office.js checks the message details before sending them and throws on bad ones. */
function validate(method: string, key: unknown, details: unknown): NotificationEntry {
  const validatedKey = validKey(method, key);
  if (typeof details !== "object" || details === null) throw argumentError(method, "JSONmessage");
  const { type, message, icon, persistent } = details as Record<string, unknown>;
  if (typeof type !== "string" || !TYPES.includes(type)) throw argumentError(method, "type");
  if (typeof message !== "string" || message === "" || message.length > MAX_NOTIFICATION_MESSAGE) {
    throw argumentError(method, "message", `must be a non-empty string of at most ${MAX_NOTIFICATION_MESSAGE} characters`);
  }
  if (type === "informationalMessage") {
    if (typeof icon !== "string" || icon === "") throw argumentError(method, "icon", "is required for an informational message");
    if (typeof persistent !== "boolean") throw argumentError(method, "persistent", "is required for an informational message");
    return { key: validatedKey, type, message, icon, persistent };
  }
  if (type === "insightMessage" && typeof icon === "string") return { key: validatedKey, type, message, icon };
  if (icon !== undefined || persistent !== undefined)
    throw argumentError(method, icon !== undefined ? "icon" : "persistent", "is only allowed for an informational message");
  return { key: validatedKey, type, message };
}
