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
 *
 * Languages: English markers first, then each localized wording we could confirm in a public
 * source (named next to the marker), refusals matched by meaning in each language that has a
 * sourced wording of them (cues.ts), and language-independent codes. Where no localized wording was
 * found (Teams in Dutch; Lync in French and Dutch; Zoom and Webex in Dutch, French and German), we add
 * none rather than translate Microsoft's text ourselves: a guessed phrase would either never match or
 * match the wrong thing. Those messages stay "not recognised" unless they carry a code below.
 */
import type { Messages } from "../../i18n/messages";
import type { Parties } from "../remedies";
import {
  calendarEditorRemedies,
  helpdeskOf,
  namesOf,
  onlineMeetingRemedies,
  ownerPs,
  sendOnBehalfCommand,
  sendOnBehalfRemedies,
  withPlaceholderNote,
} from "../remedies";
import { SOURCES } from "../sources";
import {
  languagesWith,
  LYNC_OR_SKYPE,
  MEETINGS,
  NEGATION,
  NO_PERMISSION,
  ON_BEHALF,
  OTHER_USER,
  OWNER_OF_ACCOUNT,
  PERMISSIONS,
  POLICY,
  RECIPIENTS,
  RESOURCE,
  SCHEDULE,
  SEND,
  THIS_ACCOUNT,
  THIS_LEVEL,
  type CueLanguage,
} from "./cues";
import type { Actor, CheckId, Remedy, Source } from "../types";

export type MarkerStrength = "decisive" | "strong" | "context";

/** One phrase, anywhere in the text. */
export interface PhraseMarker {
  /** Shown back to the user as what was recognised, so keep it short and readable. */
  readonly label: string;
  /** Tested against normalised text; never give it the g or y flag (test() would become stateful). */
  readonly pattern: RegExp;
  readonly strength: MarkerStrength;
}

/**
 * A meaning rather than a phrase: every cue must occur in one sentence (see cues.ts), and none of
 * `unless` anywhere in the paste (a message about a resource or about Lync says so in another
 * sentence). Sentences are short, so words from different sentences of a long paste never combine.
 */
export interface CueMarker {
  readonly label: string;
  readonly cues: readonly RegExp[];
  readonly unless?: readonly RegExp[];
  readonly strength: MarkerStrength;
}

export type Marker = PhraseMarker | CueMarker;

/** Every regular expression a marker runs, for tests that check them all. */
export function patternsOf(marker: Marker): readonly RegExp[] {
  return "pattern" in marker ? [marker.pattern] : [...marker.cues, ...(marker.unless ?? [])];
}

/** One cue marker per language that has every cue of the kind (see cues.ts). */
function byMeaning(
  label: string,
  strength: MarkerStrength,
  kinds: readonly Readonly<Partial<Record<CueLanguage, RegExp>>>[],
  unless?: readonly RegExp[],
): CueMarker[] {
  return languagesWith(...kinds).map((language) => ({
    label: `${label} (${LANGUAGE_NAMES[language]}, by meaning)`,
    // languagesWith guarantees every kind has this language.
    cues: kinds.map((kind) => kind[language] as RegExp),
    ...(unless ? { unless } : {}),
    strength,
  }));
}

const LANGUAGE_NAMES: Readonly<Record<CueLanguage, string>> = { en: "English", fr: "French", nl: "Dutch", de: "German" };

export type KnownErrorId =
  | "lync-delegate"
  | "teams-delegate"
  | "teams-hybrid-oauth"
  | "send-on-behalf"
  | "calendar-read-only"
  | "webex-scheduling-permission"
  | "zoom-scheduling-privilege"
  | "sharing-invitation-failed"
  | "sharing-policy-refused";

export type ErrorId = KnownErrorId | "unknown";

