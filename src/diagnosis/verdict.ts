/**
 * Facts + context in, verdict out. Pure and deterministic: no Office.js, no clock, no I/O.
 */
import { nameOf, nameWithAddress, sameAddress, shortNameOf } from "./address";
import { runChecks } from "./checks";
import { reasonText } from "./checks/input";
import { decodePermissions, isPermissionBits } from "./permissions";
import type { Parties } from "./remedies";
import { text } from "./text";
import type { Check, Delegation, DelegationFacts, DiagnosisContext, InsertDecision, Person, Verdict } from "./types";

interface DelegationFinding {
  readonly delegation: Delegation;
  readonly owner?: Person;
  readonly evidence: readonly string[];
}

export function diagnose(facts: DelegationFacts, ctx: DiagnosisContext): Verdict {
  const finding = findDelegation(facts);
  const delegate = facts.user.known ? facts.user.value : undefined;
  const parties: Parties = {
    ...(finding.owner ? { owner: finding.owner } : {}),
    ...(delegate ? { delegate } : {}),
    ...(ctx.helpdesk ? { helpdesk: ctx.helpdesk } : {}),
  };
  const checks = finding.delegation === "self" ? [] : runChecks({ facts, ctx, delegation: finding.delegation, parties });
  return {
    delegation: finding.delegation,
    ...(finding.owner ? { owner: finding.owner } : {}),
    ...(delegate ? { delegate } : {}),
    headline: headlineOf(finding, facts),
    delegationEvidence: finding.evidence,
    checks,
    insert: decideInsert(finding, checks, facts, ctx),
  };
}

/**
 * Whose calendar is this? The shared-folder owner is the strongest fact; the organizer stands in
 * only when shared properties are unavailable (Outlook fails that call for non-shared items, so a
 * failure plus "organizer is me" means my own calendar). A failure alone never means "self".
 */
function findDelegation(facts: DelegationFacts): DelegationFinding {
  const { user, organizer, shared } = facts;
  const evidence: string[] = [];
  evidence.push(
    user.known
      ? text.delegation.user(nameWithAddress(user.value, user.value.emailAddress))
      : text.delegation.userUnknown(reasonText(user.reason)),
  );

  const ownerAddress = shared.known && shared.value.owner.trim() ? shared.value.owner.trim() : undefined;
  if (ownerAddress) evidence.push(text.delegation.owner(nameOf({ displayName: ownerAddress, emailAddress: ownerAddress }, ownerAddress)));
  else if (!shared.known) evidence.push(text.delegation.sharedUnknown(reasonText(shared.reason)));
  evidence.push(
    organizer.known
      ? text.delegation.organizer(nameWithAddress(organizer.value, organizer.value.emailAddress))
      : text.delegation.organizerUnknown(reasonText(organizer.reason)),
  );

  const organizerPerson = organizer.known ? organizer.value : undefined;
  const owner: Person | undefined = ownerAddress ? ownerPerson(ownerAddress, organizerPerson) : organizerPerson;
  if (ownerAddress && organizerPerson && !sameAddress(ownerAddress, organizerPerson.emailAddress)) {
    evidence.push(text.delegation.organizerDisagrees);
  }

  if (!user.known)
    return { delegation: "unknown", ...(owner ? { owner } : {}), evidence: [...evidence, text.delegation.unknownBecauseUser] };
  const userAddress = user.value.emailAddress;

  if (ownerAddress) {
    return sameAddress(ownerAddress, userAddress)
      ? { delegation: "self", owner: user.value, evidence: [...evidence, text.delegation.selfByOwner] }
      : {
          delegation: "delegate",
          ...withOwner(owner),
          evidence: [...evidence, text.delegation.delegateByOwner(nameOf(owner, ownerAddress))],
        };
  }
  if (organizerPerson) {
    return sameAddress(organizerPerson.emailAddress, userAddress)
      ? { delegation: "self", owner: user.value, evidence: [...evidence, text.delegation.selfByOrganizer] }
      : {
          delegation: "delegate",
          owner: organizerPerson,
          evidence: [...evidence, text.delegation.delegateByOrganizer(nameOf(organizerPerson, organizerPerson.emailAddress))],
        };
  }
  return { delegation: "unknown", evidence: [...evidence, text.delegation.unknownBecauseOwner] };
}

