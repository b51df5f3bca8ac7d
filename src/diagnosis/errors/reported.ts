/**
 * What the verdict takes from a decoded paste. Its own module, free of the knowledge base, so the
 * pane can use it before the decoder's chunk has loaded.
 */
import type { ReportedError } from "../types";
import type { DecodedError } from "./decode";

/** Only recognised errors that prove a specific layer is missing. */
export function toReportedError(decoded: DecodedError): ReportedError | undefined {
  if (!decoded.recognised || decoded.entry.layer === "none") return undefined;
  return { errorId: decoded.id, layer: decoded.entry.layer, quote: decoded.quote };
}