export interface ErrorEntry<Id extends ErrorId = ErrorId> {
  /** Stable: stored in reports and used by the verdict. Never rename. */
  readonly id: Id;
  /** The permission layer this error proves is missing, or "none" when it proves none of them. */
  readonly layer: CheckId | "none";
  readonly whoFixes: readonly Actor[];
  readonly markers: readonly Marker[];
  /** Built per decode so the real addresses of the owner and delegate appear in commands. */
  readonly remedies: (parties: Parties, t: Messages) => Remedy[];
  /** First-party or vendor documentation the entry rests on (its title and cause are in the catalogues). */
  readonly sources: readonly Source[];
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
/** German Exchange bounces: "Diagnoseinformationen für Administratoren" (the NDR quoted on pastebin dUJNHrB0). */
const BOUNCE_DE: Marker = {
  label: "bounce message wording (German)",
  pattern: /diagnoseinformationen für administratoren|konnte nicht gesendet werden|unzustellbar/,
  strength: "context",
};
/** Windows' E_ACCESSDENIED: in every language's bounce, and in every other access error too. */
const ACCESS_DENIED_CODE: Marker = { label: "Windows access-denied code 0x80070005", pattern: /\b0x80070005\b/, strength: "context" };

// ---------------------------------------------------------------------------------------------

const lyncDelegate: ErrorEntry<"lync-delegate"> = {
  id: "lync-delegate",
  layer: "online-meeting-delegate",
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
    {
      // The KB's full sentence (learn.microsoft.com/skypeforbusiness/troubleshoot/server-meetings/cannot-use-lync-meeting-add-in).
      label: '"you do not have permissions to schedule Lync Meetings on behalf of the owner of this account"',
      pattern: /permissions? to schedule (?:lync |skype )?(?:online )?meetings? on behalf of the owner of (?:this|the) account/,
      strength: "decisive",
    },
    { label: '"contact the owner of the account"', pattern: /contact the owner of (?:the|this) account\b/, strength: "strong" },
    // The KB's refusal by its meaning, so a second translation of it matches too.
    ...byMeaning('"no permission to schedule Lync meetings for the owner of this account"', "decisive", [
      NO_PERMISSION,
      SCHEDULE,
      { en: LYNC_OR_SKYPE, de: LYNC_OR_SKYPE },
      OWNER_OF_ACCOUNT,
    ]),
    {
      // German copy of the same KB (learn.microsoft.com/de-de/…/cannot-use-lync-meeting-add-in).
      label: '"Stellvertretungsberechtigungen in Microsoft Lync" (German)',
      pattern: /stellvertretungsberechtigungen in (?:microsoft )?(?:lync|skype)/,
      strength: "decisive",
    },
    {
      label: '"nicht berechtigt, Lync-Besprechungen im Namen des Besitzers dieses Kontos zu planen" (German)',
      pattern: /nicht berechtigt,? (?:lync|skype)[a-z ]{0,20}-besprechungen im namen des besitzers (?:dieses|des) kontos/,
      strength: "decisive",
    },
    {
      // The server's answer quoted by Microsoft's support article on delegates unable to create Skype meetings
      // (github.com/MicrosoftDocs/SupportArticles-docs, cannot-create-meeting-delegate.md): "ms-diagnostics: 4268;reason="Delegate operation not allowed as delegate and
      // delegator are in different deployments."" with the fault code Client.Delegate.Operation.NotAuthorized.
      label: "ms-diagnostics 4268 (delegate operation not allowed)",
      pattern: /ms-diagnostics: ?4268\b/,
      strength: "decisive",
    },
    {
      label: "Client.Delegate.Operation.NotAuthorized",
      pattern: /client\.delegate\.operation\.notauthori[sz]ed/,
      strength: "decisive",
    },
    {
      label: '"delegate operation not allowed as delegate and delegator are in different deployments"',
      pattern: /delegate operation not allowed as delegate and delegator are in different deployments/,
      strength: "decisive",
    },
    {
      label: '"wenden Sie sich an den Besitzer des Kontos" (German)',
      pattern: /wenden sie sich an den besitzer des kontos/,
      strength: "strong",
    },
    { label: "mentions Lync", pattern: /\blync\b/, strength: "context" },
    { label: "mentions Skype for Business", pattern: /skype for business|skype meeting/, strength: "context" },
    { label: "mentions the Online Meeting add-in", pattern: /online meeting add-?in|conferencing add-?in/, strength: "context" },
  ],
  remedies: (parties, t) => onlineMeetingRemedies("skype", parties, t),
  sources: [SOURCES.lyncAddin, SOURCES.lyncOnBehalf, SOURCES.clientPolicy],
};

