import { generateAudit } from "../../scripts/lib/auditFile";
import { MAX_FILE_BYTES } from "../../src/audit/format";
import { readAuditText, sizeProblem } from "../../src/audit/readFile";

const good = () => JSON.stringify(generateAudit({ owners: 3, pairsPerOwner: 2, failedOwners: [1] }).file, null, 2);

describe("the audit file", () => {
  test("a whole file is read, with the run's facts", () => {
    const reading = readAuditText(good());
    expect(reading.kind).toBe("audit");
    if (reading.kind !== "audit") return;
    expect(reading.run).toMatchObject({ scriptVersion: "1.0.0", scope: "csv", finishedAt: "2026-12-07T17:00:08.0000000Z" });
    expect(reading.run.owners.map((o) => o.owner)).toEqual(["owner00000@contoso.com", "owner00001@contoso.com", "owner00002@contoso.com"]);
    expect(reading.run.owners[1]?.error).toEqual({ cmdlet: "Get-Mailbox", message: expect.stringContaining("couldn't be found") });
  });

  test("a byte order mark and unknown keys change nothing", () => {
    const file = { ...generateAudit({ owners: 1, pairsPerOwner: 1 }).file, Future: { anything: [1, 2] } };
    const reading = readAuditText(`\uFEFF${JSON.stringify(file)}`);
    expect(reading.kind).toBe("audit");
  });

  test("a run that has not finished says so (finishedAt null)", () => {
    const reading = readAuditText(JSON.stringify(generateAudit({ owners: 1, finished: false }).file));
    expect(reading.kind === "audit" && reading.run.finishedAt).toBeNull();
  });

  test.each<[string, string, string]>([
    ["empty", "", "empty"],
    ["whitespace", "  \n ", "empty"],
    ["not JSON", "Owner,Delegate\nceo@contoso.com,megan@contoso.com", "not-json"],
    ["HTML", "<html><body>hello</body></html>", "not-json"],
    ["JSON, not ours", JSON.stringify({ value: [1, 2, 3] }), "not-audit"],
    ["a JSON array", "[1,2,3]", "not-audit"],
    ["ours without owners", JSON.stringify({ Format: "schedule-on-behalf-audit", Version: 1 }), "not-audit"],
    ["another version", JSON.stringify({ Format: "schedule-on-behalf-audit", Version: 2, Owners: [] }), "wrong-version"],
  ])("%s → %s", (_what, text, kind) => {
    const reading = readAuditText(text);
    expect(reading.kind === "problem" && reading.problem.kind).toBe(kind);
  });

  test("a file cut off before its end is 'truncated'", () => {
    const text = good();
    for (const cut of [0.2, 0.5, 0.99]) {
      const reading = readAuditText(text.slice(0, Math.floor(text.length * cut)));
      expect(reading.kind === "problem" && reading.problem.kind).toBe("truncated");
    }
  });

  test("a journal (one line or many) is an unfinished run", () => {
    const head = JSON.stringify({ Format: "schedule-on-behalf-audit-journal", Version: 1, ScriptVersion: "1.0.0", Scope: "csv" });
    const owner = JSON.stringify({ Owner: "ceo@contoso.com", Error: null, Pairs: [] });
    for (const text of [head, `${head}\n`, `${head}\n${owner}\n${owner}\n`]) {
      const reading = readAuditText(text);
      expect(reading.kind === "problem" && reading.problem.kind).toBe("journal");
    }
  });

  test("a file over the limit is refused before it is read", () => {
    expect(sizeProblem(100 * 1024 * 1024)).toEqual({ kind: "too-large", limit: MAX_FILE_BYTES });
    expect(sizeProblem(10 * 1024 * 1024)).toBeUndefined();
  });

  test("damaged owner entries are counted, not shown as owners", () => {
    const file = {
      Format: "schedule-on-behalf-audit",
      Version: 1,
      Owners: [null, 3, { Owner: "" }, { Owner: "ceo@contoso.com", Pairs: "x" }],
    };
    const reading = readAuditText(JSON.stringify(file));
    if (reading.kind !== "audit") throw new Error("not read");
    expect(reading.run.unreadableOwners).toBe(3);
    expect(reading.run.owners).toEqual([{ owner: "ceo@contoso.com", pairs: [] }]);
    expect(reading.run.organizationConfig).toBeNull();
  });
});
