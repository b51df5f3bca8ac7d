/**
 * @jest-environment node
 *
 * What PowerShell really prints: the stand-ins' objects rendered by real Format-List, Format-Table
 * and the default output at console widths 80, 120 and 200 (Out-String -Width, which cuts columns
 * with "…" and wraps as IT's console does), kept in test/fixtures/powershell/ and read by the paste
 * reader with and without the prompt line. Each reading is the scenario's truth or "unknown", never
 * another answer. `node scripts/powershell-fixtures.js` regenerates the fixtures; this test renders
 * them again and fails when they differ.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readAdminPaste } from "../../src/diagnosis/evidence/adminPaste";
import type { ExchangeConclusions } from "../../src/diagnosis/evidence/exchange";
import { concludeExchange } from "../../src/diagnosis/evidence/exchangeConclusions";
import { Pwsh } from "./pwsh";
import { DELEGATE, OWNER, scenario, type Scenario } from "./scenarios";

jest.setTimeout(180_000);

const FIXTURES = join(__dirname, "..", "fixtures", "powershell");
const UPDATE = process.env.UPDATE_POWERSHELL_FIXTURES === "1";
const WIDTHS = [80, 120, 200] as const;
const DATASETS = ["everything", "no-entry", "crowded", "long-names", "exchange-server", "ews-app-ids"] as const;

const ALEX = OWNER.emailAddress;
const CALENDAR = (s: Scenario) => `${ALEX}:\\${s.directory.Mailboxes[ALEX]?.CalendarName ?? "Calendar"}`;

/** The commands IT types, as they would type them. */
function commands(s: Scenario): string[] {
  return [
    `Get-MailboxFolderPermission -Identity ${CALENDAR(s)}`,
    `Get-MailboxFolderPermission -Identity ${CALENDAR(s)} | Format-List`,
    `Get-MailboxFolderPermission -Identity ${CALENDAR(s)} | Format-Table -Wrap`,
    `Get-MailboxFolderPermission -Identity ${CALENDAR(s)} -User ${DELEGATE.emailAddress}`,
    `Get-Mailbox -Identity ${ALEX}`,
    `Get-Mailbox -Identity ${ALEX} | Format-List PrimarySmtpAddress,GrantSendOnBehalfTo,HiddenFromAddressListsEnabled,RecipientTypeDetails`,
    `Get-Mailbox -Identity ${ALEX} | Format-Table Name,GrantSendOnBehalfTo`,
    `Get-Mailbox -Identity ${ALEX} | Select-Object -ExpandProperty GrantSendOnBehalfTo`,
    `Get-CASMailbox -Identity ${ALEX} | Format-List Ews*`,
    `Get-OrganizationConfig | Format-List Ews*`,
  ];
}

interface Fixture {
  readonly command: string;
  readonly width: number;
  /** What the console printed below the command line. */
  readonly output: string;
}

async function render(pwsh: Pwsh, id: string): Promise<Fixture[]> {
  const s = scenario(id);
  const fixtures: Fixture[] = [];
  for (const command of commands(s)) {
    for (const width of WIDTHS) {
      const { Output } = await pwsh.run(command, s.directory, width);
      fixtures.push({ command, width, output: Output });
    }
  }
  return fixtures;
}

const file = (id: string) => join(FIXTURES, `${id}.json`);

let pwsh: Pwsh;
const rendered = new Map<string, Fixture[]>();
beforeAll(async () => {
  pwsh = new Pwsh();
  for (const id of DATASETS) {
    const fixtures = await render(pwsh, id);
    rendered.set(id, fixtures);
    if (UPDATE || !existsSync(file(id))) writeFileSync(file(id), `${JSON.stringify(fixtures, null, 2)}\n`);
  }
});
afterAll(() => pwsh?.close());

function stored(id: string): Fixture[] {
  return JSON.parse(readFileSync(file(id), "utf8")) as Fixture[];
}

