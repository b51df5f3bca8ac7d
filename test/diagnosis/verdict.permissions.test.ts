/**
 * Every DelegatePermissions value Outlook can return (0–63) on every desktop and web host: the
 * calendar-editor status and the role the user is told they have.
 */
import { remediesFor } from "../../src/diagnosis/remedies";
import { diagnose } from "../../src/diagnosis/verdict";
import type { CheckStatus, HostInfo } from "../../src/diagnosis/types";
import { context, delegateFacts, HOSTS, sharedBits, shownCheck, t } from "./fixtures";

const ROLE_OF: Readonly<Record<number, string>> = {
  63: "Editor",
  23: "Author",
  7: "Nonediting Author",
  1: "Reviewer",
  2: "Contributor",
  0: "None",
};

/** Written independently of the engine, from the rules in the brief and the facts file. */
function expectedStatus(bits: number, host: HostInfo): CheckStatus {
  if (bits === 0 && host.platform === "Mac") return "unknown";
  const has = (bit: number) => (bits & bit) !== 0;
  if (!has(2)) return "missing";
  if (has(1) && has(8) && has(32)) return "granted";
  return "partial";
}

const rows = Object.entries(HOSTS).flatMap(([hostLabel, host]) =>
  Array.from({ length: 64 }, (_, bits) => ({ hostLabel, host, bits, status: expectedStatus(bits, host), role: ROLE_OF[bits] ?? "custom" })),
);

describe.each(rows)("$bits on $hostLabel", ({ host, bits, status, role }) => {
  const verdict = diagnose(delegateFacts({ host, shared: sharedBits(bits) }), context());
  const check = verdict.checks.find((c) => c.id === "calendar-editor");

  it(`is ${status} and shows the role ${role}`, () => {
    expect(verdict.delegation).toBe("delegate");
    expect(check?.status).toBe(status);
    if (status === "unknown") {
      expect(check?.summary).toEqual([{ kind: "calendar-mac-zero" }]);
      expect(check?.evidence).toEqual([{ kind: "mac-zero-bits" }]);
    } else {
      expect(check?.evidence[0]).toMatchObject({ kind: "role", role });
    }
    // The first screen's sentence never shows numbers or API names, whatever the value.
    expect(shownCheck(verdict, "calendar-editor").summary).not.toMatch(/\d|Mailbox|Async|issue #/);
    expect(verdict.insert.allowed).toBe(status !== "missing");
    expect(check && remediesFor(check, verdict.parties, t).length === 0).toBe(status === "granted");
  });
});

describe("what people read for the common roles", () => {
  it.each([
    [1, "Outlook reports your access to Alex's calendar as Reviewer (read only).", "You can only read Alex's calendar."],
    [0, "Outlook reports your access to Alex's calendar as None (no access to items).", "You have no access to items in Alex's calendar."],
    [
      63,
      "Outlook reports your access to Alex's calendar as Editor (read, create, edit and delete all items).",
      "You can create and change meetings in Alex's calendar.",
    ],
  ])("bits %i", (bits, sentence, summary) => {
    const verdict = diagnose(delegateFacts({ shared: sharedBits(bits) }), context());
    expect(shownCheck(verdict, "calendar-editor")).toMatchObject({ evidence: [sentence], summary });
  });

  it("tells an Author they can create new meetings but not change others'", () => {
    const check = diagnose(delegateFacts({ shared: sharedBits(23) }), context()).checks[0];
    expect(check?.status).toBe("partial");
    expect(check?.evidence).toContainEqual({ kind: "not-edit-others" });
  });

  it("does not excuse 0 on Windows as the Mac bug", () => {
    const check = diagnose(delegateFacts({ shared: sharedBits(0) }), context()).checks[0];
    expect(check?.status).toBe("missing");
    expect(check?.evidence.map((reason) => reason.kind)).not.toContain("mac-zero-bits");
  });
});
