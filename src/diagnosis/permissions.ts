/**
 * Office.MailboxEnums.DelegatePermissions, decoded into what a person can do with the calendar.
 * The bits are folder rights only: they say nothing about send-on-behalf or any meeting service.
 */
import type { PermissionName, RoleName } from "../kernel/reasons";

// The names are shared vocabulary (reasons carry them, the catalogue words them).
export type { PermissionName, RoleName } from "../kernel/reasons";

export const PermissionBit = {
  Read: 1,
  Write: 2,
  DeleteOwn: 4,
  DeleteAll: 8,
  EditOwn: 16,
  EditAll: 32,
} as const satisfies Readonly<Record<PermissionName, number>>;

export interface DecodedPermissions {
  readonly bits: number;
  readonly role: RoleName;
  /** The granted rights, in bit order. */
  readonly rights: readonly PermissionName[];
  readonly canRead: boolean;
  readonly canCreate: boolean;
  readonly canEditOthers: boolean;
  readonly canDeleteOthers: boolean;
}

const ALL_BITS = 63;

/**
 * What each Exchange folder role looks like in this bitmask. Derived, not quoted: the rights each
 * role has in the Add-MailboxFolderPermission role definitions, mapped onto Office.js's
 * DelegatePermissions bits (Read 1, Write 2, DeleteOwn 4, DeleteAll 8, EditOwn 16, EditAll 32).
 * MS-OXODLGT's PidTagMemberRights values (Reviewer 0x1, Author 0x1B, Editor 0x7B) use another bit
 * layout and must not be compared with these numbers.
 */
const ROLES: ReadonlyArray<{ readonly role: Exclude<RoleName, "custom">; readonly bits: number }> = [
  { role: "Editor", bits: 63 },
  { role: "Author", bits: 23 },
  // Exchange's NonEditingAuthor: create and delete own, but not even edit what they created.
  { role: "Nonediting Author", bits: 7 },
  { role: "Reviewer", bits: 1 },
  { role: "Contributor", bits: 2 },
  { role: "None", bits: 0 },
];

/** True for the integers 0–63 Office.js can return; anything else is not a permission value. */
export function isPermissionBits(bits: number): boolean {
  return Number.isInteger(bits) && bits >= 0 && bits <= ALL_BITS;
}

/** Decodes a bitmask; the caller checks isPermissionBits first (other values decode as their low 6 bits). */
export function decodePermissions(bits: number): DecodedPermissions {
  const value = isPermissionBits(bits) ? bits : Math.trunc(Math.abs(bits)) & ALL_BITS;
  const has = (name: PermissionName): boolean => (value & PermissionBit[name]) !== 0;
  const rights = (Object.keys(PermissionBit) as PermissionName[]).filter(has);
  const known = ROLES.find((r) => r.bits === value);
  return {
    bits: value,
    role: known?.role ?? "custom",
    rights,
    canRead: has("Read"),
    canCreate: has("Write"),
    canEditOthers: has("EditAll"),
    canDeleteOthers: has("DeleteAll"),
  };
}
