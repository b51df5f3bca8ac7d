/**
 * What we know about the errors people hit when scheduling in someone else's calendar: one entry
 * per cause, as data. decode.ts only scores markers against a pasted message; every fact lives here.
 *
 * Markers are regular expressions run on the output of normalizeErrorText (lower case, ASCII quotes
 * and dashes, "can not" / "do not" spelled out, single spaces). They must stay free of nested or
 * adjacent unbounded quantifiers so matching remains linear; tests check every pattern against
 * adversarial input.
 *
 * How strong a marker is decides what it can do on its own:
 * - "decisive": a phrase only this cause produces; enough alone.
 * - "strong":   distinctive, but also plausible elsewhere; needs one more signal.
 * - "context":  product names, status codes, bounce boilerplate; never enough alone, however many.
 */
import { nameOf, possessive, singleLine } from "../address";
import type { Parties } from "../remedies";
import {
  calendarEditorRemedies,
  DELEGATE_PLACEHOLDER,
  onlineMeetingRemedies,
  OWNER_PLACEHOLDER,
  psAddress,
  sendOnBehalfRemedies,
} from "../remedies";
import type { Actor, CheckId, Remedy } from "../types";

export type MarkerStrength = "decisive" | "strong" | "context";

export interface Marker {
  /** Shown back to the user as what was recognised, so keep it short and readable. */
  readonly label: string;
  /** Tested against normalised text; never give it the g or y flag (test() would become stateful). */
  readonly pattern: RegExp;
  readonly strength: MarkerStrength;
}

export type KnownErrorId =
  | "lync-delegate"
  | "teams-delegate"
  | "teams-hybrid-oauth"
  | "send-on-behalf"
  | "calendar-read-only"
  | "webex-scheduling-permission"
  | "zoom-scheduling-privilege"
  | "sharing-invitation-failed";

export type ErrorId = KnownErrorId | "unknown";

export interface ErrorEntry<Id extends ErrorId = ErrorId> {
  /** Stable: stored in reports and used by the verdict. Never rename. */
  readonly id: Id;
  /** The permission layer this error proves is missing, or "none" when it proves none of them. */
  readonly layer: CheckId | "none";
  readonly title: string;
  /** Plain words: why this happens. */
  readonly cause: string;
  readonly whoFixes: readonly Actor[];
  readonly markers: readonly Marker[];
  /** Built per decode so the real addresses of the owner and delegate appear in commands. */
  readonly remedies: (parties: Parties) => Remedy[];
  /** Public documentation the entry rests on: title, then address when there is a stable one. */
  readonly sources: readonly string[];
}

// ---------------------------------------------------------------------------------------------
// Context shared by several entries. Each is harmless alone by construction (see MarkerStrength).

const TEAMS: Marker = { label: "mentions Microsoft Teams", pattern: /\bteams\b/, strength: "context" };
const BOUNCE: Marker = {
  label: "bounce message wording",
  pattern: /delivery has failed|undeliverable|could not be (?:sent|delivered)|diagnostic information for administrators|non-delivery/,
  strength: "context",
};
const STATUS_5_7: Marker = { label: "SMTP status 5.7.x (sender not authorised)", pattern: /\b5\.7\.(?:1|60)\b/, strength: "context" };

// ---------------------------------------------------------------------------------------------

