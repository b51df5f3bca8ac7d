/**
 * Office.MailboxEnums.DelegatePermissions, decoded into what a person can do with the calendar.
 * The bits are folder rights only: they say nothing about send-on-behalf or any meeting service.
 */

export const PermissionBit = {
  Read: 1,
  Write: 2,
  DeleteOwn: 4,
  DeleteAll: 8,
  EditOwn: 16,
  EditAll: 32,
} as const;

export type PermissionName = keyof typeof PermissionBit;

/** Exchange folder roles as they appear in the bitmask; anything else is "custom". */
export type RoleName = "Editor" | "Author" | "Nonediting Author" | "Reviewer" | "Contributor" | "None" | "custom";

export interface DecodedPermissions {
  readonly bits: number;
  readonly role: RoleName;
  /** The granted rights, in bit order. */
  readonly rights: readonly PermissionName[];
  /** Plain words for people: "read only", "custom: read items, create items". */
  readonly description: string;
  readonly canRead: boolean;
  readonly canCreate: boolean;
  readonly canEditOthers: boolean;
  readonly canDeleteOthers: boolean;
}

const ALL_BITS = 63;

/** The role masks Exchange writes for each role (MS-OXODLGT 3.1.4.3.2 and Office.js docs). */
const ROLES: ReadonlyArray<{ readonly role: Exclude<RoleName, "custom">; readonly bits: number; readonly description: string }> = [
  { role: "Editor", bits: 63, description: "read, create, edit and delete all items" },
  { role: "Author", bits: 23, description: "read and create items, edit and delete only their own" },
  // Exchange's NonEditingAuthor: create and delete own, but not even edit what they created.
  { role: "Nonediting Author", bits: 7, description: "read and create items, delete only their own, edit none" },
  { role: "Reviewer", bits: 1, description: "read only" },
  { role: "Contributor", bits: 2, description: "create items only, cannot read the calendar" },
  { role: "None", bits: 0, description: "no access to items" },
];

const RIGHT_WORDS: Readonly<Record<PermissionName, string>> = {
  Read: "read items",
  Write: "create items",
  DeleteOwn: "delete own items",
  DeleteAll: "delete all items",
  EditOwn: "edit own items",
  EditAll: "edit all items",
};

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
    description: known?.description ?? `custom: ${rights.map((r) => RIGHT_WORDS[r]).join(", ")}`,
    canRead: has("Read"),
    canCreate: has("Write"),
    canEditOthers: has("EditAll"),
    canDeleteOthers: has("DeleteAll"),
  };
}

/** "Reviewer: read only", "custom: read items, create items" — for evidence and reports. */
export function describePermissions(decoded: DecodedPermissions): string {
  return decoded.role === "custom" ? decoded.description : `${decoded.role}: ${decoded.description}`;
}
