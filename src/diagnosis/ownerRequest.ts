/**
 * A short, polite message from the delegate to the owner asking for exactly what is missing, with
 * the owner's own clicks. Written for someone who has never heard of folder permissions: no
 * PowerShell, no bit values, no admin steps (those go to IT through the report instead).
 */
import { isPlausibleAddress, nameOf, nameWithAddress, shortNameOf, singleLine } from "./address";
import type { Check, CheckedService, CheckStatus, DiagnosisContext, Person, ServiceKind, Verdict } from "./types";

export interface OwnerRequest {
  /** The owner's address, or "" when Outlook gave no usable one (the user fills it in). */
  readonly to: string;
  readonly subject: string;
  readonly body: string;
}

/** Statuses the owner may be able to change; "unknown" is phrased as "please check". */
const WORTH_ASKING: ReadonlySet<CheckStatus> = new Set<CheckStatus>(["missing", "partial", "unknown"]);
const MAX_SUBJECT_LENGTH = 120;

export function draftOwnerRequest(verdict: Verdict, ctx: DiagnosisContext): OwnerRequest {
  const ownerAddress = verdict.owner?.emailAddress;
  const myName = nameOf(verdict.delegate, "");
  const greetingName = verdict.owner && !shortNameOf(verdict.owner, "").includes("@") ? shortNameOf(verdict.owner, "") : "";

  const asks = asksFor(verdict.checks, ctx);
  const paragraphs = [
    greetingName ? `Hi ${greetingName},` : "Hi,",
    asks.length > 0
      ? "So that I can schedule meetings in your calendar for you, could you please give me the following access?"
      : "So that I can schedule meetings in your calendar for you, could you please check that I am set up as your calendar delegate?",
    (asks.length > 0 ? asks.map((ask, index) => `${index + 1}. ${ask.request}`) : [DELEGATE_REQUEST.request]).join("\n"),
    "How to do it:",
    howTo(asks, verdict.delegate).join("\n"),
    ...(ctx.helpdesk ? [`If anything is unclear, ${singleLine(ctx.helpdesk, 200)} can help.`] : []),
    myName ? `Thank you,\n${myName}` : "Thank you",
  ];
  return {
    to: isPlausibleAddress(ownerAddress) ? ownerAddress.trim() : "",
    subject: singleLine(myName ? `Calendar delegate access for ${myName}` : "Calendar delegate access", MAX_SUBJECT_LENGTH),
    body: `${paragraphs.join("\n\n")}\n`,
  };
}

interface Ask {
  readonly request: string;
  /** Which owner instructions this request needs. */
  readonly needs: "outlook-delegate" | ServiceKind;
}

const DELEGATE_REQUEST: Ask = {
  request:
    "Add me as a delegate on your calendar with Editor access, so I can create and update your meetings and send the invitations on your behalf.",
  needs: "outlook-delegate",
};

function asksFor(checks: readonly Check[], ctx: DiagnosisContext): Ask[] {
  const asks: Ask[] = [];
  for (const check of checks) {
    if (!WORTH_ASKING.has(check.status)) continue;
    const unsure = check.status === "unknown";
    switch (check.id) {
      case "calendar-editor":
        asks.push(
          unsure
            ? {
                request: "Please check that I am your calendar delegate with Editor access (Outlook could not tell me).",
                needs: "outlook-delegate",
              }
            : DELEGATE_REQUEST,
        );
        break;
      case "send-on-behalf":
        // Adding a delegate in Outlook grants send-on-behalf too, so an earlier "add me" covers an unsure check.
        if (unsure && asks.includes(DELEGATE_REQUEST)) break;
        asks.push({
          request: unsure
            ? "Please check that I am listed as your delegate in Outlook, which lets me send meeting invitations on your behalf (Outlook does not show me this)."
            : "Let me send meeting invitations on your behalf. Adding me as a delegate in Outlook does this.",
          needs: "outlook-delegate",
        });
        break;
      case "online-meeting-delegate": {
        const ask = serviceAsk(check.service ?? { kind: ctx.service, name: ctx.serviceName }, unsure);
        // Teams only needs Outlook delegation, which an earlier request already asks for.
        if (ask && !(ask.needs === "outlook-delegate" && asks.includes(DELEGATE_REQUEST))) asks.push(ask);
        break;
      }
    }
  }
  return asks;
}

/** Only the parts of a service's right the owner controls; admin-only causes go through IT. */
function serviceAsk(about: CheckedService, unsure: boolean): Ask | undefined {
  const service = singleLine(about.name, 60) || "the meeting service";
  const check = unsure ? "Please check that " : "Please make sure ";
  switch (about.kind) {
    case "teams":
      return {
        request: `${check}I am added as a delegate in Outlook (sharing the calendar alone is not enough), so ${service} lets me create meetings for you.`,
        needs: "outlook-delegate",
      };
    case "skype":
      return {
        request: `${check}I am one of your delegates in ${service}, so I can create online meetings hosted by you.`,
        needs: "skype",
      };
    case "zoom":
      return { request: `${check}I have scheduling privilege in ${service}, so I can create meetings hosted by you.`, needs: "zoom" };
    case "webex":
      return { request: `${check}I have scheduling permission in ${service}, so I can create meetings hosted by you.`, needs: "webex" };
    case "jitsi":
    case "other":
      return undefined;
  }
}

function howTo(asks: readonly Ask[], delegate: Person | undefined): string[] {
  const me = nameWithAddress(delegate, "me");
  const myAddress = delegate && isPlausibleAddress(delegate.emailAddress) ? ` (${delegate.emailAddress.trim()})` : "";
  const needs = new Set(asks.length > 0 ? asks.map((a) => a.needs) : [DELEGATE_REQUEST.needs]);
  const lines: string[] = [];
  if (needs.has("outlook-delegate")) {
    lines.push(
      `- Outlook for Windows: File > Account Settings > Delegate Access > Add > choose ${me} > set Calendar to Editor > OK.`,
      `- New Outlook or Outlook on the web: Calendar > Share > add ${me} > choose "Delegate" (not only "Can edit").`,
      `- Outlook for Mac: Tools > Accounts > Delegation and Sharing (older versions: Advanced > Delegates) > + > add ${me} > set Calendar to Editor > OK.`,
    );
  }
  if (needs.has("skype")) {
    lines.push(`- Skype for Business: Tools > Call Forwarding Settings > Edit my delegate members > Add ${me}.`);
  }
  if (needs.has("zoom")) {
    lines.push(`- Zoom web portal: Settings > Meeting > Other > Schedule privilege > add ${me}.`);
  }
  if (needs.has("webex")) {
    lines.push(`- Webex site: Preferences > Scheduling > Scheduling permission > add my email address${myAddress}.`);
  }
  return lines;
}
