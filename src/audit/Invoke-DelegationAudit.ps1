<#
.SYNOPSIS
Read-only delegation audit (Get- cmdlets only, changes nothing in Exchange): every owner's delegates and
the three layers each needs, in one JSON file for the audit page (audit.html).

.DESCRIPTION
For each owner it reads what the add-in's read-only check reads for one pair: the mailbox and its
GrantSendOnBehalfTo, the calendar folder and every permission entry on it, the mailbox's EWS settings and
each delegate's recipient; and the organisation's EWS settings once. The only files it writes are -OutFile
and its journal (<OutFile>.journal.jsonl), which lets a rerun with the same -OutFile resume.
Run it in Exchange Online PowerShell after Connect-ExchangeOnline. docs/audit-script.md says what it reads,
which roles it needs, and what the file holds.

.PARAMETER OwnersCsv
A CSV with a column Owner, PrimarySmtpAddress or EmailAddress. Without it: every user and shared mailbox.

.PARAMETER OutFile
The audit file to write (UTF-8 JSON). Run again with the same -OutFile to finish an interrupted run.

.PARAMETER RetryDelaySeconds
The first wait after Exchange Online throttles a call (default 5); each further wait doubles.

.PARAMETER MaxAttempts
How many times one call is tried while Exchange Online throttles it (default 6).

.EXAMPLE
.\Invoke-DelegationAudit.ps1 -OutFile .\delegation-audit.json
Every user and shared mailbox; the file lists owners with delegates (or an error).

.EXAMPLE
.\Invoke-DelegationAudit.ps1 -OwnersCsv .\owners.csv -OutFile .\delegation-audit.json
The owners of the CSV, each listed.
#>
[CmdletBinding()]
param(
  [string]$OwnersCsv,
  [Parameter(Mandatory = $true)] [string]$OutFile,
  [ValidateRange(0, 3600)] [double]$RetryDelaySeconds = 5,
  [ValidateRange(1, 20)] [int]$MaxAttempts = 6
)

# Kept equal to package.json's version by test/powershell/audit.test.ts.
$ScriptVersion = '1.0.0'
$FileFormat = 'schedule-on-behalf-audit'
$JournalFormat = 'schedule-on-behalf-audit-journal'
$JsonDepth = 16
$Utf8 = [System.Text.UTF8Encoding]::new($false)

# Throttling. Microsoft documents no exact wording for Exchange Online PowerShell's throttling errors, so this
# takes the words Exchange uses for throttling elsewhere: ErrorServerBusy ("The server cannot service this
# request right now. Try again later."), "Server Busy", HTTP 429 "Too Many Requests", "Micro delay applied",
# "throttled" and a back-off request. Anything else is an answer (not found, access denied, ...), not retried.
# Quoted parts of a message are identities ('throttle.team@contoso.com') and are left out of the match.
$ThrottlePattern = '(?i)throttl|server\s*(is\s*)?busy|server cannot service this request|too\s*many\s*(concurrent\s*)?requests|\(429\)|\b429 too|micro\s*delay|back\s*off'
# Exchange's answer that an identity names nobody, or several: the recipient is then unresolved, not unread.
$NobodyPattern = "(?i)couldn't be found|could not be found|matches multiple entries"

# A message without what it quotes: 'identity' opened after a space and closed before a space or punctuation
# (the apostrophe of "couldn't" opens nothing).
function Get-Unquoted([string]$message) { $message -replace '(^|\s)''[^'']*''(?=$|[\s.,;:!?)])', '$1' }

$script:RunRetries = 0
$script:OwnerRetries = 0

function Test-Throttled([System.Management.Automation.ErrorRecord]$record) {
  $exception = $record.Exception
  while ($null -ne $exception) {
    if ((Get-Unquoted $exception.Message) -match $ThrottlePattern) { return $true }
    if ($exception.PSObject.Properties['StatusCode'] -and [string]$exception.StatusCode -match '^(429|TooManyRequests)$') { return $true }
    $exception = $exception.InnerException
  }
  [string]$record.FullyQualifiedErrorId -match $ThrottlePattern
}