const lyncDelegate: ErrorEntry<"lync-delegate"> = {
  id: "lync-delegate",
  layer: "online-meeting-delegate",
  title: "You are not the owner's delegate in Lync / Skype for Business",
  cause:
    "Lync and Skype for Business keep their own list of delegates, separate from Outlook's. You are not on the owner's list, " +
    "so the online-meeting add-in may not create a meeting hosted by them. Common reasons: the owner never added you in Lync; " +
    "the owner added you in Outlook only, and Lync never synchronised it (the owner has to be signed in to Outlook and Lync at " +
    "the same time, and users without Enterprise Voice need the admin setting EnableExchangeDelegateSync); or you and the owner " +
    "are homed in different Skype for Business deployments or regions.",
  whoFixes: ["owner", "admin"],
  markers: [
    {
      label: '"get delegate permissions in Lync / Skype for Business"',
      pattern: /get delegate permissions? in (?:microsoft )?(?:lync|skype)/,
      strength: "decisive",
    },
    {
      label: '"contact the owner of the account to get delegate permissions"',
      pattern: /contact the owner of (?:the|this) account to get delegate permissions?/,
      strength: "decisive",
    },
    { label: '"contact the owner of the account"', pattern: /contact the owner of (?:the|this) account\b/, strength: "strong" },
    { label: "mentions Lync", pattern: /\blync\b/, strength: "context" },
    { label: "mentions Skype for Business", pattern: /skype for business|skype meeting/, strength: "context" },
    { label: "mentions the Online Meeting add-in", pattern: /online meeting add-?in|conferencing add-?in/, strength: "context" },
  ],
  remedies: (parties) => onlineMeetingRemedies("skype", parties),
  sources: [
    "Microsoft Support: Set up a Lync Meeting on behalf of someone else — https://support.office.com/en-us/article/Set-up-a-Lync-Meeting-on-behalf-of-someone-else-dd35d8e8-147a-4b51-abf2-9b02121ea3c3",
    "Ilse Van Criekinge (Microsoft), Schedule an Online Meeting on behalf of someone else (quotes this error) — http://blogs.technet.com/b/ilvancri/archive/2011/03/18/schedule-an-online-meeting-on-behalf-of-someone-else.aspx",
    "Microsoft Learn: New-CsClientPolicy / Set-CsClientPolicy, parameter EnableExchangeDelegateSync — https://learn.microsoft.com/en-us/powershell/module/skype/New-CsClientPolicy",
    "How to set up Skype for Business meeting delegation without Enterprise Voice — https://24x7itconnection.com/2015/09/22/how-to-setup-skype-for-business-meeting-delegation-without-enterprise-voice/",
  ],
};

const teamsDelegate: ErrorEntry<"teams-delegate"> = {
  id: "teams-delegate",
  layer: "online-meeting-delegate",
  title: "Teams doesn't see you as the owner's delegate",
  cause:
    "Before the Teams Meeting add-in creates a meeting hosted by someone else, the Teams service checks the owner's mailbox: you " +
    "must be a real delegate there (Delegate Access with Author or Editor on the Calendar, not plain calendar sharing) and have " +
    "send-on-behalf. The check also fails when the organisation's EWS allow list doesn't include the Teams scheduling service, " +
    "or, with mailboxes in Exchange on-premises, when OAuth between Exchange and Teams is not set up.",
  whoFixes: ["owner", "admin"],
  markers: [
    {
      label: '"you don\'t have permission to schedule meetings for this account"',
      pattern:
        /do not have permission to schedule (?:teams )?meetings (?:for|on behalf of) (?:this|that|the) (?:account|user|person|mailbox)/,
      strength: "decisive",
    },
    {
      label: '"talk to the owner to get permission and try again"',
      pattern: /talk to the owner to get permission and try again/,
      strength: "decisive",
    },
    { label: '"talk to the owner to get permission"', pattern: /talk to the owner to get permission/, strength: "strong" },
    {
      // Cut off before "for this account"; channel and room wordings carry on and are other policies.
      label: '"you don\'t have permission to schedule meetings" (cut short)',
      pattern: /do not have permission to schedule (?:teams )?meetings(?=$|[.!,;:])/,
      strength: "strong",
    },
    {
      label: '"schedule meetings for this account"',
      pattern: /schedule (?:teams )?meetings for (?:this|that) account/,
      strength: "strong",
    },
    // Teams says this about files and chats too, so it only supports the phrases above.
    { label: '"looks like you don\'t have permission"', pattern: /looks like you do not have permission/, strength: "context" },
    TEAMS,
  ],
  remedies: (parties) => onlineMeetingRemedies("teams", parties),
  sources: [
    "Microsoft Learn: Resolve interaction issues between Teams and Exchange Server (Issue 1: a delegate is unable to schedule a Teams meeting on behalf of a delegator) — https://learn.microsoft.com/en-us/microsoftteams/troubleshoot/known-issues/teams-exchange-interaction-issue",
    'Mark DePalma: "Looks like you don\'t have permission to schedule meetings for this account" — a deep-dive into Teams delegate scheduling — https://blog.markdepalma.com/?tag=oauth',
    "Teams and on-premises mailboxes, part 3: calendar delegates (folder permissions alone are not enough) — https://yosoyx.com/25-march-2021-0924",
  ],
};

