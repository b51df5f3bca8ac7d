import { readFacts } from "../../src/office/facts";
import type { OfficeLike } from "../../src/office/officeShape";

type Reply = { status: "succeeded"; value: unknown } | { status: "failed"; error: { name: string; message: string } } | "never" | "throw";

function asyncMethod(reply: Reply) {
  return (callback: (r: unknown) => void) => {
    if (reply === "throw") throw new Error("not supported here");
    if (reply === "never") return;
    setTimeout(() => callback(reply), 0);
  };
}

interface FakeOptions {
  user?: { emailAddress?: unknown; displayName?: unknown } | null;
  organizer?: Reply | "absent";
  shared?: Reply | "absent";
  sets?: string[];
  platform?: string;
  hostName?: string;
}

function fakeOffice(options: FakeOptions): OfficeLike {
  const item: Record<string, unknown> = {};
  if (options.organizer !== "absent")
    item.organizer = {
      getAsync: asyncMethod(options.organizer ?? { status: "succeeded", value: { emailAddress: "alex@contoso.com", displayName: "Alex" } }),
    };
  if (options.shared !== "absent")
    item.getSharedPropertiesAsync = asyncMethod(
      options.shared ?? { status: "failed", error: { name: "GenericResponseError", message: "not shared" } },
    );
  const sets = options.sets ?? ["1.1", "1.3", "1.5", "1.7", "1.8", "1.13"];
  return {
    context: {
      platform: options.platform ?? "PC",
      requirements: { isSetSupported: (_name: string, version?: string) => sets.includes(version ?? "") },
      mailbox: {
        userProfile: options.user === undefined ? { emailAddress: "megan@contoso.com", displayName: "Megan" } : options.user,
        diagnostics: { hostName: options.hostName ?? "Outlook", hostVersion: "16.0.17928.20000" },
        item,
      },
    },
  };
}

const editor = {
  status: "succeeded" as const,
  value: {
    owner: "alex@contoso.com",
    targetMailbox: "alex@contoso.com",
    delegatePermissions: 63,
    targetRestUrl: "https://outlook.office.com/api",
  },
};

describe("readFacts", () => {
  test("reads user, organizer, shared properties, host and requirement sets", async () => {
    const facts = await readFacts(fakeOffice({ shared: editor }));
    expect(facts.user).toMatchObject({ known: true, value: { emailAddress: "megan@contoso.com", displayName: "Megan" } });
    expect(facts.organizer).toMatchObject({ known: true, value: { emailAddress: "alex@contoso.com" } });
    expect(facts.shared).toMatchObject({ known: true, value: { owner: "alex@contoso.com", delegatePermissions: 63 } });
    expect(JSON.stringify(facts.shared)).not.toContain("targetRestUrl");
    expect(facts.host).toEqual({ name: "Outlook", version: "16.0.17928.20000", platform: "PC" });
    expect(facts.requirementSets).toMatchObject({ "1.7": true, "1.8": true, "1.13": true });
    expect(facts.requirementSets["1.9"]).toBeUndefined();
  });

  test("an old client without getSharedPropertiesAsync gives an unknown fact that says why", async () => {
    const facts = await readFacts(fakeOffice({ shared: "absent", sets: ["1.1", "1.7"] }));
    expect(facts.shared).toMatchObject({ known: false });
    expect(!facts.shared.known && facts.shared.reason).toMatch(/Mailbox 1\.8/);
  });

  test("organizer undefined (a known Windows bug) is unknown, and the rest is still read", async () => {
    const facts = await readFacts(fakeOffice({ organizer: "absent", shared: editor }));
    expect(facts.organizer.known).toBe(false);
    expect(facts.shared.known).toBe(true);
  });

  test("a throwing call and a call that never answers both become unknown without blocking the others", async () => {
    jest.useFakeTimers();
    try {
      const pending = readFacts(fakeOffice({ organizer: "throw", shared: "never" }), 2000);
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
      const facts = await readFacts(
        fakeOffice({ shared: { status: "succeeded", value: { owner: "alex@contoso.com", delegatePermissions: bits } } }),
      );
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
    const facts = await readFacts(fakeOffice({ user: { emailAddress: "megan@contoso.com", displayName: "x".repeat(100_000) } }));
    expect(facts.user.known && facts.user.value.displayName.length).toBeLessThanOrEqual(512);
    const weird = await readFacts(fakeOffice({ user: { emailAddress: 42, displayName: {} } }));
    expect(weird.user.known).toBe(false);
  });
});
