import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";

type Pattern = { from: string; to: string; transform?: (content: Buffer) => string };
type Config = { entry: Record<string, string>; plugins: { patterns?: Pattern[]; userOptions?: { filename?: string } }[] };
type ConfigFn = (env: Record<string, unknown>, argv: { mode: string }) => Config;

const webpackConfig = require("../../webpack.config.js") as ConfigFn;
const { checkManifest } = require("../../scripts/manifest/checks.js") as { checkManifest: (xml: string) => unknown[] };
const manifest = readFileSync(resolve(__dirname, "../../manifest.xml"));

function withBaseUrl<T>(value: string | undefined, run: () => T): T {
  const saved = process.env.ADDIN_BASE_URL;
  if (value === undefined) delete process.env.ADDIN_BASE_URL;
  else process.env.ADDIN_BASE_URL = value;
  try {
    return run();
  } finally {
    if (saved === undefined) delete process.env.ADDIN_BASE_URL;
    else process.env.ADDIN_BASE_URL = saved;
  }
}

function builtManifest(config: Config, to = "manifest.xml"): string {
  const copy = config.plugins.flatMap((plugin) => plugin.patterns ?? []).find((p) => p.from === "manifest.xml" && p.to === to);
  if (!copy?.transform) throw new Error(`manifest.xml is not copied to ${to} with a transform`);
  return copy.transform(manifest);
}

let warn: jest.SpyInstance;
beforeEach(() => {
  warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
});
afterEach(() => warn.mockRestore());

