/**
 * Real PowerShell for the tests: one pwsh process per test file (starting one costs about a second),
 * fed many requests over stdin by test/powershell/server.ps1. Without pwsh the tests fail with the
 * one line that installs it: the checks must never pass by not running.
 */
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { delimiter, join } from "node:path";

export const INSTALL_PWSH = "dotnet tool install --global PowerShell --version 7.6.10";

const SERVER = join(__dirname, "server.ps1");

/** pwsh on PATH, else where `dotnet tool install --global` puts it. */
export function findPwsh(): string {
  const names = process.platform === "win32" ? ["pwsh.exe"] : ["pwsh"];
  const dirs = [...(process.env.PATH ?? "").split(delimiter).filter((d) => d !== ""), join(homedir(), ".dotnet", "tools")];
  for (const dir of dirs) for (const name of names) if (existsSync(join(dir, name))) return join(dir, name);
  throw new Error(`PowerShell 7 (pwsh) is missing; these checks need it. Install it with: ${INSTALL_PWSH}`);
}

export interface ParseAnswer {
  readonly Errors: string[];
  /** Every command's name, in order (GetCommandName()). */
  readonly Commands: string[];
  /** Top-level statements. */
  readonly Statements: number;
  readonly Strings: {
    Value: string;
    Kind: "BareWord" | "SingleQuoted" | "DoubleQuoted" | "SingleQuotedHereString" | "DoubleQuotedHereString";
  }[];
  readonly Expandable: string[];
  readonly Variables: string[];
  readonly SubExpressions: number;
  readonly Comments: string[];
  /** How many nodes of each AST type. */
  readonly Types: Record<string, number>;
}

export interface RunAnswer {
  /** What the console shows (Out-String at the width asked for), errors included. */
  readonly Output: string;
  /** $Error after the run, silenced ones included. */
  readonly Errors: string[];
}

interface Pending {
  resolve(answer: unknown): void;
  reject(error: Error): void;
}

export class Pwsh {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private buffer = "";
  private stderr = "";

  constructor() {
    this.child = spawn(findPwsh(), ["-NoProfile", "-NonInteractive", "-File", SERVER], { stdio: "pipe" });
    this.child.stdout.setEncoding("utf8");
    this.child.stderr.setEncoding("utf8");
    this.child.stdout.on("data", (chunk: string) => this.read(chunk));
    this.child.stderr.on("data", (chunk: string) => {
      this.stderr += chunk;
    });
    this.child.on("exit", (code) => {
      for (const p of this.pending.values()) p.reject(new Error(`pwsh exited (${String(code)}): ${this.stderr}`));
      this.pending.clear();
    });
  }

  parse(script: string): Promise<ParseAnswer> {
    return this.request({ Kind: "parse", Script: script }) as Promise<ParseAnswer>;
  }

  /** Runs script with the stand-in Exchange cmdlets answering from scenario. */
  run(script: string, scenario: unknown, width = 200): Promise<RunAnswer> {
    return this.request({ Kind: "run", Script: script, Scenario: scenario, Width: width }) as Promise<RunAnswer>;
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      if (this.child.exitCode !== null) return resolve();
      this.child.once("exit", () => resolve());
      this.child.stdin.end();
    });
  }

  private request(body: Record<string, unknown>): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.child.stdin.write(`${JSON.stringify({ Id: id, ...body })}\n`);
    });
  }

  private read(chunk: string): void {
    this.buffer += chunk;
    let newline = this.buffer.indexOf("\n");
    while (newline >= 0) {
      const line = this.buffer.slice(0, newline).replace(/\r$/, "");
      this.buffer = this.buffer.slice(newline + 1);
      newline = this.buffer.indexOf("\n");
      if (!line.startsWith("@@answer ")) continue;
      const message = JSON.parse(line.slice("@@answer ".length)) as { Id: number; Answer?: unknown; Failure?: string };
      const waiting = this.pending.get(message.Id);
      if (!waiting) continue;
      this.pending.delete(message.Id);
      if (message.Failure !== undefined) waiting.reject(new Error(`pwsh: ${message.Failure}`));
      else waiting.resolve(message.Answer);
    }
  }
}
