import fc from "fast-check";
import { BLOCK_KEYS } from "../../../src/diagnosis/evidence/blockFormat";
import { BLOCK_BEGIN, BLOCK_END, exchangeCheckBlock, psSingleQuoted } from "../../../src/diagnosis/evidence/exchangeBlock";
import { DELEGATE, OWNER } from "./fixtures";

const PAIR = { owner: OWNER.emailAddress, delegate: DELEGATE.emailAddress };
const QUOTES = "'\u2018\u2019\u201A\u201B";

interface Parsed {
  /** Every command the block runs (the first word of each pipeline element), in order. */
  readonly commands: string[];
  /** Every single-quoted literal's value, in order. */
  readonly literals: string[];
  /** Double-quoted strings (which would expand $(...)): must be none. */
  readonly doubleQuoted: number;
  readonly balanced: boolean;
}

/**
 * A small PowerShell reader, enough for this block: strings (single-quoted with doubled quotes,
 * including the typographic ones PowerShell honours), comments, and the start of every pipeline
 * element (after a line break, ; | { } ( ) or an assignment), where a command name would stand.
 */
function parsePowerShell(text: string): Parsed {
  const commands: string[] = [];
  const literals: string[] = [];
  let doubleQuoted = 0;
  let segment = "";
  const flush = () => {
    const trimmed = segment.trim();
    segment = "";
    if (trimmed === "") return;
    const first = trimmed[0] as string;
    if (first === "&" || first === ".") {
      if (trimmed.length > 1 && /[\s'"$&]/.test(trimmed[1] as string)) commands.push(first);
      return;
    }
    const word = /^[A-Za-z][A-Za-z0-9_-]*/.exec(trimmed)?.[0];
    if (word) commands.push(word);
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (QUOTES.includes(c)) {
      let value = "";
      i++;
      let closed = false;
      while (i < text.length) {
        const d = text[i] as string;
        if (QUOTES.includes(d)) {
          const next = text[i + 1];
          if (next !== undefined && QUOTES.includes(next)) {
            value += d;
            i += 2;
            continue;
          }
          closed = true;
          i++;
          break;
        }
        value += d;
        i++;
      }
      if (!closed) return { commands, literals, doubleQuoted, balanced: false };
      literals.push(value);
      segment += "'x'";
      continue;
    }
    if (c === '"' || c === "\u201C" || c === "\u201D" || c === "\u201E") doubleQuoted++;
    if (c === "#") {
      while (i < text.length && text[i] !== "\n") i++;
      continue;
    }
    if (c === "=") {
      // What stands left of "=" is assigned to (a variable or property, a hashtable key), not run;
      // anything else ("Set-Mailbox a=b") is still a command.
      const target = segment.trim();
      if (/^\$[\w.]+$/.test(target) || /^[A-Za-z]\w*$/.test(target)) segment = "";
      else flush();
      i++;
      continue;
    }
    if ("\n;|{}()".includes(c)) {
      flush();
      i++;
      continue;
    }
    segment += c;
    i++;
  }
  flush();
  return { commands, literals, doubleQuoted, balanced: true };
}

const ALLOWED_HELPERS = new Set(["Select-Object", "Where-Object", "ForEach-Object", "ConvertTo-Json", "Write-Output"]);
const KEYWORDS = new Set(["if", "else"]);

function forbidden(commands: readonly string[]): string[] {
  return commands.filter((c) => !KEYWORDS.has(c) && !ALLOWED_HELPERS.has(c) && !/^Get-[A-Za-z]+$/.test(c));
}

describe("the read-only block", () => {
  const block = exchangeCheckBlock(PAIR);
  const parsed = parsePowerShell(block);

  it("runs only Get- cmdlets and pipeline helpers: every command listed", () => {
    expect(parsed.balanced).toBe(true);
    expect(forbidden(parsed.commands)).toEqual([]);
    expect([...new Set(parsed.commands)].sort()).toEqual(
      [
        "ConvertTo-Json",
        "ForEach-Object",
        "Get-CASMailbox",
        "Get-Date",
        "Get-Mailbox",
        "Get-MailboxFolderPermission",
        "Get-MailboxFolderStatistics",
        "Get-OrganizationConfig",
        "Get-Recipient",
        "Select-Object",
        "Where-Object",
        "Write-Output",
        "if",
      ].sort(),
    );
    expect(parsed.doubleQuoted).toBe(0);
  });

  it("the command lister would catch a cmdlet that changes something", () => {
    for (const bad of [
      "Set-Mailbox -Identity 'x'",
      "$a = Add-MailboxFolderPermission 'x'",
      "iex 'x'",
      "& 'Remove-Mailbox'",
      "Get-Mailbox | Invoke-Expression",
      "if ($x) { New-Mailbox }",
      "Set-Mailbox a=b",
    ]) {
      expect(forbidden(parsePowerShell(bad).commands).length).toBeGreaterThan(0);
    }
  });

  it("says in its first line that it only reads, and what it reads", () => {
    const first = block.split("\n")[0] as string;
    expect(first.startsWith("#")).toBe(true);
    expect(first).toMatch(/Read-only/);
    expect(first).toMatch(/Get- cmdlets only/);
    for (const what of [
      "calendar",
      "AccessRights",
      "SharingPermissionFlags",
      "GrantSendOnBehalfTo",
      "HiddenFromAddressListsEnabled",
      "RecipientTypeDetails",
      "EWS",
    ]) {
      expect(first).toContain(what);
    }
  });

  it("finds the calendar by its folder type, not by the name ':\\Calendar'", () => {
    expect(block).toContain("Get-MailboxFolderStatistics -Identity $owner -FolderScope Calendar");
    expect(block).toContain("Where-Object { $_.FolderType -eq 'Calendar' }");
    expect(block).not.toMatch(/:\\Calendar/);
  });

  it("lets no cmdlet stop the block: each Get- that asks Exchange continues silently on error", () => {
    const calls = block.split("\n").flatMap((line) => line.match(/Get-(?!Date)[A-Za-z]+ [^|)]*/g) ?? []);
    expect(calls.length).toBeGreaterThanOrEqual(7);
    for (const call of calls) expect(call).toContain("-ErrorAction SilentlyContinue");
  });

  it("reads the delegate's entry and the EWS settings the reader expects", () => {
    expect(block).toContain("Get-MailboxFolderPermission -Identity $folderId -User $delegate");
    for (const property of [
      "AccessRights",
      "SharingPermissionFlags",
      "GrantSendOnBehalfTo",
      "EwsEnabled",
      "EwsApplicationAccessPolicy",
      "EwsAllowList",
      "EwsBlockList",
      "PrimarySmtpAddress",
    ]) {
      expect(block).toContain(property);
    }
    const result = block.split("\n").find((l) => l.startsWith("$result = ")) as string;
    for (const key of BLOCK_KEYS) expect(result).toContain(`${key} = `);
  });

  it("prints one compact JSON line between the two marker lines", () => {
    const lines = block.split("\n");
    expect(lines.slice(-3)).toEqual([
      `Write-Output '${BLOCK_BEGIN}'`,
      "Write-Output ($result | ConvertTo-Json -Compress -Depth 4)",
      `Write-Output '${BLOCK_END}'`,
    ]);
    expect(block).toContain("(Get-Date).ToUniversalTime().ToString('o')");
  });

  it("carries the owner and delegate as single-quoted literals", () => {
    expect(block).toContain(`$owner = '${OWNER.emailAddress}'`);
    expect(block).toContain(`$delegate = '${DELEGATE.emailAddress}'`);
  });

  it("echoes the pane's request id as RequestId in the JSON line, as a single-quoted literal, before the markers", () => {
    const id = "5f0c2a9e7b1d4c3a8e6f0b2d9c4a7e13";
    const lines = exchangeCheckBlock(PAIR, { requestId: id }).split("\n");
    expect(lines).toContain(`$requestId = '${id}'`);
    const set = lines.indexOf("$result['RequestId'] = $requestId");
    expect(set).toBeGreaterThan(lines.findIndex((l) => l.startsWith("$result = ")));
    expect(set).toBeLessThan(lines.indexOf(`Write-Output '${BLOCK_BEGIN}'`));
    expect(parsePowerShell(lines.join("\n")).literals).toContain(id);
    // Without an id the block asks for nothing it could be matched with (and the pane will not use its answer).
    expect(block).not.toContain("requestId");
  });
});

describe("hostile owner or delegate values cannot end their string", () => {
  const hostile = [
    "x'; Remove-Mailbox -Identity boss -Confirm:$false; '",
    "x\u2019; Set-Mailbox boss -GrantSendOnBehalfTo evil; \u2018",
    "x\u201A\u201B'; iex 'evil'",
    "megan@contoso.com'\n# comment\nSet-OrganizationConfig -EwsEnabled $false\n'",
    "$(Set-Mailbox boss) `; & evil",
  ];
  it.each(hostile)("%j", (value) => {
    const block = exchangeCheckBlock({ owner: value, delegate: value });
    const parsed = parsePowerShell(block);
    expect(parsed.balanced).toBe(true);
    expect(forbidden(parsed.commands)).toEqual([]);
    // The literal holds the value itself (control characters removed), not a shortened or split one.
    expect(parsed.literals).toContain(value.replace(/[\n\r]/g, ""));
  });

  it("holds for any text (property)", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary", maxLength: 200 }),
        fc.string({ unit: fc.constantFrom(..."'\u2018\u2019\u201A\u201B;|&$`()\n\"#ab "), maxLength: 60 }),
        (a, b) => {
          const parsed = parsePowerShell(exchangeCheckBlock({ owner: a + b, delegate: b + a }));
          expect(parsed.balanced).toBe(true);
          expect(forbidden(parsed.commands)).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("doubles every single quote PowerShell recognises", () => {
    expect(psSingleQuoted("O'Neil")).toBe("'O''Neil'");
    expect(psSingleQuoted("O\u2019Neil")).toBe("'O\u2019\u2019Neil'");
    expect(psSingleQuoted("a\u2018b\u201Ac\u201Bd")).toBe("'a\u2018\u2018b\u201A\u201Ac\u201B\u201Bd'");
  });
});
