# Stand-in for Get-MailboxFolderPermission. Parameters exactly as Microsoft's reference lists them:
# https://learn.microsoft.com/powershell/module/exchangepowershell/get-mailboxfolderpermission
function Get-MailboxFolderPermission {
  [CmdletBinding()]
  param(
    [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true)] [string]$Identity,
    [string]$DomainController,
    [switch]$GroupMailbox,
    [object]$ResultSize,
    [int]$SkipCount,
    [switch]$UseCustomRouting,
    [string]$User
  )
  process {
    if (-not (Use-ExoCall $PSCmdlet $Identity)) { return }
    $at = $Identity.IndexOf(':\')
    $mailboxId = if ($at -lt 0) { $Identity } else { $Identity.Substring(0, $at) }
    $folder = if ($at -lt 0) { '' } else { $Identity.Substring($at + 2) }
    $recipient = Resolve-ExoRecipient $PSCmdlet $mailboxId
    if ($null -eq $recipient) { return }
    $data = Get-ExoMailboxData $recipient.PrimarySmtpAddress
    $calendar = if ($data -and $data.CalendarName) { $data.CalendarName } else { 'Calendar' }
    if ($null -eq $data -or $folder -ne $calendar) {
      Write-ExoError $PSCmdlet "The operation couldn't be performed because object '$Identity' couldn't be found on 'AM0PR01A001DC01.EURPR01A001.PROD.OUTLOOK.COM'." 'ObjectNotFound' $Identity
      return
    }
    $entries = @($data.Permissions)
    if ($PSBoundParameters.ContainsKey('User')) {
      $who = Resolve-ExoRecipient $PSCmdlet $User
      if ($null -eq $who) { return }
      $entries = @($entries | Where-Object { $_.Address -eq $who.PrimarySmtpAddress })
      if ($entries.Count -eq 0) {
        Write-ExoError $PSCmdlet "There is no existing permission entry found for user: $($who.DisplayName)." 'ObjectNotFound' $User
        return
      }
    }
    foreach ($entry in $entries) {
      $shown = [ordered]@{
        PSTypeName = if ($global:ExoScenario.ExchangeServer) { 'Exo.MailboxFolderPermission.Server' } else { 'Exo.MailboxFolderPermission' }
        FolderName = $calendar
        User = [ExoFolderUser]::new($entry.User, $entry.Address)
        AccessRights = [string[]]@($entry.AccessRights)
      }
      # Exchange Server prints no SharingPermissionFlags (Exchange Online only).
      if (-not $global:ExoScenario.ExchangeServer) {
        $shown.SharingPermissionFlags = if ($entry.Flags) { [ExoSharingPermissionFlags]$entry.Flags } else { $null }
      }
      $shown.Identity = "$($recipient.Name):\$calendar\$($entry.User)"
      [pscustomobject]$shown
    }
  }
}
