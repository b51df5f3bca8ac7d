/**
 * Plain cmdlet output, as admins paste it without our block. Every "real" example below is copied
 * from a public page (cited next to it, with what it shows); variants change only the people or add
 * one row in the same shape, and say so.
 */
import { readAdminPaste } from "../../../src/diagnosis/evidence/adminPaste";
import type { AdminPasteReading, ExpectedPair } from "../../../src/diagnosis/evidence/exchange";
import { concludeExchange } from "../../../src/diagnosis/evidence/exchangeConclusions";
import { evidenceOf, PAIR, quoted } from "./fixtures";

/** The people in Microsoft's Teams troubleshooting example: user1 delegates to user2. */
const MS_PAIR: ExpectedPair = {
  owner: { emailAddress: "user1@contoso.com", displayName: "User One" },
  delegate: { emailAddress: "user2@contoso.com", displayName: "User Two" },
};

/*
 * Source: MicrosoftDocs/OfficeDocs-Support, Teams/known-issues/teams-exchange-interaction-issue.md
 * (commit a9b87e90f87d5d20f95fde887ef078d3548e6c61; today's
 * https://learn.microsoft.com/troubleshoot/microsoftteams/meetings/teams-exchange-interaction-issue), section "A delegate
 * cannot schedule a Teams meeting". Shows Exchange Server's Format-List of Get-MailboxFolderPermission (identity as a
 * canonical name, User as an alias, AccessRights {Editor}, no SharingPermissionFlags), Get-Mailbox | Format-List *grant*
 * with GrantSendOnBehalfTo as a canonical name in braces, and Select-Object Ews* lists of Get-OrganizationConfig and
 * Get-CasMailbox (empty values, EwsAllowList {} and {*SchedulingService*}). The page puts a blank line after every line;
 * only "<delegator's UserPrincipalName>" is replaced by user1@contoso.com.
 */
const MS_FOLDER_PERMISSION_LIST = `PS> Get-MailboxFolderPermission -Identity user1@contoso.com | Format-List

Output:

RunspaceId : 0063e39b-3e23-4afb-91aa-aca9aa99b080

Identity : contoso.com/headquater/user1:\\calendar

FolderName : Calendar

User : user2

AccessRights : {Editor}

IsValid : True

ObjectState : New`;

const MS_GRANT_LIST = `PS> Get-Mailbox -Identity user1@contoso.com | Format-List *grant*

Output:

GrantSendOnBehalfTo : {contoso.com/headquater/user2}`;

const MS_ORG_EWS_BEFORE = `PS> Get-OrganizationConfig | Select-Object Ews*

Output:

EwsAllowEntourage :

EwsAllowList : {}

EwsAllowMacOutlook :

EwsAllowOutlook :

EwsApplicationAccessPolicy : EnforceAllowList

EwsBlockList :

EwsEnabled :`;

const MS_ORG_EWS_AFTER = MS_ORG_EWS_BEFORE.replace("EwsAllowList : {}", "EwsAllowList : {*SchedulingService*}");

const MS_CAS_EWS_BEFORE = `PS> Get-CasMailbox user1@contoso.com | Select-Object Ews*

Output

EwsEnabled :

EwsAllowOutlook :

EwsAllowMacOutlook :

EwsAllowEntourage :

EwsApplicationAccessPolicy : EnforceAllowList

EwsAllowList : {}

EwsBlockList :`;

const MS_CAS_EWS_AFTER = MS_CAS_EWS_BEFORE.replace("EwsAllowList : {}", "EwsAllowList : {*SchedulingService*}");

/** Same source, the calendar app's section: the allow list after adding the calendar app's agents. */
const MS_ORG_EWS_CALENDAR_APP = MS_ORG_EWS_BEFORE.replace(
  "EwsAllowList : {}",
  "EwsAllowList : {MicrosoftNinja/*, *Teams/*, SkypeSpaces/*}",
);

