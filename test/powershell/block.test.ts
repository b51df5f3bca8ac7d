/**
 * @jest-environment node
 *
 * The read-only block, as the add-in generates it, run in real PowerShell against stand-ins of the
 * Exchange cmdlets it calls (test/powershell/standins). Each scenario prints one complete block with
 * the parts that failed empty, and that printed text, read as a paste, gives the conclusions and the
 * checks the scenario implies: never "granted" from an empty part.
 */
import { readAdminPaste } from "../../src/diagnosis/evidence/adminPaste";
import { BLOCK_BEGIN, BLOCK_END } from "../../src/diagnosis/evidence/blockFormat";
import { concludeExchange } from "../../src/diagnosis/evidence/exchangeConclusions";
import { exchangeCheckBlock } from "../../src/diagnosis/evidence/exchangeBlock";
import { freshFinding } from "../../src/diagnosis/evidence/finding";
import type { CheckId } from "../../src/diagnosis/types";
import { diagnose } from "../../src/diagnosis/verdict";
import { REQUEST_ID } from "../diagnosis/evidence/fixtures";
import { context, delegateFacts, HOSTS, known } from "../diagnosis/fixtures";
import { Pwsh, type RunAnswer } from "./pwsh";
import { DELEGATE, OWNER, SCENARIOS, type Scenario } from "./scenarios";

jest.setTimeout(120_000);

let pwsh: Pwsh;
beforeAll(() => {
  pwsh = new Pwsh();
});
afterAll(() => pwsh?.close());

const PAIR = { owner: OWNER, delegate: DELEGATE };
// The block as the pane hands it to IT: with the request id the pane issued for this pair.
const BLOCK = () => exchangeCheckBlock({ owner: OWNER.emailAddress, delegate: DELEGATE.emailAddress }, { requestId: REQUEST_ID });

/** Megan in Alex's meeting on Mac (Outlook shows no rights): Exchange's answer decides each check. */
function checksFrom(printed: string) {
  const reading = readAdminPaste(printed, PAIR, { requestIds: [REQUEST_ID], now: new Date().toISOString() });
  if (reading.kind !== "evidence") throw new Error(`not evidence: ${JSON.stringify(reading)}`);
  const now = new Date().toISOString();
  const exchange = freshFinding(reading.evidence, concludeExchange(reading.evidence), now);
  const facts = delegateFacts({
    host: HOSTS.classicMac,
    user: known(DELEGATE, "Office.context.mailbox.userProfile"),
    organizer: known(OWNER, "item.organizer.getAsync (Mailbox 1.7)"),
    shared: known({ owner: OWNER.emailAddress, delegatePermissions: 0 }, "item.getSharedPropertiesAsync (Mailbox 1.8)"),
  });
  const verdict = diagnose(facts, context({ exchange }));
  const status = (id: CheckId) => verdict.checks.find((c) => c.id === id)?.status;
  return { reading, status };
}

function blockJson(printed: string): Record<string, unknown> {
  const lines = printed.split("\n").map((l) => l.trimEnd());
  expect(lines.filter((l) => l === BLOCK_BEGIN)).toHaveLength(1);
  expect(lines.filter((l) => l === BLOCK_END)).toHaveLength(1);
  const begin = lines.indexOf(BLOCK_BEGIN);
  return JSON.parse(lines.slice(begin + 1, lines.indexOf(BLOCK_END)).join("")) as Record<string, unknown>;
}

const runs = new Map<string, RunAnswer>();
async function run(s: Scenario): Promise<RunAnswer> {
  const cached = runs.get(s.id);
  if (cached) return cached;
  const answer = await pwsh.run(BLOCK(), s.directory, 200);
  runs.set(s.id, answer);
  return answer;
}

