/**
 * The shapes PowerShell prints objects in, read back from pasted lines: Format-List records
 * ("Key : value", long values continued on indented lines, records apart by a blank line), default
 * tables (a header, a line of dashes per column, rows), and the command lines ("PS C:\> Get-Mailbox
 * -Identity alex") that say which cmdlet printed what, about whom. One pass per line; no regular
 * expressions.
 */
import type { PasteLine } from "./pasteLines";

/** Lines longer than this are not cmdlet output (a whole HTML mail on one line, random text). */
const MAX_LINE = 4000;
/** Property names are short identifiers. */
const MAX_KEY = 60;

export interface LayoutRecord {
  /** "list": Format-List; "table": one row of a table, keyed by its header. */
  readonly layout: "list" | "table";
  /** Index of the first line, to find the command that printed it. */
  readonly line: number;
  /** Property name (lower case) → value as printed; "" for an empty value. */
  readonly values: ReadonlyMap<string, string>;
  /** For table rows: the row as printed (cells can need more than column slicing). */
  readonly row?: string;
  /** For table rows: the header's column names in order (lower case). */
  readonly columns?: readonly string[];
}

export interface CommandLine {
  readonly line: number;
  /** Lower case cmdlet name without the "EXO" infix: "get-mailbox", "get-casmailbox", … */
  readonly cmdlet: string;
  /** The -Identity argument (or the first positional one), unquoted. */
  readonly identity?: string;
  /** The -User argument of Get-MailboxFolderPermission, unquoted. */
  readonly user?: string;
  /** Whether the command selected a single property with -ExpandProperty. */
  readonly expands?: string;
}

const CMDLETS = ["get-mailboxfolderpermission", "get-casmailbox", "get-organizationconfig", "get-mailbox", "get-recipient"] as const;

export function readLayouts(lines: readonly PasteLine[]): { records: LayoutRecord[]; commands: CommandLine[] } {
  const records: LayoutRecord[] = [];
  const commands: CommandLine[] = [];
  let current: { line: number; values: Map<string, string>; lastKey?: string; spaced: number; afterBlank: boolean } | undefined;
  const close = () => {
    if (current && current.values.size > 0) records.push({ layout: "list", line: current.line, values: current.values });
    current = undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as PasteLine;
    if (line.text.length > MAX_LINE) {
      close();
      continue;
    }
    if (line.text === "") {
      // PowerShell ends an object with a blank line; a web page or mail may put one after every
      // property instead. A record whose properties came line after line ends here; one whose
      // properties were already apart goes on until a property repeats.
      if (current && current.values.size >= 2 && current.spaced === 0) close();
      else if (current) current.afterBlank = true;
      continue;
    }
    const command = commandOf(line.text, i);
    if (command) {
      close();
      commands.push(command);
      continue;
    }
    const table = tableAt(lines, i);
    if (table) {
      close();
      records.push(...table.rows);
      i = table.end;
      continue;
    }
    const pair = keyValue(line.text);
    if (pair && !(line.raw.length > line.text.length && current?.lastKey !== undefined && !pair.aligned)) {
      if (current?.values.has(pair.key)) close();
      if (current?.afterBlank) current.spaced++;
      current ??= { line: i, values: new Map(), spaced: 0, afterBlank: false };
      current.values.set(pair.key, pair.value);
      current.lastKey = pair.key;
      current.afterBlank = false;
      continue;
    }
    if (current?.lastKey !== undefined && !current.afterBlank && line.raw.length > line.text.length) {
      // An indented line continues the value above (Format-List wraps long values).
      const before = current.values.get(current.lastKey) ?? "";
      current.values.set(current.lastKey, before === "" ? line.text : `${before} ${line.text}`);
      continue;
    }
    close();
  }
  close();
  return { records, commands };
}

/** "Key : value" or "Key: value" with an identifier key; aligned = spaces before the colon (Format-List). */
function keyValue(text: string): { key: string; value: string; aligned: boolean } | undefined {
  let i = 0;
  while (i < text.length && i <= MAX_KEY && isIdentChar(text.charCodeAt(i), i === 0)) i++;
  if (i === 0 || i > MAX_KEY) return undefined;
  const key = text.slice(0, i).toLowerCase();
  let j = i;
  while (j < text.length && text[j] === " ") j++;
  if (text[j] !== ":") return undefined;
  // "C:\..." or "https://..." are not properties.
  if (text[j + 1] === "\\" || text[j + 1] === "/") return undefined;
  return { key, value: text.slice(j + 1).trim(), aligned: j > i };
}

