import { findingDate, type ExchangeFinding } from "../evidence/finding";
import { mergeStatus, sendingReading, usable } from "../evidence/merge";
import type { Check } from "../types";
import { type CheckInput, ownerShortName, quoteOf, reportedFor, staleLines, textOf } from "./input";

/**
 * GrantSendOnBehalfTo is invisible to add-ins (no Office.js or delegated Graph API exposes it), so
 * this check is "unknown" unless the user reported the refusal or an Exchange admin's output says
 * (evidence/merge.ts). Saying so plainly is the feature.
 */
export function sendOnBehalfCheck(input: CheckInput): Check {
  const t = textOf(input);
  const owner = ownerShortName(input);
  const reported = reportedFor(input, "send-on-behalf");
  const exchange = usable(input.ctx.exchange);
  const exchangeLines = [...(exchange ? exchangeEvidence(input, exchange, owner) : []), ...staleLines(input)];
  const merged = mergeStatus("unknown", exchange ? sendingReading(exchange.conclusions) : undefined, reported.length > 0);
  const base = { id: "send-on-behalf" as const, title: t.checks.title.sending };
  const at = exchange ? findingDate(exchange) : "";

  switch (merged.basis) {
    case "reported":
      return {
        ...base,
        status: "missing",
        summary: t.checks.sending.reported({ owner }),
        evidence: [...reported.map((e) => t.evidence.reported({ quote: quoteOf(e) })), ...exchangeLines],
      };
    case "outlook":
      return {
        ...base,
        status: "unknown",
        summary: t.checks.sending.unknown({ owner }),
        evidence: [t.evidence.sendingInvisible({ owner }), ...exchangeLines, t.evidence.sendingHowToConfirm({ owner })],
      };
    default:
      return {
        ...base,
        status: merged.status,
        summary: merged.status === "granted" ? t.exchange.sending.granted({ owner, at }) : t.exchange.sending.missing({ owner, at }),
        evidence: [t.evidence.sendingInvisible({ owner }), ...exchangeLines],
        exchange: { at, basis: merged.basis },
      };
  }
}

function exchangeEvidence(input: CheckInput, exchange: ExchangeFinding, owner: string): string[] {
  const t = textOf(input).exchange.evidence;
  const at = findingDate(exchange);
  switch (exchange.conclusions.sendOnBehalf) {
    case "granted":
      return [t.sendingListed({ owner, at })];
    case "missing":
      return [t.sendingNotListed({ owner, at })];
    case "unknown":
      return [t.sendingUnsettled({ owner })];
  }
}
