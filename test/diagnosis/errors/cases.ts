/**
 * Real wordings people paste, grouped by the cause they must be recognised as, and near-misses
 * that must stay "not recognised". Variants cover what actually differs between pastes: product
 * renames, Outlook versions, case, curly quotes, line breaks, HTML and quoted-reply noise, partial
 * copies, whole bounces with headers and status codes, and the owner's address inside the text.
 */
import type { Parties } from "../../../src/diagnosis/remedies";
import type { KnownErrorId } from "../../../src/diagnosis/errors/knowledgeBase";

export const OWNER_ADDRESS = "alex.wilber@contoso.com";
export const DELEGATE_ADDRESS = "megan.bowen@contoso.com";

export const PARTIES: Parties = {
  owner: { emailAddress: OWNER_ADDRESS, displayName: "Alex Wilber" },
  delegate: { emailAddress: DELEGATE_ADDRESS, displayName: "Megan Bowen" },
  helpdesk: "helpdesk@contoso.com",
};

export interface Variant {
  readonly name: string;
  readonly text: string;
}

const EXO_NDR_SEND_ON_BEHALF = [
  "From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@contoso.com>",
  "Sent: Tuesday, 4 March 2025 09:12",
  "To: Megan Bowen <megan.bowen@contoso.com>",
  "Subject: Undeliverable: Quarterly review",
  "",
  "Your message to alex.wilber@contoso.com couldn't be delivered.",
  "",
  "Delivery has failed to these recipients or groups:",
  "",
  "team@contoso.com",
  "You can't send a message on behalf of this user unless you have permission to do so. Please make sure you're sending on",
  "behalf of the correct sender, or request the necessary permission. If the problem continues, please contact your helpdesk.",
  "",
  "Diagnostic information for administrators:",
  "",
  "Generating server: DM6PR11MB4321.namprd11.prod.outlook.com",
  "Remote Server returned '554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception with message Cannot submit message.'",
  "",
  "Original message headers:",
  "Received: from DM6PR11MB4321.namprd11.prod.outlook.com ([fe80::1]) by DM6PR11MB4321.namprd11.prod.outlook.com",
  " ([fe80::1%4]) with mapi id 15.20.8466.016; Tue, 4 Mar 2025 09:12:01 +0000",
  "MIME-Version: 1.0",
  "Content-Type: text/plain",
].join("\r\n");

const EXCHANGE_DIAGNOSTIC_DE = [
  "Ihre Nachricht hat einige oder alle Empfänger nicht erreicht.",
  "Betreff: Quartalsgespräch",
  "Diese Nachricht konnte nicht gesendet werden. Sie besitzen nicht die Berechtigung, die Nachricht im Auftrag des angegebenen Benutzers zu senden.",
  "Diagnoseinformationen für Administratoren:",
  "Der Fehler lautet [0x80070005-0x000004dc-0x00000524].",
  "X-ServerApplication: Exchange/15.20.5632.021",
].join("\n");

