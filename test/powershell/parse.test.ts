/**
 * @jest-environment node
 *
 * Every PowerShell text the add-in generates, read by PowerShell's own parser
 * ([System.Management.Automation.Language.Parser]::ParseInput) in real pwsh: the read-only block,
 * each admin command of the remedies and of the known errors, and the whole report for IT. With
 * ordinary and hostile owner and delegate values, the syntax tree must have no error, exactly the
 * commands the add-in means, and each value only as a constant single-quoted string.
 */
import { exchangeCheckBlock } from "../../src/diagnosis/evidence/exchangeBlock";
import { KNOWN_ERRORS } from "../../src/diagnosis/errors/knowledgeBase";
import { calendarEditorRemedies, onlineMeetingRemedies, type Parties, sendOnBehalfRemedies } from "../../src/diagnosis/remedies";
import { buildReport, mailToIt } from "../../src/documents/report";
import type { Person, Remedy, ServiceKind } from "../../src/diagnosis/types";
import { diagnose } from "../../src/diagnosis/verdict";
import { de } from "../../src/i18n/de";
import { en } from "../../src/i18n/en";
import { fr } from "../../src/i18n/fr";
import type { Catalogue } from "../../src/i18n/messages";
import { nl } from "../../src/i18n/nl";
import { pseudo } from "../../src/i18n/pseudo";
import { context, delegateFacts, known } from "../diagnosis/fixtures";
import { hostileValues } from "./hostile";
import { type ParseAnswer, Pwsh } from "./pwsh";

jest.setTimeout(120_000);

let pwsh: Pwsh;
beforeAll(() => {
  pwsh = new Pwsh();
});
afterAll(() => pwsh?.close());

const ALEX = { owner: "alex.wilber@contoso.com", delegate: "megan.bowen@contoso.com" };
const LANGUAGES: readonly [string, Catalogue][] = [
  ["en", en],
  ["fr", fr],
  ["nl", nl],
  ["de", de],
  ["pseudo", pseudo],
];
const SERVICES: readonly ServiceKind[] = ["teams", "skype", "zoom", "webex", "jitsi", "other"];

/** The commands and pipeline helpers the read-only block may run: it reads, it changes nothing. */
const BLOCK_HELPERS = ["ConvertTo-Json", "ForEach-Object", "Select-Object", "Where-Object", "Write-Output"];
/** Every command the remedies may hand an admin. */
const ADMIN_COMMANDS = [
  "Add-MailboxFolderPermission",
  "Format-List",
  "Get-CASMailbox",
  "Get-Mailbox",
  "Get-MailboxFolderPermission",
  "Get-MailboxFolderStatistics",
  "Get-OrganizationConfig",
  "Get-Recipient",
  "Select-Object",
  "Set-CsClientPolicy",
  "Set-Mailbox",
  "Set-MailboxFolderPermission",
  "Set-OrganizationConfig",
];

/** What PowerShell must read back from a value the block quoted: the value without control characters, at most 320 characters. */
function expectedLiteral(value: string): string {
  const kept = Array.from(value).filter((c) => {
    const code = c.codePointAt(0) as number;
    return !(
      code < 0x20 ||
      (code >= 0x7f && code < 0xa0) ||
      code === 0x2028 ||
      code === 0x2029 ||
      (code >= 0x200b && code <= 0x200f) ||
      (code >= 0x202a && code <= 0x202e) ||
      (code >= 0x2066 && code <= 0x2069) ||
      code === 0xfeff
    );
  });
  return kept.slice(0, 320).join("");
}

/** The parts of a syntax tree a value could change: node counts, commands, bare words, comments. */
function shape(tree: ParseAnswer): unknown {
  return {
    types: tree.Types,
    commands: tree.Commands,
    bareWords: tree.Strings.filter((s) => s.Kind === "BareWord").map((s) => s.Value),
    quotedCount: tree.Strings.filter((s) => s.Kind === "SingleQuoted").length,
    comments: tree.Comments,
    variables: tree.Variables,
    statements: tree.Statements,
  };
}

function safe(tree: ParseAnswer): void {
  expect(tree.Errors).toEqual([]);
  expect(tree.Expandable).toEqual([]);
  expect(tree.SubExpressions).toBe(0);
  expect(tree.Strings.filter((s) => s.Kind !== "BareWord" && s.Kind !== "SingleQuoted")).toEqual([]);
}

