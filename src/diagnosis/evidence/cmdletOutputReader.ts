/**
 * Reads what an admin pastes without our block: the output of Get-MailboxFolderPermission,
 * Get-Mailbox, Get-CASMailbox and Get-OrganizationConfig as PowerShell prints it, in the default
 * table or in Format-List form. Each part the paste does not show stays "not seen"; a part that is
 * cut off, or whose person cannot be told apart, is reported as such and never read as granted.
 *
 * Whose output it is must be on the page: a mailbox's part counts only when a pasted command line's
 * -Identity, or an Identity column or property, names the owner. `Get-MailboxFolderPermission
 * bob:\Calendar` pasted without its command line looks exactly like Alex's listing, and
 * `Get-Mailbox | Select -ExpandProperty GrantSendOnBehalfTo` lists every mailbox's delegates; such
 * parts are "unattributed": shown, never used. Get-OrganizationConfig is the organisation's, so it
 * names no mailbox and needs none.
 */
import type {
  AdminPasteReading,
  ExchangeCalendarEntry,
  ExchangeEvidence,
  ExchangeEws,
  ExchangeOwnerMailbox,
  ExpectedPair,
  Seen,
  UnattributedPart,
} from "./exchange";
import { knownPerson } from "./adminBlockReader";
import { type CommandLine, type LayoutRecord, commandOf, readLayouts } from "./cmdletLayout";
import { findDelegate, type ListedPerson } from "./delegateLists";
import { cutOffPrefix, type KnownPerson, partyVerdict } from "./identityMatch";
import type { PasteLine } from "./pasteLines";

/** Folder names that are certainly not a calendar, in the languages the pane speaks. */
const NOT_CALENDAR = new Set([
  "inbox",
  "postvak in",
  "posteingang",
  "boîte de réception",
  "contacts",
  "contactpersonen",
  "kontakte",
  "tasks",
  "taken",
  "aufgaben",
  "tâches",
  "top of information store",
]);

const IDENTITY_KEYS = [
  "primarysmtpaddress",
  "userprincipalname",
  "windowsemailaddress",
  "alias",
  "displayname",
  "identity",
  "name",
] as const;
const EWS_KEYS = ["ewsenabled", "ewsapplicationaccesspolicy", "ewsallowlist", "ewsblocklist", "ewsallowedappids"] as const;
/** Properties only Get-CASMailbox prints (besides EWS ones) and only Get-OrganizationConfig prints. */
const CAS_ONLY_KEYS = [
  "activesyncenabled",
  "owaenabled",
  "popenabled",
  "imapenabled",
  "mapienabled",
  "ecpenabled",
  "servername",
  "samaccountname",
  "primarysmtpaddress",
];
const ORG_ONLY_KEYS = [
  "defaultpublicfoldermailbox",
  "oauth2clientprofileenabled",
  "organizationid",
  "isdehydrated",
  "mailtipsallenabled",
  "activitybasedauthenticationtimeoutenabled",
];

interface Context {
  readonly owner: KnownPerson;
  readonly delegate: KnownPerson;
  readonly notes: string[];
  /** Identities printed for the mailbox a part is about that are someone else. */
  readonly others: string[];
  /** Parts whose output named no mailbox: left out. */
  readonly unattributed: UnattributedPart[];
}

export function readCmdletOutput(lines: readonly PasteLine[], expected: ExpectedPair): AdminPasteReading {
  const { records, commands } = readLayouts(lines);
  const ctx: Context = {
    owner: knownPerson(expected.owner, []),
    delegate: knownPerson(expected.delegate, []),
    notes: [],
    others: [],
    unattributed: [],
  };

  const permissionRows = records.filter((r) => r.values.has("accessrights") && r.values.has("user"));
  const mailboxRecords = records.filter((r) =>
    ["grantsendonbehalfto", "hiddenfromaddresslistsenabled", "recipienttypedetails"].some((k) => r.values.has(k)),
  );
  const ewsRecords = records.filter((r) => EWS_KEYS.some((k) => r.values.has(k)));
  const expanded = expandedSendOnBehalf(lines, commands);
  const recognised = permissionRows.length + mailboxRecords.length + ewsRecords.length + (expanded ? 1 : 0) > 0;
  if (!recognised) return { kind: "not-admin-output" };

  const calendar = calendarOf(permissionRows, commands, ctx);
  const sendOnBehalf = sendOnBehalfOf(mailboxRecords, expanded, commands, ctx);
  const ownerMailbox = ownerMailboxOf(mailboxRecords, commands, ctx);
  const ews = ewsOf(ewsRecords, commands, ctx);

  if (ctx.others.length > 0) return { kind: "other-pair", owner: ctx.others[0] as string };
  const unattributed = [...new Set(ctx.unattributed)];
  if (!calendar.seen && !sendOnBehalf.seen && !ownerMailbox.seen && !ews.seen) {
    if (unattributed.length > 0) return { kind: "unattributed", parts: unattributed };
    return { kind: "incomplete", why: ctx.notes[0] ?? "the output was cut off before any value this pane reads" };
  }
  const usedTable = [...permissionRows, ...mailboxRecords, ...ewsRecords].some((r) => r.layout === "table");
  const evidence: ExchangeEvidence = {
    source: "exchange",
    form: usedTable ? "table" : "list",
    ...(ownerIdentity(records, commands) !== undefined ? { owner: ownerIdentity(records, commands) } : {}),
    calendar,
    sendOnBehalf,
    ownerMailbox,
    ews,
  };
  return { kind: "evidence", evidence, ambiguities: ctx.notes, ...(unattributed.length > 0 ? { unattributed } : {}) };
}