const teamsHybridOauth: ErrorEntry<"teams-hybrid-oauth"> = {
  id: "teams-hybrid-oauth",
  // "none": this message does not prove any of the delegate's own permissions is missing, and
  // reporting it against a layer would make the verdict claim what we do not know.
  layer: "none",
  title: "Teams couldn't reach the owner's mailbox to check your delegation",
  cause:
    "When a delegate adds a Teams meeting and the owner's mailbox is in Exchange on-premises (hybrid), the Teams service has to " +
    "read the owner's delegate list through OAuth. If OAuth between Exchange and Microsoft 365, or the partner application for " +
    "the Skype for Business Online service, is not configured, the add-in only says it can't connect to the server. If every " +
    "mailbox is in Exchange Online, the same words usually mean a temporary network or service problem instead.",
  whoFixes: ["admin"],
  markers: [
    { label: '"we can\'t connect to the server right now"', pattern: /can not connect to the server right now/, strength: "strong" },
    {
      label: '"unable to connect to the server, please try again later"',
      pattern: /unable to connect to the server,? please try again later/,
      strength: "strong",
    },
    TEAMS,
  ],
  remedies: (parties) => hybridOauthRemedies(parties),
  sources: [
    "Microsoft Learn: Resolve interaction issues between Teams and Exchange Server (prerequisites: OAuth and the Skype for Business Online partner application) — https://learn.microsoft.com/en-us/microsoftteams/troubleshoot/known-issues/teams-exchange-interaction-issue",
    "MicrosoftDocs/OfficeDocs-SkypeForBusiness pull request 4567: steps required for delegates to schedule Teams meetings with on-premises mailboxes — https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/pull/4567",
    'Hannes Palmquist: Enable Exchange delegates to schedule Teams meetings ("Unable to connect to the server") — https://getps.dev/blog/tags/exchange-server',
  ],
};