# Runs one read; while Exchange Online throttles it, waits (RetryDelaySeconds, doubling) and tries again, up to
# MaxAttempts. Any other error is thrown to the caller, which knows what a failed part means.
function Read-Exchange([string]$Cmdlet, [scriptblock]$Read) {
  for ($attempt = 1; ; $attempt++) {
    try {
      $result = & $Read
      return $result
    } catch {
      if ($attempt -ge $MaxAttempts -or -not (Test-Throttled $_)) { throw }
      $wait = $RetryDelaySeconds * [math]::Pow(2, $attempt - 1)
      $script:OwnerRetries++
      Write-Warning ("Exchange Online throttled {0} (attempt {1} of {2}); waiting {3} s before trying again." -f $Cmdlet, $attempt, $MaxAttempts, $wait)
      Start-Sleep -Milliseconds ([int][math]::Ceiling($wait * 1000))
    }
  }
}

function Get-UtcNow { (Get-Date).ToUniversalTime().ToString('o') }

# The EWS settings of one level as the read-only block prints them (src/diagnosis/evidence/exchangeBlock.ts).
function Get-EwsSettings($source) {
  $settings = [ordered]@{ EwsEnabled = $source.EwsEnabled; EwsApplicationAccessPolicy = $null; EwsAllowList = $null; EwsBlockList = $null }
  if ($null -ne $source.EwsApplicationAccessPolicy) { $settings.EwsApplicationAccessPolicy = [string]$source.EwsApplicationAccessPolicy }
  if ($null -ne $source.EwsAllowList) { $settings.EwsAllowList = @($source.EwsAllowList | ForEach-Object { [string]$_ }) }
  if ($null -ne $source.EwsBlockList) { $settings.EwsBlockList = @($source.EwsBlockList | ForEach-Object { [string]$_ }) }
  $settings
}

function Get-OrganizationSettings {
  $script:OwnerRetries = 0
  try {
    $org = Read-Exchange 'Get-OrganizationConfig' { Get-OrganizationConfig -ErrorAction Stop } | Select-Object -First 1
  } catch {
    # Not readable (role, session): null, so the page says it cannot see the organisation's EWS settings.
    $org = $null
    Write-Warning ("Get-OrganizationConfig could not be read; the file says the organisation's EWS settings were not seen. Exchange said: {0}" -f $_.Exception.Message)
  }
  $script:RunRetries += $script:OwnerRetries
  if ($null -eq $org) { return $null }
  $settings = Get-EwsSettings $org
  # Exchange Online since June 2026: the application IDs EWS admits, one comma-separated string (null elsewhere).
  $settings.EwsAllowedAppIDs = $null
  if ($null -ne $org.EwsAllowedAppIDs) { $settings.EwsAllowedAppIDs = [string]$org.EwsAllowedAppIDs }
  $settings
}

# Recipients are resolved once per run, whatever number of owners a delegate serves: identity text -> the
# recipients Exchange matched (an empty list when it matched none, or several).
$RecipientCache = @{}
function Find-Recipient([string]$identity) {
  if ($RecipientCache.ContainsKey($identity)) { return , $RecipientCache[$identity] }
  try {
    $found = @(Read-Exchange 'Get-Recipient' { Get-Recipient -Identity $identity -ErrorAction Stop })
  } catch {
    # "couldn't be found" (someone who left) or "matches multiple entries": Exchange resolved nobody, so the
    # pair keeps the text Exchange listed and DelegateRecipient is null. Any other failure (throttled to the
    # end, no right to read) is not an answer: it fails the owner rather than pass for someone who left.
    if ($_.CategoryInfo.Category -ne 'ObjectNotFound' -and (Get-Unquoted $_.Exception.Message) -notmatch $NobodyPattern) { throw }
    $found = @()
  }
  $RecipientCache[$identity] = $found
  if ($found.Count -eq 1) {
    $address = [string]$found[0].PrimarySmtpAddress
    if ($address -and -not $RecipientCache.ContainsKey($address)) { $RecipientCache[$address] = $found }
  }
  , $found
}

function Get-RecipientSummary($recipient) {
  [ordered]@{ PrimarySmtpAddress = [string]$recipient.PrimarySmtpAddress; DisplayName = [string]$recipient.DisplayName; Alias = [string]$recipient.Alias }
}