// ---------------------------------------------------------------------------------------------
// Calendar folder permissions

interface PermissionRow {
  readonly folder?: string;
  readonly user: string;
  /** undefined: the rights were cut off. */
  readonly rights?: readonly string[];
  /** undefined: no SharingPermissionFlags column. */
  readonly flags?: readonly string[];
  /** The mailbox, from an Identity property ("alex@contoso.com:\Calendar"). */
  readonly mailbox?: string;
  /** A row whose columns could not be told apart (spaces collapsed in a table with more columns). */
  readonly unreadable?: boolean;
}

function calendarOf(records: readonly LayoutRecord[], commands: readonly CommandLine[], ctx: Context): Seen<ExchangeCalendarEntry | null> {
  if (records.length === 0) return { seen: false };
  // One listing: the rows after the same command (or the first rows when there is no command line).
  const command = commandBefore(records[0] as LayoutRecord, commands);
  const listing = records.filter((r) => commandBefore(r, commands) === command);
  const rows = listing.map(permissionRow);
  const mailbox = command?.identity ? mailboxOfFolderIdentity(command.identity) : rows.find((r) => r.mailbox)?.mailbox;
  const whose = mailbox ? partyVerdict(mailbox, ctx.owner, ctx.delegate) : "unsure";
  if (whose === "other") {
    ctx.others.push(mailbox as string);
    return { seen: false };
  }
  if (whose !== "same") {
    ctx.unattributed.push("folder-permission");
    return { seen: false };
  }
  const folder = rows.find((r) => r.folder)?.folder ?? (command?.identity ? folderOfIdentity(command.identity) : undefined);
  if (folder && NOT_CALENDAR.has(folder.toLowerCase())) {
    ctx.notes.push(`Get-MailboxFolderPermission: the listing is for the folder "${folder}", not the calendar.`);
    return { seen: false };
  }
  const lookup = findDelegate(
    rows.map((r) => ({ listed: r.user })),
    ctx.delegate,
    ctx.owner,
    { what: "Get-MailboxFolderPermission" },
  );
  ctx.notes.push(...lookup.notes);
  if (lookup.result.kind === "ambiguous") return { seen: false };
  if (lookup.result.kind === "absent" && rows.some((r) => r.unreadable)) {
    ctx.notes.push("Get-MailboxFolderPermission: some rows lost their column spacing, so the delegate's entry may be among them.");
    return { seen: false };
  }
  if (lookup.result.kind === "absent") {
    // "-User someone" lists one entry: the delegate's absence from it proves nothing.
    const whole = command ? command.user === undefined : rows.length >= 2;
    if (whole) return { seen: true, value: null };
    ctx.notes.push("Get-MailboxFolderPermission: the listing shows only some entries, so the delegate's absence proves nothing.");
    return { seen: false };
  }
  const row = rows[lookup.result.index] as PermissionRow;
  if (!row.rights || row.rights.length === 0) {
    ctx.notes.push("Get-MailboxFolderPermission: the delegate's AccessRights are cut off; ask for Format-List output.");
    return { seen: false };
  }
  return {
    seen: true,
    value: {
      ...(folder ? { folder } : {}),
      accessRights: row.rights,
      ...(row.flags !== undefined ? { sharingPermissionFlags: row.flags } : {}),
    },
  };
}

