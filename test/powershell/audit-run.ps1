# Runs the audit script (src/audit) once in this pwsh process against the stand-in Exchange cmdlets, for
# test/powershell/audit.ts. The request file holds the scenario, the script's path and its arguments; the
# result file receives every stand-in call, the warnings and progress the script reported, the errors left
# in $Error, and whether the run was interrupted. One process per run, as IT runs it: an interruption
# (PipelineStoppedException, planted with StopAt) ends this process's pipeline as Ctrl+C would.
param([Parameter(Mandatory = $true)] [string]$RequestFile)

$ErrorActionPreference = 'Continue'
$utf8 = [System.Text.UTF8Encoding]::new($false)
$request = [System.IO.File]::ReadAllText($RequestFile, $utf8) | ConvertFrom-Json -AsHashtable -Depth 40
$global:ExoScenario = $request.Scenario
foreach ($file in Get-ChildItem -Path (Join-Path $PSScriptRoot 'standins') -Filter '*.ps1') { . $file.FullName }

# The host's side: what a console would show as warnings and progress bars, kept for the test.
$global:AuditWarnings = [System.Collections.Generic.List[string]]::new()
$global:AuditProgress = [System.Collections.Generic.List[string]]::new()
function Write-Warning { param([Parameter(Position = 0)] [string]$Message) $global:AuditWarnings.Add($Message) }
function Write-Progress {
  param([Parameter(Position = 0)] [string]$Activity, [Parameter(Position = 1)] [string]$Status, [int]$PercentComplete = -1, [switch]$Completed)
  $global:AuditProgress.Add($(if ($Completed) { 'completed' } else { $Status }))
}

# The commands hostile values name (test/powershell/hostile.ts): if a value ever ran as code, it would show here.
$global:AuditTripped = [System.Collections.Generic.List[string]]::new()
function Set-Mailbox { $global:AuditTripped.Add('Set-Mailbox') }
function Remove-Item { $global:AuditTripped.Add('Remove-Item') }
function Out-File { $global:AuditTripped.Add('Out-File') }
function calc { $global:AuditTripped.Add('calc') }

$arguments = $request.Arguments
$stopped = $true
$Error.Clear()
try {
  & $request.Script @arguments
  $stopped = $false
} finally {
  Sync-ExoState
  $result = [ordered]@{
    Stopped = $stopped
    Calls = $global:ExoCalls
    Warnings = $global:AuditWarnings
    Progress = $global:AuditProgress
    Tripped = $global:AuditTripped
    Errors = [string[]]@($Error | ForEach-Object { [string]$_ })
  }
  [System.IO.File]::WriteAllText($request.ResultFile, ($result | ConvertTo-Json -Depth 5 -Compress), $utf8)
}
