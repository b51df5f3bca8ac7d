/** @jest-environment node */
/**
 * One version: package.json's is what every manifest, the app package's name and the report say, so an
 * admin can tell from one number whether a manifest must be uploaded again (Office picks up a changed
 * manifest only when its <Version> rises).
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import AdmZip from "adm-zip";
import { addinVersion, checkedVersion, releaseName, withVersion, xmlVersion } from "../../scripts/manifest/version";
import { buildAppPackage } from "../../scripts/manifest/unified";
import { planRelease } from "../../scripts/release/assemble";

const ROOT = resolve(__dirname, "../..");
const packageJson = JSON.parse(readFileSync(resolve(ROOT, "package.json"), "utf8")) as { version: string };
const lock = JSON.parse(readFileSync(resolve(ROOT, "package-lock.json"), "utf8")) as {
  version: string;
  packages: Record<string, { version?: string }>;
};
const sourceManifest = readFileSync(resolve(ROOT, "manifest.xml"), "utf8");

type Pattern = { from: string; to: string; transform?: (content: Buffer) => string };
type Plugin = { patterns?: Pattern[]; definitions?: Record<string, unknown>; constructor: { name: string } };
const webpackConfig = require("../../webpack.config.js") as (env: Record<string, unknown>, argv: { mode: string }) => { plugins: Plugin[] };

function productionConfig() {
  const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
  try {
    return webpackConfig({}, { mode: "production" });
  } finally {
    warn.mockRestore();
  }
}

const version = packageJson.version;

describe("package.json's version is the add-in's version", () => {
  test("is three numbers, as the manifests need, and package-lock.json says the same", () => {
    expect(checkedVersion(version)).toBe(version);
    expect(addinVersion()).toBe(version);
    expect(lock.version).toBe(version);
    expect(lock.packages[""]?.version).toBe(version);
  });

  test("manifest.xml (sideloaded as is in development) says the same, as x.y.z.0", () => {
    const stated = /<Version>([^<]*)<\/Version>/.exec(sourceManifest)?.[1];
    // When this fails: raise <Version> in manifest.xml together with package.json's "version".
    expect(stated).toBe(`${version}.0`);
  });

  test("the build writes it into both XML manifests, whatever manifest.xml's own <Version> says", () => {
    const patterns = productionConfig().plugins.flatMap((plugin) => plugin.patterns ?? []);
    const stale = Buffer.from(sourceManifest.replace(/<Version>[^<]*<\/Version>/, "<Version>0.0.1.0</Version>"));
    for (const to of ["manifest.xml", "manifest-taskpane.xml"]) {
      const copy = patterns.find((p) => p.from === "manifest.xml" && p.to === to);
      const built = copy?.transform?.(stale) ?? "";
      expect(built.match(/<Version>[^<]*<\/Version>/g)).toEqual([`<Version>${version}.0</Version>`]);
    }
  });

  test("the app package's manifest.json says x.y.z, even from a manifest.xml that says otherwise", () => {
    const stale = sourceManifest.replace(/<Version>[^<]*<\/Version>/, "<Version>0.0.1.0</Version>");
    const built = buildAppPackage({ root: ROOT, xml: stale });
    expect(built.package.manifest["version"]).toBe(version);
    const packaged = new AdmZip(built.zip).getEntry("manifest.json")?.getData().toString("utf8") ?? "{}";
    expect((JSON.parse(packaged) as { version: string }).version).toBe(version);
  });

  test("the report's 'Add-in version' is built from it", () => {
    const define = productionConfig().plugins.find((plugin) => plugin.constructor.name === "DefinePlugin");
    expect(define?.definitions?.["ADDIN_VERSION"]).toBe(JSON.stringify(version));
  });

  test("the release folder and the app package in it are named after it", () => {
    expect(releaseName(version)).toBe(`schedule-on-behalf-${version}`);
    const plan = planRelease(["manifest.xml", "manifest-taskpane.xml", "schedule-on-behalf.zip", "taskpane.html"], version);
    expect(plan).toContainEqual({ from: "schedule-on-behalf.zip", to: `schedule-on-behalf-${version}.zip` });
  });
});

describe("the version rules", () => {
  test.each(["1.0", "1.0.0.0", "1.0.0-beta.1", "01.0.0", "1.0.123456", "", "v1.0.0"])("%j is refused, naming package.json", (value) => {
    expect(() => checkedVersion(value)).toThrow(/package\.json "version" must be three numbers/);
  });

  test("x.y.z becomes the XML's x.y.z.0 and replaces the one <Version>", () => {
    expect(xmlVersion("2.10.3")).toBe("2.10.3.0");
    expect(withVersion("<a><Version>1.0.0.0</Version></a>", "2.10.3")).toBe("<a><Version>2.10.3.0</Version></a>");
    expect(() => withVersion("<a></a>", "1.0.0")).toThrow(/exactly one <Version>/);
  });
});
