/** item.body: reads and writes with Outlook's coercion rules and size limit. */
import { argumentError, ERRORS, failure, success } from "./async";
import { htmlToText, insertAtStartOfHtml, textToHtmlDocument, textToHtmlFragment } from "./html";
import { makeMethod, type MethodContext } from "./method";
import type { ItemStore } from "./store";
import type { BodyType } from "./types";
import { defineMethods } from "./define";

/** prependAsync / setAsync / setSelectedDataAsync accept at most this many characters. */
export const MAX_BODY_WRITE = 1_000_000;

type Placement = "replace" | "start";

export function createBody(ctx: MethodContext, store: ItemStore): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  defineMethods(body, {
    getTypeAsync: makeMethod(
      ctx,
      "item.body.getTypeAsync",
      "1.1",
      { kind: "trailing", fixed: 0 },
      (_fixed, call) => () => success(store.getState().bodyType, call.asyncContext),
    ),
    getAsync: makeMethod(ctx, "item.body.getAsync", "1.3", { kind: "trailing", fixed: 1 }, ([coercionType], call) => {
      const wanted = coercion("body.getAsync", coercionType);
      return () => {
        const { body: content, bodyType } = store.getState();
        return success(read(content, bodyType, wanted), call.asyncContext);
      };
    }),
    setAsync: writer(ctx, store, "item.body.setAsync", "1.3", "replace"),
    prependAsync: writer(ctx, store, "item.body.prependAsync", "1.1", "start"),
    // The taskpane has the focus, not the body, so "the selection" is the start of the body (documented Outlook behaviour when the body has no cursor).
    setSelectedDataAsync: writer(ctx, store, "item.body.setSelectedDataAsync", "1.2", "start"),
  });
  return body;
}

function writer(
  ctx: MethodContext,
  store: ItemStore,
  target: "item.body.setAsync" | "item.body.prependAsync" | "item.body.setSelectedDataAsync",
  since: string,
  placement: Placement,
) {
  const name = target.slice("item.".length);
  return makeMethod(ctx, target, since, { kind: "trailing", fixed: 1 }, ([data], call) => {
    if (typeof data !== "string") throw argumentError(name, "data");
    const given = call.options.coercionType;
    const type = given === undefined ? "text" : coercion(name, given);
    return () => {
      const { body: current, bodyType } = store.getState();
      if (type === "html" && bodyType === "text") {
        return failure(ERRORS.invalidFormat("The body is plain text: HTML cannot be written into it."), call.asyncContext);
      }
      if (data.length > MAX_BODY_WRITE) {
        return failure(ERRORS.tooLarge(`The data exceeds the maximum of ${MAX_BODY_WRITE} characters.`), call.asyncContext);
      }
      const piece = bodyType === "html" && type === "text" ? textToHtmlFragment(data) : data;
      const next = placement === "replace" ? piece : bodyType === "html" ? insertAtStartOfHtml(current, piece) : piece + current;
      store.update({ body: next });
      return success(undefined, call.asyncContext);
    };
  });
}

function coercion(method: string, value: unknown): BodyType {
  if (value === "html" || value === "text") return value;
  throw argumentError(method, "coercionType", "must be Office.CoercionType.Html or Office.CoercionType.Text");
}

function read(content: string, bodyType: BodyType, wanted: BodyType): string {
  if (wanted === bodyType) return content;
  return wanted === "html" ? textToHtmlDocument(content) : htmlToText(content);
}