const teamsDelegate: ErrorEntry<"teams-delegate"> = {
  id: "teams-delegate",
  layer: "online-meeting-delegate",
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
    // By meaning, in each language whose wording Microsoft's localized Teams–Exchange article prints
    // (de-de, fr-fr; no Dutch copy of it was found). Lync's own refusal also names "this account", and
    // Outlook's refusal to book a resource "for that account" is about the room, not the delegation.
    ...byMeaning(
      '"you don\'t have permission to schedule meetings for this account"',
      "decisive",
      [NO_PERMISSION, SCHEDULE, MEETINGS, THIS_ACCOUNT],
      [LYNC_OR_SKYPE, RESOURCE],
    ),
    {
      // The article's second sentence, de-de: "Wenden Sie sich an den Besitzer, um die Berechtigung zu erhalten, …".
      label: '"Wenden Sie sich an den Besitzer, um die Berechtigung zu erhalten" (German)',
      pattern: /wenden sie sich an den besitzer,? um die berechtigung zu erhalten/,
      strength: "strong",
    },
    {
      // fr-fr: "Contactez le propriétaire pour obtenir l'autorisation et essayez à nouveau."
      label: '"Contactez le propriétaire pour obtenir l\'autorisation" (French)',
      pattern: /contactez le propri(?:é|e)taire pour obtenir l'autorisation/,
      strength: "strong",
    },
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
  remedies: (parties, t) => onlineMeetingRemedies("teams", parties, t),
  sources: [SOURCES.teamsExchange, SOURCES.webDelegation],
};

const teamsHybridOauth: ErrorEntry<"teams-hybrid-oauth"> = {
  id: "teams-hybrid-oauth",
  // "none": this message does not prove any of the delegate's own permissions is missing, and
  // reporting it against a layer would make the verdict claim what we do not know.
  layer: "none",
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
  remedies: (parties, t) => hybridOauthRemedies(parties, t),
  sources: [SOURCES.teamsExchange],
};

const sendOnBehalf: ErrorEntry<"send-on-behalf"> = {
  id: "send-on-behalf",
  layer: "send-on-behalf",
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
      // "Sie besitzen nicht die Berechtigung, die Nachricht im Auftrag des angegebenen Benutzers zu senden" (an
      // Exchange Online bounce, pastebin dUJNHrB0) and "Sie sind nicht berechtigt, im Auftrag des angegebenen
      // Benutzers zu senden" (Exchange 2010 help, technet dd298031).
      label: '"im Auftrag des angegebenen Benutzers zu senden" (German Outlook)',
      pattern: /im auftrag des angegebenen benutzers zu senden/,
      strength: "decisive",
    },
    {
      // Outlook's Dutch refusal as Microsoft's Dutch admin documentation quotes it (MicrosoftDocs/microsoft-365-docs-pr.nl-NL,
      // microsoft-365/admin/email/create-a-shared-mailbox.md), in both revisions: "U hebt geen toestemming om het bericht namens
      // de opgegeven gebruiker te verzenden" and "U bent niet gemachtigd om het bericht te verzenden namens de opgegeven gebruiker".
      label: '"het bericht namens de opgegeven gebruiker te verzenden" (Dutch Outlook)',
      pattern: /(?:bericht|e-?mail) (?:namens de opgegeven gebruiker te verzenden|te verzenden namens de opgegeven gebruiker)/,
      strength: "decisive",
    },
    // By meaning, so each revision of Microsoft's localized shared-mailbox page matches ("im Auftrag" and "im Namen",
    // "n'êtes pas autorisé" and "n'avez pas l'autorisation"; publicSources.test.ts lists them).
    ...byMeaning('"you don\'t have permission to send on behalf of the specified user"', "decisive", [
      NO_PERMISSION,
      SEND,
      ON_BEHALF,
      OTHER_USER,
    ]),
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
    BOUNCE_DE,
    ACCESS_DENIED_CODE,
    { label: "Exchange submission error (STOREDRV.Submission)", pattern: /storedrv\.submission/, strength: "context" },
  ],
  remedies: (parties, t) => sendOnBehalfRemedies(parties, t),
  sources: [SOURCES.sendOnBehalf, SOURCES.actingOnBehalf, SOURCES.sendAsDenied, SOURCES.hiddenSendOnBehalf],
};