describe("the block in PowerShell against the stand-in cmdlets", () => {
  it("has at least twelve scenarios", () => expect(SCENARIOS.length).toBeGreaterThanOrEqual(12));

  it.each(SCENARIOS.map((s) => [s.title, s] as const))("%s", async (_title, s) => {
    const { Output, Errors } = await run(s);
    // Every parameter the block passes is one the cmdlet's reference lists.
    expect(Errors.filter((e) => /parameter cannot be found/i.test(e))).toEqual([]);
    const json = blockJson(Output);
    for (const part of s.emptyParts) expect({ part, value: json[part] }).toEqual({ part, value: null });
    expect(json.Owner).toBe(OWNER.emailAddress);
    expect(json.Delegate).toBe(DELEGATE.emailAddress);

    const { reading, status } = checksFrom(Output);
    expect(reading.kind === "evidence" && concludeExchange(reading.evidence)).toEqual(s.conclusions);
    // Never "granted" from a part Exchange did not answer.
    if (s.conclusions.calendarRole === "unknown") expect(status("calendar-editor")).not.toBe("granted");
    if (s.conclusions.sendOnBehalf !== "granted") expect(status("send-on-behalf")).not.toBe("granted");
    if (Object.values(s.conclusions).some((c) => c !== "editor" && c !== "yes" && c !== "granted" && c !== "allowed")) {
      expect(status("online-meeting-delegate")).not.toBe("granted");
    }
    if (s.conclusions.calendarRole === "editor" && s.conclusions.delegateFlag === "yes") expect(status("calendar-editor")).toBe("granted");
    if (s.conclusions.sendOnBehalf === "granted") expect(status("send-on-behalf")).toBe("granted");
    if (s.conclusions.sendOnBehalf === "missing") expect(status("send-on-behalf")).toBe("missing");
  });

  it("echoes the pane's request id, and the same output counts for nothing in a pane that did not issue it", async () => {
    const { Output } = await run(SCENARIOS[0] as Scenario);
    expect(blockJson(Output).RequestId).toBe(REQUEST_ID);
    const elsewhere = readAdminPaste(Output, PAIR, { requestIds: ["0123456789abcdef0123456789abcdef"], now: new Date().toISOString() });
    expect(elsewhere.kind).toBe("unrequested");
  });

  it("reads the calendar folder by its mailbox-language name", async () => {
    for (const [id, name] of [
      ["agenda", "Agenda"],
      ["kalender", "Kalender"],
      ["calendrier", "Calendrier"],
    ] as const) {
      const { Output } = await run(SCENARIOS.find((s) => s.id === id) as Scenario);
      expect(blockJson(Output).CalendarFolder).toEqual({ Name: name, FolderPath: `/${name}` });
      const { reading } = checksFrom(Output);
      expect(reading.kind === "evidence" && reading.evidence.calendar).toEqual({
        seen: true,
        value: { folder: name, accessRights: ["Editor"], sharingPermissionFlags: ["Delegate"] },
      });
    }
  });

  it("the organisation's EwsAllowedAppIDs reaches the JSON line as one string", async () => {
    const { Output } = await run(SCENARIOS.find((s) => s.id === "ews-app-ids") as Scenario);
    expect((blockJson(Output).OrganizationConfig as Record<string, unknown>).EwsAllowedAppIDs).toBe(
      "1fec8e78-bce4-4aaf-ab1b-5451cc387264,00000002-0000-0ff1-ce00-000000000000",
    );
  });

  it("Megan in Alex's meeting on Mac: Exchange's full answer grants all three checks", async () => {
    const { status } = checksFrom((await run(SCENARIOS[0] as Scenario)).Output);
    expect([status("calendar-editor"), status("send-on-behalf"), status("online-meeting-delegate")]).toEqual([
      "granted",
      "granted",
      "granted",
    ]);
  });
});

describe("the stand-ins refuse what Exchange refuses", () => {
  it.each([
    ["Get-MailboxFolderPermission -Identity 'alex.wilber@contoso.com:\\Calendar' -FolderScope Calendar", "FolderScope"],
    ["Get-OrganizationConfig -Identity 'contoso.com'", "Identity"],
    ["Get-Mailbox -Identity 'alex.wilber@contoso.com' -User 'megan.bowen@contoso.com'", "User"],
    ["Get-CASMailbox -Identity 'alex.wilber@contoso.com' -Properties EwsEnabled", "Properties"],
  ])("%s", async (command, parameter) => {
    const { Errors } = await pwsh.run(command, SCENARIOS[0]?.directory, 200);
    expect(Errors).toEqual([expect.stringContaining(`A parameter cannot be found that matches parameter name '${parameter}'.`)]);
  });
});

describe("the block with hostile owner and delegate values, run", () => {
  it.each([
    ["$(Set-Mailbox ceo -GrantSendOnBehalfTo eve)@contoso.com"],
    ["o'brien\u2019; Set-Mailbox ceo #@contoso.com"],
    ['a`"${env:PATH}"\n Set-Mailbox ceo@contoso.com'],
    ["<# x\u202E@contoso.com"],
  ])("%j: runs nothing but its reads, and prints one complete block naming the value as given", async (value) => {
    const defined = "function Set-Mailbox { throw 'Set-Mailbox ran' }\n";
    const { Output, Errors } = await pwsh.run(
      defined + exchangeCheckBlock({ owner: value, delegate: value }),
      SCENARIOS[0]?.directory,
      200,
    );
    expect(Errors.filter((e) => !/couldn't be found/.test(e))).toEqual([]);
    const json = blockJson(Output);
    const literal = Array.from(value)
      .filter((c) => c >= " " && !"\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069".includes(c))
      .join("");
    expect([json.Owner, json.Delegate]).toEqual([literal, literal]);
  });
});