const sendOnBehalf: ErrorEntry<"send-on-behalf"> = {
  id: "send-on-behalf",
  layer: "send-on-behalf",
  title: "You may not send on the owner's behalf",
  cause:
    'Exchange refused to send the invitation as "you on behalf of the owner": your account does not have the owner\'s ' +
    "send-on-behalf right (GrantSendOnBehalfTo), nor Send As. Editing rights on the calendar do not include it. It is common when " +
    'the owner shared the calendar with "Can edit" instead of adding you as a delegate, which is what grants send-on-behalf.',
  whoFixes: ["owner", "admin"],
  markers: [
    {
      label: '"you do not have the permission to send the message on behalf of the specified user"',
      pattern:
        /permission to send (?:the |this |a )?(?:message|mail|e-?mail|item|meeting request|invitation) (?:on behalf of|as) (?:the specified|this|that|the) (?:user|sender|person|account|mailbox)/,
      strength: "decisive",
    },
    {
      label: '"you can\'t send a message on behalf of this user"',
      pattern: /can not send (?:a |the |this )?(?:message|mail|e-?mail) on behalf of (?:this|that|the specified) user/,
      strength: "decisive",
    },
    {
      label: '"does not have the right to send mail on behalf of the specified sending account" (EWS ErrorSendAsDenied)',
      pattern: /does not have the right to send (?:mail )?on behalf of the specified sending account/,
      strength: "decisive",
    },
    { label: "Exchange SendAsDenied", pattern: /send ?as ?denied/, strength: "decisive" },
    { label: "Exchange error 0x80070005-0x000004dc (send-as denied)", pattern: /0x80070005-0x0{0,6}4dc\b/, strength: "decisive" },
    {
      label: '"im Auftrag des angegebenen Benutzers zu senden" (German Outlook)',
      pattern: /im auftrag des angegebenen benutzers zu senden/,
      strength: "decisive",
    },
    { label: "MAPI error 1244 (send-as denied)", pattern: /\bec=1244\b/, strength: "strong" },
    { label: '"does not have permissions to send as this sender"', pattern: /permissions? to send as this sender/, strength: "strong" },
    {
      label: '"not authorized to send on behalf of"',
      pattern: /not (?:authori[sz]ed|allowed|permitted) to send (?:(?:e-?mail|mail|messages?) )?on behalf of/,
      strength: "strong",
    },
    {
      label: '"does not have permission to send on behalf of"',
      pattern:
        /(?:do|does|did) not have (?:the )?permissions? to send (?:(?:the |this |a )?(?:e-?mail|mail|messages?) )?(?:as|on behalf of)\b/,
      strength: "strong",
    },
    {
      label: '"no right to send on behalf of"',
      pattern: /(?:no|not have the|lacks? the) right to send (?:mail )?on behalf of/,
      strength: "strong",
    },
    STATUS_5_7,
    BOUNCE,
    { label: "Exchange submission error (STOREDRV.Submission)", pattern: /storedrv\.submission/, strength: "context" },
  ],
  remedies: (parties) => sendOnBehalfRemedies(parties),
  sources: [
    "Microsoft Learn [MS-OXODLGT] 1.3.3 Acting on Behalf of a Delegator (the server validates send-on-behalf) — https://learn.microsoft.com/en-us/openspecs/exchange_server_protocols/ms-oxodlgt/f7260f00-86df-44b2-aaff-a76a14abc07a",
    "Microsoft Learn: SmtpResponse.SendAsDenied field (550 5.7.1 Client does not have permission to send as this sender) — https://learn.microsoft.com/en-us/previous-versions/office/developer/exchange-server-2007/aa494038(v=exchg.80)",
    "Microsoft Learn: ServiceError enumeration, ErrorSendAsDenied (EWS Managed API) — https://learn.microsoft.com/dotnet/api/microsoft.exchange.webservices.data.serviceerror",
    'Exchange bounce quoted in public: "You can\'t send a message on behalf of this user unless you have permission to do so" — https://pastebin.com/SSBZLUDM',
  ],
};

const calendarReadOnly: ErrorEntry<"calendar-read-only"> = {
  id: "calendar-read-only",
  layer: "calendar-editor",
  title: "Your access to the owner's calendar is read-only",
  cause:
    "You can see the owner's calendar but not add to it: your permission on their Calendar folder is Reviewer (read only) or " +
    "less. Adding a meeting there needs Editor (Author at the very least). If the owner confirms you already have Editor, " +
    "classic Outlook can show the same message while it is still synchronising many open shared mailboxes or calendars.",
  whoFixes: ["owner", "admin"],
  markers: [
    {
      label: '"you don\'t have permission to create an entry in this folder"',
      pattern: /do not have permission to create an entry in this folder/,
      strength: "decisive",
    },
    {
      label: '"you can\'t make changes to contents of this read-only folder"',
      pattern: /can not make changes to (?:the )?contents? of this read-only folder/,
      strength: "decisive",
    },
    {
      label: '"permission to create … in this folder / calendar"',
      pattern: /permission to create (?:an )?(?:entry|entries|items?|events?|appointments?|meetings?) in this (?:folder|calendar)/,
      strength: "strong",
    },
    {
      label: '"right-click the folder … to check your permissions"',
      pattern: /right-click the folder,? (?:and )?then (?:click|select) properties to check your permissions/,
      strength: "strong",
    },
    {
      label: '"you don\'t have permission to edit this calendar"',
      pattern:
        /(?:do|does) not have (?:the )?(?:sufficient )?permissions? to (?:edit|change|modify|write to|add (?:events|items|meetings|appointments) to) (?:this|the|that) calendar/,
      strength: "strong",
    },
    {
      // Outlook's generic "no access" (MAPI_E_NO_ACCESS): strong in a delegation context, but any folder can raise it.
      label: '"you do not have sufficient permission to perform this operation on this object"',
      pattern: /do not have sufficient permissions? to perform this operation on this object/,
      strength: "strong",
    },
    // Subscribed calendars (holidays, other organisations) are read-only too: supporting evidence only.
    { label: '"read-only folder / calendar"', pattern: /read-only (?:folder|calendar)/, strength: "context" },
    { label: "mentions a calendar", pattern: /\bcalendar\b/, strength: "context" },
    { label: '"see the folder owner / contact"', pattern: /see the folder (?:owner|contact)/, strength: "context" },
  ],
  remedies: (parties) => calendarEditorRemedies(parties),
  sources: [
    "Microsoft Learn: Outlook performance issues when you have many shared folders or mailboxes open (KB 3136059; quotes this message)",
    'Microsoft Learn: "You don\'t have permission to create an entry in this folder" (KB 4514534, public folders and contacts)',
    "Microsoft Learn: Add-MailboxFolderPermission / Set-MailboxFolderPermission (Editor, Reviewer, SharingPermissionFlags Delegate) — https://learn.microsoft.com/powershell/module/exchange/set-mailboxfolderpermission",
  ],
};

