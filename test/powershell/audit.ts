/**
 * Runs the audit script (src/audit/Invoke-DelegationAudit.ps1) in real PowerShell against the
 * stand-in Exchange cmdlets, one pwsh process per run as IT runs it (test/powershell/audit-run.ps1).
 * Used by test/powershell/audit.test.ts, and by browser tests of the audit page through
 * auditGeneratedOrganisation(): the file the script wrote and what was planted in it.
 */
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type AuditDirectory, generateOrganisation, type OrgOptions, type Organisation, ownersCsv, type PlantedOwner } from "./auditOrg";
import { findPwsh } from "./pwsh";

export const AUDIT_SCRIPT = resolve(__dirname, "..", "..", "src", "audit", "Invoke-DelegationAudit.ps1");
const RUNNER = join(__dirname, "audit-run.ps1");

export interface AuditArguments {
  readonly OutFile: string;
  readonly OwnersCsv?: string;
  readonly RetryDelaySeconds?: number;
  readonly MaxAttempts?: number;
}

export interface AuditRun {
  /** The run was interrupted (a planted StopAt, or the script stopped with an error). */
  readonly Stopped: boolean;
  /** Every stand-in call, "Cmdlet|Identity", in order. */
  readonly Calls: string[];
  readonly Warnings: string[];
  /** Write-Progress statuses in order ("completed" for -Completed). */
  readonly Progress: string[];
  /** Commands named by hostile values (Set-Mailbox, Remove-Item, Out-File, calc) that ran: none, ever. */
  readonly Tripped: string[];
  /** $Error after the run: the errors the script caught are there too. */
  readonly Errors: string[];
  /** pwsh's own stderr (empty when all went well). */
  readonly stderr: string;
}

/** Runs the audit once against directory; the test's back-off is a millisecond, not five seconds. */
export function runAudit(directory: AuditDirectory, args: AuditArguments, workDir: string): Promise<AuditRun> {
  mkdirSync(workDir, { recursive: true });
  const stamp = `${process.pid}-${Date.now()}-${Math.random().toString(16).slice(2)}`;
  const requestFile = join(workDir, `request-${stamp}.json`);
  const resultFile = join(workDir, `result-${stamp}.json`);
  const request = {
    Scenario: directory,
    Script: AUDIT_SCRIPT,
    Arguments: { RetryDelaySeconds: 0.001, ...args },
    ResultFile: resultFile,
  };
  writeFileSync(requestFile, JSON.stringify(request), "utf8");
  return new Promise((done, fail) => {
    const child = spawn(findPwsh(), ["-NoProfile", "-NonInteractive", "-File", RUNNER, "-RequestFile", requestFile], { stdio: "pipe" });
    let stderr = "";
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.stdout.resume();
    child.on("error", fail);
    child.on("exit", () => {
      try {
        const result = JSON.parse(readFileSync(resultFile, "utf8").replace(/^\uFEFF/, "")) as Omit<AuditRun, "stderr">;
        done({ ...result, stderr });
      } catch (error) {
        fail(new Error(`the audit run left no result (${String(error)}): ${stderr}`));
      }
    });
  });
}

export interface GeneratedAudit {
  /** The audit file the script wrote (UTF-8 JSON). */
  readonly file: string;
  /** Each owner in the file's order, with the pairs planted and what must be concluded of each. */
  readonly owners: readonly PlantedOwner[];
  readonly organisation: Organisation;
  readonly run: AuditRun;
}

/**
 * Generates an organisation (1,000 owners by default, auditOrg.ts), runs the audit over its owners
 * from a CSV in real PowerShell and returns the file it wrote with the planted expectations.
 */
export async function auditGeneratedOrganisation(options: OrgOptions = {}, workDir?: string): Promise<GeneratedAudit> {
  const dir = workDir ?? mkdtempSync(join(tmpdir(), "sob-audit-"));
  mkdirSync(dir, { recursive: true });
  const organisation = generateOrganisation(options);
  const csv = join(dir, "owners.csv");
  writeFileSync(csv, ownersCsv(organisation.owners.map((o) => o.owner)), "utf8");
  const file = join(dir, "audit.json");
  const run = await runAudit(organisation.directory, { OwnersCsv: csv, OutFile: file }, dir);
  if (run.Stopped) throw new Error(`the audit stopped: ${run.Errors.join("\n")} ${run.stderr}`);
  return { file, owners: organisation.owners, organisation, run };
}
