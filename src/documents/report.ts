/**
 * The plain-text report a delegate copies to IT: every fact with where it came from (or why it is
 * unknown), the conclusion, and each check. Labels and sentences are in the user's language; facts
 * stay verbatim (addresses, bits, requirement sets, API names, error ids, commands), so IT can read a
 * Dutch report and paste its commands. Nothing here holds tokens or secrets, and nothing is added
 * that could: only what Outlook reported and what the diagnosis concluded.
 */
import type { Messages } from "../i18n/messages";
import { calendarOfWords, checkSummary, checkTitle, insertBlockedWords, insertWarningWords } from "../i18n/checkWords";
import { checkEvidence, roleWords } from "../i18n/evidenceWords";
import { outsideSentence } from "../i18n/outsideWords";
import { readableNameOf, shortNameOf, singleLine } from "../diagnosis/address";
import { delegationWords } from "./delegationWords";
import { decodePermissions, isPermissionBits } from "../diagnosis/permissions";
import { remediesFor } from "../diagnosis/remedies";
import type {
  Check,
  DelegationFacts,
  DocumentContext,
  Fact,
  OutsideEvidence,
  OutsideReason,
  Parties,
  Person,
  Remedy,
  ReportedError,
  SharedProperties,
  Verdict,
} from "../diagnosis/types";

export interface ReportMeta {
  readonly addinVersion: string;
  /** ISO timestamp supplied by the caller; the diagnosis never reads the clock. */
  readonly generatedAt?: string;
  /** The one-line answer the pane shows, so IT reads what the user read. */
  readonly answer?: string;
  /** Where the send-time check runs on this client, in words. */
  readonly sendCheck?: string;
  /** Office.context.displayLanguage, verbatim. */
  readonly displayLanguage?: string;
  /**
   * A pasted message that proves none of the three rights missing (Teams unable to reach the
   * mailbox, a sharing email that failed, or not recognised): the checks do not carry it, so it is
   * reported here, with the commands its own remedies give IT.
   */
  readonly pasted?: { readonly errorId: string; readonly quote: string; readonly remedies: readonly Remedy[] };
  /** Names in an admin's pasted output that could not be matched for certain (plain-English notes). */
  readonly exchangeNotes?: readonly string[];
  /** The read-only Exchange check for this owner and delegate, carried verbatim at the end. */
  readonly exchangeCheck?: string;
}

/**
 * A line IT may paste into PowerShell as it is: a generated command, or the read-only check. Every
 * other line of the report is prose and becomes a PowerShell comment, so pasting the whole report
 * into a shell runs only the commands (names from Outlook are single-lined, so they cannot leave it).
 */
interface Verbatim {
  readonly verbatim: string;
}
type ReportLine = string | Verbatim;

/** Values such as a reason or a pasted error can be long; the report stays readable in a ticket. */
const MAX_VALUE_LENGTH = 300;

