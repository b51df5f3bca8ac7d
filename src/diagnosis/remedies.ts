// CONTRACT STUB written by the lead; the diagnosis engineer replaces the bodies.
import type { Person, Remedy, ServiceKind } from "./types";

/** Who is involved, as far as we know them; missing addresses become readable placeholders. */
export interface Parties {
  readonly owner?: Person;
  readonly delegate?: Person;
  readonly helpdesk?: string;
}

/** Owner's clicks per client and admin commands to give the delegate Editor (with the Delegate flag). */
export function calendarEditorRemedies(parties: Parties): Remedy[] {
  void parties;
  throw new Error("not implemented yet");
}

/** How to grant and how to confirm GrantSendOnBehalfTo. */
export function sendOnBehalfRemedies(parties: Parties): Remedy[] {
  void parties;
  throw new Error("not implemented yet");
}

/** The meeting service's own delegate right (Teams, Skype/Lync incl. EnableExchangeDelegateSync, Zoom, Webex). */
export function onlineMeetingRemedies(service: ServiceKind, parties: Parties): Remedy[] {
  void service;
  void parties;
  throw new Error("not implemented yet");
}

/** An address made safe to paste into PowerShell inside single quotes, or a placeholder when it is not a plausible address. */
export function psAddress(address: string | undefined, placeholder: string): string {
  void address;
  return placeholder;
}
