import fc from "fast-check";
import { MAX_ADMIN_PASTE, readAdminPaste } from "../../../src/diagnosis/evidence/adminPaste";
import { BLOCK_BEGIN, BLOCK_END } from "../../../src/diagnosis/evidence/blockFormat";
import type { AdminPasteReading } from "../../../src/diagnosis/evidence/exchange";
import { concludeExchange } from "../../../src/diagnosis/evidence/exchangeConclusions";
import { NEAR_MISSES, RECOGNISED } from "../errors/cases";
import { blockObject, blockText, ISSUED, PAIR } from "./fixtures";

/**
 * Whatever the paste, the reader answers one of the five kinds, and a "granted" fact can only come
 * from text that names the delegate: matching needs the address, the alias or the display name.
 */
function checkSane(text: string, reading: AdminPasteReading): void {
  expect(["not-admin-output", "too-long", "incomplete", "other-pair", "unattributed", "unrequested", "future-dated", "evidence"]).toContain(
    reading.kind,
  );
  if (reading.kind !== "evidence") return;
  const conclusions = concludeExchange(reading.evidence);
  const lower = text.toLowerCase();
  const namesDelegate = lower.includes("megan");
  // A mailbox's part counts only when the paste names whose mailbox it is.
  const namesOwner = lower.includes("alex");
  if (conclusions.sendOnBehalf === "granted" || conclusions.calendarRole !== "unknown") {
    expect(namesDelegate || conclusions.calendarRole === "none").toBe(true);
    expect(namesOwner).toBe(true);
  }
  if (conclusions.ewsForTeams === "allowed") expect(lower.includes("ewsenabled")).toBe(true);
}

describe("pasted text the error decoder must keep", () => {
  const errors = [...Object.values(RECOGNISED).flat(), ...NEAR_MISSES];
  it.each(errors.map((v) => [v.name, v.text]))("%s is not admin output", (_name, text) => {
    expect(readAdminPaste(text, PAIR, ISSUED)).toEqual({ kind: "not-admin-output" });
  });
});

describe("untrusted text: never slow, never a wrong 'granted'", () => {
  // A parser that backtracks or goes quadratic would not finish within jest's timeout; the speed
  // itself is not timed in a test.
  it("reads 1 MB of random text, in pastes up to the limit", () => {
    let total = 0;
    fc.assert(
      fc.property(fc.string({ unit: "binary", minLength: MAX_ADMIN_PASTE - 1000, maxLength: MAX_ADMIN_PASTE }), (text) => {
        total += text.length;
        checkSane(text, readAdminPaste(text, PAIR, ISSUED));
      }),
      { numRuns: 6 },
    );
    expect(total).toBeGreaterThanOrEqual(1_000_000);
  }, 120_000);

  it("answers a paste over the limit without reading it", () => {
    expect(readAdminPaste("x".repeat(1_000_000), PAIR, ISSUED)).toEqual({ kind: "too-long", limit: MAX_ADMIN_PASTE });
  });

  /** Lines that look like what the readers look for, with random values: the worst case for a parser. */
  const fragment = fc.oneof(
    fc.constantFrom(
      BLOCK_BEGIN,
      BLOCK_END,
      "FolderName           User                 AccessRights                       SharingPermissionFlags",
      "----------           ----                 ------------                       ----------------------",
      "PS C:\\> Get-MailboxFolderPermission alex.wilber@contoso.com:\\Calendar",
      "PS C:\\> Get-Mailbox alex.wilber@contoso.com | fl",
      "PS C:\\> Get-CASMailbox alex.wilber@contoso.com | fl Ews*",
      "PS C:\\> Get-OrganizationConfig | fl Ews*",
      "",
      "> > ",
      "{",
      "}",
      '{"Version":1,"RanAtUtc":"2026-12-03T09:15:02Z"',
    ),
    fc
      .tuple(
        fc.constantFrom(
          "GrantSendOnBehalfTo",
          "AccessRights",
          "User",
          "SharingPermissionFlags",
          "EwsEnabled",
          "EwsAllowList",
          "EwsApplicationAccessPolicy",
          "Identity",
          "FolderName",
        ),
        fc.string({ maxLength: 40 }),
      )
      .map(([key, value]) => `${key} : ${value}`),
    fc.string({ maxLength: 80 }),
  );

  it("reads near-miss admin output (random lines in the shapes it looks for) sanely", () => {
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 400 }), (lines) => {
        const text = lines.join("\n");
        checkSane(text, readAdminPaste(text, PAIR, ISSUED));
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it("a block cut anywhere, or with a marker changed, is never evidence", () => {
    const full = blockText(blockObject());
    fc.assert(
      fc.property(fc.integer({ min: 0, max: full.length - BLOCK_END.length - 1 }), (cut) => {
        expect(readAdminPaste(full.slice(0, cut), PAIR, ISSUED).kind).not.toBe("evidence");
      }),
      { numRuns: 300 },
    );
    for (const broken of [
      full.replace(BLOCK_END, "-----END SCHEDULE-ON-BEHALF CHEK v1-----"),
      full.replace(BLOCK_BEGIN, "-----BEGIN SCHEDULE-ON-BEHALF"),
    ]) {
      expect(readAdminPaste(broken, PAIR, ISSUED).kind).not.toBe("evidence");
    }
  });

  it("a block with one character removed is incomplete or still about the same pair, never granted by accident", () => {
    const json = JSON.stringify(blockObject({ OwnerMailbox: { ...(blockObject().OwnerMailbox as object), GrantSendOnBehalfTo: [] } }));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: json.length - 1 }), (at) => {
        const text = [BLOCK_BEGIN, json.slice(0, at) + json.slice(at + 1), BLOCK_END].join("\n");
        const reading = readAdminPaste(text, PAIR, ISSUED);
        if (reading.kind === "evidence") expect(concludeExchange(reading.evidence).sendOnBehalf).not.toBe("granted");
      }),
      { numRuns: 400 },
    );
  });

  it("many block markers in a long paste are read to the end", () => {
    const text = `${BLOCK_BEGIN}\n{"a":\n`.repeat(8000);
    expect(readAdminPaste(text.slice(0, MAX_ADMIN_PASTE), PAIR, ISSUED).kind).toBe("incomplete");
  }, 60_000);

  it("many command lines and records are read to the end", () => {
    const text = "PS> Get-Mailbox alex.wilber@contoso.com | fl\nGrantSendOnBehalfTo : {Adele Vance}\n"
      .repeat(2000)
      .slice(0, MAX_ADMIN_PASTE);
    checkSane(text, readAdminPaste(text, PAIR, ISSUED));
  }, 60_000);
});