const webexSchedulingPermission: ErrorEntry<"webex-scheduling-permission"> = {
  id: "webex-scheduling-permission",
  layer: "online-meeting-delegate",
  title: "The host hasn't given you Webex scheduling permission",
  cause:
    "Webex has its own delegate list: the host (the owner) must name you under Scheduling permission on their Webex site. It " +
    "also fails when you and the owner are on different Webex sites, when the owner's Webex account uses an alias instead of the " +
    "primary email address Outlook knows, or when the Webex app is signed in as the owner instead of as you.",
  whoFixes: ["owner", "admin"],
  markers: [
    {
      label: '"you must obtain scheduling permission from this host"',
      pattern: /(?:obtain|get|have) (?:the )?scheduling permissions? from (?:this|the) host/,
      strength: "decisive",
    },
    { label: '"to schedule an online meeting for this host"', pattern: /schedule an online meeting for this host/, strength: "strong" },
    {
      label: '"unable to schedule on behalf of other user"',
      pattern: /unable to schedule on behalf of (?:the other|other|another) (?:users?|hosts?)/,
      strength: "strong",
    },
    {
      // Negative phrasing only: "your scheduling permission was updated" is a notification, not an error.
      label: '"no / need scheduling permission"',
      pattern: /(?:\bno|without|need|needs|do not have|does not have|lack|lacks|missing) (?:the )?scheduling permissions?\b/,
      strength: "strong",
    },
    {
      label: '"the host has not granted you scheduling permission"',
      pattern: /not (?:been )?(?:granted|given|assigned) (?:you |your account )?(?:the |any )?scheduling permissions?\b/,
      strength: "strong",
    },
    {
      label: '"you can\'t schedule meetings for this host"',
      pattern: /can not schedule (?:a )?(?:meeting|webinar)s? (?:for|on behalf of) (?:this|the|that|another|other) host/,
      strength: "strong",
    },
    // "Host" is Webex's word for the person you schedule for; Outlook and Teams say owner or account.
    { label: "mentions the host", pattern: /\b(?:this|the|that|another|other) host\b/, strength: "context" },
    { label: "mentions Webex", pattern: /\bwebex\b/, strength: "context" },
    { label: "mentions Webex Productivity Tools / Scheduler", pattern: /productivity tools|webex scheduler/, strength: "context" },
  ],
  remedies: (parties) => onlineMeetingRemedies("webex", parties),
  sources: [
    "Webex Help Center: How do I troubleshoot Schedule on Behalf of issues? (WBX28944; quotes this error) — https://help.webex.com/en-us/article/WBX28944",
    "Webex Help Center: Allow someone to schedule Webex meetings for you in Microsoft Outlook — https://help.webex.com/en-us/nxlczft/Allow-Someone-to-Schedule-Webex-Meetings-for-You-in-Microsoft-Outlook-for-Cisco-Webex-Scheduler",
    "Webex Help Center: What permissions must a user have in order to schedule on behalf of another host within Outlook? (WBX50778) — https://help.webex.com/en-us/article/WBX50778",
  ],
};

