# Stand-in for Get-Recipient. Parameters exactly as Microsoft's reference lists them (all parameter sets):
# https://learn.microsoft.com/powershell/module/exchangepowershell/get-recipient
function Get-Recipient {
  [CmdletBinding()]
  param(
    [Parameter(Position = 0, ValueFromPipeline = $true)] [string]$Identity,
    [string]$Anr,
    [object]$AuthenticationType,
    [string]$BookmarkDisplayName,
    [object]$Capabilities,
    [pscredential]$Credential,
    [object]$Database,
    [string]$DomainController,
    [string]$Filter,
    [switch]$IgnoreDefaultScope,
    [bool]$IncludeBookmarkObject,
    [switch]$IncludeManagerWithDisplayName,
    [switch]$IncludeSoftDeletedRecipients,
    [object]$OrganizationalUnit,
    [string[]]$Properties,
    [object]$PropertySet,
    [switch]$ReadFromDomainController,
    [string]$RecipientPreviewFilter,
    [object[]]$RecipientType,
    [object[]]$RecipientTypeDetails,
    [object]$ResultSize,
    [string]$SortBy
  )
  process {
    if (-not (Use-ExoCall $PSCmdlet $Identity)) { return }
    $recipient = Resolve-ExoRecipient $PSCmdlet $Identity
    if ($null -eq $recipient) { return }
    [pscustomobject]@{
      PSTypeName = 'Exo.Recipient'
      Name = $recipient.Name
      RecipientType = $recipient.RecipientType
      DisplayName = $recipient.DisplayName
      Alias = $recipient.Alias
      PrimarySmtpAddress = $recipient.PrimarySmtpAddress
      RecipientTypeDetails = $recipient.RecipientTypeDetails
    }
  }
}
