/**
 * @jest-environment node
 *
 * The organisation-wide audit script (src/audit/Invoke-DelegationAudit.ps1) in real PowerShell against
 * the stand-in Exchange cmdlets and a generated organisation of 1,000 owners (auditOrg.ts): the file it
 * writes holds every owner once with the planted pairs, each pair read by the pane's own reader gives
 * the planted conclusions, throttling is retried and counted, one owner's failure stays that owner's,
 * the cost per owner is constant, an interrupted run resumes from its journal, hostile CSV values stay
 * values, and the script itself reads and changes nothing.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readAdminPaste } from "../../src/diagnosis/evidence/adminPaste";
import { BLOCK_BEGIN, BLOCK_END, BLOCK_KEYS } from "../../src/diagnosis/evidence/blockFormat";
import { concludeExchange } from "../../src/diagnosis/evidence/exchangeConclusions";
import { AUDIT_SCRIPT, type AuditRun, runAudit } from "./audit";
import { DENIED_MESSAGE, generateOrganisation, type Organisation, ownersCsv, type PlantedOwner } from "./auditOrg";
import { HOSTILE_PARTS, hostileValues } from "./hostile";
import { Pwsh } from "./pwsh";

jest.setTimeout(600_000);

type Json = Record<string, unknown>;
interface AuditFile extends Json {
  Owners: (Json & { Owner: string; Error: { Cmdlet: string; Message: string } | null; Retries: number; Pairs: Json[] })[];
}

const REQUEST_ID = "00000000000000000000000000a0d17e";
let work: string;
let big: Organisation;
let bigRun: AuditRun;
let bigFile: AuditFile;

function readAudit(path: string): AuditFile {
  const bytes = readFileSync(path);
  // UTF-8 without a byte order mark: the page tolerates one, but the script writes none.
  expect([...bytes.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
  return JSON.parse(bytes.toString("utf8")) as AuditFile;
}

async function csvRun(
  org: Organisation,
  name: string,
  extra: Partial<{ MaxAttempts: number }> = {},
): Promise<{ run: AuditRun; file: string }> {
  const dir = join(work, name);
  const csv = join(dir, "owners.csv");
  const file = join(dir, "audit.json");
  mkdirSync(dir, { recursive: true });
  writeFileSync(csv, ownersCsv(org.owners.map((o) => o.owner)), "utf8");
  return { run: await runAudit(org.directory, { OwnersCsv: csv, OutFile: file, ...extra }, dir), file };
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "sob-audit-test-"));
  big = generateOrganisation({ owners: 1000 });
  const dir = join(work, "big");
  const csv = join(dir, "owners.csv");
  const file = join(dir, "audit.json");
  mkdirSync(dir, { recursive: true });
  writeFileSync(csv, ownersCsv(big.owners.map((o) => o.owner)), "utf8");
  bigRun = await runAudit(big.directory, { OwnersCsv: csv, OutFile: file }, dir);
  expect(bigRun.Stopped).toBe(false);
  expect(bigRun.Tripped).toEqual([]);
  bigFile = readAudit(file);
  expect(existsSync(`${file}.journal.jsonl`)).toBe(false);
});
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** A pair as the pane would read it: the block's JSON line with the file's organisation settings put back. */
function conclusionsOf(file: AuditFile, pair: Json) {
  const line = { ...pair, OrganizationConfig: file.OrganizationConfig, RequestId: REQUEST_ID };
  delete (line as Json).Found;
  const recipient = pair.DelegateRecipient as { DisplayName: string } | null;
  const owner = pair.OwnerMailbox as { DisplayName: string };
  const paste = `${BLOCK_BEGIN}\n${JSON.stringify(line)}\n${BLOCK_END}\n`;
  const reading = readAdminPaste(
    paste,
    {
      owner: { emailAddress: pair.Owner as string, displayName: owner.DisplayName },
      delegate: { emailAddress: pair.Delegate as string, displayName: recipient?.DisplayName ?? (pair.Delegate as string) },
    },
    { requestIds: [REQUEST_ID], now: new Date(Date.now() + 60_000).toISOString() },
  );
  if (reading.kind !== "evidence") throw new Error(`not evidence: ${JSON.stringify(reading)}`);
  return concludeExchange(reading.evidence);
}