const zoomSchedulingPrivilege: ErrorEntry<"zoom-scheduling-privilege"> = {
  id: "zoom-scheduling-privilege",
  layer: "online-meeting-delegate",
  title: "The owner hasn't given you Zoom scheduling privilege",
  cause:
    "Zoom only lets you schedule for someone who assigned you scheduling privilege in their Zoom settings. Both of you must also " +
    "be licensed users on the same Zoom account (or linked accounts), and after the privilege is assigned you have to sign out " +
    "of Zoom and back in before it shows.",
  whoFixes: ["owner", "admin"],
  markers: [
    {
      label: '"you cannot schedule a meeting for <address>"',
      pattern: /can not schedule (?:a )?(?:meeting|webinar)s? for "?[^\s"@]{1,64}@/,
      strength: "decisive",
    },
    { label: 'Zoom "schedule_for field is invalid"', pattern: /schedule_for (?:field|parameter|value) is invalid/, strength: "decisive" },
    {
      label: '"you cannot schedule a meeting for …"',
      // Other products say "for a past date", "for this contact", "for yourself": those are not about delegation.
      pattern: /can not schedule (?:a )?(?:meeting|webinar)s? for (?!a |an |the |this |that |your|past |today|tomorrow|yesterday)/,
      strength: "strong",
    },
    { label: '"you cannot schedule for the specified user"', pattern: /can not schedule for the specified user/, strength: "strong" },
    {
      label: '"unable to schedule for a user outside of your account"',
      pattern: /schedule for a user outside of your account/,
      strength: "strong",
    },
    {
      // Negative phrasing only: "Alex assigned you scheduling privilege" is good news, not an error.
      label: '"no scheduling privilege"',
      pattern:
        /(?:\bno|without|need|needs|do not have|does not have|lack|lacks|missing|not (?:been )?(?:assigned|given|granted)(?: you)?) (?:the |any )?schedul(?:e|ing) privileges?\b/,
      strength: "strong",
    },
    { label: "mentions Zoom", pattern: /\bzoom\b/, strength: "context" },
    { label: "Zoom error code 3000 / 3003", pattern: /\bcode"?:? ?[`"]?30(?:00|03)\b/, strength: "context" },
  ],
  remedies: (parties) => onlineMeetingRemedies("zoom", parties),
  sources: [
    "Zoom Support: Scheduling privilege (prerequisites: both licensed, same account; error 3003) — https://support.zoom.us/hc/en-us/articles/201362803-Scheduling-privilege",
    'Zoom Meeting API reference, create/update meeting errors: code 3000 "You cannot schedule a meeting for {user}", code 300 "The value that you entered for the schedule_for field is invalid" — https://developers.zoom.us/docs/api/meetings/',
  ],
};

const sharingInvitationFailed: ErrorEntry<"sharing-invitation-failed"> = {
  id: "sharing-invitation-failed",
  layer: "none",
  title: "Calendar sharing was changed, but the notification couldn't be sent",
  cause:
    "Someone who has Full Access to the owner's mailbox, but not the right to send as or on behalf of the owner, changed the " +
    "owner's calendar sharing in Outlook on the web. The permission change itself usually did apply; only the email telling the " +
    "other person could not be sent for the owner.",
  whoFixes: ["owner", "admin"],
  markers: [
    {
      label: '"the sharing invitation couldn\'t be sent"',
      pattern: /sharing invitation (?:could not|can not|was not able to|was not) be (?:sent|deleted)/,
      strength: "decisive",
    },
    {
      label: '"couldn\'t send the sharing invitation"',
      pattern: /(?:could not|can not|unable to|failed to|was not able to) send (?:the |this |your |a )?sharing invitation/,
      strength: "decisive",
    },
    { label: '"sharing invitation failed"', pattern: /sharing invitation (?:failed|error)/, strength: "strong" },
    { label: "mentions a calendar", pattern: /\bcalendar\b/, strength: "context" },
  ],
  remedies: (parties) => sharingInvitationRemedies(parties),
  sources: [
    "UW–Madison KB 70897: Microsoft 365 (Outlook on the web) — Error — The sharing invitation couldn't be sent/deleted — https://kb.wisc.edu/microsoft365/70897",
  ],
};