# Default and Anonymous are the folder's own entries, not people.
function Test-PersonEntry($entry) {
  $user = $entry.User
  if ($null -ne $user -and $user.PSObject.Properties['UserType'] -and $null -ne $user.UserType) {
    return [string]$user.UserType -notin @('Default', 'Anonymous')
  }
  [string]$user -notin @('Default', 'Anonymous')
}

# The address Exchange Online gives a folder entry's user (User.RecipientPrincipal.PrimarySmtpAddress), or null
# (an external or orphaned entry, or Exchange Server's older object).
function Get-EntryAddress($entry) {
  $user = $entry.User
  if ($null -eq $user) { return $null }
  if ($user.PSObject.Properties['RecipientPrincipal'] -and $null -ne $user.RecipientPrincipal) {
    $address = [string]$user.RecipientPrincipal.PrimarySmtpAddress
    if ($address) { return $address }
  }
  if ($user.PSObject.Properties['PrimarySmtpAddress'] -and $user.PrimarySmtpAddress) { return [string]$user.PrimarySmtpAddress }
  $null
}

function Test-RoleNone($entry) {
  $rights = @($entry.AccessRights | ForEach-Object { [string]$_ })
  $rights.Count -eq 0 -or ($rights.Count -eq 1 -and $rights[0] -eq 'None')
}

# One owner: one pass over their mailbox, calendar folder, its permission entries and EWS settings; then one
# pair per person found on the calendar or in GrantSendOnBehalfTo.
function Read-Owner([string]$identity) {
  $script:OwnerRetries = 0
  $record = [ordered]@{ Owner = $identity; ReadAtUtc = (Get-UtcNow); Error = $null; Retries = 0; Pairs = @() }
  $ranAt = $record.ReadAtUtc
  $step = 'Get-Mailbox'
  try {
    $mailbox = Read-Exchange 'Get-Mailbox' { Get-Mailbox -Identity $identity -ErrorAction Stop } | Select-Object -First 1
    if ($null -eq $mailbox) { throw "Exchange returned no mailbox for this identity." }
    $owner = [string]$mailbox.PrimarySmtpAddress
    $record.Owner = $owner

    # Without the calendar's entries the list of delegates would be incomplete: the owner is then an error,
    # not a shorter list that looks whole.
    $step = 'Get-MailboxFolderStatistics'
    $calendar = Read-Exchange 'Get-MailboxFolderStatistics' {
      Get-MailboxFolderStatistics -Identity $owner -FolderScope Calendar -ErrorAction Stop
    } | Where-Object { $_.FolderType -eq 'Calendar' } | Select-Object -First 1
    $calendarFolder = $null
    $entries = $null
    if ($calendar) {
      $calendarFolder = [ordered]@{ Name = [string]$calendar.Name; FolderPath = [string]$calendar.FolderPath }
      $folderId = $owner + ':\' + [string]$calendar.Name
      $step = 'Get-MailboxFolderPermission'
      $entries = @(Read-Exchange 'Get-MailboxFolderPermission' { Get-MailboxFolderPermission -Identity $folderId -ErrorAction Stop })
    }
  } catch {
    $record.Owner = if ($record.Owner) { $record.Owner } else { $identity }
    $record.Error = [ordered]@{ Cmdlet = $step; Message = [string]$_.Exception.Message }
    $record.Retries = $script:OwnerRetries
    return $record
  }

  $cas = $null
  try {
    $cas = Read-Exchange 'Get-CASMailbox' { Get-CASMailbox -Identity $owner -ErrorAction Stop } | Select-Object -First 1
  } catch {
    # As in the read-only block: a part Exchange did not give is null, and the page says it cannot see it.
    $cas = $null
  }
  $casMailbox = if ($cas) { Get-EwsSettings $cas } else { $null }

  try {
    $record.Pairs = @(Get-Pairs $mailbox $owner $entries $calendarFolder $casMailbox $ranAt)
  } catch {
    $record.Error = [ordered]@{ Cmdlet = 'Get-Recipient'; Message = [string]$_.Exception.Message }
    $record.Pairs = @()
  }
  $record.Retries = $script:OwnerRetries
  $record
}