const calendarReadOnly: ErrorEntry<"calendar-read-only"> = {
  id: "calendar-read-only",
  layer: "calendar-editor",
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
    {
      // KB 918717 (de-lu) and KB 2816258 (de): two translations of the message above.
      label: '"um diesen Vorgang mit diesem / für dieses Objekt auszuführen" (German)',
      pattern:
        /(?:nicht die erforderlichen berechtigungen?|nicht über ausreichende berechtigungen?),? um diesen vorgang (?:mit diesem|für dieses) objekt auszuführen/,
      strength: "strong",
    },
    {
      // KB 918717, fr-fr copy.
      label: '"vous ne disposez pas des autorisations suffisantes pour effectuer cette opération sur cet objet" (French)',
      pattern: /ne disposez pas des autorisations suffisantes pour effectuer cette opération sur cet objet/,
      strength: "strong",
    },
    // Subscribed calendars (holidays, other organisations) are read-only too: supporting evidence only.
    { label: '"read-only folder / calendar"', pattern: /read-only (?:folder|calendar)/, strength: "context" },
    { label: "mentions a calendar", pattern: /\bcalendar\b/, strength: "context" },
    { label: '"see the folder owner / contact"', pattern: /see the folder (?:owner|contact)/, strength: "context" },
    {
      label: '"Kontaktperson dieses Ordners" / "Ordnerkontakt" (German)',
      pattern: /kontaktperson dieses ordners|ordnerkontakt/,
      strength: "context",
    },
    { label: '"contact du dossier" (French)', pattern: /contact du dossier/, strength: "context" },
    { label: "mentions a calendar (German, French)", pattern: /\bkalender\b|\bcalendrier\b/, strength: "context" },
  ],
  remedies: (parties, t) => calendarEditorRemedies(parties, t),
  sources: [SOURCES.delegateAccess, SOURCES.folderPermission],
};

