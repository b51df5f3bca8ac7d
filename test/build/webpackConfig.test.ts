import { readFileSync } from "node:fs";
import { resolve } from "node:path";

type Pattern = { from: string; to: string; transform?: (content: Buffer) => string };
type Config = { entry: Record<string, string>; plugins: { patterns?: Pattern[]; userOptions?: { filename?: string } }[] };
type ConfigFn = (env: Record<string, unknown>, argv: { mode: string }) => Config;

const webpackConfig = require("../../webpack.config.js") as ConfigFn;
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

function builtManifest(config: Config): string {
  const copy = config.plugins.flatMap((plugin) => plugin.patterns ?? []).find((p) => p.from === "manifest.xml");
  if (!copy?.transform) throw new Error("manifest.xml is not copied with a transform");
  return copy.transform(manifest);
}

describe("the production build", () => {
  test("ships only the add-in pages: no simulated host, no playground", () => {
    const config = withBaseUrl(undefined, () => webpackConfig({}, { mode: "production" }));
    expect(Object.keys(config.entry).sort()).toEqual(["commands", "launchevent", "taskpane"]);
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
});