# The owner's pairs, from what Read-Owner read: one per person on the calendar or in GrantSendOnBehalfTo.
function Get-Pairs($mailbox, [string]$owner, $entries, $calendarFolder, $casMailbox, [string]$ranAt) {
  # GrantSendOnBehalfTo, each entry resolved to an address only when exactly one recipient matches it.
  $sendOnBehalf = @(@($mailbox.GrantSendOnBehalfTo) | Where-Object { $_ } | ForEach-Object {
      $listed = [string]$_
      $entry = [ordered]@{ Listed = $listed; PrimarySmtpAddress = $null }
      $recipients = Find-Recipient $listed
      if ($recipients.Count -eq 1) { $entry.PrimarySmtpAddress = [string]$recipients[0].PrimarySmtpAddress }
      $entry
    })
  $ownerMailbox = [ordered]@{
    PrimarySmtpAddress = $owner; DisplayName = [string]$mailbox.DisplayName; Alias = [string]$mailbox.Alias
    RecipientTypeDetails = [string]$mailbox.RecipientTypeDetails; HiddenFromAddressListsEnabled = $mailbox.HiddenFromAddressListsEnabled
    GrantSendOnBehalfTo = $sendOnBehalf
  }

  # The people, in order: calendar entries first, then GrantSendOnBehalfTo; one pair per person (by address
  # when Exchange gave one, else by the text it listed).
  $pairs = [System.Collections.Specialized.OrderedDictionary]::new([System.StringComparer]::OrdinalIgnoreCase)
  $entryByAddress = @{}
  foreach ($entry in @($entries)) {
    if ($null -eq $entry -or -not (Test-PersonEntry $entry)) { continue }
    $address = Get-EntryAddress $entry
    $key = if ($address) { $address } else { [string]$entry.User }
    if (-not $entryByAddress.ContainsKey($key)) { $entryByAddress[$key] = $entry }
    if (Test-RoleNone $entry) { continue }
    if (-not $pairs.Contains($key)) { $pairs[$key] = [ordered]@{ Delegate = $key; Resolved = [bool]$address; Found = [System.Collections.Generic.List[string]]::new() } }
    if (-not $pairs[$key].Found.Contains('calendar')) { $pairs[$key].Found.Add('calendar') }
  }
  foreach ($listed in $sendOnBehalf) {
    $key = if ($listed.PrimarySmtpAddress) { $listed.PrimarySmtpAddress } else { $listed.Listed }
    if (-not $pairs.Contains($key)) { $pairs[$key] = [ordered]@{ Delegate = $key; Resolved = [bool]$listed.PrimarySmtpAddress; Found = [System.Collections.Generic.List[string]]::new() } }
    if (-not $pairs[$key].Found.Contains('send-on-behalf')) { $pairs[$key].Found.Add('send-on-behalf') }
  }

  foreach ($person in $pairs.Values) {
    $delegateRecipient = $null
    $delegate = $person.Delegate
    if ($person.Resolved) {
      $recipients = Find-Recipient $delegate
      if ($recipients.Count -eq 1) {
        $delegateRecipient = Get-RecipientSummary $recipients[0]
        $delegate = $delegateRecipient.PrimarySmtpAddress
      }
    }
    $calendarPermission = $null
    if ($null -ne $entries) {
      $delegateEntry = $null
      $permission = $entryByAddress[$person.Delegate]
      if ($permission) {
        $delegateEntry = [ordered]@{ User = [string]$permission.User; AccessRights = @($permission.AccessRights | ForEach-Object { [string]$_ }); SharingPermissionFlags = $null }
        # Printed empty ("") when Exchange Online has the property but no flag; null where it does not exist (Exchange Server).
        if ($permission.PSObject.Properties['SharingPermissionFlags']) { $delegateEntry.SharingPermissionFlags = [string]$permission.SharingPermissionFlags }
      }
      $calendarPermission = [ordered]@{ EntriesRead = $entries.Count; DelegateEntry = $delegateEntry }
    }
    [ordered]@{
      Version = 1; RanAtUtc = $ranAt; Owner = $owner; Delegate = $delegate; OwnerMailbox = $ownerMailbox
      DelegateRecipient = $delegateRecipient; CalendarFolder = $calendarFolder; CalendarPermission = $calendarPermission
      CasMailbox = $casMailbox; OrganizationConfig = $null; Found = @($person.Found)
    }
  }
}