/** In table order, which is also the tie-break order when two entries score the same. */
export const KNOWN_ERRORS: readonly ErrorEntry<KnownErrorId>[] = [
  lyncDelegate,
  teamsDelegate,
  sendOnBehalf,
  calendarReadOnly,
  webexSchedulingPermission,
  zoomSchedulingPrivilege,
  sharingInvitationFailed,
  teamsHybridOauth,
];

export const UNKNOWN_ERROR: ErrorEntry<"unknown"> = {
  id: "unknown",
  layer: "none",
  title: "Not recognised",
  cause:
    "We don't recognise this message, so we won't guess. Three separate permissions decide whether you can schedule in someone " +
    "else's calendar; check them in this order.",
  whoFixes: [],
  markers: [],
  remedies: (parties) => generalChecklist(parties),
  sources: [
    "Microsoft Learn: Resolve interaction issues between Teams and Exchange Server — https://learn.microsoft.com/en-us/microsoftteams/troubleshoot/known-issues/teams-exchange-interaction-issue",
    "Microsoft Support: Set up a Lync Meeting on behalf of someone else — https://support.office.com/en-us/article/Set-up-a-Lync-Meeting-on-behalf-of-someone-else-dd35d8e8-147a-4b51-abf2-9b02121ea3c3",
    "Zoom Support: Scheduling privilege — https://support.zoom.us/hc/en-us/articles/201362803-Scheduling-privilege",
    "Webex Help Center: How do I troubleshoot Schedule on Behalf of issues? — https://help.webex.com/en-us/article/WBX28944",
  ],
};

// ---------------------------------------------------------------------------------------------
// Remedies for entries that prove no single layer missing. Entries tied to a layer use the shared
// builders in ../remedies so the decoder and the checks never give different advice.

// Written inside PowerShell quotes when an address is missing; no apostrophe, so no escaping shows.

/** The organisation's help desk as one safe line, or undefined when none is configured. */
function helpdeskOf(parties: Parties): string | undefined {
  return parties.helpdesk ? singleLine(parties.helpdesk, 200) || undefined : undefined;
}

function generalChecklist(parties: Parties): Remedy[] {
  const owner = nameOf(parties.owner, "the owner");
  const ownerPs = psAddress(parties.owner?.emailAddress, OWNER_PLACEHOLDER);
  const remedies: Remedy[] = [
    {
      actor: "you",
      summary: `1. Check that you can edit ${possessive(owner)} calendar`,
      steps: [
        {
          kind: "note",
          text: `Save a plain appointment, without an online meeting, in ${possessive(owner)} calendar. If Outlook refuses, ${owner} has to give you Editor.`,
        },
        {
          kind: "clicks",
          client: "classic-windows",
          where: "File > Account Settings > Delegate Access",
          text: `${owner} adds you with Calendar: Editor.`,
        },
        {
          kind: "clicks",
          client: "new-outlook-web",
          where: "Calendar > Share",
          text: `${owner} chooses you and "Delegate" (or at least "Can edit").`,
        },
      ],
    },
    {
      actor: "you",
      summary: `2. Check that you may send on ${possessive(owner)} behalf`,
      steps: [
        {
          kind: "note",
          text: "Outlook does not show this right to you or to add-ins. Adding you as a delegate grants it; plain sharing does not.",
        },
        {
          kind: "command",
          shell: "exchange-powershell",
          text: `Get-Mailbox -Identity '${ownerPs}' | Select-Object -ExpandProperty GrantSendOnBehalfTo`,
          purpose: "An admin lists who may send on the owner's behalf; you should be in the list.",
        },
      ],
    },
    {
      actor: "you",
      summary: "3. Check the meeting service's own delegate list",
      steps: [
        { kind: "note", text: "Teams: needs steps 1 and 2, with you added as a delegate (not only shared with)." },
        {
          kind: "clicks",
          where: "Skype for Business / Lync: Tools > Call Forwarding Settings (or Options > Call Forwarding) > Edit my delegate members",
          text: `${owner} adds you.`,
        },
        {
          kind: "clicks",
          where: "Zoom web portal: Settings > Meeting > Other > Schedule privilege",
          text: `${owner} assigns you scheduling privilege.`,
        },
        {
          kind: "clicks",
          where: "Webex site: Preferences > Scheduling > Scheduling permission",
          text: `${owner} adds your email address.`,
        },
      ],
    },
  ];
  const helpdesk = helpdeskOf(parties);
  if (helpdesk) {
    remedies.push({
      actor: "you",
      summary: "Still stuck? Send the report to IT",
      steps: [{ kind: "note", text: `Copy the report from this pane and send it, with the message you saw, to ${helpdesk}.` }],
    });
  }
  return remedies;
}