function permissionRow(record: LayoutRecord): PermissionRow {
  const flagsPrinted = record.values.has("sharingpermissionflags") ? (record.values.get("sharingpermissionflags") ?? "") : undefined;
  if (record.layout === "list") {
    const identity = record.values.get("identity");
    return {
      ...(record.values.get("foldername") ? { folder: record.values.get("foldername") as string } : {}),
      user: record.values.get("user") ?? "",
      ...rightsAndFlags(record.values.get("accessrights") ?? "", flagsPrinted),
      ...(identity ? { mailbox: mailboxOfFolderIdentity(identity) } : {}),
    };
  }
  return tableRow(record, flagsPrinted);
}

/**
 * A table row "Calendar   Megan Bowen   {Editor}   Delegate". Columns are sliced by the header's dashes,
 * but mail clients collapse spaces and tabs, so the rights are found by their braces instead and the
 * folder by the first column's value.
 */
function tableRow(record: LayoutRecord, flagsSliced: string | undefined): PermissionRow {
  const row = (record.row ?? "").split("\t").join(" ").trim();
  const open = row.indexOf("{");
  const sliced = {
    folder: record.values.get("foldername") ?? "",
    user: record.values.get("user") ?? "",
    rights: record.values.get("accessrights") ?? "",
  };
  const identity = record.values.get("identity");
  const mailbox = identity ? { mailbox: mailboxOfFolderIdentity(identity) } : {};
  // Columns still where the dashes say (the rights cell starts with its brace): take the cells as sliced.
  if (open < 0 || sliced.rights.startsWith("{")) {
    return {
      ...(sliced.folder ? { folder: sliced.folder } : {}),
      user: sliced.user,
      ...rightsAndFlags(sliced.rights, flagsSliced),
      ...mailbox,
    };
  }
  const close = row.indexOf("}", open);
  const before = row.slice(0, open).trim();
  const hasFolderColumn = record.columns?.[0] === "foldername";
  // Only "FolderName User" or "User" can be told apart once the spaces are gone.
  const columnsBefore = record.columns?.indexOf("accessrights") ?? -1;
  if (columnsBefore !== (hasFolderColumn ? 2 : 1) || record.columns?.[columnsBefore - 1] !== "user") {
    return { user: "", unreadable: true };
  }
  let folder = "";
  let user = before;
  if (hasFolderColumn) {
    folder = sliced.folder !== "" && before.startsWith(`${sliced.folder} `) ? sliced.folder : (before.split(" ")[0] ?? "");
    user = before.slice(folder.length).trim();
  }
  const rightsText = close < 0 ? row.slice(open) : row.slice(open, close + 1);
  const flagsText = flagsSliced === undefined ? undefined : close < 0 ? "" : row.slice(close + 1).trim();
  return { ...(folder ? { folder } : {}), user, ...rightsAndFlags(rightsText, flagsText), ...mailbox };
}

function rightsAndFlags(rightsText: string, flagsText: string | undefined): { rights?: readonly string[]; flags?: readonly string[] } {
  const rights = collection(rightsText);
  const flags = flagsText === undefined ? undefined : collection(flagsText).items.filter((f) => f.toLowerCase() !== "none");
  return { ...(rights.truncated ? {} : { rights: rights.items }), ...(flags !== undefined ? { flags } : {}) };
}

/** "alex@contoso.com:\Calendar" → "alex@contoso.com"; "Alex Wilber:\Calendar\Megan Bowen" → "Alex Wilber". */
function mailboxOfFolderIdentity(identity: string): string {
  const at = identity.indexOf(":\\");
  return (at < 0 ? identity : identity.slice(0, at)).trim();
}

function folderOfIdentity(identity: string): string | undefined {
  const at = identity.indexOf(":\\");
  if (at < 0) return undefined;
  const rest = identity.slice(at + 2);
  const slash = rest.indexOf("\\");
  return (slash < 0 ? rest : rest.slice(0, slash)).trim() || undefined;
}

// ---------------------------------------------------------------------------------------------
// Get-Mailbox: GrantSendOnBehalfTo, HiddenFromAddressListsEnabled, RecipientTypeDetails

