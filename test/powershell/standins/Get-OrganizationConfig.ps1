# Stand-in for Get-OrganizationConfig. Parameters exactly as Microsoft's reference lists them:
# https://learn.microsoft.com/powershell/module/exchangepowershell/get-organizationconfig
# EwsAllowedAppIDs: Exchange Online since June 2026 (one comma-separated string; Set-OrganizationConfig
# reference and "Control access to EWS", see /shared/docs/delegation-facts.md section 4b).
function Get-OrganizationConfig {
  [CmdletBinding()]
  param(
    [string]$DomainController
  )
  if (-not (Use-ExoCall $PSCmdlet '')) { return }
  $org = if ($global:ExoScenario.Org) { $global:ExoScenario.Org } else { @{} }
  $shown = [ordered]@{
    PSTypeName = 'Exo.OrganizationConfig'
    Name = 'contoso.onmicrosoft.com'
    DefaultPublicFolderMailbox = $null
    OAuth2ClientProfileEnabled = $true
    MailTipsAllEnabled = $true
    IsDehydrated = $false
    EwsEnabled = $org.EwsEnabled
    EwsAllowOutlook = $null
    EwsAllowMacOutlook = $null
    EwsAllowEntourage = $null
    EwsApplicationAccessPolicy = $org.EwsApplicationAccessPolicy
    EwsAllowList = if ($null -ne $org.EwsAllowList) { [string[]]@($org.EwsAllowList) } else { $null }
    EwsBlockList = if ($null -ne $org.EwsBlockList) { [string[]]@($org.EwsBlockList) } else { $null }
  }
  if (-not $global:ExoScenario.ExchangeServer) { $shown.EwsAllowedAppIDs = $org.EwsAllowedAppIDs }
  [pscustomobject]$shown
}
