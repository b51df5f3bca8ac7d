/**
 * The read-only Exchange Online PowerShell block "Send this to IT" carries for one owner and one
 * delegate. It runs Get-* cmdlets and pipeline helpers only, so an admin can paste it without
 * reviewing what it changes: it changes nothing. Every cmdlet runs with -ErrorAction
 * SilentlyContinue and a part it could not read is printed as null, so the JSON line says what was
 * not seen instead of the block stopping half-way.
 *
 * Security: the owner and delegate come from Outlook and may be hostile. They appear only inside
 * single-quoted PowerShell strings, where the quote is the one special character; it is doubled,
 * and so are the typographic quotes PowerShell also treats as single quotes. Control characters
 * (line breaks included) are removed, and no value ever appears in a comment.
 */
import { BLOCK_BEGIN, BLOCK_END, BLOCK_VERSION } from "./blockFormat";

export { BLOCK_BEGIN, BLOCK_END, BLOCK_VERSION } from "./blockFormat";

export interface BlockPair {
  /** The owner's address (whose calendar it is). */
  readonly owner: string;
  /** The delegate's address (the signed-in assistant). */
  readonly delegate: string;
}

export interface BlockOptions {
  /** Line ending; the default "\n" pastes cleanly into every PowerShell host. */
  readonly newline?: string;
  /**
   * The id the pane issued for this request (hex digits): echoed as RequestId so the pane uses only
   * answers to its own requests (adminBlockReader.ts). Without it the answer is never used.
   */
  readonly requestId?: string;
}

/** Identities are addresses; anything longer is not one and is cut so the block stays readable. */
const MAX_VALUE_LENGTH = 320;

/** A PowerShell single-quoted string literal holding value, whatever value contains. */
export function psSingleQuoted(value: string): string {
  return `'${psEscape(value)}'`;
}

function psEscape(value: string): string {
  let out = "";
  let count = 0;
  for (const c of value) {
    if (count >= MAX_VALUE_LENGTH) break;
    const code = c.codePointAt(0) as number;
    // C0/C1 controls, line and paragraph separators, bidi and zero-width formatting characters.
    if (
      code < 0x20 ||
      (code >= 0x7f && code < 0xa0) ||
      code === 0x2028 ||
      code === 0x2029 ||
      (code >= 0x200b && code <= 0x200f) ||
      (code >= 0x202a && code <= 0x202e) ||
      (code >= 0x2066 && code <= 0x2069) ||
      code === 0xfeff
    ) {
      continue;
    }
    // ' and the typographic single quotes PowerShell also accepts: doubling keeps them literal.
    out += c === "'" || c === "\u2018" || c === "\u2019" || c === "\u201A" || c === "\u201B" ? `${c}${c}` : c;
    count++;
  }
  return out;
}

/** The EWS settings of one level (mailbox or organisation) as the JSON line carries them. */
function ewsSettings(source: string, target: string): string[] {
  return [
    `if (${source}) {`,
    `  ${target} = [ordered]@{ EwsEnabled = ${source}.EwsEnabled; EwsApplicationAccessPolicy = $null; EwsAllowList = $null; EwsBlockList = $null }`,
    `  if ($null -ne ${source}.EwsApplicationAccessPolicy) { ${target}.EwsApplicationAccessPolicy = [string]${source}.EwsApplicationAccessPolicy }`,
    `  if ($null -ne ${source}.EwsAllowList) { ${target}.EwsAllowList = @(${source}.EwsAllowList | ForEach-Object { [string]$_ }) }`,
    `  if ($null -ne ${source}.EwsBlockList) { ${target}.EwsBlockList = @(${source}.EwsBlockList | ForEach-Object { [string]$_ }) }`,
    `}`,
  ];
}

