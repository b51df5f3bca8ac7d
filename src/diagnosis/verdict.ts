/**
 * Facts + context in, verdict out. Pure and deterministic: no Office.js, no clock, no I/O. The verdict
 * holds reasons, not sentences: src/i18n/checkWords.ts (and src/documents/delegationWords.ts for the report) word
 * them in the reader's language.
 */
import { sameAddress } from "./address";
import { runChecks } from "./checks";
import { decodePermissions, isPermissionBits } from "./permissions";
import type {
  Check,
  Delegation,
  DelegationFacts,
  DelegationReason,
  DiagnosisContext,
  InsertBlocker,
  InsertDecision,
  InsertWarning,
  Parties,
  Person,
  Verdict,
} from "./types";

interface DelegationFinding {
  readonly delegation: Delegation;
  readonly owner?: Person;
  readonly evidence: readonly DelegationReason[];
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
    parties,
    delegationEvidence: finding.evidence,
    checks,
    insert: decideInsert(finding, checks, facts, ctx),
    ...(!facts.shared.known && facts.shared.why === "absent" ? { clientTooOld: true } : {}),
  };
}

/** Who the meeting is for, when Outlook says: the calendar's owner, else the signed-in user's own. */
export function meetingOwner(facts: DelegationFacts): Person | undefined {
  const verdict = findDelegation(facts);
  return verdict.owner ?? (facts.user.known ? facts.user.value : undefined);
}

/**
 * Whose calendar is this? The shared-folder owner is the strongest fact; the organizer stands in
 * only when shared properties are unavailable (Outlook fails that call for non-shared items, so a
 * failure plus "organizer is me" means my own calendar). A failure alone never means "self".
 */
function findDelegation(facts: DelegationFacts): DelegationFinding {
  const { user, organizer, shared } = facts;
  const evidence: DelegationReason[] = [];
  evidence.push(user.known ? { kind: "user", who: user.value } : { kind: "user-unknown", why: user.why });

  const ownerAddress = shared.known && shared.value.owner.trim() ? shared.value.owner.trim() : undefined;
  if (ownerAddress) evidence.push({ kind: "owner", address: ownerAddress });
  else if (!shared.known) evidence.push({ kind: "shared-unknown", why: shared.why });
  evidence.push(organizer.known ? { kind: "organizer", who: organizer.value } : { kind: "organizer-unknown", why: organizer.why });

  const organizerPerson = organizer.known ? organizer.value : undefined;
  const owner: Person | undefined = ownerAddress ? ownerPerson(ownerAddress, organizerPerson) : organizerPerson;
  if (ownerAddress && organizerPerson && !sameAddress(ownerAddress, organizerPerson.emailAddress)) {
    evidence.push({ kind: "organizer-disagrees" });
  }

  if (!user.known) return { delegation: "unknown", ...(owner ? { owner } : {}), evidence: [...evidence, { kind: "unknown-because-user" }] };
  const userAddress = user.value.emailAddress;

  if (ownerAddress) {
    return sameAddress(ownerAddress, userAddress)
      ? { delegation: "self", owner: user.value, evidence: [...evidence, { kind: "self-by-owner" }] }
      : {
          delegation: "delegate",
          ...(owner ? { owner } : {}),
          evidence: [...evidence, { kind: "delegate-by-owner", owner, address: ownerAddress }],
        };
  }
  if (organizerPerson) {
    return sameAddress(organizerPerson.emailAddress, userAddress)
      ? { delegation: "self", owner: user.value, evidence: [...evidence, { kind: "self-by-organizer" }] }
      : {
          delegation: "delegate",
          owner: organizerPerson,
          evidence: [...evidence, { kind: "delegate-by-organizer", owner: organizerPerson }],
        };
  }
  return { delegation: "unknown", evidence: [...evidence, { kind: "unknown-because-owner" }] };
}

/** Shared properties give only an address; borrow the organizer's display name when it is the same person. */
function ownerPerson(address: string, organizer: Person | undefined): Person {
  if (organizer && sameAddress(organizer.emailAddress, address) && organizer.displayName.trim()) {
    return { emailAddress: address, displayName: organizer.displayName };
  }
  return { emailAddress: address, displayName: address };
}

/**
 * Only a proven gap blocks inserting the link: calendar edit access (the write would fail) or the
 * meeting service's right (the link would not work for the owner). Unknown checks and a missing
 * send-on-behalf (the link still works; the invitation is what fails) become warnings.
 */
function decideInsert(finding: DelegationFinding, checks: readonly Check[], facts: DelegationFacts, ctx: DiagnosisContext): InsertDecision {
  if (finding.delegation === "self") return { allowed: true, blockers: [], warnings: [] };
  const blockers: InsertBlocker[] = [];
  const warnings: InsertWarning[] = finding.delegation === "unknown" ? [{ kind: "whose-unknown" }] : [];

  for (const check of checks) {
    if (check.status === "missing") {
      if (check.id === "calendar-editor") blockers.push(calendarBlocker(facts, ctx));
      else if (check.id === "send-on-behalf") warnings.push({ kind: "sending-missing" });
      // A refusal by a service this meeting doesn't use (Outlook's Teams button) doesn't stop our link.
      else if ((check.service?.kind ?? ctx.service) === ctx.service) blockers.push({ kind: "service-missing", service: ctx.serviceName });
    } else if (check.status === "partial") {
      warnings.push({ kind: "partial" });
    } else if (check.status === "unknown" && finding.delegation === "delegate") {
      // With unknown delegation a single warning already says the checks could not run.
      warnings.push(unknownWarning(check, ctx));
    }
  }
  return { allowed: blockers.length === 0, blockers, warnings };
}

/** Names the gap as precisely as the facts allow: what the user saw, else what the bits say. */
function calendarBlocker(facts: DelegationFacts, ctx: DiagnosisContext): InsertBlocker {
  if (ctx.reported.some((e) => e.layer === "calendar-editor")) return { kind: "reported-calendar" };
  const bits = facts.shared.known ? facts.shared.value.delegatePermissions : undefined;
  if (bits === undefined || !isPermissionBits(bits)) return { kind: "cannot-create" };
  const decoded = decodePermissions(bits);
  if (decoded.canCreate) return { kind: "cannot-create" };
  return decoded.canRead ? { kind: "read-only" } : { kind: "no-access" };
}

function unknownWarning(check: Check, ctx: DiagnosisContext): InsertWarning {
  switch (check.id) {
    case "calendar-editor":
      return { kind: "calendar-unknown" };
    case "send-on-behalf":
      return { kind: "sending-unknown" };
    case "online-meeting-delegate":
      return { kind: "service-unknown", service: ctx.serviceName };
  }
}