export function buildReport(facts: DelegationFacts, verdict: Verdict, ctx: DocumentContext, meta: ReportMeta): string {
  const { t } = ctx;
  const r = t.report;
  const owner = shortNameOf(verdict.parties.owner, t.people.owner);
  const lines: ReportLine[] = [
    r.title,
    r.version({ version: clean(meta.addinVersion) || "-" }),
    ...(meta.generatedAt ? [r.generated({ at: clean(meta.generatedAt) })] : []),
    "",
    r.outlook,
    `  ${r.host}: ${clean(facts.host.name) || "unknown"}`,
    `  ${r.hostVersion}: ${clean(facts.host.version) || "unknown"}`,
    `  ${r.platform}: ${clean(facts.host.platform) || "unknown"}`,
    ...(meta.displayLanguage ? [`  ${r.language}: ${clean(meta.displayLanguage)}`] : []),
    `  ${r.sets}: ${supportedSets(facts, t)}`,
    "",
    r.facts,
    `  ${r.user}: ${factLine(facts.user, personText, t)}`,
    `  ${r.organizer}: ${factLine(facts.organizer, personText, t)}`,
    `  ${r.shared}: ${factLine(facts.shared, (value) => sharedText(value, t), t)}`,
    "",
    ...(meta.answer ? [r.answer, `  ${clean(meta.answer)}`, ""] : []),
    r.conclusion,
    `  ${r.delegation}: ${verdict.delegation}`,
    `  ${clean(calendarOfWords(verdict.delegation, readableNameOf(verdict.owner, t.people.owner), t))}`,
    ...verdict.delegationEvidence.map((reason) => `  - ${clean(delegationWords(reason, t))}`),
    "",
    r.checks,
    ...checkLines(verdict.checks, owner, t, ctx.evidence),
    "",
    r.adding,
    `  ${verdict.insert.allowed ? r.allowed : r.blocked({ reason: clean(insertBlockedWords(verdict.insert, owner, t) ?? "-") })}`,
    ...insertWarningWords(verdict.insert, owner, t).map((w) => `  ${r.warning({ text: clean(w) })}`),
    "",
    r.service({ name: clean(ctx.serviceName) || ctx.service, kind: ctx.service }),
    ...(meta.sendCheck ? [r.sendCheck({ reach: clean(meta.sendCheck) })] : []),
    "",
    r.reported,
    ...reportedLines(ctx.reported, meta.pasted, t),
    "",
    t.adminPaste.report.heading,
    ...exchangeLines(ctx, meta.exchangeNotes ?? []),
    "",
    r.commands,
    ...adminCommandLines(verdict.checks, verdict.parties, meta.pasted?.remedies ?? [], t),
    "",
    ctx.helpdesk ? r.helpdesk({ contact: clean(ctx.helpdesk) }) : r.helpdeskNone,
    // Verbatim, lines and all: IT copies it into PowerShell as it is.
    ...(meta.exchangeCheck ? ["", t.adminPaste.report.check, { verbatim: meta.exchangeCheck }] : []),
  ];
  return `${lines.map((line) => (typeof line === "string" ? asComment(line) : line.verbatim)).join("\n")}\n`;
}

/** Prose as PowerShell comment lines ("# …"), one per line it holds; an empty line stays empty. */
export function asComment(text: string): string {
  return text
    .split(/\r\n|[\n\r\u0085\u2028\u2029]/)
    .map((line) => (line.trim() === "" ? "" : `# ${line}`))
    .join("\n");
}

function clean(value: string): string {
  return singleLine(value, MAX_VALUE_LENGTH);
}