/** The file without its clock: run, read and finish times. */
function timeless(file: AuditFile): unknown {
  return JSON.parse(JSON.stringify(file), (key, value: unknown) =>
    ["StartedAtUtc", "FinishedAtUtc", "ReadAtUtc", "RanAtUtc"].includes(key) ? "<time>" : value,
  );
}

function callsOf(run: AuditRun, cmdlet: string): string[] {
  return run.Calls.filter((c) => c.startsWith(`${cmdlet}|`)).map((c) => c.slice(cmdlet.length + 1));
}

function tally(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

describe("a 1,000-owner organisation, owners from a CSV", () => {
  it("writes the audit file: the run's header and every owner once, in the CSV's order", () => {
    expect(Object.keys(bigFile)).toEqual([
      "Format",
      "Version",
      "ScriptVersion",
      "StartedAtUtc",
      "FinishedAtUtc",
      "Scope",
      "OrganizationConfig",
      "Throttled",
      "MailboxesRead",
      "Owners",
    ]);
    expect(bigFile).toMatchObject({ Format: "schedule-on-behalf-audit", Version: 1, Scope: "csv", MailboxesRead: 1000 });
    expect(bigFile.OrganizationConfig).toEqual({
      EwsEnabled: true,
      EwsApplicationAccessPolicy: null,
      EwsAllowList: null,
      EwsBlockList: null,
      EwsAllowedAppIDs: null,
    });
    expect(Date.parse(bigFile.FinishedAtUtc as string)).toBeGreaterThanOrEqual(Date.parse(bigFile.StartedAtUtc as string));
    expect(bigFile.Owners.map((o) => o.Owner)).toEqual(big.owners.map((o) => o.owner));
  });

  it("lists each planted pair on its owner, found where it was planted, and no pair that was not planted", () => {
    const shapes = new Set<string>();
    big.owners.forEach((planted, i) => {
      const owner = bigFile.Owners[i] as AuditFile["Owners"][number];
      expect(Object.keys(owner)).toEqual(["Owner", "ReadAtUtc", "Error", "Retries", "Pairs"]);
      const got = owner.Pairs.map((p) => ({ owner: p.Owner, delegate: p.Delegate, found: p.Found }));
      const want = planted.pairs.map((p) => ({ owner: p.owner, delegate: p.delegate, found: p.found }));
      expect({ owner: planted.owner, pairs: got }).toEqual({ owner: planted.owner, pairs: want });
      planted.pairs.forEach((p) => shapes.add(p.shape));
      for (const pair of owner.Pairs) {
        expect(Object.keys(pair)).toEqual([...BLOCK_KEYS, "Found"]);
        expect(pair.OrganizationConfig).toBeNull();
      }
    });
    // Every shape is planted, many times over; an assistant serves several owners.
    expect([...shapes].sort()).toEqual(
      ["editor-no-delegate", "healthy", "left", "no-send-on-behalf", "reviewer-believes", "reviewer-only", "send-on-behalf-only"].sort(),
    );
    const served = tally(big.owners.flatMap((o) => o.pairs.map((p) => p.delegate)));
    expect(Math.max(...served.values())).toBeGreaterThan(3);
    expect(big.owners.filter((o) => o.pairs.length === 0 && o.failsAt === null).length).toBeGreaterThan(100);
  });

  it("each pair, read by the pane's own reader with the file's organisation settings, gives what was planted", () => {
    let checked = 0;
    for (const [i, planted] of big.owners.entries()) {
      const owner = bigFile.Owners[i] as AuditFile["Owners"][number];
      planted.pairs.forEach((p, j) => {
        const pair = owner.Pairs[j] as Json;
        if (p.conclusions === null) {
          // Someone who left: listed, resolved to nobody, no recipient and no calendar entry.
          expect(pair.DelegateRecipient).toBeNull();
          expect((pair.CalendarPermission as Json).DelegateEntry).toBeNull();
          expect((pair.OwnerMailbox as { GrantSendOnBehalfTo: unknown[] }).GrantSendOnBehalfTo).toContainEqual({
            Listed: p.delegate,
            PrimarySmtpAddress: null,
          });
          return;
        }
        const got = conclusionsOf(bigFile, pair);
        expect({ owner: p.owner, delegate: p.delegate, shape: p.shape, got }).toEqual({
          owner: p.owner,
          delegate: p.delegate,
          shape: p.shape,
          got: p.conclusions,
        });
        // The planted problems are exactly what the reader finds wrong: none on a healthy pair.
        const found = [
          ...(got.calendarRole === "editor" && got.delegateFlag === "no" ? ["no-delegate-flag"] : []),
          ...(got.calendarRole === "read-only" ? ["read-only"] : []),
          ...(got.calendarRole === "none" ? ["no-calendar-entry"] : []),
          ...(got.sendOnBehalf === "missing" ? ["no-send-on-behalf"] : []),
          ...(got.ewsForTeams === "blocked" ? ["ews-closed-mailbox"] : []),
        ];
        expect({ pair: `${p.owner} ${p.delegate}`, problems: found }).toEqual({ pair: `${p.owner} ${p.delegate}`, problems: p.problems });
        checked++;
      });
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it("records the failing owner's cmdlet and Exchange's message on that owner only, and goes on", () => {
    const failing = big.owners.filter((o) => o.failsAt !== null);
    expect(failing).toHaveLength(1);
    const withError = bigFile.Owners.filter((o) => o.Error !== null);
    expect(withError.map((o) => [o.Owner, o.Error, o.Pairs])).toEqual([
      [failing[0]?.owner, { Cmdlet: "Get-Mailbox", Message: DENIED_MESSAGE }, []],
    ]);
    // Owners after it were read.
    expect(bigFile.Owners.at(-1)?.Pairs.length).toBe(big.owners.at(-1)?.pairs.length);
  });

  it("retries throttled calls, counts them per owner and for the run, and says how long it waits", () => {
    expect(big.throttled).toBeGreaterThan(10);
    expect(bigFile.Owners.map((o) => o.Retries)).toEqual(big.owners.map((o) => o.retries));
    expect(bigFile.Throttled).toBe(big.throttled);
    expect(bigRun.Warnings.filter((w) => /throttled/.test(w))).toHaveLength(big.throttled);
    // A call throttled twice waits the base delay, then twice it.
    const folder = bigRun.Warnings.filter((w) => /Get-MailboxFolderPermission/.test(w));
    expect(folder.slice(0, 2)).toEqual([
      "Exchange Online throttled Get-MailboxFolderPermission (attempt 1 of 6); waiting 0.001 s before trying again.",
      "Exchange Online throttled Get-MailboxFolderPermission (attempt 2 of 6); waiting 0.002 s before trying again.",
    ]);
  });

  it("reads the organisation once, each owner's mailbox, calendar, permissions and EWS once, each delegate once", () => {
    const retried = (key: string) => (big.directory.Throttle[key]?.Times ?? 0) + 1;
    expect(callsOf(bigRun, "Get-OrganizationConfig")).toHaveLength(retried("Get-OrganizationConfig|"));
    const perOwner = ["Get-Mailbox", "Get-MailboxFolderStatistics", "Get-MailboxFolderPermission", "Get-CASMailbox"].map((c) =>
      tally(callsOf(bigRun, c)),
    );
    for (const planted of big.owners) {
      const calendar = big.directory.Mailboxes[planted.owner]?.CalendarName as string;
      const keys = [planted.owner, planted.owner, `${planted.owner}:\\${calendar}`, planted.owner];
      const names = ["Get-Mailbox", "Get-MailboxFolderStatistics", "Get-MailboxFolderPermission", "Get-CASMailbox"];
      const counts = keys.map((key, c) => perOwner[c]?.get(key) ?? 0);
      const want = planted.failsAt
        ? [retried(`Get-Mailbox|${planted.owner}`), 0, 0, 0]
        : keys.map((key, c) => retried(`${names[c]}|${key}`));
      expect({ owner: planted.owner, counts }).toEqual({ owner: planted.owner, counts: want });
    }
    // Resolved once each, whatever number of owners they serve.
    const recipients = tally(callsOf(bigRun, "Get-Recipient"));
    expect([...recipients.values()].every((n) => n === 1)).toBe(true);
    const delegates = new Set(big.owners.flatMap((o) => o.pairs.map((p) => p.delegate)));
    expect(recipients.size).toBeLessThanOrEqual(delegates.size * 2);
    expect(bigRun.Calls.length).toBeLessThanOrEqual(4 * big.owners.length + recipients.size + big.throttled + 1);
  });

  it("shows progress owner by owner, then completes it", () => {
    expect(bigRun.Progress).toEqual([...big.owners.map((_, k) => `Owner ${k + 1} of 1000`), "completed"]);
  });

  it("carries hostile display names intact, as JSON text", () => {
    const got: (string | undefined)[] = [];
    const want: string[] = [];
    big.owners.forEach((planted, i) => {
      const pairs = (bigFile.Owners[i] as AuditFile["Owners"][number]).Pairs;
      planted.pairs.forEach((p, j) => {
        if (p.conclusions === null) return;
        got.push(((pairs[j] as Json).DelegateRecipient as { DisplayName: string } | null)?.DisplayName);
        want.push(p.delegateName);
      });
    });
    expect(got).toEqual(want);
    const hostile = new Set(want.filter((n) => HOSTILE_PARTS.some((part) => n.includes(part))));
    expect(hostile.size).toBeGreaterThan(20);
    expect([...hostile].some((n) => n.includes("\r") || n.includes("\n"))).toBe(true);
    expect(want).toContain("Default");
  });
});

describe("an interrupted run", () => {
  it("keeps a journal, and a rerun with the same -OutFile reads only the owners not done and writes the same file", async () => {
    const org = generateOrganisation({ owners: 240, failingOwner: 17 });
    const whole = await csvRun(org, "whole");
    expect(whole.run.Stopped).toBe(false);
    const expected = readAudit(whole.file);

    const stopAt = org.owners[150]?.owner as string;
    const halted = { ...org, directory: { ...org.directory, StopAt: [`Get-MailboxFolderStatistics|${stopAt}`] } };
    const first = await csvRun(halted, "resumed");
    expect(first.run.Stopped).toBe(true);
    expect(existsSync(first.file)).toBe(false);
    const journal = readFileSync(`${first.file}.journal.jsonl`, "utf8")
      .split("\n")
      .filter((l) => l !== "");
    expect(JSON.parse(journal[0] as string)).toMatchObject({
      Format: "schedule-on-behalf-audit-journal",
      Version: 1,
      ScriptVersion: "1.0.0",
      Scope: "csv",
      OrganizationConfig: expected.OrganizationConfig,
    });
    expect(journal.slice(1).map((l) => (JSON.parse(l) as Json).Owner)).toEqual(org.owners.slice(0, 150).map((o) => o.owner));
    // An interruption in the middle of writing a line: the cut line is read again, not trusted.
    writeFileSync(`${first.file}.journal.jsonl`, `${journal.join("\n")}\n{"Owner":"owner0151@contoso.com","Pai`, "utf8");

    const second = await runAudit(
      org.directory,
      { OwnersCsv: join(work, "resumed", "owners.csv"), OutFile: first.file },
      join(work, "resumed"),
    );
    expect(second.Stopped).toBe(false);
    expect(second.Warnings[0]).toMatch(/^Resuming the unfinished run of .*: 150 owners already read are not read again\.$/);
    expect(callsOf(second, "Get-OrganizationConfig")).toEqual([]);
    expect(new Set(callsOf(second, "Get-Mailbox"))).toEqual(new Set(org.owners.slice(150).map((o) => o.owner)));
    expect(existsSync(`${first.file}.journal.jsonl`)).toBe(false);
    expect(timeless(readAudit(first.file))).toEqual(timeless(expected));
  });
});

describe("other runs", () => {
  it("with EWS turned off for the organisation: every pair's online-meeting layer reads blocked", async () => {
    const org = generateOrganisation({ owners: 36, assistants: 40, orgEwsOff: true, throttle: false, failingOwner: null });
    const { run, file } = await csvRun(org, "org-ews-off");
    expect(run.Stopped).toBe(false);
    const audit = readAudit(file);
    expect((audit.OrganizationConfig as Json).EwsEnabled).toBe(false);
    const conclusions = audit.Owners.flatMap((o) =>
      o.Pairs.filter((p) => p.DelegateRecipient !== null).map((p) => conclusionsOf(audit, p)),
    );
    expect(conclusions.length).toBeGreaterThan(30);
    expect(new Set(conclusions.map((c) => c.ewsForTeams))).toEqual(new Set(["blocked"]));
    expect(new Set(org.owners.flatMap((o) => o.pairs.filter((p) => p.conclusions !== null).map((p) => p.problems.at(-1))))).toEqual(
      new Set(["ews-closed-organisation"]),
    );
  });

  it("without a CSV: reads every user and shared mailbox, lists those with delegates or an error, counts the rest", async () => {
    const org = generateOrganisation({ owners: 48, assistants: 30, throttle: false, failingOwner: 5 });
    const dir = join(work, "all");
    const file = join(dir, "audit.json");
    const run = await runAudit(org.directory, { OutFile: file }, dir);
    expect(run.Stopped).toBe(false);
    const audit = readAudit(file);
    expect(audit.Scope).toBe("all-mailboxes");
    expect(audit.MailboxesRead).toBe(org.mailboxes.length);
    const listed = org.owners.filter((o) => o.pairs.length > 0 || o.failsAt !== null).map((o) => o.owner);
    expect(audit.Owners.map((o) => o.Owner)).toEqual(listed);
    expect(callsOf(run, "Get-Mailbox").filter((identity) => identity === "")).toHaveLength(1);
    expect(callsOf(run, "Get-Mailbox")).toHaveLength(1 + org.mailboxes.length);
  });

  it("after MaxAttempts, a throttled part is unseen or the owner's error; a recipient it may not read is never someone who left", async () => {
    const org = generateOrganisation({ owners: 3, assistants: 10, throttle: false, failingOwner: null });
    const [one, two, three] = org.owners as [PlantedOwner, PlantedOwner, PlantedOwner];
    const delegateName = three.pairs[0]?.delegateName as string;
    const directory = {
      ...org.directory,
      Throttle: {
        [`Get-CASMailbox|${one.owner}`]: { Times: 10, Style: "ServerBusy" as const },
        [`Get-Mailbox|${two.owner}`]: { Times: 10, Style: "TooManyRequests" as const },
      },
      Fail: { [`Get-Recipient|${delegateName}`]: "Access is denied." },
    };
    const { run, file } = await csvRun({ ...org, directory }, "exhausted", { MaxAttempts: 3 });
    expect(run.Stopped).toBe(false);
    const [first, second, third] = readAudit(file).Owners;
    // One: its pairs are there, the EWS settings of its mailbox were not seen.
    expect(first?.Error).toBeNull();
    expect(first?.Retries).toBe(2);
    expect(first?.Pairs.map((p) => p.CasMailbox)).toEqual(one.pairs.map(() => null));
    // Two: Exchange kept throttling its mailbox.
    expect(second?.Error).toEqual({
      Cmdlet: "Get-Mailbox",
      Message: "The request was throttled: (429) Too Many Requests. Retry after 1 second(s).",
    });
    expect(second?.Retries).toBe(2);
    // Three: its delegate could not be looked up, which is not the same as nobody.
    expect(third?.Error).toEqual({ Cmdlet: "Get-Recipient", Message: "Access is denied." });
    expect(third?.Pairs).toEqual([]);
    expect(run.Warnings.filter((w) => /attempt \d of 3/.test(w))).toHaveLength(4);
  });

  it("retries the wordings of throttling, and not an answer that merely quotes an identity with such a word", async () => {
    const org = generateOrganisation({ owners: 4, assistants: 10, throttle: false, failingOwner: null });
    const messages = [
      "Server is busy. Please retry after some time.",
      "The request was throttled. Retry after 10 seconds.",
      "Response status code does not indicate success: 429 (Too Many Requests).",
      "The operation couldn't be performed because object 'throttle.busy-429@contoso.com' couldn't be found on 'AM0PR01A001DC01.EURPR01A001.PROD.OUTLOOK.COM'.",
    ];
    const Fail = Object.fromEntries(org.owners.map((o, i) => [`Get-Mailbox|${o.owner}`, messages[i] as string]));
    const { run, file } = await csvRun({ ...org, directory: { ...org.directory, Fail } }, "wordings", { MaxAttempts: 2 });
    const owners = readAudit(file).Owners;
    expect(owners.map((o) => [o.Error?.Message, o.Retries])).toEqual(messages.map((m, i) => [m, i < 3 ? 1 : 0]));
    expect(org.owners.map((o) => callsOf(run, "Get-Mailbox").filter((c) => c === o.owner).length)).toEqual([2, 2, 2, 1]);
  });

  it("takes hostile CSV values as identities only: nothing runs, each is an owner Exchange did not find", async () => {
    const org = generateOrganisation({ owners: 4, assistants: 10, throttle: false, failingOwner: null });
    const dir = join(work, "hostile");
    const csv = join(dir, "owners.csv");
    const file = join(dir, "audit.json");
    const values = hostileValues().filter((v) => v.trim() !== "" && !v.includes("\u0000"));
    // A byte order mark, another accepted header, blank lines, duplicates in another case, an alias of an owner already listed.
    const text = `\uFEFF${ownersCsv(["owner0001@contoso.com", ...values, "", "OWNER0001@CONTOSO.COM", "owner0002", "owner0002@contoso.com"], "PrimarySmtpAddress")}\r\n\r\n`;
    mkdirSync(dir, { recursive: true });
    writeFileSync(csv, text, "utf8");
    const result = await runAudit(org.directory, { OwnersCsv: csv, OutFile: file }, dir);
    expect(result.Stopped).toBe(false);
    const audit = readAudit(file);
    const unique = [...new Set(values.map((v) => v.trim()))].filter(
      (v, i, all) => all.findIndex((w) => w.toLowerCase() === v.toLowerCase()) === i,
    );
    expect(audit.Owners.map((o) => o.Owner)).toEqual(["owner0001@contoso.com", ...unique, "owner0002@contoso.com"]);
    for (const owner of audit.Owners.slice(1, -1)) {
      expect(owner.Error?.Cmdlet).toBe("Get-Mailbox");
      expect(owner.Pairs).toEqual([]);
    }
    expect(result.Tripped).toEqual([]);
    // Each value reached Exchange as the identity itself, once.
    expect(callsOf(result, "Get-Mailbox").slice(1, 1 + unique.length)).toEqual(unique);
    expect(result.Errors.filter((e) => !/couldn't be found|matches multiple entries/.test(e))).toEqual([]);
  });

  it("refuses to finish another scope's journal, saying how to finish it or start over", async () => {
    const org = generateOrganisation({ owners: 2, assistants: 4, throttle: false, failingOwner: null });
    const dir = join(work, "other-scope");
    const file = join(dir, "audit.json");
    mkdirSync(dir, { recursive: true });
    const header = {
      Format: "schedule-on-behalf-audit-journal",
      Version: 1,
      ScriptVersion: "1.0.0",
      StartedAtUtc: "2026-12-07T17:00:00.0000000Z",
      Scope: "csv",
      OrganizationConfig: null,
      Throttled: 0,
    };
    writeFileSync(`${file}.journal.jsonl`, `${JSON.stringify(header)}\n`, "utf8");
    const result = await runAudit(org.directory, { OutFile: file }, dir);
    expect(result.Stopped).toBe(true);
    expect(result.Errors.join("\n")).toMatch(/unfinished run over csv; run again with the same owners .* or choose another -OutFile/);
    expect(result.Calls).toEqual([]);
    expect(existsSync(`${file}.journal.jsonl`)).toBe(true);
  });

  it("refuses an -OutFile in a folder that does not exist before reading anything", async () => {
    const org = generateOrganisation({ owners: 2, assistants: 4, throttle: false, failingOwner: null });
    const dir = join(work, "no-folder");
    const result = await runAudit(org.directory, { OutFile: join(dir, "missing", "audit.json") }, dir);
    expect(result.Stopped).toBe(true);
    expect(result.Errors.join("\n")).toMatch(/The folder of -OutFile does not exist: .*missing/);
    expect(result.Calls).toEqual([]);
  });

  it("refuses a CSV without an owner column, saying which columns it takes", async () => {
    const org = generateOrganisation({ owners: 2, assistants: 4, throttle: false, failingOwner: null });
    const dir = join(work, "no-column");
    const csv = join(dir, "owners.csv");
    mkdirSync(dir, { recursive: true });
    writeFileSync(csv, "Mail\r\nowner0001@contoso.com\r\n", "utf8");
    const result = await runAudit(org.directory, { OwnersCsv: csv, OutFile: join(dir, "audit.json") }, dir);
    expect(result.Stopped).toBe(true);
    expect(result.Errors.join("\n")).toMatch(/no column Owner, PrimarySmtpAddress or EmailAddress/);
  });
});

describe("the script itself", () => {
  let pwsh: Pwsh;
  beforeAll(() => {
    pwsh = new Pwsh();
  });
  afterAll(() => pwsh?.close());
  const text = () => readFileSync(AUDIT_SCRIPT, "utf8");

  it("says first that it is read-only and how to run it, as help Get-Help shows", async () => {
    const tree = await pwsh.parse(text());
    const first = tree.Comments[0] as string;
    expect(text().startsWith(first)).toBe(true);
    expect(first).toMatch(/^<#\n\.SYNOPSIS\nRead-only delegation audit \(Get- cmdlets only, changes nothing in Exchange\)/);
    expect(first).toMatch(/after Connect-ExchangeOnline/);
    const { Output } = await pwsh.run(`(Get-Help -Name '${AUDIT_SCRIPT.replace(/'/g, "''")}').Synopsis`, {}, 400);
    expect(Output.replace(/\s+/g, " ")).toContain("Read-only delegation audit (Get- cmdlets only, changes nothing in Exchange)");
  });

  it("parses, and runs only Get- cmdlets and helpers that read, report or convert: nothing that changes anything", async () => {
    const tree = await pwsh.parse(text());
    expect(tree.Errors).toEqual([]);
    const helpers = [
      "ConvertFrom-Json",
      "ConvertTo-Json",
      "ForEach-Object",
      "Import-Csv",
      "Select-Object",
      "Start-Sleep",
      "Where-Object",
      "Write-Progress",
      "Write-Verbose",
      "Write-Warning",
    ];
    const named = tree.Commands.filter((c) => c !== "<not a name>");
    const own = [
      "Test-Throttled",
      "Read-Exchange",
      "Find-Recipient",
      "Test-PersonEntry",
      "Test-RoleNone",
      "Read-Owner",
      "ConvertTo-JsonLine",
      "Test-Listed",
    ];
    expect(named.filter((c) => !c.startsWith("Get-") && !helpers.includes(c) && !own.includes(c))).toEqual([]);
    expect(named.filter((c) => /^(Set|Add|Remove|New|Enable|Disable|Update|Invoke|Clear|Out|Export|Send|Stop)-/i.test(c))).toEqual([]);
    // The one command that is not a name: Read-Exchange running the read it was given (& $Read).
    expect(tree.Commands.filter((c) => c === "<not a name>")).toHaveLength(1);
    expect(text().match(/& \$Read\b/g)).toHaveLength(1);
    expect(text()).not.toMatch(/Invoke-Expression|\biex\b|\[scriptblock\]::Create|AddScript/i);
  });

  it("carries the version of package.json", () => {
    const version = (JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string }).version;
    expect(text()).toContain(`$ScriptVersion = '${version}'`);
    expect(bigFile.ScriptVersion).toBe(version);
  });
});