describe("the production build", () => {
  test("without ADDIN_BASE_URL says in one line that the manifests point at localhost; with it, says nothing", () => {
    withBaseUrl(undefined, () => webpackConfig({}, { mode: "production" }));
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/^ADDIN_BASE_URL is not set: .*localhost:3000/);
    expect(String(warn.mock.calls[0]?.[0])).not.toContain("\n");
    warn.mockClear();
    withBaseUrl("https://addins.contoso.com/", () => webpackConfig({}, { mode: "production" }));
    withBaseUrl(undefined, () => webpackConfig({}, { mode: "development" }));
    expect(warn).not.toHaveBeenCalled();
  });

  test("ships only the add-in pages: no simulated host, no playground", () => {
    const config = withBaseUrl(undefined, () => webpackConfig({}, { mode: "production" }));
    expect(Object.keys(config.entry).sort()).toEqual(["audit", "commands", "frame", "launchevent", "ready", "taskpane"]);
    const pages = config.plugins.map((p) => p.userOptions?.filename).filter(Boolean);
    expect(pages).not.toContain("playground.html");
  });

  test("ADDIN_BASE_URL rewrites every URL of dist/manifest.xml", () => {
    const config = withBaseUrl("https://addins.contoso.com/sob", () => webpackConfig({}, { mode: "production" }));
    const xml = builtManifest(config);
    expect(xml).not.toContain("localhost");
    expect(xml).toContain('DefaultValue="https://addins.contoso.com/sob/taskpane.html"');
    expect(xml.match(/https:\/\/addins\.contoso\.com\/sob\//g)?.length).toBe(
      manifest.toString().match(/https:\/\/localhost:3000\//g)?.length,
    );
  });

  test("writes a second, taskpane-only manifest that follows ADDIN_BASE_URL too and passes the offline checks", () => {
    const config = withBaseUrl("https://addins.contoso.com/sob/", () => webpackConfig({}, { mode: "production" }));
    const full = builtManifest(config);
    const taskpane = builtManifest(config, "manifest-taskpane.xml");
    expect(taskpane).not.toContain("localhost");
    expect(taskpane).toContain('DefaultValue="https://addins.contoso.com/sob/taskpane.html"');
    // Its own Id (the admin center keys add-ins by Id; the same one on every build), without the send
    // check, reachable from Mailbox 1.3.
    const idOf = (xml: string) => xml.match(/<Id>([^<]+)<\/Id>/)?.[1];
    expect(idOf(full)).toBe(idOf(manifest.toString()));
    expect(idOf(taskpane)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(idOf(taskpane)).not.toBe(idOf(full));
    expect(
      idOf(
        builtManifest(
          withBaseUrl(undefined, () => webpackConfig({}, { mode: "production" })),
          "manifest-taskpane.xml",
        ),
      ),
    ).toBe(idOf(taskpane));
    expect(taskpane).not.toMatch(/LaunchEvent|<Runtimes/);
    expect(taskpane).toContain('DefaultMinVersion="1.3"');
    expect(full).toContain('DefaultMinVersion="1.12"');
    expect(full).toContain('<LaunchEvent Type="OnAppointmentSend"');
    expect(checkManifest(taskpane)).toEqual([]);
    expect(checkManifest(full)).toEqual([]);
  });

  test("the built manifests' comments say what they are and where they point, not what the source says", () => {
    const config = withBaseUrl("https://addins.contoso.com/sob/", () => webpackConfig({}, { mode: "production" }));
    for (const [to, what] of [
      ["manifest.xml", /Taskpane and send-time check/],
      ["manifest-taskpane.xml", /Taskpane only/],
    ] as const) {
      const xml = builtManifest(config, to);
      expect(xml).toMatch(what);
      expect(xml).toContain("built from manifest.xml for https://addins.contoso.com/sob/");
      expect(xml).not.toMatch(/the build rewrites it/);
    }
  });

  test("also writes the app package (manifest.json and schedule-on-behalf.zip) for the same ADDIN_BASE_URL", () => {
    type PackagePlugin = { constructor: { name: string }; baseUrl?: string };
    const plugins = (c: Config) => c.plugins as unknown as PackagePlugin[];
    const config = withBaseUrl("https://addins.contoso.com/sob/", () => webpackConfig({}, { mode: "production" }));
    expect(plugins(config).find((p) => p.constructor.name === "UnifiedAppPackage")?.baseUrl).toBe("https://addins.contoso.com/sob/");
    const local = withBaseUrl(undefined, () => webpackConfig({}, { mode: "production" }));
    const plugin = plugins(local).find((p) => p.constructor.name === "UnifiedAppPackage");
    expect(plugin).toBeDefined();
    expect(plugin?.baseUrl).toBeUndefined();
  });

  test.each(["http://addins.contoso.com/", "javascript:alert(1)", "addins.contoso.com", ""])(
    "ADDIN_BASE_URL=%j is refused with a clear error",
    (value) => {
      expect(() => withBaseUrl(value, () => webpackConfig({}, { mode: "production" }))).toThrow(/ADDIN_BASE_URL/);
    },
  );

  test("the development build adds the simulated host and the playground", () => {
    const config = withBaseUrl(undefined, () => webpackConfig({}, { mode: "development" }));
    expect(Object.keys(config.entry)).toEqual(expect.arrayContaining(["simulated-office", "playground", "taskpane"]));
  });

  test("ships IT's audit script in audit/, which the release puts beside the manifests and does not host", () => {
    const config = withBaseUrl(undefined, () => webpackConfig({}, { mode: "production" }));
    const copy = config.plugins.flatMap((plugin) => plugin.patterns ?? []).find((p) => p.to === "audit/Invoke-DelegationAudit.ps1");
    expect(copy?.from).toBe("src/audit/Invoke-DelegationAudit.ps1");
    expect(existsSync(resolve(__dirname, "../..", copy?.from ?? "missing"))).toBe(true);
    const { planRelease } = require("../../scripts/release/assemble.js") as {
      planRelease: (files: string[], version: string) => { from: string; to: string }[];
    };
    const { PACKAGE_NAME } = require("../../scripts/manifest/unified.js") as { PACKAGE_NAME: string };
    const plan = planRelease(
      ["manifest.xml", "manifest-taskpane.xml", PACKAGE_NAME, "taskpane.html", "audit/Invoke-DelegationAudit.ps1"],
      "1.0.0",
    );
    expect(plan).toContainEqual({ from: "audit/Invoke-DelegationAudit.ps1", to: "audit/Invoke-DelegationAudit.ps1" });
    expect(plan.filter((p) => p.to.startsWith("site/")).map((p) => p.to)).toEqual(["site/taskpane.html"]);
  });
});