/*
 * Source: all3kcis/memento-docs, fr_FR/exchange.md. A French mailbox: folder "Calendrier", the Default and Anonymous
 * entries printed as "Par défaut" and "Anonyme", an older table without the SharingPermissionFlags column.
 */
const FR_TABLE = `Get-MailboxFolderPermission -Identity "example@contoso.com:\\Calendrier"

FolderName           User                 AccessRights
----------           ----                 ------------
Calendrier           Par défaut           {LimitedDetails}
Calendrier           Anonyme              {None}`;
const FR_PAIR: ExpectedPair = { owner: { emailAddress: "example@contoso.com", displayName: "Exemple" }, delegate: PAIR.delegate };

/*
 * Source: https://www.easy365manager.com/get-mailboxfolderpermission/ : Exchange Online's table with the
 * SharingPermissionFlags column and a wide AccessRights column, after a "PS C:\>" prompt. Variants add the delegate's row
 * in the same columns.
 */
const EXO_HEADER = `FolderName           User                 AccessRights                                                                                               SharingPermissionFlags
----------           ----                 ------------                                                                                               ----------------------`;
const FLAGS_AT = EXO_HEADER.indexOf("SharingPermissionFlags");
function exoRow(user: string, rights: string, flags = ""): string {
  return `${"Calendar".padEnd(21)}${user.padEnd(21)}${rights.padEnd(FLAGS_AT - 42)}${flags}`.trimEnd();
}
function exoTable(owner: string, ...rows: string[]): string {
  return [
    `PS C:\\> Get-MailboxFolderPermission ${owner}:\\Calendar`,
    EXO_HEADER,
    exoRow("Default", "{AvailabilityOnly}"),
    exoRow("Anonymous", "{None}"),
    ...rows,
  ].join("\n");
}

/*
 * Source: Microsoft's archived Exchange blog, "GrantSendOnBehalfTo Permissions for Mailbox overwrites Existing
 * permission" (https://learn.microsoft.com/archive/blogs/manjubn/grantsendonbehalfto-permissions-for-mailbox-overwrites-existing-permission):
 * the property printed with addresses, no braces, and its own spelling "GrantSendOnBehalfto".
 */
const BLOG_GRANT = "PS C:\\> Get-Mailbox helpdesk | fl GrantSendOnBehalfTo\n\nGrantSendOnBehalfto : John@contoso.com, Chris@contoso.com";
const BLOG_PAIR: ExpectedPair = {
  owner: { emailAddress: "helpdesk@contoso.com", displayName: "HelpDesk" },
  delegate: { emailAddress: "chris@contoso.com", displayName: "Chris" },
};

function conclusions(reading: AdminPasteReading) {
  return concludeExchange(evidenceOf(reading));
}

