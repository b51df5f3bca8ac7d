/**
 * What Exchange holds in each scenario the stand-in cmdlets (test/powershell/standins) answer from:
 * recipients, the owner's mailbox (GrantSendOnBehalfTo, calendar folder name, its permission entries,
 * EWS settings) and the organisation's EWS settings, shaped as Exchange Online prints them. Alex Wilber
 * owns the calendar and Megan Bowen is the delegate, as in the simulated Outlook.
 */
import type { ExchangeConclusions } from "../../src/diagnosis/evidence/exchange";

export const OWNER = { emailAddress: "alex.wilber@contoso.com", displayName: "Alex Wilber" };
export const DELEGATE = { emailAddress: "megan.bowen@contoso.com", displayName: "Megan Bowen" };

export interface Recipient {
  readonly Name: string;
  readonly DisplayName: string;
  readonly Alias: string;
  readonly PrimarySmtpAddress: string;
  readonly RecipientType: string;
  readonly RecipientTypeDetails: string;
  readonly ExternalDirectoryObjectId: string;
}

export interface PermissionEntry {
  readonly User: string;
  /** The entry's recipient address; none for Default and Anonymous. */
  readonly Address?: string;
  readonly AccessRights: readonly string[];
  /** "Delegate", "Delegate, CanViewPrivateItems", or null (none). */
  readonly Flags: string | null;
}

export interface EwsSettings {
  readonly EwsEnabled: boolean | null;
  readonly EwsApplicationAccessPolicy: string | null;
  readonly EwsAllowList: readonly string[] | null;
  readonly EwsBlockList: readonly string[] | null;
}

interface Mailbox {
  readonly GrantSendOnBehalfTo: readonly string[];
  readonly HiddenFromAddressListsEnabled: boolean;
  readonly CalendarName: string;
  readonly Permissions: readonly PermissionEntry[];
  readonly Ews: EwsSettings;
}

/** What the stand-ins read ($global:ExoScenario). */
export interface Directory {
  readonly Recipients: readonly Recipient[];
  readonly Mailboxes: Readonly<Record<string, Mailbox>>;
  readonly Org: EwsSettings & { readonly EwsAllowedAppIDs: string | null };
  /** Exchange Server: no SharingPermissionFlags, no EwsAllowedAppIDs. */
  readonly ExchangeServer?: boolean;
  /** Cmdlets that answer "Access is denied". */
  readonly Denied?: readonly string[];
  /** Cmdlets the admin's role leaves out of their session. */
  readonly Missing?: readonly string[];
}

export interface Scenario {
  readonly id: string;
  readonly title: string;
  readonly directory: Directory;
  /** What the pasted output must make of it. */
  readonly conclusions: ExchangeConclusions;
  /** Parts of the block's JSON line that must be null (a cmdlet that failed). */
  readonly emptyParts: readonly string[];
}

/** A directory entry as Get-Recipient gives it; `objectId` tells many generated people apart. */
export function recipient(
  displayName: string,
  address: string,
  name = displayName,
  objectId = "5e7b2c1a-8f3d-4e6b-9a2c-0d1e2f3a4b5c",
): Recipient {
  return {
    Name: name,
    DisplayName: displayName,
    Alias: address.slice(0, address.indexOf("@")),
    PrimarySmtpAddress: address,
    RecipientType: "UserMailbox",
    RecipientTypeDetails: "UserMailbox",
    ExternalDirectoryObjectId: objectId,
  };
}

const ALEX_R = recipient(OWNER.displayName, OWNER.emailAddress);
const MEGAN_R = recipient(DELEGATE.displayName, DELEGATE.emailAddress);
const ADELE_R = recipient("Adele Vance", "adele.vance@contoso.com");

export const OPEN_EWS: EwsSettings = { EwsEnabled: null, EwsApplicationAccessPolicy: null, EwsAllowList: null, EwsBlockList: null };
const ORG_EWS = { EwsEnabled: true, EwsApplicationAccessPolicy: null, EwsAllowList: null, EwsBlockList: null, EwsAllowedAppIDs: null };

export const DEFAULT_ENTRIES: readonly PermissionEntry[] = [
  { User: "Default", AccessRights: ["AvailabilityOnly"], Flags: null },
  { User: "Anonymous", AccessRights: ["None"], Flags: null },
];
const MEGAN_EDITOR: PermissionEntry = { User: "Megan Bowen", Address: DELEGATE.emailAddress, AccessRights: ["Editor"], Flags: "Delegate" };

