/** Office.context.mailbox.item for an appointment in organizer (compose) mode. */
import { argumentError, ERRORS, failure, success } from "./async";
import { createBody } from "./body";
import { FAITHFUL, type ClientProfile } from "./clients";
import { createLoadCustomProperties } from "./customProperties";
import { defineMethods } from "./define";
import { makeMethod, type MethodContext } from "./method";
import { createNotificationMessages } from "./notifications";
import type { ItemStore } from "./store";
import type { ItemState, Scenario } from "./types";
import { supportsVersion } from "./versions";

/** subject.setAsync and location.setAsync accept at most this many characters. */
export const MAX_SUBJECT = 255;
export const MAX_LOCATION = 255;

export function createItem(
  ctx: MethodContext,
  store: ItemStore,
  scenario: Scenario,
  client: ClientProfile = FAITHFUL,
): Record<string, unknown> {
  const item: Record<string, unknown> = {
    itemType: "appointment",
    subject: textField(ctx, store, "subject", MAX_SUBJECT),
    location: textField(ctx, store, "location", MAX_LOCATION),
    body: createBody(ctx, store, client),
    start: timeField(ctx, store, "start"),
    end: timeField(ctx, store, "end"),
  };
  if (supportsVersion(ctx.maxMailboxVersion, "1.7") && ctx.faults["item.organizer"]?.kind !== "absent") {
    const organizer: Record<string, unknown> = {};
    defineMethods(organizer, {
      getAsync: makeMethod(
        ctx,
        "item.organizer.getAsync",
        "1.7",
        { kind: "trailing", fixed: 0 },
        (_fixed, call) => () =>
          success({ emailAddress: scenario.organizer.emailAddress, displayName: scenario.organizer.displayName }, call.asyncContext),
      ),
    });
    item.organizer = organizer;
  }
  defineMethods(item, {
    getSharedPropertiesAsync: makeMethod(ctx, "item.getSharedPropertiesAsync", "1.8", { kind: "trailing", fixed: 0 }, (_fixed, call) => {
      if (typeof call.callback !== "function") throw argumentError("item.getSharedPropertiesAsync", "callback");
      return () => (scenario.shared ? success({ ...scenario.shared }, call.asyncContext) : failure(ERRORS.notShared(), call.asyncContext));
    }),
    loadCustomPropertiesAsync: createLoadCustomProperties(ctx, store),
    notificationMessages: createNotificationMessages(ctx, store),
    saveAsync: makeMethod(ctx, "item.saveAsync", "1.3", { kind: "trailing", fixed: 0 }, (_fixed, call) => () => {
      const state = store.update((s) => ({
        itemId: s.itemId ?? newItemId(scenario.id),
        saveCount: s.saveCount + 1,
        customPropertiesAtItemSave: s.customProperties,
      }));
      return success(state.itemId, call.asyncContext);
    }),
  });
  return item;
}

function textField(ctx: MethodContext, store: ItemStore, field: "subject" | "location", max: number): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  defineMethods(object, {
    getAsync: makeMethod(
      ctx,
      `item.${field}.getAsync`,
      "1.1",
      { kind: "trailing", fixed: 0 },
      (_fixed, call) => () => success(store.getState()[field], call.asyncContext),
    ),
    setAsync: makeMethod(ctx, `item.${field}.setAsync`, "1.1", { kind: "trailing", fixed: 1 }, ([value], call) => {
      if (typeof value !== "string") throw argumentError(`${field}.setAsync`, field);
      return () => {
        if (value.length > max)
          return failure(ERRORS.tooLarge(`The ${field} exceeds the maximum of ${max} characters.`), call.asyncContext);
        store.update({ [field]: value } as Partial<ItemState>);
        return success(undefined, call.asyncContext);
      };
    }),
  });
  return object;
}

/** item.start / item.end (Office.Time): Date values; moving the start keeps the duration, as Outlook does. */
function timeField(ctx: MethodContext, store: ItemStore, field: "start" | "end"): Record<string, unknown> {
  const getAsync = (_fixed: readonly unknown[], call: { asyncContext: unknown }) => () =>
    success(new Date(store.getState()[field]), call.asyncContext);
  const object: Record<string, unknown> = {};
  defineMethods(object, {
    getAsync: makeMethod(ctx, `item.${field}.getAsync`, "1.1", { kind: "trailing", fixed: 0 }, getAsync),
    setAsync: makeMethod(ctx, `item.${field}.setAsync`, "1.1", { kind: "trailing", fixed: 1 }, ([value], call) => {
      if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw argumentError(`${field}.setAsync`, "dateTime");
      return () => {
        const { start, end } = store.getState();
        if (field === "start") {
          const duration = Date.parse(end) - Date.parse(start);
          store.update({ start: value.toISOString(), end: new Date(value.getTime() + duration).toISOString() });
        } else {
          if (value.getTime() < Date.parse(start)) {
            return failure(
              { name: "InvalidEndTime", message: "The end time cannot be before the start time.", code: 9048 },
              call.asyncContext,
            );
          }
          store.update({ end: value.toISOString() });
        }
        return success(undefined, call.asyncContext);
      };
    }),
  });
  return object;
}

function newItemId(scenarioId: string): string {
  const random = Math.random().toString(36).slice(2, 10);
  return `AAMkSimulated-${scenarioId}-${random}`;
}