function sendOnBehalfOf(
  records: readonly LayoutRecord[],
  expanded: { entries: string[]; command: CommandLine } | undefined,
  commands: readonly CommandLine[],
  ctx: Context,
): ExchangeEvidence["sendOnBehalf"] {
  let entries: ListedPerson[] | undefined;
  let truncated = false;
  const record = records.find((r) => r.values.has("grantsendonbehalfto"));
  if (record) {
    if (!isOwners(record, commandBefore(record, commands), ctx, "mailbox")) return { seen: false };
    const list = collection(record.values.get("grantsendonbehalfto") ?? "");
    truncated = list.truncated;
    entries = list.items.map((listed) => ({ listed }));
  } else if (expanded) {
    // One name per line: only the command line can say whose list it is.
    const whose = expanded.command.identity ? partyVerdict(expanded.command.identity, ctx.owner, ctx.delegate) : "unsure";
    if (whose === "other") ctx.others.push(expanded.command.identity as string);
    if (whose === "unsure") ctx.unattributed.push("mailbox");
    if (whose !== "same") return { seen: false };
    entries = expanded.entries.map((listed) => ({ listed }));
  }
  if (!entries) return { seen: false };
  const lookup = findDelegate(entries, ctx.delegate, ctx.owner, { what: "GrantSendOnBehalfTo", truncated });
  ctx.notes.push(...lookup.notes);
  return { seen: true, value: lookup.result.kind === "found" ? "listed" : lookup.result.kind === "absent" ? "not-listed" : "ambiguous" };
}

/** `Get-Mailbox alex | Select-Object -ExpandProperty GrantSendOnBehalfTo` prints one name per line. */
function expandedSendOnBehalf(
  lines: readonly PasteLine[],
  commands: readonly CommandLine[],
): { entries: string[]; command: CommandLine } | undefined {
  const command = commands.find((c) => c.cmdlet === "get-mailbox" && c.expands === "grantsendonbehalfto");
  if (!command) return undefined;
  const entries: string[] = [];
  for (let i = command.line + 1; i < lines.length && entries.length < 1000; i++) {
    const text = (lines[i] as PasteLine).text;
    if (text === "") {
      if (entries.length > 0) break;
      continue;
    }
    if (commandOf(text, i) || text.startsWith("PS ") || text.includes(" : ")) break;
    entries.push(text);
  }
  return { entries, command };
}

