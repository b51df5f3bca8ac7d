/** item.body: reads and writes with Outlook's coercion rules and size limit. */
import { argumentError, ERRORS, failure, success } from "./async";
import { FAITHFUL, type ClientProfile } from "./clients";
import { htmlToText, insertAtStartOfHtml, textToHtmlDocument, textToHtmlFragment } from "./html";
import { makeMethod, type MethodContext } from "./method";
import type { ItemStore } from "./store";
import type { BodyType } from "./types";
import { defineMethods } from "./define";

/** prependAsync / setAsync / setSelectedDataAsync accept at most this many characters. */
export const MAX_BODY_WRITE = 1_000_000;

type Placement = "replace" | "start";

/** Mutable per-pane state of the body: what Outlook for Mac still returns right after a write. */
interface BodySession {
  /** The body as it was before the last write, until the next getAsync has returned it (Mac). */
  stale: string | undefined;
}

export function createBody(ctx: MethodContext, store: ItemStore, client: ClientProfile = FAITHFUL): Record<string, unknown> {
  const session: BodySession = { stale: undefined };
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
        const { body: current, bodyType } = store.getState();
        // Outlook for Mac (office-js #5983, https://github.com/OfficeDev/office-js/issues/5983): "the
        // email body retrieved from `body.getAsync` in the setAsync callback still has the old email
        // body. `body.getAsync` returns the updated email body after additional delays." Emulated as:
        // the first read after each write returns the previous body, once.
        const content = session.stale ?? current;
        session.stale = undefined;
        return success(read(content, bodyType, wanted), call.asyncContext);
      };
    }),
    setAsync: writer(ctx, store, client, session, "item.body.setAsync", "1.3", "replace"),
    prependAsync: writer(ctx, store, client, session, "item.body.prependAsync", "1.1", "start"),
    // The taskpane has the focus, not the body, so "the selection" is the start of the body (documented Outlook behaviour when the body has no cursor).
    setSelectedDataAsync: writer(ctx, store, client, session, "item.body.setSelectedDataAsync", "1.2", "start"),
  });
  return body;
}

function writer(
  ctx: MethodContext,
  store: ItemStore,
  client: ClientProfile,
  session: BodySession,
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
      const combined = placement === "replace" ? piece : bodyType === "html" ? insertAtStartOfHtml(current, piece) : piece + current;
      // The client profile rewrites the whole resulting HTML body as that client would (identity
      // for "faithful"); text bodies are kept as they are.
      const next = bodyType === "html" ? client.rewriteHtml(combined) : combined;
      if (client.staleFirstReadAfterWrite) session.stale = current;
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
