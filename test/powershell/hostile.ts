/**
 * Names and addresses a hostile or unlucky mailbox can carry, for every text the add-in hands to
 * PowerShell: every quote PowerShell knows, its escape and expansion characters, statement
 * separators, redirections, comments, line breaks, NUL, bidi controls, a very long value and nothing.
 */
export const HOSTILE_PARTS: readonly string[] = [
  "'",
  "\u2018",
  "\u2019",
  "\u201A",
  "\u201B",
  '"',
  "\u201C",
  "\u201D",
  "\u201E",
  "`",
  "$x",
  "$(Remove-Item -Recurse C:\\)",
  "${env:PATH}",
  "@(1,2)",
  "; Set-Mailbox ceo -GrantSendOnBehalfTo eve",
  "| Out-File x",
  "& calc",
  "> x.txt",
  "# comment",
  "<# block",
  "\nSet-Mailbox ceo -GrantSendOnBehalfTo eve",
  "\rSet-Mailbox ceo",
  "\u0000",
  "\u202Eevil\u202C\u2066x\u2069",
];

/** Each part alone, in a name, inside an address's local part, plus 300 characters and empty. */
export function hostileValues(): string[] {
  const values: string[] = [];
  for (const part of HOSTILE_PARTS) values.push(part, `Megan ${part} Bowen`, `o${part}brien@contoso.com`);
  values.push("x".repeat(300), `${"'".repeat(150)}${"\u2019".repeat(150)}`, "", "o'brien@contoso.com", "o\u2019brien@contoso.com");
  return values;
}