/** Sets sorted by version number, so 1.10 comes after 1.9. */
function supportedSets(facts: DelegationFacts, t: Messages): string {
  const supported = Object.entries(facts.requirementSets)
    .filter(([, isSupported]) => isSupported)
    .map(([version]) => version)
    .sort(compareVersions);
  return supported.length > 0 ? supported.map(clean).join(", ") : t.report.none_reported;
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

function factLine<T>(fact: Fact<T>, show: (value: T) => string, t: Messages): string {
  const source = t.report.source({ source: clean(fact.source) });
  return fact.known
    ? `${show(fact.value)} (${source})`
    : `${t.report.unknownBecause({ reason: clean(fact.reason) || fact.why })} (${source})`;
}

function personText(person: Person): string {
  const name = clean(person.displayName);
  const address = clean(person.emailAddress);
  return name && name !== address ? `${name} <${address}>` : address || "(empty)";
}

function sharedText(shared: SharedProperties, t: Messages): string {
  const bits = shared.delegatePermissions;
  const permissions = isPermissionBits(bits)
    ? `${bits} = ${wordedRole(bits, t)}`
    : t.report.invalidBits({ value: String(bits).slice(0, 20) });
  return t.report.sharedValue({
    owner: clean(shared.owner),
    target: shared.targetMailbox ? clean(shared.targetMailbox) : "",
    bits: permissions,
  });
}

function wordedRole(bits: number, t: Messages): string {
  const { role, rights } = decodePermissions(bits);
  return roleWords(role, rights, t);
}

function checkLines(checks: readonly Check[], owner: string, t: Messages, evidence: OutsideEvidence | undefined): string[] {
  const outside = (reason: OutsideReason, name: string) => outsideSentence(reason, name, evidence);
  if (checks.length === 0) return [`  ${t.report.noChecks}`];
  return checks.flatMap((check) => [
    `  [${check.status}] ${clean(checkTitle(check, t))} (${check.id}${check.service ? `, ${check.service.kind}` : ""})`,
    `    ${clean(checkSummary(check, owner, t, outside))}`,
    ...checkEvidence(check, owner, t, outside).map((line) => `    - ${clean(line)}`),
  ]);
}

function reportedLines(reported: readonly ReportedError[], pasted: ReportMeta["pasted"], t: Messages): string[] {
  const lines = reported.map((error) => `  - ${clean(error.errorId)} (${error.layer}): "${clean(error.quote)}"`);
  if (pasted) lines.push(`  - ${clean(pasted.errorId)} (none): "${clean(pasted.quote)}"`);
  return lines.length > 0 ? lines : [`  ${t.report.none}`];
}

/** What Exchange said, as facts (conclusions verbatim), with when it ran and was pasted. */
function exchangeLines(ctx: DocumentContext, notes: readonly string[]): string[] {
  const x = ctx.t.adminPaste.report;
  const finding = ctx.evidence?.exchange;
  if (!finding) return [`  ${x.none}`];
  const c = finding.conclusions;
  return [
    `  ${x.when({ form: finding.form, ranAt: clean(finding.ranAt ?? "-"), pastedAt: clean(finding.pastedAt) })}`,
    `  ${x.conclusions}: calendarRole=${c.calendarRole}, delegateFlag=${c.delegateFlag}, sendOnBehalf=${c.sendOnBehalf}, ewsForTeams=${c.ewsForTeams}`,
    ...(finding.accessRights ? [`  AccessRights: ${clean(finding.accessRights.join(", "))}`] : []),
    ...(finding.sharingPermissionFlags ? [`  SharingPermissionFlags: ${clean(finding.sharingPermissionFlags.join(", "))}`] : []),
    ...(finding.remembered ? [`  ${x.remembered}`] : []),
    ...(finding.stale ? [`  ${x.stale}`] : []),
    ...notes.map((note) => `  ${x.notMatched}: ${clean(note)}`),
  ];
}

/** The commands an admin could run for unresolved checks and a pasted message, each once, with what it is for. */
function adminCommandLines(checks: readonly Check[], parties: Parties, pastedRemedies: readonly Remedy[], t: Messages): ReportLine[] {
  const unresolved = checks.filter((check) => check.status !== "granted" && check.status !== "not-needed");
  const seen = new Set<string>();
  const lines: ReportLine[] = [];
  for (const remedy of [...unresolved.flatMap((check) => remediesFor(check, parties, t)), ...pastedRemedies]) {
    for (const step of remedy.steps) {
      if (step.kind !== "command" || seen.has(step.text)) continue;
      seen.add(step.text);
      lines.push(`  ${clean(step.purpose)}`, { verbatim: `  ${step.text}` });
    }
  }
  return lines.length > 0 ? lines : [`  ${t.report.none}`];
}

/** The mail to IT: intro, the read-only check and the report, safe to paste whole into a shell like the report. */
export function mailToIt(parts: {
  readonly intro: string;
  readonly checkHeading: string;
  readonly check?: string;
  readonly report: string;
}): string {
  return [asComment(parts.intro), ...(parts.check ? [asComment(parts.checkHeading), parts.check] : []), parts.report].join("\n\n");
}
