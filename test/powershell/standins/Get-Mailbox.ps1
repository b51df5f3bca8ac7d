# Stand-in for Get-Mailbox. Parameters exactly as Microsoft's reference lists them (all parameter sets):
# https://learn.microsoft.com/powershell/module/exchangepowershell/get-mailbox
function Get-Mailbox {
  [CmdletBinding()]
  param(
    [Parameter(Position = 0, ValueFromPipeline = $true)] [string]$Identity,
    [string]$Anr,
    [switch]$Arbitration,
    [switch]$Archive,
    [switch]$AuditLog,
    [switch]$AuxAuditLog,
    [pscredential]$Credential,
    [object]$Database,
    [string]$DomainController,
    [string]$Filter,
    [switch]$GroupMailbox,
    [switch]$IgnoreDefaultScope,
    [switch]$InactiveMailboxOnly,
    [switch]$IncludeAcceptMessagesOnlyFromDLMembersWithDisplayNames,
    [switch]$IncludeAcceptMessagesOnlyFromSendersOrMembersWithDisplayNames,
    [switch]$IncludeAcceptMessagesOnlyFromWithDisplayNames,
    [switch]$IncludeEmailAddressDisplayNames,
    [switch]$IncludeForwardingAddressWithDisplayNames,
    [switch]$IncludeGrantSendOnBehalfToWithDisplayNames,
    [switch]$IncludeInactiveMailbox,
    [object]$MailboxPlan,
    [switch]$Migration,
    [switch]$Monitoring,
    [object]$OrganizationalUnit,
    [switch]$PublicFolder,
    [switch]$ReadFromDomainController,
    [object[]]$RecipientTypeDetails,
    [switch]$RemoteArchive,
    [object]$ResultSize,
    [object]$Server,
    [switch]$SoftDeletedMailbox,
    [string]$SortBy,
    [switch]$SupervisoryReviewPolicy
  )
  process {
    if (-not (Use-ExoCall $PSCmdlet $Identity)) { return }
    # Without an identity: every mailbox of the types asked for (-ResultSize Unlimited, as IT runs it).
    if (-not $PSBoundParameters.ContainsKey('Identity')) {
      foreach ($address in @($global:ExoScenario.Mailboxes.Keys)) {
        $one = @(Find-ExoRecipient $address) | Select-Object -First 1
        if ($null -eq $one) { continue }
        if ($RecipientTypeDetails -and @($RecipientTypeDetails | ForEach-Object { [string]$_ }) -notcontains $one.RecipientTypeDetails) { continue }
        New-ExoMailbox $one $global:ExoScenario.Mailboxes[$address]
      }
      return
    }
    $recipient = Resolve-ExoRecipient $PSCmdlet $Identity
    if ($null -eq $recipient) { return }
    $data = Get-ExoMailboxData $recipient.PrimarySmtpAddress
    if ($null -eq $data) {
      Write-ExoError $PSCmdlet "The operation couldn't be performed because object '$Identity' couldn't be found on 'AM0PR01A001DC01.EURPR01A001.PROD.OUTLOOK.COM'." 'ObjectNotFound' $Identity
      return
    }
    New-ExoMailbox $recipient $data
  }
}

function New-ExoMailbox($recipient, $data) {
  [pscustomobject]@{
    PSTypeName = 'Exo.Mailbox'
    Name = $recipient.Name
    Alias = $recipient.Alias
    Database = 'EURPR01DG001-db042'
    ProhibitSendQuota = '99 GB (106,300,440,576 bytes)'
    ExternalDirectoryObjectId = $recipient.ExternalDirectoryObjectId
    DisplayName = $recipient.DisplayName
    PrimarySmtpAddress = $recipient.PrimarySmtpAddress
    RecipientTypeDetails = $recipient.RecipientTypeDetails
    HiddenFromAddressListsEnabled = [bool]$data.HiddenFromAddressListsEnabled
    # A collection of identities, printed as names.
    GrantSendOnBehalfTo = [string[]]@($data.GrantSendOnBehalfTo)
  }
}
