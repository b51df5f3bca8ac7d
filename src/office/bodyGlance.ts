import { mayClaimService, mayHoldBlock, type GlancedBodyType } from "../body/glance";
import { callOffice, DEFAULT_TIMEOUT_MS, failed, hasMethod, type Outcome } from "./call";
import type { ItemLike } from "./officeShape";

/** What the answer needs from the body before the body reader (its own chunk) has arrived. */
export interface BodyGlance {
  readonly bodyType: GlancedBodyType;
  readonly bodyChars: number;
  /** False only when the body certainly holds no join block of ours (src/body/glance.ts). */
  readonly mayHoldBlock: boolean;
  /** False only when neither the body nor the location names a meeting service, so nothing claims one. */
  readonly mayClaim: boolean;
}

/**
 * Reads the body once, in the main bundle, at the same time as the shared properties. Its type and
 * its HTML are asked for together (almost every meeting body is HTML), so the usual case costs one
 * round trip to Outlook; a text body is read again as text.
 */
export async function glanceAtBody(item: ItemLike | undefined, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<Outcome<BodyGlance>> {
  const body = item?.body;
  if (!hasMethod(body, "getAsync")) return failed("item.body.getAsync is missing");
  const read = (type: GlancedBodyType) =>
    callOffice<unknown>("body.getAsync", (cb) => body.getAsync(type as never, cb as never), timeoutMs);
  const typed = hasMethod(body, "getTypeAsync")
    ? callOffice<unknown>("body.getTypeAsync", (cb) => body.getTypeAsync(cb as never), timeoutMs)
    : Promise.resolve({ ok: true as const, value: "html" });
  const location = item?.location;
  const where = hasMethod(location, "getAsync")
    ? callOffice<unknown>("location.getAsync", (cb) => location.getAsync(cb as never), timeoutMs)
    : Promise.resolve(failed("item.location.getAsync is missing"));
  const [type, html, place] = await Promise.all([typed, read("html"), where]);
  if (!type.ok) return type;
  const bodyType: GlancedBodyType = type.value === "text" ? "text" : "html";
  const content = bodyType === "html" ? html : await read("text");
  if (!content.ok) return content;
  if (typeof content.value !== "string") return failed("body.getAsync returned no text");
  // A location that could not be read may claim anything: the body reader decides then.
  const mayClaim = !place.ok || typeof place.value !== "string" || mayClaimService(place.value) || mayClaimService(content.value);
  return {
    ok: true,
    value: { bodyType, bodyChars: content.value.length, mayHoldBlock: mayHoldBlock(content.value, bodyType), mayClaim },
  };
}