function alexMailbox(overrides: Partial<Mailbox> = {}): Mailbox {
  return {
    GrantSendOnBehalfTo: ["Adele Vance", "Megan Bowen"],
    HiddenFromAddressListsEnabled: false,
    CalendarName: "Calendar",
    Permissions: [...DEFAULT_ENTRIES, MEGAN_EDITOR],
    Ews: OPEN_EWS,
    ...overrides,
  };
}

function directory(overrides: Partial<Directory> = {}, mailbox: Partial<Mailbox> = {}): Directory {
  return {
    Recipients: [ALEX_R, MEGAN_R, ADELE_R],
    Mailboxes: { [OWNER.emailAddress]: alexMailbox(mailbox) },
    Org: ORG_EWS,
    ...overrides,
  };
}

export const EVERYTHING: ExchangeConclusions = {
  calendarRole: "editor",
  delegateFlag: "yes",
  sendOnBehalf: "granted",
  ewsForTeams: "allowed",
};
const NOTHING: ExchangeConclusions = { calendarRole: "unknown", delegateFlag: "unknown", sendOnBehalf: "unknown", ewsForTeams: "unknown" };

export const SCENARIOS: readonly Scenario[] = [
  {
    id: "everything",
    title: "Editor with the Delegate flag, send on behalf, EWS open",
    directory: directory(),
    conclusions: EVERYTHING,
    emptyParts: [],
  },
  {
    id: "owner-not-found",
    title: "the owner's address is not a mailbox Exchange knows",
    directory: directory({ Recipients: [MEGAN_R, ADELE_R], Mailboxes: {} }),
    conclusions: NOTHING,
    emptyParts: ["OwnerMailbox", "CalendarFolder", "CalendarPermission", "CasMailbox"],
  },
  {
    id: "delegate-not-found",
    title: "the delegate's address is not a recipient Exchange knows; the owner lists only Adele",
    directory: directory({ Recipients: [ALEX_R, ADELE_R] }, { GrantSendOnBehalfTo: ["Adele Vance"], Permissions: DEFAULT_ENTRIES }),
    // Exchange answers "no entry" for a delegate it cannot find, so the calendar stays unknown.
    conclusions: { calendarRole: "unknown", delegateFlag: "unknown", sendOnBehalf: "missing", ewsForTeams: "allowed" },
    emptyParts: ["DelegateRecipient"],
  },
  {
    id: "no-entry",
    title: "no permission entry for the delegate and no send on behalf",
    directory: directory({}, { GrantSendOnBehalfTo: [], Permissions: DEFAULT_ENTRIES }),
    conclusions: { calendarRole: "none", delegateFlag: "no", sendOnBehalf: "missing", ewsForTeams: "allowed" },
    emptyParts: [],
  },
  {
    id: "cas-access-denied",
    title: "Get-CASMailbox answers access denied",
    directory: directory({ Denied: ["Get-CASMailbox"] }),
    conclusions: { ...EVERYTHING, ewsForTeams: "unknown" },
    emptyParts: ["CasMailbox"],
  },
  {
    id: "folder-permission-denied",
    title: "Get-MailboxFolderPermission answers access denied",
    directory: directory({ Denied: ["Get-MailboxFolderPermission"] }),
    conclusions: { ...EVERYTHING, calendarRole: "unknown", delegateFlag: "unknown" },
    emptyParts: [],
  },
  {
    id: "agenda",
    title: 'a Dutch mailbox: the calendar folder is "Agenda"',
    directory: directory({}, { CalendarName: "Agenda" }),
    conclusions: EVERYTHING,
    emptyParts: [],
  },
  {
    id: "kalender",
    title: 'a German mailbox: the calendar folder is "Kalender"',
    directory: directory({}, { CalendarName: "Kalender" }),
    conclusions: EVERYTHING,
    emptyParts: [],
  },
  {
    id: "calendrier",
    title: 'a French mailbox: the calendar folder is "Calendrier"',
    directory: directory({}, { CalendarName: "Calendrier" }),
    conclusions: EVERYTHING,
    emptyParts: [],
  },
  {
    id: "exchange-server",
    title: "Exchange Server: no SharingPermissionFlags, organisation EwsEnabled unset",
    directory: directory({ ExchangeServer: true, Org: { ...ORG_EWS, EwsEnabled: null } }),
    conclusions: { ...EVERYTHING, delegateFlag: "unknown", ewsForTeams: "unknown" },
    emptyParts: [],
  },
  {
    id: "two-recipients",
    title: "GrantSendOnBehalfTo lists a name that resolves to two recipients",
    directory: directory({
      Recipients: [ALEX_R, MEGAN_R, ADELE_R, recipient("Megan Bowen", "megan.bowen@fabrikam.com", "Megan Bowen")],
    }),
    conclusions: { ...EVERYTHING, sendOnBehalf: "unknown" },
    emptyParts: [],
  },
  {
    id: "reviewer",
    title: "Reviewer without the Delegate flag, not allowed to send",
    directory: directory(
      {},
      {
        GrantSendOnBehalfTo: ["Adele Vance"],
        Permissions: [...DEFAULT_ENTRIES, { User: "Megan Bowen", Address: DELEGATE.emailAddress, AccessRights: ["Reviewer"], Flags: null }],
      },
    ),
    conclusions: { calendarRole: "read-only", delegateFlag: "no", sendOnBehalf: "missing", ewsForTeams: "allowed" },
    emptyParts: [],
  },
  {
    id: "private-items",
    title: "Editor, Delegate and CanViewPrivateItems",
    directory: directory({}, { Permissions: [...DEFAULT_ENTRIES, { ...MEGAN_EDITOR, Flags: "Delegate, CanViewPrivateItems" }] }),
    conclusions: EVERYTHING,
    emptyParts: [],
  },
  {
    id: "ews-off",
    title: "the organisation turned EWS off",
    directory: directory({ Org: { ...ORG_EWS, EwsEnabled: false } }),
    conclusions: { ...EVERYTHING, ewsForTeams: "blocked" },
    emptyParts: [],
  },
  {
    id: "ews-app-ids",
    title: "the organisation admits EWS for a list of application IDs (June 2026)",
    directory: directory({
      Org: { ...ORG_EWS, EwsAllowedAppIDs: "1fec8e78-bce4-4aaf-ab1b-5451cc387264,00000002-0000-0ff1-ce00-000000000000" },
    }),
    conclusions: { ...EVERYTHING, ewsForTeams: "unknown" },
    emptyParts: [],
  },
  {
    id: "statistics-not-in-role",
    title: "the admin's role leaves out Get-MailboxFolderStatistics",
    directory: directory({ Missing: ["Get-MailboxFolderStatistics"] }),
    conclusions: { ...EVERYTHING, calendarRole: "unknown", delegateFlag: "unknown" },
    emptyParts: ["CalendarFolder", "CalendarPermission"],
  },
];

