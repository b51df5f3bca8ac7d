# Stand-in for Get-MailboxFolderStatistics. Parameters exactly as Microsoft's reference lists them (all sets):
# https://learn.microsoft.com/powershell/module/exchangepowershell/get-mailboxfolderstatistics
function Get-MailboxFolderStatistics {
  [CmdletBinding()]
  param(
    [Parameter(Position = 0, ValueFromPipelineByPropertyName = $true)] [string]$Identity,
    [switch]$Archive,
    [switch]$AuditLog,
    [object]$Database,
    [object]$StoreMailboxIdentity,
    [string]$DiagnosticInfo,
    [string]$DomainController,
    [ValidateSet('All', 'Archive', 'Calendar', 'Contacts', 'ConversationHistory', 'DeletedItems', 'Drafts', 'Inbox', 'JunkEmail', 'Journal',
      'LegacyArchiveJournals', 'ManagedCustomFolder', 'NonIpmRoot', 'Notes', 'Outbox', 'Personal', 'RecoverableItems', 'RssSubscriptions',
      'SentItems', 'SyncIssues', 'Tasks')]
    [string]$FolderScope,
    [switch]$IncludeAnalysis,
    [switch]$IncludeOldestAndNewestItems,
    [switch]$IncludeSoftDeletedRecipients,
    [object]$ResultSize,
    [int]$SkipCount,
    [switch]$UseCustomRouting
  )
  process {
    if (-not (Use-ExoCall $PSCmdlet $Identity)) { return }
    $recipient = Resolve-ExoRecipient $PSCmdlet $Identity
    if ($null -eq $recipient) { return }
    $data = Get-ExoMailboxData $recipient.PrimarySmtpAddress
    if ($null -eq $data) { return }
    $calendar = if ($data.CalendarName) { $data.CalendarName } else { 'Calendar' }
    # The calendar by its mailbox-language name, and a calendar of the owner's own beside it.
    [pscustomobject]@{ PSTypeName = 'Exo.MailboxFolderStatistics'; Name = $calendar; FolderPath = "/$calendar"; FolderType = 'Calendar'; ItemsInFolder = 412 }
    [pscustomobject]@{ PSTypeName = 'Exo.MailboxFolderStatistics'; Name = 'Team'; FolderPath = "/$calendar/Team"; FolderType = 'User Created'; ItemsInFolder = 3 }
  }
}