/** Shared properties give only an address; borrow the organizer's display name when it is the same person. */
function ownerPerson(address: string, organizer: Person | undefined): Person {
  if (organizer && sameAddress(organizer.emailAddress, address) && organizer.displayName.trim()) {
    return { emailAddress: address, displayName: organizer.displayName };
  }
  return { emailAddress: address, displayName: address };
}

function withOwner(owner: Person | undefined): { owner?: Person } {
  return owner ? { owner } : {};
}

function headlineOf(finding: DelegationFinding, facts: DelegationFacts): string {
  switch (finding.delegation) {
    case "self":
      return text.headline.self;
    case "delegate":
      return text.headline.delegate(nameOf(finding.owner, "someone else"));
    case "unknown":
      return facts.user.known ? text.headline.unknownOwner : text.headline.unknownUser;
  }
}

/**
 * Only a proven gap blocks inserting the link: calendar edit access (the write would fail) or the
 * meeting service's right (the link would not work for the owner). Unknown checks and a missing
 * send-on-behalf (the link still works; the invitation is what fails) become warnings.
 */
function decideInsert(finding: DelegationFinding, checks: readonly Check[], facts: DelegationFacts, ctx: DiagnosisContext): InsertDecision {
  if (finding.delegation === "self") {
    const reportedDelegateError = ctx.reported.some((e) => e.layer !== "none");
    return { allowed: true, warnings: reportedDelegateError ? [text.delegation.openedMailboxHint] : [] };
  }
  const owner = shortNameOf(finding.owner, "the owner");
  const blockers: string[] = [];
  const warnings: string[] = finding.delegation === "unknown" ? [text.insert.warnDelegationUnknown] : [];

  for (const check of checks) {
    if (check.status === "missing") {
      if (check.id === "calendar-editor") blockers.push(calendarBlocker(facts, ctx, owner));
      else if (check.id === "send-on-behalf") warnings.push(text.insert.warnSendOnBehalfMissing(owner));
      // A refusal by a service this meeting doesn't use (Outlook's Teams button) doesn't stop our link.
      else if ((check.service?.kind ?? ctx.service) === ctx.service) blockers.push(text.insert.serviceMissing(ctx.serviceName, owner));
    } else if (check.status === "partial") {
      warnings.push(text.insert.warnPartial(owner));
    } else if (check.status === "unknown" && finding.delegation === "delegate") {
      // With unknown delegation a single warning already says the checks could not run.
      warnings.push(unknownWarning(check, owner, ctx.serviceName));
    }
  }
  return blockers.length > 0 ? { allowed: false, reason: text.insert.blocked(blockers), warnings } : { allowed: true, warnings };
}

/** Names the gap as precisely as the facts allow: what the user saw, else what the bits say. */
function calendarBlocker(facts: DelegationFacts, ctx: DiagnosisContext, owner: string): string {
  if (ctx.reported.some((e) => e.layer === "calendar-editor")) return text.insert.reportedCalendar(owner);
  const bits = facts.shared.known ? facts.shared.value.delegatePermissions : undefined;
  if (bits === undefined || !isPermissionBits(bits)) return text.insert.cannotCreate(owner);
  const decoded = decodePermissions(bits);
  if (decoded.canCreate) return text.insert.cannotCreate(owner);
  return decoded.canRead ? text.insert.readOnly(owner) : text.insert.noAccess(owner);
}

function unknownWarning(check: Check, owner: string, serviceName: string): string {
  switch (check.id) {
    case "calendar-editor":
      return text.insert.warnCalendarUnknown(owner);
    case "send-on-behalf":
      return text.insert.warnSendOnBehalfUnknown(owner);
    case "online-meeting-delegate":
      return text.insert.warnServiceUnknown(serviceName, owner);
  }
}
