/**
 * Who must do what, where, to grant each permission layer. Pure: the same parties and catalogue
 * always give the same remedies. Sources are in /shared/docs/delegation-facts.md and sources.ts.
 *
 * Security: owner and delegate addresses come from Outlook and may be hostile. Only an address that
 * passes isPlausibleAddress is ever written into a command, always single-quoted with ' doubled;
 * anything else becomes a readable placeholder and a note telling the admin to replace it.
 * Display names only ever appear in prose, flattened to one line. Commands stay PowerShell in every
 * language; only the calendar folder's likely name follows the language (the mailbox's folder is named
 * in the mailbox's own language, which a lookup command before them shows).
 */
import type { Messages } from "../i18n/messages";
import { isPlausibleAddress, nameWithAddress, shortNameOf, singleLine } from "./address";
import type { Check, Parties, Remedy, RemedyStep, ServiceKind } from "./types";

export type { Parties } from "./types";

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

/**
 * What a check's details and the report offer to fix it. Built on demand, not with the verdict: the
 * first screen never shows remedies, so their code and words load after it. A granted right needs no
 * remedy; send-on-behalf can never be seen, so it always gets one; a service without a host account
 * has no right to grant.
 */
export function remediesFor(check: Check, parties: Parties, t: Messages): Remedy[] {
  switch (check.id) {
    case "calendar-editor":
      return check.status === "granted" ? [] : calendarEditorRemedies(parties, t);
    case "send-on-behalf":
      return sendOnBehalfRemedies(parties, t);
    case "online-meeting-delegate":
      // The check always names the service it is about (this meeting's, or the one that refused).
      return check.status === "granted" || check.status === "not-needed" || !check.service
        ? []
        : onlineMeetingRemedies(check.service.kind, parties, t);
  }
}

/** Owner's clicks per client and admin commands to give the delegate Editor (with the Delegate flag). */
export function calendarEditorRemedies(parties: Parties, t: Messages): Remedy[] {
  const names = namesOf(parties, t);
  return [
    { actor: "owner", summary: t.remedies.calendar.owner({ delegate: names.delegate }), steps: ownerAddsDelegateClicks(names, t) },
    {
      actor: "admin",
      summary: t.remedies.calendar.admin({ owner: names.owner, delegate: names.delegate }),
      steps: withPlaceholderNote(parties, t, [shellNote(t), ...calendarEditorCommands(parties, t)]),
    },
    ...helpdeskRemedy(parties, t),
  ];
}

/**
 * How to confirm and how to grant GrantSendOnBehalfTo. Each step is for the one who does it: the
 * delegate can only ask, the owner looks and adds in Outlook, IT lists and grants with commands.
 */
export function sendOnBehalfRemedies(parties: Parties, t: Messages): Remedy[] {
  const names = namesOf(parties, t);
  return [
    {
      actor: "you",
      summary: t.remedies.sending.confirm({ owner: names.owner }),
      steps: [
        { kind: "note", text: t.remedies.sending.invisible },
        { kind: "note", text: t.remedyPeople.askBelow({ owner: names.owner }) },
      ],
    },
    {
      actor: "owner",
      summary: t.remedies.sending.owner({ delegate: names.delegate }),
      steps: [
        {
          kind: "clicks",
          client: "classic-windows",
          where: t.remedies.where.classicDelegateAccess,
          text: t.remedies.sending.ownerLooks({ delegate: names.delegate }),
        },
        ...ownerAddsDelegateClicks(names, t),
      ],
    },
    {
      actor: "admin",
      summary: t.remedies.sending.admin({ owner: names.owner, delegate: names.delegate }),
      steps: withPlaceholderNote(parties, t, [
        shellNote(t),
        {
          kind: "command",
          shell: "exchange-powershell",
          text: `Get-Mailbox -Identity '${ownerPs(parties)}' | Select-Object -ExpandProperty GrantSendOnBehalfTo`,
          purpose: t.remedies.sending.listPurpose({ owner: names.owner, delegate: names.delegate }),
        },
        sendOnBehalfCommand(parties, t),
        { kind: "note", text: t.remedies.sending.hiddenNote },
      ]),
    },
    ...helpdeskRemedy(parties, t),
  ];
}

/** The meeting service's own delegate right (Teams, Skype/Lync incl. EnableExchangeDelegateSync, Zoom, Webex). */
export function onlineMeetingRemedies(service: ServiceKind, parties: Parties, t: Messages): Remedy[] {
  switch (service) {
    case "teams":
      return [...teamsRemedies(parties, t), ...helpdeskRemedy(parties, t)];
    case "skype":
      return [...skypeRemedies(parties, t), ...helpdeskRemedy(parties, t)];
    case "zoom":
      return [...zoomRemedies(parties, t), ...helpdeskRemedy(parties, t)];
    case "webex":
      return [...webexRemedies(parties, t), ...helpdeskRemedy(parties, t)];
    case "jitsi":
    case "other":
      // These links have no host account, so there is no right to grant and nothing to tell anyone.
      return [];
  }
}

// ---------------------------------------------------------------------------------------------
// Per service