export function exchangeCheckBlock(pair: BlockPair, opts: BlockOptions = {}): string {
  const lines = [
    "# Read-only check (Get- cmdlets only, changes nothing): reads the owner's calendar folder and the delegate's permission on it (AccessRights, SharingPermissionFlags), the owner's GrantSendOnBehalfTo, HiddenFromAddressListsEnabled and RecipientTypeDetails, and the EWS settings of the owner's mailbox and of the organisation.",
    "# Run it in Exchange Online PowerShell after Connect-ExchangeOnline (on Exchange Server: in the Exchange Management Shell), then send back everything from the BEGIN line to the END line.",
    `$owner = ${psSingleQuoted(pair.owner)}`,
    `$delegate = ${psSingleQuoted(pair.delegate)}`,
    ...(opts.requestId !== undefined ? [`$requestId = ${psSingleQuoted(opts.requestId)}`] : []),
    "$ranAt = (Get-Date).ToUniversalTime().ToString('o')",
    "",
    "# The delegate as Exchange knows them, so the answer carries addresses rather than display names.",
    "$delegateRecipient = $null",
    "$found = Get-Recipient -Identity $delegate -ErrorAction SilentlyContinue | Select-Object -First 1",
    "if ($found) { $delegateRecipient = [ordered]@{ PrimarySmtpAddress = [string]$found.PrimarySmtpAddress; DisplayName = [string]$found.DisplayName; Alias = [string]$found.Alias } }",
    "",
    "# The owner's mailbox; each GrantSendOnBehalfTo entry is resolved to its PrimarySmtpAddress (null when Exchange cannot resolve it).",
    "$ownerMailbox = $null",
    "$mailbox = Get-Mailbox -Identity $owner -ErrorAction SilentlyContinue | Select-Object -First 1",
    "if ($mailbox) {",
    "  $sendOnBehalf = @($mailbox.GrantSendOnBehalfTo | Where-Object { $_ } | ForEach-Object {",
    "    $listed = [string]$_",
    "    $entry = [ordered]@{ Listed = $listed; PrimarySmtpAddress = $null }",
    // Only a name that resolves to exactly one recipient gets an address: Exchange refuses a name
    // that matches several ("matches multiple entries"), and the first of several proves nothing.
    "    $recipients = @(Get-Recipient -Identity $listed -ErrorAction SilentlyContinue)",
    "    if ($recipients.Count -eq 1) { $entry.PrimarySmtpAddress = [string]$recipients[0].PrimarySmtpAddress }",
    "    $entry",
    "  })",
    "  $ownerMailbox = [ordered]@{ PrimarySmtpAddress = [string]$mailbox.PrimarySmtpAddress; DisplayName = [string]$mailbox.DisplayName; Alias = [string]$mailbox.Alias; RecipientTypeDetails = [string]$mailbox.RecipientTypeDetails; HiddenFromAddressListsEnabled = $mailbox.HiddenFromAddressListsEnabled; GrantSendOnBehalfTo = $sendOnBehalf }",
    "}",
    "",
    "# The calendar folder by its type, whatever the mailbox language calls it; then the delegate's entry on it.",
    "$calendarFolder = $null",
    "$calendarPermission = $null",
    "$calendar = Get-MailboxFolderStatistics -Identity $owner -FolderScope Calendar -ErrorAction SilentlyContinue | Where-Object { $_.FolderType -eq 'Calendar' } | Select-Object -First 1",
    "if ($calendar) {",
    "  $calendarFolder = [ordered]@{ Name = [string]$calendar.Name; FolderPath = [string]$calendar.FolderPath }",
    "  $folderId = $owner + ':\\' + [string]$calendar.Name",
    "  $entries = @(Get-MailboxFolderPermission -Identity $folderId -ErrorAction SilentlyContinue)",
    "  $delegateEntry = $null",
    "  $permission = Get-MailboxFolderPermission -Identity $folderId -User $delegate -ErrorAction SilentlyContinue | Select-Object -First 1",
    "  if ($permission) {",
    "    $delegateEntry = [ordered]@{ User = [string]$permission.User; AccessRights = @($permission.AccessRights | ForEach-Object { [string]$_ }); SharingPermissionFlags = $null }",
    // Printed empty ("") when Exchange Online has the property but no flag; null where it does not exist (Exchange Server).
    "    if ($permission.PSObject.Properties['SharingPermissionFlags']) { $delegateEntry.SharingPermissionFlags = [string]$permission.SharingPermissionFlags }",
    "  }",
    "  $calendarPermission = [ordered]@{ EntriesRead = $entries.Count; DelegateEntry = $delegateEntry }",
    "}",
    "",
    "# EWS, which Teams' scheduling service uses to reach the owner's calendar: the owner's mailbox, then the organisation.",
    "$casMailbox = $null",
    "$cas = Get-CASMailbox -Identity $owner -ErrorAction SilentlyContinue | Select-Object -First 1",
    ...ewsSettings("$cas", "$casMailbox"),
    "$organizationConfig = $null",
    "$org = Get-OrganizationConfig -ErrorAction SilentlyContinue",
    ...ewsSettings("$org", "$organizationConfig"),
    // Exchange Online since June 2026: the application IDs EWS admits, one comma-separated string (null elsewhere).
    "if ($organizationConfig) { $organizationConfig.EwsAllowedAppIDs = $null; if ($null -ne $org.EwsAllowedAppIDs) { $organizationConfig.EwsAllowedAppIDs = [string]$org.EwsAllowedAppIDs } }",
    "",
    `$result = [ordered]@{ Version = ${BLOCK_VERSION}; RanAtUtc = $ranAt; Owner = $owner; Delegate = $delegate; OwnerMailbox = $ownerMailbox; DelegateRecipient = $delegateRecipient; CalendarFolder = $calendarFolder; CalendarPermission = $calendarPermission; CasMailbox = $casMailbox; OrganizationConfig = $organizationConfig }`,
    ...(opts.requestId !== undefined ? ["$result['RequestId'] = $requestId"] : []),
    `Write-Output '${BLOCK_BEGIN}'`,
    "Write-Output ($result | ConvertTo-Json -Compress -Depth 4)",
    `Write-Output '${BLOCK_END}'`,
  ];
  return lines.join(opts.newline ?? "\n");
}