function sharingInvitationRemedies(parties: Parties): Remedy[] {
  const owner = nameOf(parties.owner, "the owner");
  const ownerPs = psAddress(parties.owner?.emailAddress, OWNER_PLACEHOLDER);
  const delegatePs = psAddress(parties.delegate?.emailAddress, DELEGATE_PLACEHOLDER);
  return [
    {
      actor: "you",
      summary: "Check whether the change was saved anyway",
      steps: [
        {
          kind: "clicks",
          client: "new-outlook-web",
          where: `Calendar > ${possessive(owner)} calendar > Sharing and permissions`,
          text: "The person you added or removed is usually already listed as you left it; only the notification email is missing. Tell them yourself.",
        },
      ],
    },
    {
      actor: "owner",
      summary: "Add the person who manages the calendar as a delegate",
      steps: [
        {
          kind: "clicks",
          client: "new-outlook-web",
          where: "Calendar > Share",
          text: 'Choose the person and "Delegate": this gives Editor and send-on-behalf together.',
        },
        { kind: "clicks", client: "classic-windows", where: "File > Account Settings > Delegate Access > Add", text: "Calendar: Editor." },
      ],
    },
    {
      actor: "admin",
      summary: `Let the person managing ${possessive(owner)} calendar send on their behalf`,
      steps: [
        {
          kind: "command",
          shell: "exchange-powershell",
          text: `Set-Mailbox -Identity '${ownerPs}' -GrantSendOnBehalfTo @{Add='${delegatePs}'}`,
          purpose: "Full Access alone does not include sending for the owner.",
        },
      ],
    },
  ];
}

function hybridOauthRemedies(parties: Parties): Remedy[] {
  const ownerPs = psAddress(parties.owner?.emailAddress, OWNER_PLACEHOLDER);
  const remedies: Remedy[] = [
    {
      actor: "admin",
      summary: "If the owner's mailbox is in Exchange on-premises: let Teams read it",
      steps: [
        {
          kind: "command",
          shell: "exchange-powershell",
          text: `Get-Recipient -Identity '${ownerPs}' | Select-Object RecipientTypeDetails`,
          purpose:
            "In Exchange Online PowerShell, MailUser means the owner's mailbox is on-premises (the hybrid case); UserMailbox means it is in the cloud.",
        },
        {
          kind: "note",
          text:
            "Configure OAuth between Exchange on-premises and Exchange Online (Hybrid Configuration Wizard), then the partner " +
            "application for Skype for Business Online with a linked account holding the UserApplication role, as described in " +
            'Microsoft\'s "Configure integration and OAuth between Skype for Business Online and Exchange Server".',
        },
        {
          kind: "note",
          text: "Check also that the delegate has Editor with the Delegate flag on the owner's calendar; Owner is not a substitute.",
        },
      ],
    },
    {
      actor: "you",
      summary: "If every mailbox is in Exchange Online: try again later",
      steps: [{ kind: "note", text: "This message then usually means a temporary network or service problem, not a missing permission." }],
    },
  ];
  const helpdesk = helpdeskOf(parties);
  if (helpdesk) {
    remedies.push({
      actor: "you",
      summary: "Send the report to IT",
      steps: [{ kind: "note", text: `Copy the report from this pane and send it, with the message you saw, to ${helpdesk}.` }],
    });
  }
  return remedies;
}
