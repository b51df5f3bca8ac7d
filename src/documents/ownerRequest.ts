/**
 * A short, polite message from the delegate to the owner asking for exactly what is missing, with
 * the owner's own clicks. Written for someone who has never heard of folder permissions: no
 * PowerShell, no bit values, no admin steps (those go to IT through the report instead). Written in
 * the user's language (the catalogue in ctx.t).
 */
import type { Messages } from "../i18n/messages";
import { greetingNamesOf, isPlausibleAddress, nameWithAddress, readableNameOf, singleLine } from "../diagnosis/address";
import type { Check, CheckedService, CheckStatus, DocumentContext, Person, ServiceKind, Verdict } from "../diagnosis/types";

export interface OwnerRequest {
  /** The owner's address, or "" when Outlook gave no usable one (the user fills it in). */
  readonly to: string;
  readonly subject: string;
  readonly body: string;
}

/** Statuses the owner may be able to change; "unknown" is phrased as "please check". */
const WORTH_ASKING: ReadonlySet<CheckStatus> = new Set<CheckStatus>(["missing", "partial", "unknown"]);
const MAX_SUBJECT_LENGTH = 120;

export function draftOwnerRequest(verdict: Verdict, ctx: DocumentContext): OwnerRequest {
  const { t } = ctx;
  const r = t.ownerRequest;
  const ownerAddress = verdict.owner?.emailAddress;
  // Signed and titled with the name in reading order: "Megan Bowen", not "Bowen, Megan".
  const myName = readableNameOf(verdict.delegate, "");
  const greetingNames = greetingNamesOf(verdict.owner);

  const asks = asksFor(verdict.checks, ctx);
  const paragraphs = [
    greetingNames ? r.greeting(greetingNames) : r.greetingAnonymous,
    asks.length > 0 ? r.introAsk : r.introCheck,
    (asks.length > 0 ? asks.map((ask, index) => `${index + 1}. ${ask.request}`) : [r.delegate]).join("\n"),
    r.howTo,
    howTo(asks, verdict.delegate, t).join("\n"),
    // Teams and Skype for Business pick a delegate change up late: say so only where they are involved.
    ...(asks.length > 0 && propagatesSlowly(verdict.checks, ctx) ? [r.wait] : []),
    // Where the owner is asked to check rather than grant, say how the answer can come back without them.
    ...(verdict.checks.some((check) => check.status === "unknown") ? [t.adminPaste.ownerRoundTrip] : []),
    ...(ctx.helpdesk ? [r.helpdesk({ contact: singleLine(ctx.helpdesk, 200) })] : []),
    myName ? r.thanks({ me: myName }) : r.thanksAnonymous,
  ];
  return {
    to: isPlausibleAddress(ownerAddress) ? ownerAddress.trim() : "",
    subject: singleLine(myName ? r.subject({ me: myName }) : r.subjectAnonymous, MAX_SUBJECT_LENGTH),
    body: `${paragraphs.join("\n\n")}\n`,
  };
}

interface Ask {
  readonly request: string;
  /** Which owner instructions this request needs. */
  readonly needs: "outlook-delegate" | ServiceKind;
  /** True for the plain "add me as a delegate" request, which covers the other Outlook asks. */
  readonly delegate?: boolean;
}

function asksFor(checks: readonly Check[], ctx: DocumentContext): Ask[] {
  const r = ctx.t.ownerRequest;
  const asks: Ask[] = [];
  const hasDelegateRequest = () => asks.some((ask) => ask.delegate);
  for (const check of checks) {
    // A gap only IT can close (EWS blocking Teams) is not the owner's to fix: the report carries it.
    if (!WORTH_ASKING.has(check.status) || check.exchange?.itOnly || check.graph?.itOnly) continue;
    const unsure = check.status === "unknown";
    switch (check.id) {
      case "calendar-editor":
        asks.push(
          unsure
            ? { request: r.checkDelegate, needs: "outlook-delegate" }
            : { request: r.delegate, needs: "outlook-delegate", delegate: true },
        );
        break;
      case "send-on-behalf":
        // Adding a delegate in Outlook grants send-on-behalf too, so an earlier "add me" covers an unsure check.
        if (unsure && hasDelegateRequest()) break;
        asks.push({ request: unsure ? r.checkSending : r.sending, needs: "outlook-delegate" });
        break;
      case "online-meeting-delegate": {
        const ask = serviceAsk(check.service ?? { kind: ctx.service, name: ctx.serviceName }, unsure, ctx.t);
        // Teams only needs Outlook delegation, which an earlier request already asks for.
        if (ask && !(ask.needs === "outlook-delegate" && hasDelegateRequest())) asks.push(ask);
        break;
      }
    }
  }
  return asks;
}

function propagatesSlowly(checks: readonly Check[], ctx: DocumentContext): boolean {
  const online = checks.find((check) => check.id === "online-meeting-delegate");
  const kind = online?.service?.kind ?? ctx.service;
  return (kind === "teams" || kind === "skype") && online !== undefined && WORTH_ASKING.has(online.status);
}

/** Only the parts of a service's right the owner controls; admin-only causes go through IT. */
function serviceAsk(about: CheckedService, check: boolean, t: Messages): Ask | undefined {
  const r = t.ownerRequest;
  const service = singleLine(about.name, 60) || t.services[about.kind];
  switch (about.kind) {
    case "teams":
      return { request: r.teams({ service, check }), needs: "outlook-delegate" };
    case "skype":
      return { request: r.skype({ service, check }), needs: "skype" };
    case "zoom":
      return { request: r.zoom({ service, check }), needs: "zoom" };
    case "webex":
      return { request: r.webex({ service, check }), needs: "webex" };
    case "jitsi":
    case "other":
      return undefined;
  }
}

function howTo(asks: readonly Ask[], delegate: Person | undefined, t: Messages): string[] {
  const r = t.ownerRequest;
  const me = nameWithAddress(delegate, r.me);
  const address = delegate && isPlausibleAddress(delegate.emailAddress) ? delegate.emailAddress.trim() : "";
  const needs = new Set(asks.length > 0 ? asks.map((a) => a.needs) : ["outlook-delegate"]);
  const lines: string[] = [];
  if (needs.has("outlook-delegate")) lines.push(r.classic({ me }), r.web({ me }), r.mac({ me }));
  if (needs.has("skype")) lines.push(r.skypeHow({ me }));
  if (needs.has("zoom")) lines.push(r.zoomHow({ me }));
  if (needs.has("webex")) lines.push(r.webexHow({ address }));
  return lines;
}
