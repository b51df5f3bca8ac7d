# Shared by the stand-in Exchange cmdlets: the scenario's directory ($global:ExoScenario, set by
# test/powershell/server.ps1 from the test's JSON) and the errors Exchange Online writes. Errors are
# non-terminating, as Exchange's are, so -ErrorAction SilentlyContinue silences them as it does there.

[Flags()] enum ExoSharingPermissionFlags { None = 0; Delegate = 1; CanViewPrivateItems = 2 }

# Get-MailboxFolderPermission's User is an object printed as the name. In Exchange Online it is a
# MailboxFolderUserId: UserType (Default, Anonymous, Internal, External, Unknown), DisplayName, and
# RecipientPrincipal (null for Default, Anonymous and external users) whose PrimarySmtpAddress names the
# person; scripts read .User.RecipientPrincipal.PrimarySmtpAddress. ("Mailbox folder permission cmdlets
# now return a PermissionSecurityPrincipal object", Vasil Michev, shows the object and its members.)
class ExoRecipientPrincipal {
  [string]$DisplayName
  [string]$PrimarySmtpAddress
  [string]$Alias
  ExoRecipientPrincipal([string]$name, [string]$address) {
    $this.DisplayName = $name; $this.PrimarySmtpAddress = $address; $this.Alias = $address.Split('@')[0]
  }
  [string] ToString() { return $this.DisplayName }
}

class ExoFolderUser {
  [string]$UserType
  [ExoRecipientPrincipal]$RecipientPrincipal
  [string]$DisplayName
  ExoFolderUser([string]$name, [string]$address) {
    $this.DisplayName = $name
    if ($name -eq 'Default' -and -not $address) { $this.UserType = 'Default' }
    elseif ($name -eq 'Anonymous' -and -not $address) { $this.UserType = 'Anonymous' }
    elseif ($address) { $this.UserType = 'Internal'; $this.RecipientPrincipal = [ExoRecipientPrincipal]::new($name, $address) }
    else { $this.UserType = 'Unknown' }
  }
  [string] ToString() { return $this.DisplayName }
}

function Write-ExoError([System.Management.Automation.PSCmdlet]$cmdlet, [string]$message, [System.Management.Automation.ErrorCategory]$category, $target, [string]$id = 'ExoStandIn') {
  $record = [System.Management.Automation.ErrorRecord]::new([System.Exception]::new($message), $id, $category, $target)
  $cmdlet.WriteError($record)
}

# What a run of the stand-ins keeps beside the scenario, rebuilt when the scenario changes: an index of the
# recipients (a generated organisation has thousands), every call made, and the throttling still to answer.
function Sync-ExoState {
  if ([object]::ReferenceEquals($global:ExoStateFor, $global:ExoScenario)) { return }
  $index = @{}
  foreach ($r in @($global:ExoScenario.Recipients)) {
    if ($null -eq $r) { continue }
    foreach ($key in @($r.Name, $r.Alias, $r.PrimarySmtpAddress) | Select-Object -Unique) {
      if (-not $key) { continue }
      if (-not $index.ContainsKey($key)) { $index[$key] = [System.Collections.Generic.List[object]]::new() }
      if (-not $index[$key].Contains($r)) { $index[$key].Add($r) }
    }
  }
  $throttle = @{}
  if ($global:ExoScenario.Throttle) { foreach ($key in $global:ExoScenario.Throttle.Keys) { $throttle[$key] = [int]$global:ExoScenario.Throttle[$key].Times } }
  $global:ExoIndex = $index
  $global:ExoThrottleLeft = $throttle
  $global:ExoCalls = [System.Collections.Generic.List[string]]::new()
  $global:ExoStateFor = $global:ExoScenario
}

# Identity as Exchange resolves it: Name, Alias or an email address (not the display name), case-insensitively.
function Find-ExoRecipient([string]$identity) {
  Sync-ExoState
  if ($identity -and $global:ExoIndex.ContainsKey($identity)) { return @($global:ExoIndex[$identity]) }
  @()
}

# Every stand-in call starts here: it is counted ("Cmdlet|Identity"), and the scenario may plant on it
#  - StopAt: the run is interrupted there, as Ctrl+C or a closed session stops it (PipelineStoppedException,
#    which no catch block sees);
#  - Throttle: { Times, Style } Exchange Online throttles it Times times, then answers. Microsoft documents no
#    exact wording for Exchange Online PowerShell's throttling errors; the two styles are the words Exchange
#    documents for its own throttling, ErrorServerBusy ("The server cannot service this request right now.
#    Try again later.", written as a non-terminating error) and HTTP 429 Too Many Requests (a terminating one);
#  - Fail: Exchange answers access denied for that identity;
#  - Denied: the cmdlet the scenario's admin may not run at all (Test-ExoDenied).
# Returns $false when the call must return nothing.
function Use-ExoCall([System.Management.Automation.PSCmdlet]$cmdlet, [string]$identity) {
  Sync-ExoState
  $name = $cmdlet.MyInvocation.MyCommand.Name
  $key = "$name|$identity"
  $global:ExoCalls.Add($key)
  if (@($global:ExoScenario.StopAt) -contains $key) { throw [System.Management.Automation.PipelineStoppedException]::new() }
  if ($global:ExoThrottleLeft.ContainsKey($key) -and $global:ExoThrottleLeft[$key] -gt 0) {
    $global:ExoThrottleLeft[$key]--
    if ($global:ExoScenario.Throttle[$key].Style -eq 'TooManyRequests') {
      $record = [System.Management.Automation.ErrorRecord]::new(
        [System.Exception]::new("The request was throttled: (429) Too Many Requests. Retry after 1 second(s)."), 'TooManyRequests', 'LimitsExceeded', $identity)
      $cmdlet.ThrowTerminatingError($record)
    }
    Write-ExoError $cmdlet "The server cannot service this request right now. Try again later." 'ResourceBusy' $identity 'ErrorServerBusy'
    return $false
  }
  if ($global:ExoScenario.Fail -and $global:ExoScenario.Fail.ContainsKey($key)) {
    Write-ExoError $cmdlet ([string]$global:ExoScenario.Fail[$key]) 'PermissionDenied' $identity
    return $false
  }
  -not (Test-ExoDenied $cmdlet)
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