describe("Microsoft's own examples (Format-List)", () => {
  it("reads Exchange Server's folder permission list: Editor, Delegate flag not printed", () => {
    const evidence = evidenceOf(readAdminPaste(MS_FOLDER_PERMISSION_LIST, MS_PAIR));
    expect(evidence.form).toBe("list");
    expect(evidence.calendar).toEqual({ seen: true, value: { folder: "Calendar", accessRights: ["Editor"] } });
    expect(concludeExchange(evidence)).toMatchObject({ calendarRole: "editor", delegateFlag: "unknown", sendOnBehalf: "unknown" });
  });

  it("reads GrantSendOnBehalfTo given as a canonical name", () => {
    expect(conclusions(readAdminPaste(MS_GRANT_LIST, MS_PAIR)).sendOnBehalf).toBe("granted");
    const other: ExpectedPair = { ...MS_PAIR, delegate: { emailAddress: "user3@contoso.com", displayName: "User Three" } };
    expect(conclusions(readAdminPaste(MS_GRANT_LIST, other)).sendOnBehalf).toBe("missing");
  });

  it("reads the organisation's EWS settings: an empty allow list blocks Teams", () => {
    const evidence = evidenceOf(readAdminPaste(MS_ORG_EWS_BEFORE, MS_PAIR));
    expect(evidence.ews).toEqual({
      seen: true,
      value: { orgEnabled: null, orgAccessPolicy: "EnforceAllowList", orgAllowList: [], orgBlockList: null },
    });
    expect(concludeExchange(evidence).ewsForTeams).toBe("blocked");
  });

  it("reads the owner's mailbox EWS settings (Get-CasMailbox) as the mailbox's", () => {
    const evidence = evidenceOf(readAdminPaste(MS_CAS_EWS_BEFORE, MS_PAIR));
    expect(evidence.ews).toEqual({
      seen: true,
      value: { mailboxEnabled: null, mailboxAccessPolicy: "EnforceAllowList", mailboxAllowList: [], mailboxBlockList: null },
    });
    expect(concludeExchange(evidence).ewsForTeams).toBe("blocked");
  });

  it("after *SchedulingService* is added at both levels, an unset organisation EwsEnabled still says 'check'", () => {
    const both = `${MS_ORG_EWS_AFTER}\n\n${MS_CAS_EWS_AFTER}`;
    expect(conclusions(readAdminPaste(both, MS_PAIR)).ewsForTeams).toBe("unknown");
    const enabled = both.replace("EwsEnabled :\n\nPS> Get-CasMailbox", "EwsEnabled : True\n\nPS> Get-CasMailbox");
    // Output from before June 2026 does not show EwsAllowedAppIDs, which may now keep the service out.
    expect(conclusions(readAdminPaste(enabled, MS_PAIR)).ewsForTeams).toBe("unknown");
    const noAppIds = both.replace("EwsEnabled :\n\nPS> Get-CasMailbox", "EwsEnabled : True\n\nEwsAllowedAppIDs :\n\nPS> Get-CasMailbox");
    expect(conclusions(readAdminPaste(noAppIds, MS_PAIR)).ewsForTeams).toBe("allowed");
  });

  it("the calendar app's allow-list entries do not prove the scheduling service may pass", () => {
    const text = MS_ORG_EWS_CALENDAR_APP.replace("EwsEnabled :", "EwsEnabled : True");
    expect(conclusions(readAdminPaste(`${text}\n\n${MS_CAS_EWS_AFTER}`, MS_PAIR)).ewsForTeams).toBe("unknown");
  });

  it("reads all four outputs pasted together, as one ticket answer", () => {
    const all = [MS_FOLDER_PERMISSION_LIST, MS_GRANT_LIST, MS_ORG_EWS_BEFORE, MS_CAS_EWS_BEFORE].join("\n\n");
    expect(conclusions(readAdminPaste(all, MS_PAIR))).toEqual({
      calendarRole: "editor",
      delegateFlag: "unknown",
      sendOnBehalf: "granted",
      ewsForTeams: "blocked",
    });
  });

  it("reads the same when the page's text came quoted in a reply", () => {
    expect(conclusions(readAdminPaste(quoted(MS_FOLDER_PERMISSION_LIST), MS_PAIR)).calendarRole).toBe("editor");
  });

  it("reads a dense Format-List (one object, no blank lines) from Exchange Online", () => {
    const text = [
      "PS C:\\> Get-MailboxFolderPermission alex.wilber@contoso.com:\\Calendar -User megan.bowen@contoso.com | fl",
      "",
      "RunspaceId             : 9f2c5b1e-7d2a-4d8e-9c51-0d7c0f3b1a22",
      "FolderName             : Calendar",
      "User                   : Megan Bowen",
      "AccessRights           : {Editor}",
      "SharingPermissionFlags : Delegate, CanViewPrivateItems",
      "Identity               : alex.wilber@contoso.com:\\Calendar\\Megan Bowen",
      "IsValid                : True",
    ].join("\n");
    expect(conclusions(readAdminPaste(text, PAIR))).toMatchObject({ calendarRole: "editor", delegateFlag: "yes" });
  });
});