# The owners to read, in order, each once (case-insensitive). A CSV value is only ever a parameter value.
function Get-CsvOwners([string]$path) {
  $full = $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath($path)
  $rows = @(Import-Csv -LiteralPath $full -Encoding utf8)
  $columns = if ($rows.Count -gt 0) { @($rows[0].PSObject.Properties.Name) } else { @() }
  $column = @('Owner', 'PrimarySmtpAddress', 'EmailAddress') | Where-Object { $columns -contains $_ } | Select-Object -First 1
  if ($rows.Count -gt 0 -and -not $column) {
    throw "The CSV $full has no column Owner, PrimarySmtpAddress or EmailAddress (its first line names the columns)."
  }
  $seen = [System.Collections.Generic.HashSet[string]]::new([System.StringComparer]::OrdinalIgnoreCase)
  foreach ($row in $rows) {
    $value = ([string]$row.$column).Trim()
    if ($value -and $seen.Add($value)) { $value }
  }
}

function Get-AllOwners {
  $script:OwnerRetries = 0
  $mailboxes = Read-Exchange 'Get-Mailbox' { Get-Mailbox -ResultSize Unlimited -RecipientTypeDetails UserMailbox, SharedMailbox -ErrorAction Stop }
  $script:RunRetries += $script:OwnerRetries
  $seen = [System.Collections.Generic.HashSet[string]]::new([System.StringComparer]::OrdinalIgnoreCase)
  foreach ($mailbox in $mailboxes) {
    $address = [string]$mailbox.PrimarySmtpAddress
    if ($address -and $seen.Add($address)) { $address }
  }
}

function ConvertTo-JsonLine($value) { ConvertTo-Json -InputObject $value -Depth $JsonDepth -Compress }

# Whether an owner's line goes into the file, for a fresh record and a resumed journal line alike: every owner
# the CSV named; of all mailboxes, those with delegates or an error.
function Test-Listed($record) { ($scope -eq 'csv') -or ($null -ne $record.Error) -or (@($record.Pairs).Count -gt 0) }

# --- The run ---------------------------------------------------------------------------------------------------
$outPath = $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath($OutFile)
$journalPath = $outPath + '.journal.jsonl'
# Before anything is read: a run that cannot write its journal would read everything for nothing.
if (-not [System.IO.Directory]::Exists([System.IO.Path]::GetDirectoryName($outPath))) {
  throw "The folder of -OutFile does not exist: $([System.IO.Path]::GetDirectoryName($outPath))"
}
$scope = if ($PSBoundParameters.ContainsKey('OwnersCsv')) { 'csv' } else { 'all-mailboxes' }