function teamsRemedies(parties: Parties, t: Messages): Remedy[] {
  const names = namesOf(parties, t);
  return [
    { actor: "owner", summary: t.remedies.teams.owner({ delegate: names.delegate }), steps: ownerAddsDelegateClicks(names, t) },
    {
      actor: "admin",
      summary: t.remedies.teams.admin,
      steps: withPlaceholderNote(parties, t, [
        shellNote(t),
        ...calendarEditorCommands(parties, t),
        sendOnBehalfCommand(parties, t),
        {
          kind: "command",
          shell: "exchange-powershell",
          text: "Get-OrganizationConfig | Format-List EwsApplicationAccessPolicy,EwsAllowList,EwsEnabled",
          purpose: t.remedies.teams.ewsOrgPurpose,
        },
        {
          kind: "command",
          shell: "exchange-powershell",
          text: "Set-OrganizationConfig -EwsAllowList @{Add='*SchedulingService*'}",
          purpose: t.remedies.teams.ewsAllowPurpose,
        },
        {
          kind: "command",
          shell: "exchange-powershell",
          text: `Get-CASMailbox -Identity '${ownerPs(parties)}' | Format-List Ews*`,
          purpose: t.remedies.teams.ewsMailboxPurpose,
        },
        { kind: "note", text: t.remedies.teams.ewsRetirementNote },
      ]),
    },
  ];
}

function skypeRemedies(parties: Parties, t: Messages): Remedy[] {
  const names = namesOf(parties, t);
  return [
    {
      actor: "owner",
      summary: t.remedies.skype.owner({ delegate: names.delegate }),
      steps: [
        { kind: "clicks", where: t.remedies.where.skype, text: t.remedies.skype.ownerClicks({ who: names.delegateFull }) },
        { kind: "note", text: t.remedies.skype.alternative({ delegate: names.delegate }) },
      ],
    },
    {
      actor: "admin",
      summary: t.remedies.skype.admin,
      steps: withPlaceholderNote(parties, t, [
        { kind: "note", text: t.remedies.skype.retiredNote },
        {
          kind: "command",
          shell: "skype-powershell",
          text: "Set-CsClientPolicy -Identity Global -EnableExchangeDelegateSync $true",
          purpose: t.remedies.skype.syncPurpose,
        },
        { kind: "note", text: t.remedies.skype.deploymentNote({ owner: names.owner }) },
      ]),
    },
  ];
}

function zoomRemedies(parties: Parties, t: Messages): Remedy[] {
  const names = namesOf(parties, t);
  return [
    {
      actor: "owner",
      summary: t.remedies.zoom.owner({ delegate: names.delegate }),
      steps: [
        {
          kind: "clicks",
          where: t.remedies.where.zoom,
          text: t.remedies.zoom.ownerClicks({ who: names.delegateFull }),
        },
      ],
    },
    {
      actor: "admin",
      summary: t.remedies.zoom.admin,
      steps: [{ kind: "note", text: t.remedies.zoom.accountsNote({ owner: names.owner }) }],
    },
  ];
}

