import { singleLine } from "../address";
import type { CheckId, CheckInput, HostInfo, ReportedError } from "../types";
import type { ReportedReason } from "../../kernel/reasons";

// CheckInput is part of the domain's contract (../types.ts), where the evidence port needs it too.
export type { CheckInput } from "../types";

/** Pasted text can be a whole bounce report; evidence quotes one readable line of it. */
const MAX_QUOTE_LENGTH = 300;

/** Errors the user reported that prove this layer missing. */
export function reportedFor(input: CheckInput, layer: CheckId): ReportedError[] {
  return input.ctx.reported.filter((error) => error.layer === layer);
}

export function quoteOf(error: ReportedError): string {
  return singleLine(error.quote, MAX_QUOTE_LENGTH);
}

/** A refusal the user reported, as a line of a check's evidence. */
export function reportedReason(error: ReportedError): ReportedReason {
  return { kind: "reported", quote: quoteOf(error) };
}

/** Classic Outlook for Mac reports host name "Outlook" like Windows; only the platform tells them apart. */
export function isMacHost(host: HostInfo): boolean {
  return host.platform.trim().toLowerCase() === "mac";
}
