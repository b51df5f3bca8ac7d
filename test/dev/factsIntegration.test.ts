/**
 * The real adapter (src/office/facts) reading each scenario: proves the simulator exercises the
 * paths the scenarios are named after. Failures here mean the simulator or the adapter changed.
 */
import { readFacts } from "../../src/office/facts";
import type { OfficeLike } from "../../src/office/officeShape";
import { install } from "./simHarness";

async function factsFor(id: string) {
  const { host } = await install(id);
  return readFacts(host.office as unknown as OfficeLike, 200);
}

describe("src/office/facts against the simulated host", () => {
  it("delegate-editor: user Megan, organizer Alex, shared 63, host and sets", async () => {
    const facts = await factsFor("delegate-editor");
    expect(facts.user).toMatchObject({ known: true, value: { emailAddress: "megan.bowen@contoso.com" } });
    expect(facts.organizer).toMatchObject({ known: true, value: { emailAddress: "alex.wilber@contoso.com", displayName: "Alex Wilber" } });
    expect(facts.shared).toMatchObject({ known: true, value: { owner: "alex.wilber@contoso.com", delegatePermissions: 63 } });
    expect(facts.host).toEqual({ name: "Outlook", version: expect.any(String), platform: "PC" });
    expect(facts.requirementSets["1.13"]).toBe(true);
    expect(facts.requirementSets["1.15"]).toBeUndefined();
  });

  it.each([
    ["own-calendar", "organizer", true, "shared", false],
    ["old-client", "organizer", true, "shared", false],
    ["shared-props-failing", "organizer", true, "shared", false],
    ["organizer-undefined", "organizer", false, "shared", true],
    ["never-calls-back", "organizer", true, "shared", false],
    ["throws", "organizer", false, "shared", true],
  ] as const)("%s: %s known=%s, %s known=%s", async (id, _o, organizerKnown, _s, sharedKnown) => {
    const facts = await factsFor(id);
    expect(facts.organizer.known).toBe(organizerKnown);
    expect(facts.shared.known).toBe(sharedKnown);
  });

  it("never-calls-back ends in a timeout reason, throws in a 'threw' reason", async () => {
    const silent = await factsFor("never-calls-back");
    expect(silent.shared.known === false && silent.shared.reason).toMatch(/did not answer/);
    const thrown = await factsFor("throws");
    expect(thrown.organizer.known === false && thrown.organizer.reason).toMatch(/threw/);
  });
});
