/**
 * Who must do what, where, to grant each permission layer. Pure: the same parties always give the
 * same remedies. Sources are in /shared/docs/delegation-facts.md and error-catalogue.md.
 *
 * Security: owner and delegate addresses come from Outlook and may be hostile. Only an address that
 * passes isPlausibleAddress is ever written into a command, always single-quoted with ' doubled;
 * anything else becomes a readable placeholder and a note telling the admin to replace it.
 * Display names only ever appear in prose, flattened to one line.
 */
import { isPlausibleAddress, nameOf, nameWithAddress, possessive, singleLine } from "./address";
import type { Person, Remedy, RemedyStep, ServiceKind } from "./types";

/** Who is involved, as far as we know them; missing addresses become readable placeholders. */
export interface Parties {
  readonly owner?: Person;
  readonly delegate?: Person;
  readonly helpdesk?: string;
}

/** Room for a name, an address and a phone number; the value comes from the organisation's config. */
const HELPDESK_MAX_LENGTH = 200;

/** Shown in commands when Outlook gave no usable owner address; the remedy says to replace it. */
export const OWNER_PLACEHOLDER = "owner@contoso.com";
/** Shown in commands when Outlook gave no usable delegate address; the remedy says to replace it. */
export const DELEGATE_PLACEHOLDER = "delegate@contoso.com";

/**
 * An address made safe to paste into PowerShell inside single quotes, or a placeholder when it is
 * not a plausible address. The caller writes the surrounding quotes: `'${psAddress(a, p)}'`.
 * The placeholder is escaped as well, so a caller's placeholder with an apostrophe stays balanced.
 */
export function psAddress(address: string | undefined, placeholder: string): string {
  const value = isPlausibleAddress(address) ? address.trim() : placeholder;
  return escapeSingleQuoted(value);
}