const COLLEAGUES = [
  "Christie Cline",
  "Diego Siciliani",
  "Grady Archie",
  "Henrietta Mueller",
  "Isaiah Langer",
  "Johanna Lorenz",
  "Lee Gu",
  "Lidia Holloway",
];

/** Many colleagues listed before the delegate, so narrow tables cut the lists short. */
export const CROWDED: Scenario = {
  id: "crowded",
  title: "eight colleagues listed before the delegate",
  directory: directory(
    {
      Recipients: [
        ALEX_R,
        MEGAN_R,
        ADELE_R,
        ...COLLEAGUES.map((name) => recipient(name, `${name.toLowerCase().split(" ").join(".")}@contoso.com`)),
      ],
    },
    {
      GrantSendOnBehalfTo: ["Adele Vance", ...COLLEAGUES, "Megan Bowen"],
      Permissions: [
        ...DEFAULT_ENTRIES,
        ...COLLEAGUES.map((name) => ({
          User: name,
          Address: `${name.toLowerCase().split(" ").join(".")}@contoso.com`,
          AccessRights: ["Reviewer"],
          Flags: null,
        })),
        { ...MEGAN_EDITOR, Flags: "Delegate, CanViewPrivateItems" },
      ],
    },
  ),
  conclusions: EVERYTHING,
  emptyParts: [],
};

/** A colleague with a long display name, so 80-column tables cut and drop columns. */
export const LONG_NAMES: Scenario = {
  ...CROWDED,
  id: "long-names",
  title: "a colleague with a long display name listed before the delegate",
  directory: directory(
    {
      Recipients: [
        ALEX_R,
        MEGAN_R,
        ADELE_R,
        recipient("Henrietta Mueller-Vandenberghe (Finance and Controlling, Brussels)", "henrietta.mueller@contoso.com"),
      ],
    },
    {
      GrantSendOnBehalfTo: ["Henrietta Mueller-Vandenberghe (Finance and Controlling, Brussels)", "Megan Bowen"],
      Permissions: [
        ...DEFAULT_ENTRIES,
        {
          User: "Henrietta Mueller-Vandenberghe (Finance and Controlling, Brussels)",
          Address: "henrietta.mueller@contoso.com",
          AccessRights: ["Reviewer"],
          Flags: null,
        },
        { ...MEGAN_EDITOR, Flags: "Delegate, CanViewPrivateItems" },
      ],
    },
  ),
};

export function scenario(id: string): Scenario {
  const found = [...SCENARIOS, CROWDED, LONG_NAMES].find((s) => s.id === id);
  if (!found) throw new Error(`no scenario ${id}`);
  return found;
}
