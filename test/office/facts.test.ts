import type { Scenario } from "../../dev/simulated-office/api";
import { readFacts } from "../../src/office/facts";
import type { OfficeLike } from "../../src/office/officeShape";
import { installSimOutlook, type SimOptions } from "../support/simulatedOutlook";

/** Outlook as these tests need it: Megan signed in, Alex organizer, classic Outlook on Windows (Mailbox 1.13). */
async function outlook(scenario: Partial<Scenario> = {}, faults: SimOptions["faults"] = {}): Promise<OfficeLike> {
  const sim = await installSimOutlook({
    scenario: {
      user: { emailAddress: "megan@contoso.com", displayName: "Megan", timeZone: "UTC", accountType: "enterprise" },
      organizer: { emailAddress: "alex@contoso.com", displayName: "Alex" },
      shared: undefined,
      host: { hostName: "Outlook", hostVersion: "16.0.17928.20000", platform: "PC" },
      maxMailboxVersion: "1.13",
      ...scenario,
    },
    faults,
  });
  return sim.office;
}

/** A value Outlook should never send, where a test needs one. */
const hostile = <T>(value: unknown): T => value as T;

const editor = {
  owner: "alex@contoso.com",
  targetMailbox: "alex@contoso.com",
  delegatePermissions: 63,
  targetRestUrl: "https://outlook.office.com/api",
};

describe("readFacts", () => {
  test("reads user, organizer, shared properties, host and requirement sets", async () => {
    const facts = await readFacts(await outlook({ shared: editor, unsupportedMailboxSets: ["1.9"] }));
    expect(facts.user).toMatchObject({ known: true, value: { emailAddress: "megan@contoso.com", displayName: "Megan" } });
    expect(facts.organizer).toMatchObject({ known: true, value: { emailAddress: "alex@contoso.com" } });
    expect(facts.shared).toMatchObject({ known: true, value: { owner: "alex@contoso.com", delegatePermissions: 63 } });
    expect(JSON.stringify(facts.shared)).not.toContain("targetRestUrl");
    expect(facts.host).toEqual({ name: "Outlook", version: "16.0.17928.20000", platform: "PC" });
    expect(facts.requirementSets).toMatchObject({ "1.7": true, "1.8": true, "1.13": true });
    expect(facts.requirementSets["1.9"]).toBeUndefined();
  });

  test("an old client without getSharedPropertiesAsync gives an unknown fact that says why", async () => {
    const facts = await readFacts(await outlook({ maxMailboxVersion: "1.7" }));
    expect(facts.shared).toMatchObject({ known: false });
    expect(!facts.shared.known && facts.shared.reason).toMatch(/Mailbox 1\.8/);
  });

  test("organizer undefined (a known Windows bug) is unknown, and the rest is still read", async () => {
    const facts = await readFacts(await outlook({ shared: editor }, { "item.organizer": { kind: "absent" } }));
    expect(facts.organizer.known).toBe(false);
    expect(facts.shared.known).toBe(true);
  });

  test("a throwing call and a call that never answers both become unknown without blocking the others", async () => {
    const office = await outlook(
      { shared: editor },
      { "item.organizer.getAsync": { kind: "throw", message: "not supported here" }, "item.getSharedPropertiesAsync": { kind: "silent" } },
    );
    jest.useFakeTimers();
    try {
      const pending = readFacts(office, 2000);
      await jest.advanceTimersByTimeAsync(2000);
      const facts = await pending;
      expect(!facts.organizer.known && facts.organizer.reason).toMatch(/threw: not supported here/);
      expect(!facts.shared.known && facts.shared.reason).toMatch(/did not answer/);
      expect(facts.user.known).toBe(true);
    } finally {
      jest.useRealTimers();
    }
  });

  test("nonsense permission values are not trusted, and are called unexpected, not empty", async () => {
    for (const bits of [-1, 64, 1.5, "63", null]) {
      const facts = await readFacts(await outlook({ shared: hostile({ owner: "alex@contoso.com", delegatePermissions: bits }) }));
      expect(facts.shared).toMatchObject({ known: false, why: "unexpected" });
    }
  });

  test("no Office at all: everything unknown, nothing thrown", async () => {
    const facts = await readFacts(undefined);
    expect(facts.user.known).toBe(false);
    expect(facts.organizer.known).toBe(false);
    expect(facts.shared.known).toBe(false);
    expect(facts.host.name).toBe("unknown");
  });

  test("huge display names are capped and non-strings ignored", async () => {
    const facts = await readFacts(
      await outlook({
        user: { emailAddress: "megan@contoso.com", displayName: "x".repeat(100_000), timeZone: "UTC", accountType: "enterprise" },
      }),
    );
    expect(facts.user.known && facts.user.value.displayName.length).toBeLessThanOrEqual(512);
    const weird = await readFacts(await outlook({ user: hostile({ emailAddress: 42, displayName: {} }) }));
    expect(weird.user.known).toBe(false);
  });
});