/** Inside PowerShell single quotes only the quote is special; it is escaped by doubling it. */
function escapeSingleQuoted(value: string): string {
  // PowerShell also treats the typographic single quotes as quote characters.
  return value.replace(/['\u2018\u2019\u201A\u201B]/g, "''");
}

/** Owner's clicks per client and admin commands to give the delegate Editor (with the Delegate flag). */
export function calendarEditorRemedies(parties: Parties): Remedy[] {
  const names = namesOf(parties);
  return [
    {
      actor: "owner",
      summary: `${names.owner} adds you as a delegate with Editor on their calendar`,
      steps: ownerAddsDelegateClicks(names, "Editor"),
    },
    {
      actor: "admin",
      summary: `Or an admin gives you Editor, as a delegate, on ${names.ownerPossessive} calendar`,
      steps: withPlaceholderNote(parties, [
        addEditorCommand(parties),
        {
          kind: "command",
          shell: "exchange-powershell",
          text: `Set-MailboxFolderPermission -Identity '${calendarIdentity(parties)}' -User '${delegatePs(parties)}' -AccessRights Editor -SharingPermissionFlags Delegate`,
          purpose: "Use this instead when the first command says an existing permission entry was found (for example Reviewer).",
        },
        {
          kind: "note",
          text:
            'The folder is called "Calendar" only in English mailboxes; use its name in the owner\'s language (for example "Kalender"). ' +
            "-SharingPermissionFlags exists in Exchange Online only; on Exchange Server leave it out.",
        },
      ]),
    },
    ...helpdeskRemedy(parties),
  ];
}

/** How to grant and how to confirm GrantSendOnBehalfTo. */
export function sendOnBehalfRemedies(parties: Parties): Remedy[] {
  const names = namesOf(parties);
  return [
    {
      actor: "you",
      summary: `Confirm whether you may send invitations on ${names.ownerPossessive} behalf`,
      steps: [
        { kind: "note", text: "Outlook does not show this right to add-ins, so this pane cannot check it for you." },
        {
          kind: "clicks",
          client: "classic-windows",
          where: "File > Account Settings > Delegate Access",
          text: `${names.owner} looks here: if you are listed, the right is granted.`,
        },
        {
          kind: "command",
          shell: "exchange-powershell",
          text: `Get-Mailbox -Identity '${ownerPs(parties)}' | Select-Object -ExpandProperty GrantSendOnBehalfTo`,
          purpose: `An admin lists everyone who may send on ${names.ownerPossessive} behalf; you should be in the list.`,
        },
      ],
    },
    {
      actor: "owner",
      summary: `${names.owner} adds you as a delegate, which grants send-on-behalf`,
      steps: ownerAddsDelegateClicks(names, "Editor"),
    },
    {
      actor: "admin",
      summary: `Or an admin lets you send on ${names.ownerPossessive} behalf`,
      steps: withPlaceholderNote(parties, [sendOnBehalfCommand(parties)]),
    },
    ...helpdeskRemedy(parties),
  ];
}

/** The meeting service's own delegate right (Teams, Skype/Lync incl. EnableExchangeDelegateSync, Zoom, Webex). */
export function onlineMeetingRemedies(service: ServiceKind, parties: Parties): Remedy[] {
  switch (service) {
    case "teams":
      return [...teamsRemedies(parties), ...helpdeskRemedy(parties)];
    case "skype":
      return [...skypeRemedies(parties), ...helpdeskRemedy(parties)];
    case "zoom":
      return [...zoomRemedies(parties), ...helpdeskRemedy(parties)];
    case "webex":
      return [...webexRemedies(parties), ...helpdeskRemedy(parties)];
    case "jitsi":
    case "other":
      // These links have no host account, so there is no right to grant and nothing to tell anyone.
      return [];
  }
}

// ---------------------------------------------------------------------------------------------
// Per service

function teamsRemedies(parties: Parties): Remedy[] {
  const names = namesOf(parties);
  return [
    {
      actor: "owner",
      summary: `${names.owner} adds you as a delegate (plain calendar sharing is not enough for Teams)`,
      steps: ownerAddsDelegateClicks(names, "Editor"),
    },
    {
      actor: "admin",
      summary: `An admin makes sure Teams can see the delegation`,
      steps: withPlaceholderNote(parties, [
        addEditorCommand(parties),
        sendOnBehalfCommand(parties),
        {
          kind: "command",
          shell: "exchange-powershell",
          text: "Get-OrganizationConfig | Format-List EwsApplicationAccessPolicy,EwsAllowList",
          purpose:
            "Shows whether EWS is limited to an allow list; if EwsApplicationAccessPolicy is EnforceAllowList, run the next command.",
        },
        {
          kind: "command",
          shell: "exchange-powershell",
          text: "Set-OrganizationConfig -EwsAllowList @{Add='*SchedulingService*'}",
          purpose: "Lets the Teams scheduling service read the owner's calendar through EWS.",
        },
        {
          kind: "command",
          shell: "exchange-powershell",
          text: `Get-Mailbox -Identity '${ownerPs(parties)}' | Format-List HiddenFromAddressListsEnabled`,
          purpose: "Teams cannot schedule for an owner hidden from the address list; this should say False.",
        },
      ]),
    },
  ];
}

function skypeRemedies(parties: Parties): Remedy[] {
  const names = namesOf(parties);
  return [
    {
      actor: "owner",
      summary: `${names.owner} adds you as a delegate in Skype for Business (Lync)`,
      steps: [
        {
          kind: "clicks",
          where: "Skype for Business / Lync: Tools > Call Forwarding Settings > Edit my delegate members",
          text: `Add ${names.delegateFull}, then OK.`,
        },
        {
          kind: "note",
          text:
            `Alternatively ${names.owner} adds you in Outlook's Delegate Access with Calendar: Editor, while signed in to ` +
            "both Outlook and Skype for Business, and waits about ten minutes for Skype for Business to pick it up.",
        },
      ],
    },
    {
      actor: "admin",
      summary: "An admin lets Outlook delegates count in Skype for Business",
      steps: withPlaceholderNote(parties, [
        {
          kind: "command",
          shell: "skype-powershell",
          text: "Set-CsClientPolicy -Identity Global -EnableExchangeDelegateSync $true",
          purpose:
            "Needed when the owner is not enabled for Enterprise Voice. Afterwards the owner signs out of Skype for Business and signs in again. " +
            "If the owner has a client policy of their own, set it on that policy instead of Global.",
        },
        {
          kind: "note",
          text: `${names.owner} and you must be homed in the same Skype for Business deployment (and region).`,
        },
      ]),
    },
  ];
}

function zoomRemedies(parties: Parties): Remedy[] {
  const names = namesOf(parties);
  return [
    {
      actor: "owner",
      summary: `${names.owner} gives you Zoom scheduling privilege`,
      steps: [
        {
          kind: "clicks",
          where: "Zoom web portal: Settings > Meeting > Other > Schedule privilege",
          text: `Add ${names.delegateFull} as someone who can schedule for ${names.ownerObject}.`,
        },
      ],
    },
    {
      actor: "admin",
      summary: "A Zoom admin checks both accounts",
      steps: [{ kind: "note", text: `${names.owner} and you must both be licensed users on the same Zoom account.` }],
    },
  ];
}

function webexRemedies(parties: Parties): Remedy[] {
  const names = namesOf(parties);
  return [
    {
      actor: "owner",
      summary: `${names.owner} gives you Webex scheduling permission`,
      steps: [
        {
          kind: "clicks",
          where: "Webex site: Preferences > Scheduling > Scheduling permission",
          text: `Add ${names.delegateEmailPhrase}, then Save.`,
        },
      ],
    },
    {
      actor: "admin",
      summary: "A Webex admin checks both accounts",
      steps: [
        {
          kind: "note",
          text: `${names.owner} and you must be on the same Webex site, and each Webex account's email must be the person's primary SMTP address, not an alias.`,
        },
      ],
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Shared pieces

interface Names {
  /** "Alex Wilber", or "The owner" when unknown. Starts sentences. */
  readonly owner: string;
  /** "Alex Wilber", or "the owner" when unknown. */
  readonly ownerObject: string;
  /** "Alex Wilber's", or "the owner's". */
  readonly ownerPossessive: string;
  /** Whom the owner must pick in a people picker: "Megan Bowen (megan@contoso.com)". */
  readonly delegateFull: string;
  /** "your address (megan@contoso.com)" for forms that take an email address. */
  readonly delegateEmailPhrase: string;
}

function namesOf(parties: Parties): Names {
  const owner = nameOf(parties.owner, "");
  const delegateAddress =
    parties.delegate && isPlausibleAddress(parties.delegate.emailAddress) ? parties.delegate.emailAddress.trim() : undefined;
  return {
    owner: owner || "The owner",
    ownerObject: owner || "the owner",
    ownerPossessive: owner ? possessive(owner) : "the owner's",
    delegateFull: parties.delegate ? nameWithAddress(parties.delegate, "you") : "you",
    delegateEmailPhrase: delegateAddress ? `your email address (${delegateAddress})` : "your email address",
  };
}

/** The owner's own clicks in each Outlook client to add the delegate with the given calendar role. */
function ownerAddsDelegateClicks(names: Names, role: "Editor"): RemedyStep[] {
  const who = names.delegateFull;
  return [
    {
      kind: "clicks",
      client: "classic-windows",
      where: "File > Account Settings > Delegate Access",
      text: `Add > choose ${who} > set Calendar to ${role} > OK. Adding a delegate here also grants send-on-behalf.`,
    },
    {
      kind: "clicks",
      client: "new-outlook-web",
      where: "Calendar > Share (or right-click the calendar > Sharing and permissions)",
      text: `Add ${who} and choose "Delegate". "Can edit" lets you edit the calendar but not send invitations on their behalf, and Teams ignores it.`,
    },
    {
      kind: "clicks",
      client: "mac",
      where: "Tools > Accounts > Delegation and Sharing (legacy Outlook for Mac: Tools > Accounts > Advanced > Delegates)",
      text: `Under "Delegates who can act on my behalf" click +, add ${who}, set Calendar to ${role}, then OK.`,
    },
  ];
}

function addEditorCommand(parties: Parties): RemedyStep {
  return {
    kind: "command",
    shell: "exchange-powershell",
    text: `Add-MailboxFolderPermission -Identity '${calendarIdentity(parties)}' -User '${delegatePs(parties)}' -AccessRights Editor -SharingPermissionFlags Delegate`,
    purpose: "Gives Editor on the owner's calendar and marks the person as a delegate (what Teams and Outlook's Delegate Access expect).",
  };
}

function sendOnBehalfCommand(parties: Parties): RemedyStep {
  return {
    kind: "command",
    shell: "exchange-powershell",
    text: `Set-Mailbox -Identity '${ownerPs(parties)}' -GrantSendOnBehalfTo @{Add='${delegatePs(parties)}'}`,
    purpose: 'Lets invitations go out as "delegate on behalf of owner"; @{Add=…} keeps everyone already in the list.',
  };
}

function ownerPs(parties: Parties): string {
  return psAddress(parties.owner?.emailAddress, OWNER_PLACEHOLDER);
}

function delegatePs(parties: Parties): string {
  return psAddress(parties.delegate?.emailAddress, DELEGATE_PLACEHOLDER);
}

/** The owner's Calendar folder identity; the escaped address cannot contain ":" or "\", so the suffix stays intact. */
function calendarIdentity(parties: Parties): string {
  return `${ownerPs(parties)}:\\Calendar`;
}

/** Appends a note naming each placeholder used, so nobody runs a command against a made-up mailbox. */
function withPlaceholderNote(parties: Parties, steps: RemedyStep[]): RemedyStep[] {
  const missing: string[] = [];
  if (!isPlausibleAddress(parties.owner?.emailAddress)) missing.push(`${OWNER_PLACEHOLDER} with the owner's address`);
  if (!isPlausibleAddress(parties.delegate?.emailAddress)) missing.push(`${DELEGATE_PLACEHOLDER} with the delegate's address`);
  if (missing.length === 0) return steps;
  return [
    ...steps,
    {
      kind: "note",
      text: `Outlook did not give a usable address, so replace ${missing.join(" and ")} before running these commands.`,
    },
  ];
}

function helpdeskRemedy(parties: Parties): Remedy[] {
  const helpdesk = parties.helpdesk ? singleLine(parties.helpdesk, HELPDESK_MAX_LENGTH) : "";
  if (!helpdesk) return [];
  return [
    {
      actor: "you",
      summary: "Need help? Contact your help desk",
      steps: [{ kind: "note", text: `Send the report from this pane to ${helpdesk}.` }],
    },
  ];
}
