# One pwsh process answering many requests from the tests (test/powershell/pwsh.ts): one JSON
# request per line on stdin, one "@@answer <json>" line on stdout. Starting pwsh costs about a
# second; a parse or a run costs milliseconds, so the tests share one process per test file.
[Console]::InputEncoding = [System.Text.UTF8Encoding]::new($false)
[Console]::OutputEncoding = [System.Text.UTF8Encoding]::new($false)
$standins = Join-Path $PSScriptRoot 'standins'
Update-FormatData -PrependPath (Join-Path $PSScriptRoot 'exo.format.ps1xml')

function Get-ParseAnswer([string]$script) {
  $tokens = $null
  $errors = $null
  $ast = [System.Management.Automation.Language.Parser]::ParseInput($script, [ref]$tokens, [ref]$errors)
  $commands = [System.Collections.Generic.List[string]]::new()
  $strings = [System.Collections.Generic.List[object]]::new()
  $expandable = [System.Collections.Generic.List[string]]::new()
  $variables = [System.Collections.Generic.List[string]]::new()
  $subExpressions = 0
  $types = [System.Collections.Generic.SortedDictionary[string, int]]::new()
  # One pass over the tree (pipelines over thousands of nodes are slow).
  foreach ($node in $ast.FindAll({ $true }, $true)) {
    $type = $node.GetType().Name
    $count = 0
    [void]$types.TryGetValue($type, [ref]$count)
    $types[$type] = $count + 1
    switch ($type) {
      'CommandAst' { $name = $node.GetCommandName(); $commands.Add($(if ($null -eq $name) { '<not a name>' } else { $name })) }
      'StringConstantExpressionAst' { $strings.Add(@{ Value = $node.Value; Kind = [string]$node.StringConstantType }) }
      'ExpandableStringExpressionAst' { $expandable.Add($node.Extent.Text) }
      'VariableExpressionAst' { $variables.Add($node.VariablePath.UserPath) }
      'SubExpressionAst' { $subExpressions++ }
    }
  }
  $comments = [System.Collections.Generic.List[string]]::new()
  foreach ($token in $tokens) { if ($token.Kind -eq 'Comment') { $comments.Add($token.Text) } }
  @{
    Errors = @(foreach ($e in $errors) { $e.Message })
    Commands = $commands
    Statements = $ast.EndBlock.Statements.Count
    Strings = $strings
    Expandable = $expandable
    Variables = $variables
    SubExpressions = $subExpressions
    Comments = $comments
    Types = $types
  }
}

# Runs a script in a fresh scope with the stand-in Exchange cmdlets and the scenario's data, and
# returns what it printed as the console would show it at the given width, and the errors it raised.
function Get-RunAnswer([string]$script, $scenario, [int]$width) {
  $global:ExoScenario = $scenario
  $Error.Clear()
  $text = & {
    foreach ($file in Get-ChildItem -Path $standins -Filter '*.ps1') { . $file.FullName }
    # Cmdlets the admin's role does not include are not in their session at all.
    foreach ($name in @($scenario.Missing)) { if ($name) { Remove-Item -Path "function:$name" } }
    . ([scriptblock]::Create($script))
  } 2>&1 | Out-String -Width $width
  @{
    Output = [string]$text
    Errors = [string[]]@($Error | ForEach-Object { [string]$_ })
  }
}

while ($null -ne ($line = [Console]::In.ReadLine())) {
  $request = $null
  $answer = $null
  $failure = $null
  try {
    $request = $line | ConvertFrom-Json -Depth 20 -AsHashtable -ErrorAction Stop
    if ($request.Kind -eq 'parse') { $answer = Get-ParseAnswer $request.Script }
    elseif ($request.Kind -ne 'run') { $failure = "unknown request kind $($request.Kind)" }
  } catch {
    $failure = [string]$_
  }
  # Not inside try: there, PowerShell would catch the errors that only stop one statement in IT's console.
  if ($null -ne $request -and $request.Kind -eq 'run') { $answer = Get-RunAnswer $request.Script $request.Scenario $request.Width }
  $id = if ($null -ne $request) { $request.Id } else { 0 }
  $message = if ($null -ne $failure) { [ordered]@{ Id = $id; Failure = $failure } } else { [ordered]@{ Id = $id; Answer = $answer } }
  try {
    $json = [System.Text.Json.JsonSerializer]::Serialize($message, [object], [System.Text.Json.JsonSerializerOptions]$null)
  } catch {
    $json = [System.Text.Json.JsonSerializer]::Serialize(@{ Id = $id; Failure = [string]$_ }, [object], [System.Text.Json.JsonSerializerOptions]$null)
  }
  [Console]::Out.WriteLine('@@answer ' + $json)
  [Console]::Out.Flush()
}