describe("the read-only block", () => {
  let ordinary: ParseAnswer;
  beforeAll(async () => {
    ordinary = await pwsh.parse(exchangeCheckBlock(ALEX));
  });

  it("parses, runs Get- cmdlets and output helpers only, and holds the pair as single-quoted constants", () => {
    safe(ordinary);
    const unexpected = ordinary.Commands.filter((c) => !c.startsWith("Get-") && !BLOCK_HELPERS.includes(c));
    expect(unexpected).toEqual([]);
    expect(new Set(ordinary.Commands)).toEqual(
      new Set([
        "Get-Date",
        "Get-Recipient",
        "Get-Mailbox",
        "Get-MailboxFolderStatistics",
        "Get-MailboxFolderPermission",
        "Get-CASMailbox",
        "Get-OrganizationConfig",
        ...BLOCK_HELPERS,
      ]),
    );
    const quoted = ordinary.Strings.filter((s) => s.Kind === "SingleQuoted").map((s) => s.Value);
    expect(quoted).toEqual(expect.arrayContaining([ALEX.owner, ALEX.delegate]));
  });

  it("with CRLF line endings, as Windows clipboards carry it, it is the same script", async () => {
    expect(shape(await pwsh.parse(exchangeCheckBlock(ALEX, { newline: "\r\n" })))).toEqual(shape(ordinary));
  });

  it("keeps every hostile owner and delegate a constant single-quoted string, and the script's shape unchanged", async () => {
    const values = hostileValues();
    const trees = await Promise.all(
      values.flatMap((value) => [
        pwsh.parse(exchangeCheckBlock({ owner: value, delegate: ALEX.delegate })),
        pwsh.parse(exchangeCheckBlock({ owner: ALEX.owner, delegate: value })),
      ]),
    );
    expect(trees).toHaveLength(values.length * 2);
    trees.forEach((tree, i) => {
      const value = values[i >> 1] as string;
      safe(tree);
      expect(shape(tree)).toEqual(shape(ordinary));
      const quoted = tree.Strings.filter((s) => s.Kind === "SingleQuoted").map((s) => s.Value);
      expect(quoted).toContain(expectedLiteral(value));
    });
  });
});

function commandTexts(remedies: readonly Remedy[]): string[] {
  return remedies.flatMap((r) => r.steps).flatMap((s) => (s.kind === "command" ? [s.text] : []));
}

function allCommands(parties: Parties, t: Catalogue): string[] {
  const remedies = [
    ...calendarEditorRemedies(parties, t),
    ...sendOnBehalfRemedies(parties, t),
    ...SERVICES.flatMap((service) => onlineMeetingRemedies(service, parties, t)),
    ...KNOWN_ERRORS.flatMap((entry) => entry.remedies(parties, t)),
  ];
  return [...new Set(commandTexts(remedies))];
}

const person = (emailAddress: string, displayName = "Megan Bowen"): Person => ({ emailAddress, displayName });

describe("the admin commands of the remedies and the known errors", () => {
  it.each(LANGUAGES)("in %s: each parses as one pipeline of the intended commands, its values single-quoted", async (_name, t) => {
    const parties: Parties = { owner: person(ALEX.owner, "Alex Wilber"), delegate: person(ALEX.delegate) };
    const texts = allCommands(parties, t);
    const trees = await Promise.all(texts.map((text) => pwsh.parse(text)));
    const seen = new Set<string>();
    trees.forEach((tree, i) => {
      safe(tree);
      expect({ text: texts[i], statements: tree.Statements }).toEqual({ text: texts[i], statements: 1 });
      expect(tree.Commands.every((c) => ADMIN_COMMANDS.includes(c))).toBe(true);
      // The only variable any command uses is the constant $true.
      expect(tree.Variables.filter((v) => v !== "true")).toEqual([]);
      tree.Commands.forEach((c) => seen.add(c));
    });
    expect([...seen].sort()).toEqual([...ADMIN_COMMANDS].sort());
    // Whose mailbox and whom: the addresses themselves, single-quoted.
    const quoted = trees.flatMap((tree) => tree.Strings.filter((s) => s.Kind === "SingleQuoted").map((s) => s.Value));
    expect(quoted).toEqual(expect.arrayContaining([ALEX.owner, ALEX.delegate, `${ALEX.owner}:\\${t.remedies.calendarFolder}`]));
  });

  it("with hostile owner and delegate names and addresses, every command keeps the shape of the ordinary one", async () => {
    const ordinaryParties: Parties = { owner: person(ALEX.owner, "Alex Wilber"), delegate: person(ALEX.delegate) };
    const ordinary = await Promise.all(allCommands(ordinaryParties, en).map((text) => pwsh.parse(text)));
    const values = hostileValues();
    for (const value of values) {
      const variants: Parties[] = [
        { owner: person(value, value), delegate: person(ALEX.delegate) },
        { owner: person(ALEX.owner, "Alex Wilber"), delegate: person(value, value) },
      ];
      for (const parties of variants) {
        const texts = allCommands(parties, en);
        expect(texts).toHaveLength(ordinary.length);
        const trees = await Promise.all(texts.map((text) => pwsh.parse(text)));
        trees.forEach((tree, i) => {
          safe(tree);
          expect({ value, shape: shape(tree) }).toEqual({ value, shape: shape(ordinary[i] as ParseAnswer) });
        });
        // A plausible address with a quote in it stays that address; anything else became a placeholder.
        const quoted = trees.flatMap((tree) => tree.Strings.filter((s) => s.Kind === "SingleQuoted").map((s) => s.Value));
        if (value === "o'brien@contoso.com") expect(quoted).toContain(value);
      }
    }
  });
});

