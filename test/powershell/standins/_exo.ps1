# Shared by the stand-in Exchange cmdlets: the scenario's directory ($global:ExoScenario, set by
# test/powershell/server.ps1 from the test's JSON) and the errors Exchange Online writes. Errors are
# non-terminating, as Exchange's are, so -ErrorAction SilentlyContinue silences them as it does there.

[Flags()] enum ExoSharingPermissionFlags { None = 0; Delegate = 1; CanViewPrivateItems = 2 }

# Get-MailboxFolderPermission's User is an object (public scripts read .User.DisplayName) printed as the name.
class ExoFolderUser {
  [string]$DisplayName
  [string]$PrimarySmtpAddress
  ExoFolderUser([string]$name, [string]$address) { $this.DisplayName = $name; $this.PrimarySmtpAddress = $address }
  [string] ToString() { return $this.DisplayName }
}

function Write-ExoError([System.Management.Automation.PSCmdlet]$cmdlet, [string]$message, [System.Management.Automation.ErrorCategory]$category, $target) {
  $record = [System.Management.Automation.ErrorRecord]::new([System.Exception]::new($message), 'ExoStandIn', $category, $target)
  $cmdlet.WriteError($record)
}

# Identity as Exchange resolves it: Name, Alias or an email address (not the display name).
function Find-ExoRecipient([string]$identity) {
  @($global:ExoScenario.Recipients | Where-Object {
    $_.Name -eq $identity -or $_.Alias -eq $identity -or $_.PrimarySmtpAddress -eq $identity
  })
}

# One recipient, or the error Exchange writes (and nothing).
function Resolve-ExoRecipient([System.Management.Automation.PSCmdlet]$cmdlet, [string]$identity) {
  $found = @(Find-ExoRecipient $identity)
  if ($found.Count -gt 1) {
    Write-ExoError $cmdlet "The operation couldn't be performed because '$identity' matches multiple entries." 'InvalidArgument' $identity
    return $null
  }
  if ($found.Count -eq 0) {
    Write-ExoError $cmdlet "The operation couldn't be performed because object '$identity' couldn't be found on 'AM0PR01A001DC01.EURPR01A001.PROD.OUTLOOK.COM'." 'ObjectNotFound' $identity
    return $null
  }
  $found[0]
}

# A cmdlet the scenario's admin may not run: Exchange writes an access error and returns nothing.
function Test-ExoDenied([System.Management.Automation.PSCmdlet]$cmdlet) {
  $name = $cmdlet.MyInvocation.MyCommand.Name
  if (@($global:ExoScenario.Denied) -contains $name) {
    Write-ExoError $cmdlet "Access is denied. The user isn't assigned to any management roles that allow running '$name' on this object." 'PermissionDenied' $name
    return $true
  }
  $false
}

function Get-ExoMailboxData([string]$address) {
  $mailboxes = $global:ExoScenario.Mailboxes
  if ($null -ne $mailboxes -and $mailboxes.ContainsKey($address)) { return $mailboxes[$address] }
  $null
}