export const RECOGNISED: Readonly<Record<KnownErrorId, readonly Variant[]>> = {
  "lync-delegate": [
    { name: "Lync 2010/2013 exact", text: "Please contact the owner of the account to get delegate permissions in Lync" },
    {
      name: "Microsoft Lync with full stop",
      text: "Please contact the owner of the account to get delegate permissions in Microsoft Lync.",
    },
    {
      name: "Skype for Business, upper case",
      text: "PLEASE CONTACT THE OWNER OF THE ACCOUNT TO GET DELEGATE PERMISSIONS IN SKYPE FOR BUSINESS",
    },
    { name: "Skype Meetings rename", text: "Please contact the owner of the account to get delegate permission in Skype Meetings." },
    {
      name: "dialog title, curly quotes, wrapped lines",
      text: "Microsoft Lync\r\n\u201CPlease contact the owner of the\r\naccount to get delegate permissions in Lync.\u201D\r\nOK",
    },
    { name: "partial: get delegate permissions in Lync", text: "get delegate permissions in Lync" },
    { name: "partial without product", text: "contact the owner of the account to get delegate permissions" },
    { name: "partial sentence plus product context", text: "Online Meeting Add-in for Lync 2010: please contact the owner of the account" },
    {
      name: "zero-width and no-break spaces",
      text: "Please contact the owner of the acc\u200Bount to get delegate\u00A0permissions in\u2060 Lync",
    },
    { name: "HTML", text: "<div><p>Please contact the owner of the account to get <b>delegate permissions</b> in&nbsp;Lync</p></div>" },
    {
      name: "full-width characters",
      text: "\uFF30\uFF4C\uFF45\uFF41\uFF53\uFF45 contact the owner of the account to get delegate permissions in \uFF2C\uFF59\uFF4E\uFF43",
    },
  ],
  "teams-delegate": [
    {
      name: "Teams add-in exact, curly apostrophe",
      text: "Looks like you don\u2019t have permission to schedule meetings for this account. Talk to the owner to get permission and try again.",
    },
    {
      name: "spelled-out 'do not'",
      text: "Looks like you do not have permission to schedule meetings for this account. Talk to the owner to get permission and try again.",
    },
    { name: "partial first sentence", text: "don't have permission to schedule meetings for this account" },
    { name: "partial second sentence", text: "Talk to the owner to get permission and try again." },
    {
      name: "dialog with title and line breaks",
      text: "Microsoft Teams\n\nLooks like you don't have\npermission to schedule meetings for\nthis account.",
    },
    { name: "upper case", text: "LOOKS LIKE YOU DON'T HAVE PERMISSION TO SCHEDULE MEETINGS FOR THIS ACCOUNT." },
    { name: "typographic apostrophe U+02BC", text: "you don\u02BCt have permission to schedule meetings for this account" },
    { name: "partial plus product", text: "New Teams Meeting — talk to the owner to get permission" },
    {
      name: "quoted in an email to IT",
      text: "Hi IT,\n> Looks like you don't have permission to schedule meetings\n> for this account.\nThanks, Megan",
    },
    { name: "apostrophe lost when retyped", text: "Looks like you dont have permission to schedule meetings for this account" },
    { name: "cut short, with product", text: "Microsoft Teams: you don't have permission to schedule meetings." },
  ],
  "send-on-behalf": [
    { name: "classic Outlook dialog", text: "You do not have the permission to send the message on behalf of the specified user." },
    {
      name: "classic Outlook send/receive error with owner address",
      text: "Task 'alex.wilber@contoso.com - Sending' reported error (0x80070005) : 'You do not have the permission to send the message on behalf of the specified user.'",
    },
    { name: "Exchange Online bounce with headers and status codes", text: EXO_NDR_SEND_ON_BEHALF },
    {
      name: "HTML bounce",
      text: '<html><body><p><b><font color="#000066">Your message couldn&#39;t be delivered</font></b></p><p>You can&#8217;t send a message on behalf of this user unless you have permission to do so.</p></body></html>',
    },
    { name: "diagnostic code only", text: "Error is [0x80070005-0x000004dc-0x00000524]." },
    { name: "short diagnostic code form", text: "The error is [0x80070005-0x0004dc-0x000524]." },
    { name: "German Outlook with diagnostic code", text: EXCHANGE_DIAGNOSTIC_DE },
    {
      name: "EWS ErrorSendAsDenied",
      text: "ErrorSendAsDenied: The user account which was used to submit this request does not have the right to send mail on behalf of the specified sending account., Cannot submit message.",
    },
    { name: "SMTP 5.7.60 send as", text: "550 5.7.60 SMTP; Client does not have permissions to send as this sender" },
    { name: "quoted reply, wrapped", text: "> You do not have the permission to send the message on\n> behalf of the specified user." },
    { name: "quoted-printable soft break", text: "You do not have the permission to send the message on be=\nhalf of the specified user." },
    { name: "not authorised, with owner address", text: "You are not authorized to send on behalf of alex.wilber@contoso.com" },
    {
      name: "no permission, with owner address",
      text: "The user account does not have permission to send on behalf of alex.wilber@contoso.com",
    },
  ],
  "calendar-read-only": [
    {
      name: "classic Outlook full message",
      text: "You don't have permission to create an entry in this folder. Right-click the folder, then click Properties to check your permissions for the folder. See the folder owner or your administrator to change your permissions.",
    },
    { name: "read-only folder", text: "You cannot make changes to contents of this read-only folder." },
    { name: "read-only folder, curly apostrophe", text: "You can\u2019t make changes to contents of this read-only folder." },
    { name: "partial", text: "don't have permission to create an entry in this folder" },
    {
      name: "second and third sentences only",
      text: "Right-click the folder, and then click Properties to check your permissions for the folder. See the folder owner or your administrator.",
    },
    { name: "upper case with line breaks", text: "YOU DON'T HAVE PERMISSION TO CREATE AN ENTRY\nIN THIS FOLDER." },
    { name: "calendar wording", text: "You don't have permission to create events in this calendar." },
    { name: "edit this calendar", text: "You don't have permission to edit this calendar." },
    {
      name: "Outlook's generic no-access message",
      text: "You do not have sufficient permission to perform this operation on this object. See the folder contact or your system administrator.",
    },
  ],
  "webex-scheduling-permission": [
    { name: "Webex exact", text: "To schedule an online meeting for this host you must obtain scheduling permission from this host" },
    { name: "second Webex wording", text: "You must get the scheduling permission from the host" },
    {
      name: "unable to schedule on behalf, with product",
      text: "Cisco Webex Meetings: Error: Unable to schedule on behalf of other user.",
    },
    { name: "paraphrase with product", text: "Webex Productivity Tools says I don't have scheduling permission" },
    { name: "no permission for this host", text: "You do not have scheduling permission for this host." },
    { name: "host has not granted", text: "The host has not granted you scheduling permission." },
    {
      name: "can't schedule for this host",
      text: "You can't schedule meetings for this host. Ask the host to give you scheduling permission.",
    },
    {
      name: "with owner address and line breaks",
      text: "Webex\nTo schedule an online meeting for this host\nyou must obtain scheduling permission from this host (alex.wilber@contoso.com)",
    },
  ],
  "zoom-scheduling-privilege": [
    { name: "Zoom API error with quoted address", text: 'You cannot schedule a meeting for "alex.wilber@contoso.com".' },
    { name: "plain address", text: "You cannot schedule a meeting for alex.wilber@contoso.com" },
    { name: "JSON response", text: '{"code":3000,"message":"You cannot schedule a meeting for \\"alex.wilber@contoso.com\\"."}' },
    { name: "display name with product", text: "Zoom: You cannot schedule a meeting for Alex Wilber." },
    {
      name: "schedule_for field",
      text: "The value that you entered for the schedule_for field is invalid. Enter a valid value and try again.",
    },
    { name: "no privilege, with product", text: "Zoom for Outlook: you do not have scheduling privilege for this user" },
    { name: "not assigned, with product", text: "Zoom: Alex Wilber has not assigned you scheduling privilege." },
    { name: "curly quotes around the address", text: "You can\u2019t schedule a meeting for \u201Calex.wilber@contoso.com\u201D" },
  ],
  "sharing-invitation-failed": [
    { name: "Outlook on the web", text: "The sharing invitation couldn't be sent." },
    { name: "removal variant, curly apostrophe", text: "The sharing invitation couldn\u2019t be deleted." },
    { name: "upper case spelled out", text: "THE SHARING INVITATION COULD NOT BE SENT" },
    { name: "verb first", text: "Couldn't send the sharing invitation." },
    {
      name: "inside the permissions pane",
      text: "Calendar\nSharing and permissions\nAlex Wilber - Can edit\nThe sharing invitation couldn't be sent.",
    },
  ],
  // Outlook's wordings as Microsoft's KB 3187524 (policy-permissions-issue) and KB 983062 quote them.
  "sharing-policy-refused": [
    {
      name: "Outlook's policy refusal",
      text: "Policy does not allow granting permissions at this level to one or more of the recipient(s). Please select another permission level and send the sharing invite again.",
    },
    {
      name: "shared with some of the recipients",
      text: "The Calendar was shared with some of the recipients. However, calendar sharing is not available with the following entries because of permission settings on your network:\n\nAlex Wilber <alex.wilber@contoso.com>\n\nDo you want to send them a copy of this calendar in an e-mail message instead?",
    },
    {
      name: "first sentence only, lower case",
      text: "policy does not allow granting permissions at this level to one or more of the recipients",
    },
  ],
  "teams-hybrid-oauth": [
    {
      name: "Teams add-in, hybrid",
      text: "New Teams Meeting\nSorry, but we can't connect to the server right now. Please try again later.",
    },
    { name: "second wording", text: "Microsoft Teams: Unable to connect to the server, please try again later" },
  ],
};

