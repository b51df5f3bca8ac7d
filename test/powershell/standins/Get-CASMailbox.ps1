# Stand-in for Get-CASMailbox. Parameters exactly as Microsoft's reference lists them (all parameter sets):
# https://learn.microsoft.com/powershell/module/exchangepowershell/get-casmailbox
function Get-CASMailbox {
  [CmdletBinding()]
  param(
    [Parameter(Position = 0, ValueFromPipeline = $true)] [string]$Identity,
    [switch]$ActiveSyncDebugLogging,
    [switch]$ActiveSyncSuppressReadReceipt,
    [string]$Anr,
    [pscredential]$Credential,
    [string]$DomainController,
    [string]$Filter,
    [switch]$IgnoreDefaultScope,
    [switch]$Monitoring,
    [object]$OrganizationalUnit,
    [switch]$ProtocolSettings,
    [switch]$ReadFromDomainController,
    [switch]$ReadIsOptimizedForAccessibility,
    [switch]$RecalculateHasActiveSyncDevicePartnership,
    [object[]]$RecipientTypeDetails,
    [object]$ResultSize,
    [string]$SortBy
  )
  process {
    if (-not (Use-ExoCall $PSCmdlet $Identity)) { return }
    $recipient = Resolve-ExoRecipient $PSCmdlet $Identity
    if ($null -eq $recipient) { return }
    $data = Get-ExoMailboxData $recipient.PrimarySmtpAddress
    if ($null -eq $data) { return }
    $ews = if ($data.Ews) { $data.Ews } else { @{} }
    [pscustomobject]@{
      PSTypeName = 'Exo.CASMailbox'
      Name = $recipient.Name
      ActiveSyncEnabled = $true
      OWAEnabled = $true
      PopEnabled = $true
      ImapEnabled = $true
      MapiEnabled = $true
      SmtpClientAuthenticationDisabled = $null
      PrimarySmtpAddress = $recipient.PrimarySmtpAddress
      EwsEnabled = $ews.EwsEnabled
      EwsAllowOutlook = $null
      EwsAllowMacOutlook = $null
      EwsAllowEntourage = $null
      EwsApplicationAccessPolicy = $ews.EwsApplicationAccessPolicy
      EwsAllowList = if ($null -ne $ews.EwsAllowList) { [string[]]@($ews.EwsAllowList) } else { $null }
      EwsBlockList = if ($null -ne $ews.EwsBlockList) { [string[]]@($ews.EwsBlockList) } else { $null }
    }
  }
}