describe("the report for IT and the mail to IT", () => {
  /** Alex's meeting with hostile names: the report, with its admin commands and the read-only block. */
  function hostileReport(ownerName: string, delegateName: string, t: Catalogue): string {
    const owner = person(ALEX.owner, ownerName);
    const delegate = person(ALEX.delegate, delegateName);
    const facts = delegateFacts({
      user: known(delegate, "Office.context.mailbox.userProfile"),
      organizer: known(owner, "item.organizer.getAsync (Mailbox 1.7)"),
      shared: known({ owner: ALEX.owner, delegatePermissions: 5 }, "item.getSharedPropertiesAsync (Mailbox 1.8)"),
    });
    const ctx = { ...context({ service: "teams", serviceName: `Teams ${ownerName}` }), t };
    const verdict = diagnose(facts, ctx);
    const report = buildReport(facts, verdict, ctx, {
      addinVersion: "1.0.0",
      generatedAt: "2026-12-09T09:00:00Z",
      answer: `Not yet: ${ownerName}`,
      sendCheck: `on send ${delegateName}`,
      displayLanguage: "en-GB",
      pasted: { errorId: "unknown", quote: `${ownerName} said no\n${delegateName}`, remedies: [] },
      exchangeNotes: [`the name "${delegateName}" is listed twice`],
      exchangeCheck: exchangeCheckBlock(ALEX),
    });
    return mailToIt({
      intro: t.adminPaste.mail.intro,
      checkHeading: t.adminPaste.mail.check,
      check: exchangeCheckBlock(ALEX),
      report,
    });
  }

  it.each(LANGUAGES)(
    "in %s: pasted whole into PowerShell, it runs only the block and the admin commands, nothing from a name",
    async (_name, t) => {
      const ordinary = await pwsh.parse(hostileReport("Alex Wilber", "Megan Bowen", t));
      safe(ordinary);
      const block = await pwsh.parse(exchangeCheckBlock(ALEX));
      const admin = await Promise.all(
        [...new Set(allCommands({ owner: person(ALEX.owner, "Alex Wilber"), delegate: person(ALEX.delegate) }, t))].map((text) =>
          pwsh.parse(text),
        ),
      );
      const allowed = new Set([...block.Commands, ...admin.flatMap((tree) => tree.Commands)]);
      expect(ordinary.Commands.filter((c) => !allowed.has(c))).toEqual([]);
      // The mail carries the block twice (above the report and at its end).
      expect(ordinary.Commands.filter((c) => c === "Get-OrganizationConfig").length).toBeGreaterThanOrEqual(2);
      // Every hostile value in English; in the other catalogues, the review's example and the line breakers.
      const values = t === en ? hostileValues() : ["Megan \n Bowen", "a\rb", "<# x", "\u2028Set-Mailbox x"];
      for (const value of ["x; Set-Mailbox ceo -GrantSendOnBehalfTo eve #", ...values]) {
        const tree = await pwsh.parse(hostileReport(value, value, t));
        expect({ value, errors: tree.Errors }).toEqual({ value, errors: [] });
        expect({ value, shape: shape(tree) }).toEqual({ value, shape: { ...(shape(ordinary) as object), comments: expect.any(Array) } });
      }
    },
  );
});