function isIdentChar(code: number, first: boolean): boolean {
  const letter = (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return first ? letter : letter || (code >= 48 && code <= 57) || code === 95;
}

/** A header line, then a line of dash groups, then rows up to a blank line. */
function tableAt(lines: readonly PasteLine[], index: number): { rows: LayoutRecord[]; end: number } | undefined {
  const header = lines[index] as PasteLine;
  const dashes = lines[index + 1];
  if (!dashes || !isDashLine(dashes.text)) return undefined;
  const spans = dashSpans(dashes.raw);
  const columns = header.text.split(" ").filter((w) => w !== "");
  if (spans.length < 2 || columns.length !== spans.length || columns.some((c) => !isIdentifier(c))) return undefined;
  const lower = columns.map((c) => c.toLowerCase());
  const rows: LayoutRecord[] = [];
  let end = index + 1;
  for (let i = index + 2; i < lines.length; i++) {
    const row = lines[i] as PasteLine;
    if (row.text === "" || row.text.length > MAX_LINE || commandOf(row.text, i)) break;
    end = i;
    const values = new Map<string, string>();
    spans.forEach((span, c) => {
      const next = spans[c + 1];
      values.set(lower[c] as string, row.raw.slice(span, next === undefined ? undefined : next).trim());
    });
    rows.push({ layout: "table", line: i, values, row: row.raw, columns: lower });
  }
  return { rows, end };
}

function isDashLine(text: string): boolean {
  if (text.length < 3) return false;
  let dashes = 0;
  for (const c of text) {
    if (c === "-") dashes++;
    else if (c !== " ") return false;
  }
  return dashes >= 2;
}

function dashSpans(raw: string): number[] {
  const starts: number[] = [];
  for (let i = 0; i < raw.length; i++) if (raw[i] === "-" && (i === 0 || raw[i - 1] !== "-")) starts.push(i);
  return starts;
}

function isIdentifier(word: string): boolean {
  if (word.length > MAX_KEY) return false;
  for (let i = 0; i < word.length; i++) if (!isIdentChar(word.charCodeAt(i), i === 0)) return false;
  return true;
}

/** A line that runs one of the cmdlets we read ("PS C:\> Get-Mailbox alex | fl"), with its arguments. */
export function commandOf(text: string, line: number): CommandLine | undefined {
  const lower = text.toLowerCase();
  let at = -1;
  let cmdlet: string | undefined;
  for (const name of CMDLETS) {
    const exoName = `get-exo${name.slice(4)}`;
    for (const candidate of [name, exoName]) {
      const found = lower.indexOf(candidate);
      if (found < 0) continue;
      const after = lower.charCodeAt(found + candidate.length);
      // "Get-Mailbox" must not be the start of "Get-MailboxFolderPermission".
      if (isIdentChar(after, false)) continue;
      if (at < 0 || found < at) {
        at = found;
        cmdlet = name;
      }
    }
  }
  if (cmdlet === undefined || at < 0) return undefined;
  const before = lower.slice(0, at).trim();
  // Only a line that starts with the cmdlet (after a prompt) is a command, not prose that names one.
  if (before !== "" && !before.endsWith(">") && !before.endsWith("$") && !before.endsWith("|")) return undefined;
  const tokens = tokenize(text.slice(at + cmdlet.length + (lower.startsWith("get-exo", at) ? 3 : 0)));
  let identity: string | undefined;
  let user: string | undefined;
  let expands: string | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    const lowerToken = token.toLowerCase();
    if (token === "|") {
      // Only the first command's own arguments name its identity; later ones may expand a property.
      const rest = tokens.slice(i + 1).map((t) => t.toLowerCase());
      const e = rest.findIndex((t) => t === "-expandproperty" || t === "-expand" || t === "-exp");
      if (e >= 0 && rest[e + 1]) expands = rest[e + 1];
      break;
    }
    if (lowerToken === "-identity" && tokens[i + 1] !== undefined) identity = tokens[++i];
    else if (lowerToken === "-user" && tokens[i + 1] !== undefined) user = tokens[++i];
    else if (lowerToken.startsWith("-")) continue;
    else if (identity === undefined) identity = token;
  }
  return {
    line,
    cmdlet,
    ...(identity !== undefined ? { identity } : {}),
    ...(user !== undefined ? { user } : {}),
    ...(expands !== undefined ? { expands } : {}),
  };
}

/** Splits on spaces, honouring '…' and "…" quotes; "|" is its own token. */
function tokenize(text: string): string[] {
  const tokens: string[] = [];
  let current = "";
  let quote: string | undefined;
  let inToken = false;
  for (const c of text) {
    if (quote) {
      if (c === quote || (quote === "'" && "\u2018\u2019".includes(c)) || (quote === '"' && "\u201C\u201D".includes(c))) quote = undefined;
      else current += c;
      continue;
    }
    if (c === "'" || c === '"' || c === "\u2018" || c === "\u201C") {
      quote = c === "\u2018" ? "'" : c === "\u201C" ? '"' : c;
      inToken = true;
    } else if (c === " " || c === "\t") {
      if (inToken) tokens.push(current);
      current = "";
      inToken = false;
    } else if (c === "|") {
      if (inToken) tokens.push(current);
      tokens.push("|");
      current = "";
      inToken = false;
    } else {
      current += c;
      inToken = true;
    }
    if (tokens.length > 40) break;
  }
  if (inToken) tokens.push(current);
  return tokens;
}