# Resume: the journal's first line is the run (its start, scope and organisation settings); each further line is
# one owner already read. A last line cut short by an interruption does not parse and that owner is read again.
$header = $null
$doneLines = [System.Collections.Generic.List[string]]::new()
$doneOwners = [System.Collections.Generic.HashSet[string]]::new([System.StringComparer]::OrdinalIgnoreCase)
$keep = [System.Collections.Generic.List[bool]]::new()
$retries = [System.Collections.Generic.List[int]]::new()
if ([System.IO.File]::Exists($journalPath)) {
  $lines = [System.IO.File]::ReadAllLines($journalPath, $Utf8)
  if ($lines.Count -gt 0) {
    try { $header = $lines[0] | ConvertFrom-Json -ErrorAction Stop } catch { $header = $null }
  }
  if ($null -eq $header -or $header.Format -ne $JournalFormat) {
    throw "$journalPath is not this script's journal; move it away or choose another -OutFile."
  }
  if ($header.Scope -ne $scope) {
    throw ("$journalPath is an unfinished run over {0}; run again with the same owners (scope {0}) to finish it, or choose another -OutFile." -f $header.Scope)
  }
  for ($i = 1; $i -lt $lines.Count; $i++) {
    try { $done = $lines[$i] | ConvertFrom-Json -ErrorAction Stop } catch { continue }
    if ($null -eq $done -or -not $done.PSObject.Properties['Owner'] -or -not $doneOwners.Add([string]$done.Owner)) { continue }
    $doneLines.Add($lines[$i])
    $keep.Add((Test-Listed $done))
    $retries.Add([int]$done.Retries)
  }
  Write-Warning ("Resuming the unfinished run of {0}: {1} owners already read are not read again." -f $header.StartedAtUtc, $doneLines.Count)
  # Rewrite the journal without a cut-short last line, so new lines start on a line of their own.
  $rewritten = [System.Collections.Generic.List[string]]::new()
  $rewritten.Add($lines[0])
  $rewritten.AddRange($doneLines)
  [System.IO.File]::WriteAllText($journalPath, ($rewritten -join "`n") + "`n", $Utf8)
  # ConvertFrom-Json of PowerShell 7 turns ISO dates into DateTime; written back as they were.
  $startedAt = if ($header.StartedAtUtc -is [datetime]) { $header.StartedAtUtc.ToUniversalTime().ToString('o') } else { [string]$header.StartedAtUtc }
  $organizationConfig = $header.OrganizationConfig
  $script:RunRetries = [int]$header.Throttled
} else {
  $startedAt = Get-UtcNow
  $organizationConfig = Get-OrganizationSettings
}

$owners = @(if ($scope -eq 'csv') { Get-CsvOwners $OwnersCsv } else { Get-AllOwners })

if ($null -eq $header) {
  $header = [ordered]@{
    Format = $JournalFormat; Version = 1; ScriptVersion = $ScriptVersion; StartedAtUtc = $startedAt; Scope = $scope
    OrganizationConfig = $organizationConfig; Throttled = $script:RunRetries
  }
  [System.IO.File]::WriteAllText($journalPath, (ConvertTo-JsonLine $header) + "`n", $Utf8)
}

$total = $owners.Count
for ($k = 0; $k -lt $total; $k++) {
  $identity = $owners[$k]
  Write-Progress -Activity 'Delegation audit (read-only)' -Status ("Owner {0} of {1}" -f ($k + 1), $total) -PercentComplete ([int](100 * $k / [math]::Max($total, 1)))
  if ($doneOwners.Contains($identity)) { continue }
  $record = Read-Owner $identity
  # Another identity (an alias in the CSV) of an owner already read: listed once.
  if (-not $doneOwners.Add([string]$record.Owner)) { continue }
  $line = ConvertTo-JsonLine $record
  # One line per finished owner, written and closed at once, so an interruption loses at most the owner being read.
  [System.IO.File]::AppendAllText($journalPath, $line + "`n", $Utf8)
  $doneLines.Add($line)
  $keep.Add((Test-Listed $record))
  $retries.Add($record.Retries)
}
Write-Progress -Activity 'Delegation audit (read-only)' -Completed

# The file: the run's header, then the owners' lines as the journal holds them. In the all-mailboxes scope only
# owners with delegates or an error are listed; MailboxesRead counts every mailbox read.
$throttled = $script:RunRetries
$kept = [System.Collections.Generic.List[string]]::new()
for ($i = 0; $i -lt $doneLines.Count; $i++) {
  $throttled += $retries[$i]
  if ($keep[$i]) { $kept.Add($doneLines[$i]) }
}
$summary = [ordered]@{
  Format = $FileFormat; Version = 1; ScriptVersion = $ScriptVersion; StartedAtUtc = $startedAt; FinishedAtUtc = (Get-UtcNow)
  Scope = $scope; OrganizationConfig = $organizationConfig; Throttled = $throttled; MailboxesRead = $doneLines.Count
}
$head = ConvertTo-JsonLine $summary
$text = $head.Substring(0, $head.Length - 1) + ',"Owners":[' + ($kept -join ',') + ']}'
[System.IO.File]::WriteAllText($outPath, $text, $Utf8)
[System.IO.File]::Delete($journalPath)
Write-Verbose ("Wrote {0}: {1} owners, {2} throttled calls retried." -f $outPath, $kept.Count, $throttled)