describe("default tables", () => {
  it("reads a localized listing without the delegate as 'no entry' (all3kcis/memento-docs)", () => {
    const evidence = evidenceOf(readAdminPaste(FR_TABLE, FR_PAIR));
    expect(evidence.form).toBe("table");
    expect(evidence.calendar).toEqual({ seen: true, value: null });
    expect(concludeExchange(evidence)).toMatchObject({ calendarRole: "none", delegateFlag: "no" });
  });

  it("reads the delegate's row added in the same localized shape: Reviewer", () => {
    const text = `${FR_TABLE}\nCalendrier           Megan Bowen          {Reviewer}`;
    expect(conclusions(readAdminPaste(text, FR_PAIR))).toMatchObject({ calendarRole: "read-only", delegateFlag: "unknown" });
  });

  it.each([
    ["Editor with the Delegate flag", exoRow("Megan Bowen", "{Editor}", "Delegate"), "editor", "yes"],
    ["Editor, Delegate and private items", exoRow("Megan Bowen", "{Editor}", "Delegate, CanViewPrivateItems"), "editor", "yes"],
    ["Editor without the Delegate flag (shared 'Can edit')", exoRow("Megan Bowen", "{Editor}"), "editor", "no"],
    ["Author", exoRow("Megan Bowen", "{Author}"), "can-create", "no"],
    ["Reviewer", exoRow("Megan Bowen", "{Reviewer}"), "read-only", "no"],
  ])("Exchange Online's table (easy365manager.com shape): %s", (_name, row, role, flag) => {
    const evidence = evidenceOf(readAdminPaste(exoTable("alex.wilber@contoso.com", row), PAIR));
    expect(concludeExchange(evidence)).toMatchObject({ calendarRole: role, delegateFlag: flag });
  });

  it("reads rows whose spaces a mail client collapsed or turned into tabs", () => {
    const collapsed = [
      "PS C:\\> Get-MailboxFolderPermission alex.wilber@contoso.com:\\Calendar",
      "FolderName User AccessRights SharingPermissionFlags",
      "---------- ---- ------------ ----------------------",
      "Calendar Default {AvailabilityOnly}",
      "Calendar Megan Bowen {Editor} Delegate",
    ].join("\n");
    expect(conclusions(readAdminPaste(collapsed, PAIR))).toMatchObject({ calendarRole: "editor", delegateFlag: "yes" });
    const tabs = exoTable("alex.wilber@contoso.com", "Calendar\tMegan Bowen\t\t{Reviewer}");
    expect(conclusions(readAdminPaste(tabs, PAIR)).calendarRole).toBe("read-only");
  });

  it("reads an 'ft Identity,User,AccessRights -AutoSize' table, and its Identity names the mailbox", () => {
    const table = (owner: string) =>
      [
        `${"Identity".padEnd(50)}User        AccessRights`,
        `${"--------".padEnd(50)}----        ------------`,
        `${owner}:\\Calendar\\Default`.padEnd(50) + "Default     {AvailabilityOnly}",
        `${owner}:\\Calendar\\Megan Bowen`.padEnd(50) + "Megan Bowen {Editor}",
      ].join("\n");
    expect(conclusions(readAdminPaste(table("alex.wilber@contoso.com"), PAIR)).calendarRole).toBe("editor");
    expect(readAdminPaste(table("adele.vance@contoso.com"), PAIR).kind).toBe("other-pair");
    const collapsed = table("alex.wilber@contoso.com").split(/ {2,}/).join(" ");
    // With its spaces collapsed, "Identity User" cannot be split again, so nothing names the mailbox:
    // not read, and said so.
    expect(readAdminPaste(collapsed, PAIR)).toEqual({ kind: "unattributed", parts: ["folder-permission"] });
    // With the command line that printed it, it is Alex's listing, but its rows still cannot be read.
    const reading = readAdminPaste(`PS C:\\> Get-MailboxFolderPermission alex.wilber@contoso.com:\\Calendar\n${collapsed}`, PAIR);
    expect(reading.kind === "incomplete" && reading.why).toMatch(/column spacing/);
  });

  it("reads the delegate's address as a User value", () => {
    expect(
      conclusions(readAdminPaste(exoTable("alex.wilber@contoso.com", exoRow("megan.bowen@contoso.com", "{Editor}", "Delegate")), PAIR))
        .delegateFlag,
    ).toBe("yes");
  });

  it("says ambiguous for a name the table cut off, instead of guessing", () => {
    const reading = readAdminPaste(exoTable("alex.wilber@contoso.com", exoRow("Megan Bo...", "{Editor}", "Delegate")), PAIR);
    expect(reading.kind).toBe("incomplete");
    expect(reading.kind === "incomplete" && reading.why).toMatch(/cut off/);
  });

  it("says ambiguous when two rows carry the delegate's display name", () => {
    const text = exoTable("alex.wilber@contoso.com", exoRow("Megan Bowen", "{Editor}", "Delegate"), exoRow("Megan Bowen", "{Reviewer}"));
    const reading = readAdminPaste(text, PAIR);
    expect(reading.kind === "incomplete" && reading.why).toMatch(/more than once/);
  });

  it("does not read absence from a listing narrowed with -User", () => {
    const text = [
      `PS C:\\> Get-MailboxFolderPermission alex.wilber@contoso.com:\\Calendar -User adele.vance@contoso.com`,
      EXO_HEADER,
      exoRow("Adele Vance", "{Reviewer}"),
    ].join("\n");
    const reading = readAdminPaste(text, PAIR);
    expect(reading.kind === "incomplete" && reading.why).toMatch(/only some entries/);
  });

  it("a table cut mid-row (rights cut off) is incomplete", () => {
    const text = [
      "PS C:\\> Get-MailboxFolderPermission alex.wilber@contoso.com:\\Calendar",
      EXO_HEADER,
      exoRow("Default", "{AvailabilityOnly}"),
      "Calendar             Megan Bowen          {ReadItems, CreateItems, EditOw",
    ].join("\n");
    const reading = readAdminPaste(text, PAIR);
    expect(reading.kind === "incomplete" && reading.why).toMatch(/cut off/);
  });

  it("a listing of another folder is not the calendar", () => {
    const text = exoTable("alex.wilber@contoso.com", exoRow("Megan Bowen", "{Editor}"))
      .split("Calendar ")
      .join("Inbox    ")
      .replace(":\\Calendar", ":\\Inbox");
    const reading = readAdminPaste(text, PAIR);
    expect(reading.kind === "incomplete" && reading.why).toMatch(/not the calendar/);
  });
});

