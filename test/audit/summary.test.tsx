import { render, screen } from "@testing-library/react";
import { generateAudit } from "../../scripts/lib/auditFile";
import { enAudit } from "../../src/audit/i18n/en";
import { frAudit } from "../../src/audit/i18n/fr";
import { formatFor } from "../../src/audit/page/format";
import { Summary } from "../../src/audit/page/Summary";
import { readAuditText } from "../../src/audit/readFile";
import { decideRun } from "../../src/audit/rows";

async function summaryOf(options: Parameters<typeof generateAudit>[0]) {
  const reading = readAuditText(JSON.stringify(generateAudit(options).file));
  if (reading.kind !== "audit") throw new Error("not read");
  return (await decideRun(reading.run)).summary;
}

describe("the summary", () => {
  test("a finished run: the counts, no alert", async () => {
    render(
      <Summary summary={await summaryOf({ owners: 5, pairsPerOwner: 2, failedOwners: [1] })} text={enAudit} format={formatFor("en")} />,
    );
    expect(screen.getByText("Owners read").nextSibling?.textContent).toBe("4");
    expect(screen.getByText("Owners not read").nextSibling?.textContent).toBe("1");
    expect(screen.getByText("Owner–assistant pairs").nextSibling?.textContent).toBe("8");
    expect(screen.getByText("Script version").nextSibling?.textContent).toBe("1.0.0");
    expect(screen.queryByText(/Partial run/)).toBeNull();
  });

  test("a run that had not finished says 'Partial run'; unread organisation settings are named", async () => {
    render(
      <Summary
        summary={await summaryOf({ owners: 2, finished: false, organizationConfig: null })}
        text={enAudit}
        format={formatFor("en")}
      />,
    );
    expect(screen.getByText(/^Partial run:/)).toBeTruthy();
    expect(screen.getByText(/Get-OrganizationConfig/)).toBeTruthy();
  });

  test("French groups thousands with a narrow no-break space", async () => {
    expect(formatFor("fr").number(10000)).toBe("10\u202F000");
    render(<Summary summary={await summaryOf({ owners: 2 })} text={frAudit} format={formatFor("fr")} />);
    expect(screen.getByText("Propriétaires lus")).toBeTruthy();
  });
});
