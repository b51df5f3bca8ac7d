import { readGraph } from "../../src/config/graphEntry";
import { loadOrgConfig } from "../../src/config/load";
import { parseConfig as parseWith } from "../../src/config/parse";

/** As loadOrgConfig does when config.json has a "graph" section: with the section's reader. */
const parseConfig = (raw: unknown) => parseWith(raw, readGraph);

const CLIENT_ID = "0B5E5C52-3D4A-4E55-9C5B-8E1C2F2E7A11";

describe('config.json "graph": the Entra app for "Check with Microsoft 365"', () => {
  test("absent: the feature is off, and nothing is said about it", () => {
    const result = parseConfig({ helpdesk: "IT" });
    expect(result.config.graph).toBeUndefined();
    expect(result.problems).toEqual([]);
  });

  test("a client id alone signs in through common", () => {
    const result = parseConfig({ graph: { clientId: CLIENT_ID } });
    expect(result.problems).toEqual([]);
    expect(result.config.graph).toEqual({
      clientId: "0b5e5c52-3d4a-4e55-9c5b-8e1c2f2e7a11",
      authority: "https://login.microsoftonline.com/common",
    });
  });

  test("an unknown key is named and ignored, like everywhere in config.json", () => {
    const result = parseConfig({ graph: { clientId: CLIENT_ID, clientSecret: "x" } });
    expect(result.problems.map((p) => p.field)).toEqual(["graph.clientSecret"]);
    expect(result.config.graph?.clientId).toBe(CLIENT_ID.toLowerCase());
  });

  test.each([
    ["contoso.onmicrosoft.com", "https://login.microsoftonline.com/contoso.onmicrosoft.com"],
    ["72F988BF-86F1-41AF-91AB-2D7CD011DB47", "https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47"],
    ["organizations", "https://login.microsoftonline.com/organizations"],
  ])("tenant %p → authority %p", (tenant, authority) => {
    const result = parseConfig({ graph: { clientId: CLIENT_ID, tenant } });
    expect(result.problems).toEqual([]);
    expect(result.config.graph?.authority).toBe(authority);
  });

  test.each<[string, unknown, string, RegExp]>([
    ["not an object", "abc", "graph", /must be an object/],
    ["a list", [CLIENT_ID], "graph", /must be an object/],
    ["no client id", {}, "graph.clientId", /is required/],
    ["a client id that is not a GUID", { clientId: "my-app" }, "graph.clientId", /GUID/],
    ["a client id as a number", { clientId: 42 }, "graph.clientId", /text in quotes/],
    ["a tenant that is a URL", { clientId: CLIENT_ID, tenant: "https://evil.example/x" }, "graph.tenant", /Directory \(tenant\) ID/],
    ["a tenant with a path", { clientId: CLIENT_ID, tenant: "contoso.com/../x" }, "graph.tenant", /Directory \(tenant\) ID/],
  ])("%s: named, and Microsoft 365 checks stay off", (_name, graph, field, reason) => {
    const result = parseConfig({ graph });
    expect(result.config.graph).toBeUndefined();
    expect(result.problems.find((p) => p.field === field)?.reason).toMatch(reason);
    // The rest of the configuration still applies.
    expect(result.config.providers.length).toBeGreaterThan(0);
  });

  test("without the section's reader (its chunk did not download): named, off, the rest applies", () => {
    const result = parseWith({ graph: { clientId: CLIENT_ID }, helpdesk: "IT" });
    expect(result.config.graph).toBeUndefined();
    expect(result.problems).toEqual([{ field: "graph", reason: expect.stringMatching(/could not be checked/) }]);
    expect(result.config.helpdesk).toBe("IT");
  });

  test("loadOrgConfig fetches the section's reader only when config.json has one", async () => {
    // jsdom has no Response: the part of one that loadOrgConfig reads.
    const serve = (body: unknown) =>
      (async () => ({ status: 200, ok: true, text: async () => JSON.stringify(body) })) as unknown as typeof fetch;
    const withGraph = await loadOrgConfig(serve({ graph: { clientId: CLIENT_ID } }));
    expect(withGraph.problems).toEqual([]);
    expect(withGraph.config.graph?.clientId).toBe(CLIENT_ID.toLowerCase());
    const bad = await loadOrgConfig(serve({ graph: { clientId: "my-app" } }));
    expect(bad.problems.map((p) => p.field)).toContain("graph.clientId");
    expect((await loadOrgConfig(serve({ helpdesk: "IT" }))).config.graph).toBeUndefined();
  });
});