describe("GrantSendOnBehalfTo as printed", () => {
  it("reads addresses without braces (Microsoft's archived blog)", () => {
    expect(conclusions(readAdminPaste(BLOG_GRANT, BLOG_PAIR)).sendOnBehalf).toBe("granted");
    const lynne: ExpectedPair = { ...BLOG_PAIR, delegate: { emailAddress: "lynne@contoso.com", displayName: "Lynne" } };
    expect(conclusions(readAdminPaste(BLOG_GRANT, lynne)).sendOnBehalf).toBe("missing");
  });

  it.each([
    ["display names in braces (the issue's example)", "GrantSendOnBehalfTo : {Alex Wilber, Megan Bowen}", "listed"],
    ["an alias", "GrantSendOnBehalfTo : {megan.bowen}", "listed"],
    ["someone else only", "GrantSendOnBehalfTo : {Adele Vance}", "not-listed"],
    ["nobody", "GrantSendOnBehalfTo : {}", "not-listed"],
    ["the delegate's name twice", "GrantSendOnBehalfTo : {Megan Bowen, Megan Bowen}", "ambiguous"],
    ["a list Format-List cut short", "GrantSendOnBehalfTo : {Adele Vance, Alex Wilber, Diego Siciliani, Grady Archie...}", "ambiguous"],
    ["names written Last, First (split at their commas)", "GrantSendOnBehalfTo : {Vance, Adele, Bowen, Megan}", "ambiguous"],
    ["one name written Last, First in a canonical name", "GrantSendOnBehalfTo : {contoso.com/Users/Bowen Megan}", "listed"],
    ["an object id only", "GrantSendOnBehalfTo : {7f3c9a52-1b2d-4e5f-8a9b-0c1d2e3f4a5b}", "ambiguous"],
  ])("%s", (_name, line, value) => {
    const reading = readAdminPaste(`PS C:\\> Get-Mailbox alex.wilber@contoso.com | Format-List GrantSendOnBehalfTo\n\n${line}`, PAIR);
    expect(evidenceOf(reading).sendOnBehalf).toEqual({ seen: true, value });
    if (value === "ambiguous") expect(reading.kind === "evidence" && reading.ambiguities.length).toBeGreaterThan(0);
  });

  it("reads Select-Object -ExpandProperty output, one name per line", () => {
    const text = [
      "PS C:\\> Get-Mailbox -Identity 'alex.wilber@contoso.com' | Select-Object -ExpandProperty GrantSendOnBehalfTo",
      "Adele Vance",
      "Megan Bowen",
      "",
      "PS C:\\>",
    ].join("\n");
    expect(conclusions(readAdminPaste(text, PAIR)).sendOnBehalf).toBe("granted");
  });

  it("reads the owner's mailbox type and address-list visibility from a full Get-Mailbox list", () => {
    const text = [
      "Name                          : Alex Wilber",
      "Alias                         : alex.wilber",
      "RecipientTypeDetails          : UserMailbox",
      "HiddenFromAddressListsEnabled : True",
      "PrimarySmtpAddress            : alex.wilber@contoso.com",
      "GrantSendOnBehalfTo           : {}",
    ].join("\n");
    const evidence = evidenceOf(readAdminPaste(text, PAIR));
    expect(evidence.ownerMailbox).toEqual({ seen: true, value: { recipientTypeDetails: "UserMailbox", hiddenFromAddressLists: true } });
    expect(evidence.owner).toBe("alex.wilber@contoso.com");
  });
});

