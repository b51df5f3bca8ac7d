/**
 * The send-time rule: stop a delegated invitation that says it is an online meeting but carries no
 * way to join it (the classic result of Outlook's Teams/Skype toggle failing for a delegate: the
 * location still reads "Microsoft Teams Meeting", the body has the boilerplate, the href is gone).
 * What counts as a claim and what satisfies it is claims.ts, the rule the pane warns with too.
 *
 * Pure: no Office, no DOM, no clock. It also runs inside classic Outlook's JavaScript-only runtime
 * (bundled into launchevent.js), so it sticks to ES2017-era library calls.
 *
 * Under SoftBlock a false positive stops a real send until the user edits the item, so every rule
 * leans towards allowing: unknown delegation allows, and so does every claim claims.ts finds met.
 */
import { sendGuardEn, type SendGuardMessages } from "../i18n/sendGuard/en";
import { runNow, type Steps } from "../body/steps";
import { unmetClaimsSteps, type BodyType, type Claim } from "./claims";
import type { Delegation, ServiceKind } from "./types";

export {
  CLAIM_PHRASES,
  extractLinks,
  findClaims,
  isHttpsLink,
  joinLinkService,
  visibleText,
  type BodyType,
  type Claim,
  type JoinService,
  type LinkOptions,
} from "./claims";

export interface SendGuardInput {
  readonly delegation: Delegation;
  readonly location: string;
  /** Read but never a claim source: subjects name topics ("Zoom renewal"), not where to join. */
  readonly subject: string;
  readonly body: string;
  readonly bodyType: BodyType;
  /** Self-hosted Jitsi servers (host names) besides meet.jit.si, from organisation configuration. */
  readonly jitsiHosts?: readonly string[];
  /** The message's words in the user's language; English when omitted. */
  readonly messages?: SendGuardMessages;
}

export type SendGuardResult = { readonly allow: true } | { readonly allow: false; readonly message: string; readonly claimed: ServiceKind };

/** Smart Alerts shows at most this many characters of errorMessage. */
export const MAX_SEND_GUARD_MESSAGE_CHARS = 500;

const ALLOW: SendGuardResult = { allow: true };

export function evaluateSendGuard(input: SendGuardInput): SendGuardResult {
  return runNow(evaluateSendGuardSteps(input));
}

/** The same rule in slices, so the send handler can keep its time limit (src/body/steps.ts). */
export function* evaluateSendGuardSteps(input: SendGuardInput): Steps<SendGuardResult> {
  // Fail open: we only block what we are sure about, and only a delegate hits the permission gap.
  if (input.delegation !== "delegate") return ALLOW;
  const [first] = yield* unmetClaimsSteps(input);
  return first ? { allow: false, message: blockMessage(first, input.messages ?? sendGuardEn), claimed: first.service } : ALLOW;
}

// ---------------------------------------------------------------------------------------------
// The message Outlook shows (plain text, at most 500 characters), in the user's language

function blockMessage(claim: Claim, text: SendGuardMessages): string {
  const quote = claim.quote.replace(/["\r\n]+/g, " ").trim();
  const shortQuote = quote.length > 60 ? `${quote.slice(0, 57)}...` : quote;
  const said =
    claim.service === "other"
      ? text.saidBlock
      : text.said({ quote: shortQuote, where: claim.where, service: text.services[claim.service] });
  const message = `${said} ${text.likelyCause[claim.service]} ${text.openPane}`;
  return message.length <= MAX_SEND_GUARD_MESSAGE_CHARS ? message : `${message.slice(0, MAX_SEND_GUARD_MESSAGE_CHARS - 3)}...`;
}
