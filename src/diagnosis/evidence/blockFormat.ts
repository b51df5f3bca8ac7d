/**
 * The JSON line the read-only Exchange block prints, shared by the generator (exchangeBlock.ts) and
 * the reader (adminBlockReader.ts). Property names are PowerShell's own, so an admin reading the line
 * recognises them. A part a cmdlet could not give is null: the reader turns that into "not seen".
 */

export const BLOCK_VERSION = 1;
export const BLOCK_BEGIN_PREFIX = "-----BEGIN SCHEDULE-ON-BEHALF CHECK";
export const BLOCK_END_PREFIX = "-----END SCHEDULE-ON-BEHALF CHECK";
export const BLOCK_BEGIN = `${BLOCK_BEGIN_PREFIX} v${BLOCK_VERSION}-----`;
export const BLOCK_END = `${BLOCK_END_PREFIX} v${BLOCK_VERSION}-----`;

/** Top-level keys every version-1 line has (values may be null). */
export const BLOCK_KEYS = [
  "Version",
  "RanAtUtc",
  "Owner",
  "Delegate",
  "OwnerMailbox",
  "DelegateRecipient",
  "CalendarFolder",
  "CalendarPermission",
  "CasMailbox",
  "OrganizationConfig",
] as const;

export interface BlockEwsSettings {
  readonly EwsEnabled: boolean | null;
  readonly EwsApplicationAccessPolicy: string | null;
  readonly EwsAllowList: readonly string[] | null;
  readonly EwsBlockList: readonly string[] | null;
}