const webexSchedulingPermission: ErrorEntry<"webex-scheduling-permission"> = {
  id: "webex-scheduling-permission",
  layer: "online-meeting-delegate",
  whoFixes: ["owner", "admin"],
  markers: [
    {
      label: '"you must obtain scheduling permission from this host"',
      pattern: /(?:obtain|get|have) (?:the )?scheduling permissions? from (?:this|the) host/,
      strength: "decisive",
    },
    { label: '"to schedule an online meeting for this host"', pattern: /schedule an online meeting for this host/, strength: "strong" },
    {
      // Word for word as Webex's article WBX28944 quotes it.
      label: '"Unable to schedule on behalf of other user." (Webex WBX28944)',
      pattern: /unable to schedule on behalf of other user(?=$|[.!"'])/,
      strength: "decisive",
    },
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
  remedies: (parties, t) => onlineMeetingRemedies("webex", parties, t),
  sources: [SOURCES.webexOnBehalf, SOURCES.webexPermission],
};

const zoomSchedulingPrivilege: ErrorEntry<"zoom-scheduling-privilege"> = {
  id: "zoom-scheduling-privilege",
  layer: "online-meeting-delegate",
  whoFixes: ["owner", "admin"],
  markers: [
    {
      label: '"you cannot schedule a meeting for <address>"',
      pattern: /can not schedule (?:a )?(?:meeting|webinar)s? for "?[^\s"@]{1,64}@/,
      strength: "decisive",
    },
    {
      // Zoom's Meeting API reference publishes error 3000 as this template; people paste what a tool printed, braces and all.
      label: '"you cannot schedule a meeting for {userId}" (Zoom API error 3000)',
      pattern: /can not schedule (?:a )?(?:meeting|webinar)s? for \{user_?id\}/,
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
    { label: "Zoom API field schedule_for", pattern: /\bschedule_for\b/, strength: "context" },
  ],
  remedies: (parties, t) => onlineMeetingRemedies("zoom", parties, t),
  sources: [SOURCES.zoomPrivilege, SOURCES.zoomApi],
};

const sharingInvitationFailed: ErrorEntry<"sharing-invitation-failed"> = {
  id: "sharing-invitation-failed",
  layer: "none",
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
  remedies: (parties, t) => sharingInvitationRemedies(parties, t),
  sources: [SOURCES.webDelegation, SOURCES.delegateAccess],
};

/** Names a calendar in any of the four languages the pane reads. */
const CALENDAR_ANY: Marker = {
  label: "mentions a calendar",
  pattern: /\bcalendar\b|\bkalender\b|\bcalendrier\b|\bagenda\b/,
  strength: "context",
};

const sharingPolicyRefused: ErrorEntry<"sharing-policy-refused"> = {
  id: "sharing-policy-refused",
  // The share did not go through, but what the person already has on the calendar is not known from this.
  layer: "none",
  whoFixes: ["owner", "admin"],
  markers: [
    {
      // Outlook's refusal, word for word as KB 3187524 / policy-permissions-issue and KB 983062 quote it.
      label: '"policy does not allow granting permissions at this level to one or more of the recipient(s)"',
      pattern: /polic(?:y|ies) does not allow granting permissions? at this level/,
      strength: "decisive",
    },
    {
      label: '"calendar sharing is not available with the following entries because of permission settings"',
      pattern: /sharing is not available (?:with|for) the following (?:entries|recipients) because of permission settings/,
      strength: "decisive",
    },
    {
      label: '"the calendar was shared with (only) some of the recipients"',
      pattern: /(?:was|has been) shared with (?:only )?some (?:of the )?recipients/,
      strength: "strong",
    },
    // By meaning: Microsoft's de-DE, fr-FR and nl-NL pages word this refusal in more than one way.
    ...byMeaning('"policy does not allow granting permissions at this level to the recipients"', "decisive", [
      POLICY,
      PERMISSIONS,
      THIS_LEVEL,
      RECIPIENTS,
      NEGATION,
    ]),
    CALENDAR_ANY,
  ],
  remedies: (parties, t) => sharingPolicyRemedies(parties, t),
  sources: [SOURCES.sharingPolicyError, SOURCES.sharingAutocomplete],
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
  sharingPolicyRefused,
  teamsHybridOauth,
];

export const UNKNOWN_ERROR: ErrorEntry<"unknown"> = {
  id: "unknown",
  layer: "none",
  whoFixes: [],
  markers: [],
  // Nothing recognised, nothing proved: the checks above already say what to verify and who fixes it.
  remedies: () => [],
  sources: [SOURCES.delegateAccess, SOURCES.teamsExchange, SOURCES.lyncAddin, SOURCES.zoomPrivilege, SOURCES.webexOnBehalf],
};

// ---------------------------------------------------------------------------------------------
// Remedies for entries that prove no single layer missing. Entries tied to a layer use the shared
// builders in ../remedies so the decoder and the checks never give different advice.

function sharingInvitationRemedies(parties: Parties, t: Messages): Remedy[] {
  const { owner } = namesOf(parties, t);
  const c = t.remedies.sharing;
  return [
    {
      actor: "you",
      summary: c.check,
      steps: [{ kind: "clicks", client: "new-outlook-web", where: c.checkWhere({ owner }), text: c.checkText }],
    },
    {
      actor: "owner",
      summary: c.owner,
      steps: [
        { kind: "clicks", client: "new-outlook-web", where: t.remedies.where.webShareShort, text: c.ownerWeb },
        { kind: "clicks", client: "classic-windows", where: t.remedies.where.classicDelegateAccess, text: c.ownerClassic },
        { kind: "note", text: c.group },
      ],
    },
    {
      actor: "admin",
      summary: c.admin({ owner }),
      steps: withPlaceholderNote(parties, t, [{ ...sendOnBehalfCommand(parties, t), purpose: c.adminPurpose }]),
    },
  ];
}

function sharingPolicyRemedies(parties: Parties, t: Messages): Remedy[] {
  const { owner, delegate } = namesOf(parties, t);
  const c = t.remedies.sharingPolicy;
  return [
    {
      actor: "owner",
      summary: c.owner({ delegate }),
      steps: [
        { kind: "clicks", client: "classic-windows", where: t.remedies.where.classicDelegateAccess, text: c.ownerClassic },
        { kind: "clicks", client: "new-outlook-web", where: t.remedies.where.webShareShort, text: c.ownerWeb },
      ],
    },
    {
      actor: "admin",
      summary: c.admin({ owner }),
      steps: withPlaceholderNote(parties, t, [
        {
          kind: "command",
          shell: "exchange-powershell",
          text: `Get-Mailbox -Identity '${ownerPs(parties)}' | Format-List SharingPolicy`,
          purpose: c.policyPurpose,
        },
        { kind: "note", text: c.externalNote },
      ]),
    },
  ];
}

function hybridOauthRemedies(parties: Parties, t: Messages): Remedy[] {
  const c = t.remedies.hybrid;
  const remedies: Remedy[] = [
    {
      actor: "admin",
      summary: c.admin,
      steps: [
        {
          kind: "command",
          shell: "exchange-powershell",
          text: `Get-Recipient -Identity '${ownerPs(parties)}' | Select-Object RecipientTypeDetails`,
          purpose: c.recipientPurpose,
        },
        { kind: "note", text: c.oauthNote },
        { kind: "note", text: c.editorNote },
      ],
    },
    { actor: "you", summary: c.cloud, steps: [{ kind: "note", text: c.cloudNote }] },
  ];
  const helpdesk = helpdeskOf(parties);
  if (helpdesk)
    remedies.push({
      actor: "you",
      summary: c.report,
      steps: [{ kind: "note", text: t.remedies.stuckSend({ contact: helpdesk }) }],
    });
  return remedies;
}