describe("output about someone else changes nothing", () => {
  it("a folder listing of another owner's calendar", () => {
    expect(readAdminPaste(exoTable("adele.vance@contoso.com", exoRow("Megan Bowen", "{Editor}", "Delegate")), PAIR)).toEqual({
      kind: "other-pair",
      owner: "adele.vance@contoso.com",
    });
  });

  it("another owner's mailbox in a Get-Mailbox list", () => {
    const text = ["PrimarySmtpAddress  : adele.vance@contoso.com", "GrantSendOnBehalfTo : {Megan Bowen}"].join("\n");
    expect(readAdminPaste(text, PAIR).kind).toBe("other-pair");
  });

  it("is not confused by the owner's name written Last, First", () => {
    const text =
      "PS> Get-MailboxFolderPermission | fl\n\nIdentity     : Wilber, Alex:\\Calendar\\Megan Bowen\nUser         : Megan Bowen\nAccessRights : {Editor}";
    expect(readAdminPaste(text, PAIR).kind).toBe("evidence");
    const other = text.replace("Wilber, Alex", "Vance, Adele");
    expect(readAdminPaste(other, PAIR).kind).toBe("other-pair");
  });

  it("the delegate's own mailbox instead of the owner's", () => {
    expect(readAdminPaste("PS> Get-CASMailbox megan.bowen@contoso.com | fl Ews*\n\nEwsEnabled : False", PAIR).kind).toBe("other-pair");
  });
});

describe("EWS output that does not say its level", () => {
  it("is left unseen with a note, never attributed to a level", () => {
    const reading = readAdminPaste("EwsEnabled : False\nEwsApplicationAccessPolicy :", PAIR);
    expect(reading.kind).toBe("incomplete");
    expect(reading.kind === "incomplete" && reading.why).toMatch(/Get-CASMailbox/);
  });
});
