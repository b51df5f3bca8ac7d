/**
 * The plain-text report a delegate copies to IT: every fact with where it came from (or why it is
 * unknown), the conclusion, and each check. Facts hold no tokens or secrets, and nothing is added
 * here that could: only what Outlook reported and what the diagnosis concluded.
 */
import { singleLine } from "./address";
import { decodePermissions, describePermissions, isPermissionBits } from "./permissions";
import type { Check, DelegationFacts, DiagnosisContext, Fact, Person, ReportedError, SharedProperties, Verdict } from "./types";

export interface ReportMeta {
  readonly addinVersion: string;
  /** ISO timestamp supplied by the caller; the diagnosis never reads the clock. */
  readonly generatedAt?: string;
}

/** Values such as a reason or a pasted error can be long; the report stays readable in a ticket. */
const MAX_VALUE_LENGTH = 300;

export function buildReport(facts: DelegationFacts, verdict: Verdict, ctx: DiagnosisContext, meta: ReportMeta): string {
  const lines: string[] = [
    "Schedule on behalf: delegation report",
    `Add-in version: ${clean(meta.addinVersion) || "not given"}`,
    ...(meta.generatedAt ? [`Generated: ${clean(meta.generatedAt)}`] : []),
    "",
    "Outlook",
    `  Host: ${clean(facts.host.name) || "unknown"}`,
    `  Version: ${clean(facts.host.version) || "unknown"}`,
    `  Platform: ${clean(facts.host.platform) || "unknown"}`,
    `  Mailbox requirement sets supported: ${supportedSets(facts)}`,
    "",
    "Facts",
    `  Signed-in user: ${factLine(facts.user, personText)}`,
    `  Organizer: ${factLine(facts.organizer, personText)}`,
    `  Shared calendar: ${factLine(facts.shared, sharedText)}`,
    "",
    "Conclusion",
    `  Delegation: ${verdict.delegation}`,
    `  ${clean(verdict.headline)}`,
    ...verdict.delegationEvidence.map((line) => `  - ${clean(line)}`),
    "",
    "Checks",
    ...checkLines(verdict.checks),
    "",
    "Adding a meeting link",
    `  ${verdict.insert.allowed ? "Allowed" : `Blocked: ${clean(verdict.insert.reason ?? "no reason given")}`}`,
    ...verdict.insert.warnings.map((w) => `  Warning: ${clean(w)}`),
    "",
    `Meeting service: ${clean(ctx.serviceName) || ctx.service} (${ctx.service})`,
    "",
    "Errors the user reported",
    ...reportedLines(ctx.reported),
    "",
    "Admin commands suggested for the checks above",
    ...adminCommandLines(verdict.checks),
    "",
    `Help desk: ${ctx.helpdesk ? clean(ctx.helpdesk) : "not configured"}`,
  ];
  return `${lines.join("\n")}\n`;
}

function clean(value: string): string {
  return singleLine(value, MAX_VALUE_LENGTH);
}

/** Sets sorted by version number, so 1.10 comes after 1.9. */
function supportedSets(facts: DelegationFacts): string {
  const supported = Object.entries(facts.requirementSets)
    .filter(([, isSupported]) => isSupported)
    .map(([version]) => version)
    .sort(compareVersions);
  return supported.length > 0 ? supported.map(clean).join(", ") : "none reported";
}

function compareVersions(a: string, b: string): number {
  const left = a.split(".").map(Number);
  const right = b.split(".").map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0 && !Number.isNaN(difference)) return difference;
  }
  return a.localeCompare(b);
}

function factLine<T>(fact: Fact<T>, show: (value: T) => string): string {
  return fact.known
    ? `${show(fact.value)} (source: ${clean(fact.source)})`
    : `unknown because ${clean(fact.reason) || "no reason given"} (source: ${clean(fact.source)})`;
}

function personText(person: Person): string {
  const name = clean(person.displayName);
  const address = clean(person.emailAddress);
  return name && name !== address ? `${name} <${address}>` : address || "(empty)";
}

function sharedText(shared: SharedProperties): string {
  const bits = shared.delegatePermissions;
  const permissions = isPermissionBits(bits)
    ? `${bits} = ${describePermissions(decodePermissions(bits))}`
    : `${String(bits).slice(0, 20)} (not a valid value)`;
  const target = shared.targetMailbox ? `, target mailbox ${clean(shared.targetMailbox)}` : "";
  return `owner ${clean(shared.owner)}${target}, delegate permissions ${permissions}`;
}

function checkLines(checks: readonly Check[]): string[] {
  if (checks.length === 0) return ["  None needed: this is the user's own calendar."];
  return checks.flatMap((check) => [
    `  [${check.status}] ${clean(check.title)} (${check.id})`,
    ...check.evidence.map((line) => `    - ${clean(line)}`),
  ]);
}

function reportedLines(reported: readonly ReportedError[]): string[] {
  if (reported.length === 0) return ["  None"];
  return reported.map((error) => `  - ${clean(error.errorId)} (layer: ${error.layer}): "${clean(error.quote)}"`);
}

/** The commands an admin could run for unresolved checks, each once, with what it is for. */
function adminCommandLines(checks: readonly Check[]): string[] {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const check of checks) {
    if (check.status === "granted" || check.status === "not-needed") continue;
    for (const remedy of check.remedies) {
      for (const step of remedy.steps) {
        if (step.kind !== "command" || seen.has(step.text)) continue;
        seen.add(step.text);
        lines.push(`  # ${clean(step.purpose)}`, `  ${step.text}`);
      }
    }
  }
  return lines.length > 0 ? lines : ["  None"];
}
