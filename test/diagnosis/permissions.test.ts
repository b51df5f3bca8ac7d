import { en } from "../../src/i18n/en";
import { decodePermissions, isPermissionBits } from "../../src/diagnosis/permissions";
import { roleWords } from "../../src/i18n/evidenceWords";

describe("decodePermissions", () => {
  it.each([
    [63, "Editor", "Editor (read, create, edit and delete all items)"],
    [23, "Author", "Author (read and create items, edit and delete only their own)"],
    [7, "Nonediting Author", "Nonediting Author (read and create items, delete only their own)"],
    [1, "Reviewer", "Reviewer (read only)"],
    [2, "Contributor", "Contributor (create items only, cannot read the calendar)"],
    [0, "None", "None (no access to items)"],
    [3, "custom", "a custom level: read items and create items"],
    [35, "custom", "a custom level: read items, create items, and edit all items"],
  ])("names %i as %s", (bits, role, description) => {
    const decoded = decodePermissions(bits);
    expect(decoded.role).toBe(role);
    expect(roleWords(decoded.role, decoded.rights, en)).toBe(description);
  });

  it("names every custom value by its rights in plain words, never by number", () => {
    for (let bits = 0; bits <= 63; bits++) {
      const decoded = decodePermissions(bits);
      if (decoded.role !== "custom") continue;
      const description = roleWords(decoded.role, decoded.rights, en);
      expect(description).toMatch(/^a custom level: /);
      expect(description).not.toMatch(/\d/);
      expect(decoded.rights.length).toBeGreaterThan(0);
    }
  });

  it("reads the capabilities from the individual bits", () => {
    expect(decodePermissions(23)).toMatchObject({ canRead: true, canCreate: true, canEditOthers: false, canDeleteOthers: false });
    expect(decodePermissions(63)).toMatchObject({ canRead: true, canCreate: true, canEditOthers: true, canDeleteOthers: true });
  });

  it.each([-1, 64, 1.5, Number.NaN])("rejects %p as a permission value", (bits) => {
    expect(isPermissionBits(bits)).toBe(false);
  });
});