/** Conclusions from a paste, all "unknown" when it is not evidence for this pair. */
function read(text: string): ExchangeConclusions {
  const reading = readAdminPaste(text, { owner: OWNER, delegate: DELEGATE });
  if (reading.kind !== "evidence")
    return { calendarRole: "unknown", delegateFlag: "unknown", sendOnBehalf: "unknown", ewsForTeams: "unknown" };
  return concludeExchange(reading.evidence);
}

const LAYERS = ["calendarRole", "delegateFlag", "sendOnBehalf", "ewsForTeams"] as const;

describe.each(DATASETS)("%s, as PowerShell prints it", (id) => {
  it("the committed fixtures are what pwsh prints today (regenerate with node scripts/powershell-fixtures.js)", () => {
    expect(stored(id)).toEqual(rendered.get(id));
  });

  it("read with and without the prompt line: the truth or unknown for each layer, never another answer", () => {
    const truth = scenario(id).conclusions;
    const wrong: string[] = [];
    for (const fixture of stored(id)) {
      for (const text of [`PS C:\\> ${fixture.command}\n${fixture.output}`, fixture.output]) {
        const got = read(text);
        for (const layer of LAYERS) {
          if (got[layer] !== "unknown" && got[layer] !== truth[layer])
            wrong.push(`${fixture.command} @${fixture.width}: ${layer}=${got[layer]}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe("what the reader gets right from real output", () => {
  const fixture = (id: string, command: number, width: number) =>
    stored(id).find((f) => f.command === commands(scenario(id))[command] && f.width === width) as Fixture;
  const withPrompt = (f: Fixture) => `PS C:\\> ${f.command}\n${f.output}`;

  it.each(WIDTHS)("Format-List of the folder's permissions at %i columns: Editor with the Delegate flag", (width) => {
    expect(read(withPrompt(fixture("everything", 1, width)))).toMatchObject({ calendarRole: "editor", delegateFlag: "yes" });
  });

  it.each([120, 200])("the default table at %i columns: Editor with the Delegate flag", (width) => {
    expect(read(withPrompt(fixture("everything", 0, width)))).toMatchObject({ calendarRole: "editor", delegateFlag: "yes" });
  });

  it.each(WIDTHS)("Get-Mailbox | Format-List at %i columns: listed for send on behalf", (width) => {
    expect(read(withPrompt(fixture("everything", 5, width))).sendOnBehalf).toBe("granted");
    expect(read(withPrompt(fixture("no-entry", 5, width))).sendOnBehalf).toBe("missing");
  });

  it("the whole listing without the delegate: no entry, at every width", () => {
    for (const width of WIDTHS) expect(read(withPrompt(fixture("no-entry", 1, width))).calendarRole).toBe("none");
  });

  it("a GrantSendOnBehalfTo column cut with … at 80 columns is not read as the delegate's absence", () => {
    const cut = fixture("crowded", 6, 80);
    expect(cut.output).toContain("…");
    expect(read(withPrompt(cut)).sendOnBehalf).toBe("unknown");
  });

  it("at 80 columns a long name pushes the flags out of the table, and the flag is not read as absent", () => {
    const narrow = fixture("long-names", 0, 80);
    expect(narrow.output).toContain("…");
    expect(read(withPrompt(narrow)).delegateFlag).not.toBe("no");
  });

  it("a long EwsAllowedAppIDs wraps in Format-List at 80 columns and still reads as a list of IDs (so 'check')", () => {
    const wrapped = fixture("ews-app-ids", 9, 80);
    expect(wrapped.output.split("\n").some((line) => /^\s{20,}\S/.test(line))).toBe(true);
    expect(read(withPrompt(wrapped)).ewsForTeams).toBe("unknown");
  });

  it("EWS settings of the mailbox and the organisation, pasted together with their command lines", () => {
    const cas = fixture("everything", 8, 120);
    const org = fixture("everything", 9, 120);
    expect(read(`${withPrompt(org)}\n${withPrompt(cas)}`).ewsForTeams).toBe("allowed");
  });
});