function webexRemedies(parties: Parties, t: Messages): Remedy[] {
  const names = namesOf(parties, t);
  return [
    {
      actor: "owner",
      summary: t.remedies.webex.owner({ delegate: names.delegate }),
      steps: [{ kind: "clicks", where: t.remedies.where.webex, text: t.remedies.webex.ownerClicks({ email: names.delegateEmailPhrase }) }],
    },
    {
      actor: "admin",
      summary: t.remedies.webex.admin,
      steps: [{ kind: "note", text: t.remedies.webex.accountsNote({ owner: names.owner }) }],
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Shared pieces

export interface Names {
  /** "Alex", or the catalogue's "the owner" when unknown. */
  readonly owner: string;
  /** "Megan", or the catalogue's "the delegate" when unknown: how the owner's and IT's steps name the delegate. */
  readonly delegate: string;
  /**
   * Whom the owner must pick in a people picker: "Megan Bowen (megan@contoso.com)". Unknown, it is the
   * same stand-in as `delegate`, never the user's "you": these steps speak to the owner, so "you" is the owner.
   */
  readonly delegateFull: string;
  /** "their email address (megan@contoso.com)" for forms that take an email address. */
  readonly delegateEmailPhrase: string;
}

export function namesOf(parties: Parties, t: Messages): Names {
  const delegateAddress =
    parties.delegate && isPlausibleAddress(parties.delegate.emailAddress) ? parties.delegate.emailAddress.trim() : undefined;
  return {
    owner: shortNameOf(parties.owner, t.people.owner),
    delegate: shortNameOf(parties.delegate, t.remedyPeople.delegate),
    delegateFull: nameWithAddress(parties.delegate, t.remedyPeople.delegate),
    delegateEmailPhrase: delegateAddress ? t.remedies.webex.yourEmail({ address: delegateAddress }) : t.remedies.webex.yourEmailUnknown,
  };
}

/** The owner's own clicks in each Outlook client to add the delegate with Editor on the calendar. */
function ownerAddsDelegateClicks(names: Names, t: Messages): RemedyStep[] {
  const who = names.delegateFull;
  return [
    {
      kind: "clicks",
      client: "classic-windows",
      where: t.remedies.where.classicDelegateAccess,
      text: t.remedies.addDelegateClassic({ who }),
    },
    { kind: "clicks", client: "new-outlook-web", where: t.remedies.where.webShare, text: t.remedies.addDelegateWeb({ who }) },
    { kind: "clicks", client: "mac", where: t.remedies.where.macDelegates, text: t.remedies.addDelegateMac({ who }) },
  ];
}

/** Where the Exchange commands run: Exchange Online PowerShell, or the Exchange Management Shell on-premises. */
function shellNote(t: Messages): RemedyStep {
  return { kind: "note", text: t.adminCommands.shell };
}

/**
 * Editor with the Delegate flag, looking before changing: the real calendar folder name first (its
 * name follows the owner's mailbox language, which Outlook does not tell add-ins, so the commands
 * use the likely name and say so), then the delegate's current entry, then Add- for a new entry or
 * Set- for an existing one (Add- fails on an existing entry).
 */
function calendarEditorCommands(parties: Parties, t: Messages): RemedyStep[] {
  const calendar = calendarIdentity(parties, t);
  const user = delegatePs(parties);
  return [
    findCalendarFolderCommand(parties, t),
    { kind: "note", text: t.adminCommands.likelyFolder({ folder: t.remedies.calendarFolder }) },
    {
      kind: "command",
      shell: "exchange-powershell",
      text: `Get-MailboxFolderPermission -Identity '${calendar}' -User '${user}'`,
      purpose: t.adminCommands.viewPurpose,
    },
    {
      kind: "command",
      shell: "exchange-powershell",
      text: `Add-MailboxFolderPermission -Identity '${calendar}' -User '${user}' -AccessRights Editor -SharingPermissionFlags Delegate`,
      purpose: t.remedies.calendar.addPurpose,
    },
    {
      kind: "command",
      shell: "exchange-powershell",
      text: `Set-MailboxFolderPermission -Identity '${calendar}' -User '${user}' -AccessRights Editor -SharingPermissionFlags Delegate`,
      purpose: t.adminCommands.setPurpose,
    },
  ];
}

export function sendOnBehalfCommand(parties: Parties, t: Messages): Extract<RemedyStep, { kind: "command" }> {
  return {
    kind: "command",
    shell: "exchange-powershell",
    text: `Set-Mailbox -Identity '${ownerPs(parties)}' -GrantSendOnBehalfTo @{Add='${delegatePs(parties)}'}`,
    purpose: t.remedies.sending.grantPurpose,
  };
}

function findCalendarFolderCommand(parties: Parties, t: Messages): RemedyStep {
  return {
    kind: "command",
    shell: "exchange-powershell",
    text: `Get-MailboxFolderStatistics -Identity '${ownerPs(parties)}' -FolderScope Calendar | Select-Object Name, FolderPath, FolderType`,
    purpose: t.remedies.calendar.findFolderPurpose,
  };
}

export function ownerPs(parties: Parties): string {
  return psAddress(parties.owner?.emailAddress, OWNER_PLACEHOLDER);
}

function delegatePs(parties: Parties): string {
  return psAddress(parties.delegate?.emailAddress, DELEGATE_PLACEHOLDER);
}

/**
 * The owner's calendar folder by its likely name. Its name follows the owner's mailbox language, which
 * Outlook does not tell add-ins; the user's own language is the likeliest (colleagues usually share
 * one), so the commands say it is likely and the folder-statistics lookup before them shows the real
 * one. The escaped address cannot contain ":" or "\", so the suffix stays intact.
 */
function calendarIdentity(parties: Parties, t: Messages): string {
  return `${ownerPs(parties)}:\\${t.remedies.calendarFolder}`;
}

/** Appends a note naming each placeholder used, so nobody runs a command against a made-up mailbox. */
export function withPlaceholderNote(parties: Parties, t: Messages, steps: RemedyStep[]): RemedyStep[] {
  const missing: string[] = [];
  if (!isPlausibleAddress(parties.owner?.emailAddress)) missing.push(t.remedies.placeholderOwner({ placeholder: OWNER_PLACEHOLDER }));
  if (!isPlausibleAddress(parties.delegate?.emailAddress))
    missing.push(t.remedies.placeholderDelegate({ placeholder: DELEGATE_PLACEHOLDER }));
  if (missing.length === 0) return steps;
  return [...steps, { kind: "note", text: t.remedies.placeholders({ items: missing }) }];
}

/** The organisation's help desk as one safe line, or undefined when none is configured. */
export function helpdeskOf(parties: Parties): string | undefined {
  return parties.helpdesk ? singleLine(parties.helpdesk, HELPDESK_MAX_LENGTH) || undefined : undefined;
}

function helpdeskRemedy(parties: Parties, t: Messages): Remedy[] {
  const helpdesk = helpdeskOf(parties);
  if (!helpdesk) return [];
  return [{ actor: "you", summary: t.remedies.helpdesk, steps: [{ kind: "note", text: t.remedies.helpdeskSend({ contact: helpdesk }) }] }];
}