function ownerMailboxOf(records: readonly LayoutRecord[], commands: readonly CommandLine[], ctx: Context): Seen<ExchangeOwnerMailbox> {
  const record = records.find((r) => r.values.has("recipienttypedetails") || r.values.has("hiddenfromaddresslistsenabled"));
  if (!record || !isOwners(record, commandBefore(record, commands), ctx, "mailbox")) return { seen: false };
  const type = record.values.get("recipienttypedetails");
  const hidden = booleanOf(record.values.get("hiddenfromaddresslistsenabled"));
  if (!type && hidden === undefined) return { seen: false };
  return {
    seen: true,
    value: {
      ...(type ? { recipientTypeDetails: type } : {}),
      ...(hidden !== undefined && hidden !== null ? { hiddenFromAddressLists: hidden } : {}),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// EWS: Get-CASMailbox (the owner's mailbox) and Get-OrganizationConfig

function ewsOf(records: readonly LayoutRecord[], commands: readonly CommandLine[], ctx: Context): Seen<ExchangeEws> {
  let value: ExchangeEws | undefined;
  for (const record of records) {
    const command = commandBefore(record, commands);
    const level = ewsLevel(record, command);
    if (level === undefined) {
      ctx.notes.push(
        "EWS settings: the paste does not say whether they are the owner's mailbox (Get-CASMailbox) or the organisation's (Get-OrganizationConfig); paste the command line too.",
      );
      continue;
    }
    if (level === "mailbox" && !isOwners(record, command, ctx, "cas-mailbox")) continue;
    const get = (key: string) => (record.values.has(key) ? record.values.get(key) : undefined);
    const enabled = get("ewsenabled");
    const policy = get("ewsapplicationaccesspolicy");
    const allow = get("ewsallowlist");
    const block = get("ewsblocklist");
    const appIds = get("ewsallowedappids");
    const settings =
      level === "mailbox"
        ? {
            ...(enabled !== undefined ? { mailboxEnabled: booleanOf(enabled) } : {}),
            ...(policy !== undefined ? { mailboxAccessPolicy: policy === "" ? null : policy } : {}),
            ...(allow !== undefined ? { mailboxAllowList: listOrNull(allow) } : {}),
            ...(block !== undefined ? { mailboxBlockList: listOrNull(block) } : {}),
          }
        : {
            ...(enabled !== undefined ? { orgEnabled: booleanOf(enabled) } : {}),
            ...(policy !== undefined ? { orgAccessPolicy: policy === "" ? null : policy } : {}),
            ...(allow !== undefined ? { orgAllowList: listOrNull(allow) } : {}),
            ...(block !== undefined ? { orgBlockList: listOrNull(block) } : {}),
            ...(appIds !== undefined ? { orgAllowedAppIds: appIds === "" ? null : appIds } : {}),
          };
    // A value that is neither True, False nor empty was cut or edited: leave it unseen.
    const cleaned = Object.fromEntries(Object.entries(settings).filter(([, v]) => v !== undefined)) as ExchangeEws;
    value = { ...value, ...cleaned };
  }
  return value && Object.keys(value).length > 0 ? { seen: true, value } : { seen: false };
}

function ewsLevel(record: LayoutRecord, command: CommandLine | undefined): "mailbox" | "org" | undefined {
  if (command?.cmdlet === "get-casmailbox") return "mailbox";
  if (command?.cmdlet === "get-organizationconfig") return "org";
  if (CAS_ONLY_KEYS.some((k) => record.values.has(k))) return "mailbox";
  if (ORG_ONLY_KEYS.some((k) => record.values.has(k))) return "org";
  return undefined;
}

/** A list from an allow or block list: null when printed empty, [] for "{}". */
function listOrNull(value: string): readonly string[] | null | undefined {
  if (value === "") return null;
  const list = collection(value);
  return list.truncated ? undefined : list.items;
}

// ---------------------------------------------------------------------------------------------
// Shared

/** The owner's identity the paste prints (command argument or the record's identity properties). */
function ownerIdentity(records: readonly LayoutRecord[], commands: readonly CommandLine[]): string | undefined {
  const command = commands.find((c) => c.identity && c.cmdlet !== "get-organizationconfig");
  if (command?.identity) return mailboxOfFolderIdentity(command.identity);
  for (const record of records) {
    for (const key of IDENTITY_KEYS) {
      const value = record.values.get(key);
      if (value && (record.values.has("grantsendonbehalfto") || record.values.has("recipienttypedetails"))) return value;
    }
  }
  return undefined;
}

/**
 * Whether a Get-Mailbox or Get-CASMailbox record is the owner's, by its command line or its own
 * identity properties. Someone else's is noted as another pair; one that names nobody we can place
 * is noted as unattributed. Either way it is not used.
 */
function isOwners(record: LayoutRecord, command: CommandLine | undefined, ctx: Context, part: UnattributedPart): boolean {
  // A command line names the mailbox only for output it printed (a folder's identity above a
  // Get-Mailbox list pasted without its own command line says nothing about that list).
  const printedBy = part === "cas-mailbox" ? ["get-casmailbox"] : ["get-mailbox", "get-recipient"];
  const named = command && printedBy.includes(command.cmdlet) ? command.identity : undefined;
  const identities = [named, ...IDENTITY_KEYS.map((k) => record.values.get(k))].filter((v): v is string => !!v);
  const verdicts = identities.map((id) => partyVerdict(id, ctx.owner, ctx.delegate));
  if (verdicts.includes("same")) return true;
  const other = identities[verdicts.indexOf("other")];
  if (other !== undefined) ctx.others.push(other);
  else ctx.unattributed.push(part);
  return false;
}

/** The last command line above the record, if any (commands are in line order: binary search). */
function commandBefore(record: LayoutRecord, commands: readonly CommandLine[]): CommandLine | undefined {
  let low = 0;
  let high = commands.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((commands[mid] as CommandLine).line < record.line) low = mid + 1;
    else high = mid;
  }
  return low > 0 ? commands[low - 1] : undefined;
}

/** "{a, b}" or "a, b" or "{}" → items; "{a, b, c, d...}" → items with truncated set. */
function collection(value: string): { items: string[]; truncated: boolean } {
  let text = value.trim();
  let truncated = false;
  if (text.startsWith("{")) {
    if (!text.endsWith("}")) {
      truncated = true;
      text = text.slice(1);
    } else {
      text = text.slice(1, -1);
    }
  }
  text = text.trim();
  if (cutOffPrefix(text) !== undefined) truncated = true;
  const items =
    text === ""
      ? []
      : text
          .split(",")
          .map((p) => p.trim())
          .filter((p) => p !== "");
  if (truncated && items.length > 0) {
    const last = items[items.length - 1] as string;
    items[items.length - 1] = cutOffPrefix(last) !== undefined ? last : `${last}...`;
  }
  return { items, truncated };
}

function booleanOf(value: string | undefined): boolean | null | undefined {
  if (value === undefined) return undefined;
  const lower = value.trim().toLowerCase();
  if (lower === "") return null;
  if (lower === "true") return true;
  if (lower === "false") return false;
  return undefined;
}