/** Must stay "not recognised": generic words, other products' messages, good news, noise. */
export const NEAR_MISSES: readonly Variant[] = [
  { name: "empty", text: "" },
  { name: "whitespace", text: "   \n\t\r\n  " },
  { name: "invisible characters only", text: "\u200B\u200C\uFEFF\u2060" },
  { name: "file access", text: "You don't have permission to access this file" },
  { name: "permission denied", text: "Permission denied" },
  { name: "document owner", text: "Please contact the owner of the document" },
  { name: "delegate permissions updated", text: "Your delegate permissions were updated" },
  { name: "just delegate", text: "delegate" },
  { name: "just permission", text: "permission" },
  { name: "product names only", text: "Teams Lync Skype for Business Zoom Webex calendar" },
  { name: "granted in Lync", text: "Alex Wilber has given you delegate permissions for Lync" },
  {
    name: "spam-filter bounce 5.7.1",
    text: "Delivery has failed to these recipients or groups:\n550 5.7.1 Delivery not authorized, message refused",
  },
  {
    name: "transport rule bounce",
    text: "Remote Server returned '550 5.7.900 TRANSPORT.RULES.RejectMessage; the message was rejected by organization policy'",
  },
  { name: "past date", text: "You cannot schedule a meeting for a past date." },
  { name: "past date in Zoom", text: "Zoom: You cannot schedule a meeting for a past date." },
  { name: "other app's own rule", text: "You cannot schedule a meeting for this contact" },
  {
    name: "WhatsApp send on behalf",
    text: "Error (#200): You do not have the necessary permissions to send messages on behalf of this WhatsApp",
  },
  {
    name: "Graph access denied",
    text: '{"error":{"code":"ErrorAccessDenied","message":"Access is denied. Check credentials and try again."}}',
  },
  { name: "Mac cannot open shared calendar", text: "Outlook cannot open the folder. You do not have permission to open this folder." },
  { name: "sharing invitation received", text: "Alex Wilber has sent you a sharing invitation for their calendar." },
  { name: "scheduling privilege assigned", text: "Alex Wilber assigned you scheduling privilege in Zoom." },
  { name: "Webex permission updated", text: "Webex: your scheduling permission has been updated." },
  { name: "plain connection error", text: "Sorry, but we can't connect to the server right now. Please try again later." },
  { name: "Teams file access", text: "Microsoft Teams: Looks like you don't have permission to view this file." },
  { name: "read-only holiday calendar", text: "This is a read-only calendar: United States holidays" },
  { name: "owner address alone", text: "alex.wilber@contoso.com" },
  { name: "contact the owner of the account, alone", text: "Please contact the owner of the account" },
  {
    name: "generic no-access message alone",
    text: "You do not have sufficient permission to perform this operation on this object.",
  },
  { name: "cut short, without product", text: "You don't have permission to schedule meetings" },
  { name: "Teams channel meetings", text: "Teams: You don't have permission to schedule meetings in this channel." },
  { name: "waiting for the host", text: "Please wait. The meeting will begin when the host joins." },
  { name: "document edit, apostrophe lost", text: "You dont have permission to edit this document" },
  { name: "host granted permission (good news)", text: "The host has granted you scheduling permission." },
];
