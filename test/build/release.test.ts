/** @jest-environment node */
/**
 * npm run release lays a production build out for an admin: the files to host, both XML manifests, the
 * app package named after the version, the audit files when the build has them, and SHA256SUMS, with
 * the same bytes for the same inputs. The full build takes a minute, so these tests assemble a small
 * stand-in build; the determinism of the build itself is checked by running `npm run release` twice
 * (CONTRIBUTING.md).
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import AdmZip from "adm-zip";
import { assembleRelease, listFiles, planRelease, sha256sums } from "../../scripts/release/assemble";
import { buildAppPackage, PACKAGE_NAME } from "../../scripts/manifest/unified";
import { storeZip } from "../../scripts/manifest/zip";

const ROOT = path.resolve(__dirname, "../..");
const BASE = "https://addins.contoso.com/sob/";
const VERSION = "1.0.0";
const manifestXml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

let scratch: string;
beforeEach(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), "release-"));
});
afterEach(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** A production build's shape, small: the manifests, the app package and a few hosted files. */
function standInBuild(dir: string, options: { audit?: boolean; version?: string } = {}): void {
  const write = (name: string, data: string | Buffer) => {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), data);
  };
  const xml = manifestXml.replace(/<Version>[^<]*<\/Version>/, `<Version>${options.version ?? VERSION}.0</Version>`);
  const built = buildAppPackage({ root: ROOT, baseUrl: BASE, version: VERSION });
  write("manifest.xml", xml);
  write("manifest-taskpane.xml", xml.replace("Taskpane and", "Taskpane only"));
  write("manifest.json", built.manifestJson);
  write(PACKAGE_NAME, built.zip);
  write("taskpane.html", "<!doctype html><title>pane</title>");
  write("taskpane.js", "console.log('pane');");
  write("assets/icon-16.png", fs.readFileSync(path.join(ROOT, "assets", "icon-16.png")));
  write("config.json", "{}");
  if (options.audit) write("audit/licenses.txt", "MIT\n");
}

function assemble(buildDir: string, releaseRoot: string) {
  return assembleRelease({ buildDir, releaseRoot, repoRoot: ROOT, version: VERSION });
}

function bytesOf(dir: string): Map<string, string> {
  return new Map(listFiles(dir).map((file) => [file, fs.readFileSync(path.join(dir, file)).toString("base64")]));
}

describe("the release folder", () => {
  test("holds the hosted files under site/, both manifests, the versioned app package, CHANGELOG, LICENSE and SHA256SUMS", () => {
    standInBuild(path.join(scratch, "build"));
    const release = assemble(path.join(scratch, "build"), path.join(scratch, "release"));
    expect(path.basename(release.dir)).toBe(`schedule-on-behalf-${VERSION}`);
    expect(release.files).toEqual([
      "CHANGELOG.md",
      "LICENSE",
      "SHA256SUMS",
      "manifest-taskpane.xml",
      "manifest.xml",
      `schedule-on-behalf-${VERSION}.zip`,
      "site/assets/icon-16.png",
      "site/config.json",
      "site/taskpane.html",
      "site/taskpane.js",
    ]);
    // manifest.json travels inside the app package; nothing an admin uploads is hosted.
    const packaged = new AdmZip(fs.readFileSync(path.join(release.dir, `schedule-on-behalf-${VERSION}.zip`)));
    expect(packaged.getEntry("manifest.json")).not.toBeNull();
  });

  test("includes the build's audit/ folder beside the manifests when the build wrote one, and none otherwise", () => {
    standInBuild(path.join(scratch, "with"), { audit: true });
    standInBuild(path.join(scratch, "without"));
    const withAudit = assemble(path.join(scratch, "with"), path.join(scratch, "r1"));
    const withoutAudit = assemble(path.join(scratch, "without"), path.join(scratch, "r2"));
    expect(withAudit.files).toContain("audit/licenses.txt");
    expect(withAudit.sums).toMatch(/ {2}audit\/licenses\.txt\n/);
    expect(withoutAudit.files.some((file) => file.startsWith("audit/"))).toBe(false);
  });

  test("the same build gives the same bytes, file for file, and the same SHA256SUMS", () => {
    standInBuild(path.join(scratch, "build"));
    const first = assemble(path.join(scratch, "build"), path.join(scratch, "one"));
    const second = assemble(path.join(scratch, "build"), path.join(scratch, "two"));
    expect(second.sums).toBe(first.sums);
    expect(bytesOf(second.dir)).toEqual(bytesOf(first.dir));
  });

  test("replaces an older folder of the same version instead of mixing old files in", () => {
    standInBuild(path.join(scratch, "build"));
    const releaseRoot = path.join(scratch, "release");
    const first = assemble(path.join(scratch, "build"), releaseRoot);
    fs.writeFileSync(path.join(first.dir, "site", "left-over.js"), "old");
    expect(assemble(path.join(scratch, "build"), releaseRoot).files).not.toContain("site/left-over.js");
  });

  test("refuses a build whose manifest is another version (a stale build folder)", () => {
    standInBuild(path.join(scratch, "build"), { version: "0.9.0" });
    expect(() => assemble(path.join(scratch, "build"), path.join(scratch, "release"))).toThrow(/is not version 1\.0\.0\.0; build again/);
  });

  test("refuses a build without its manifests or app package", () => {
    expect(() => planRelease(["taskpane.html", "manifest.xml"], VERSION)).toThrow(/has no manifest-taskpane\.xml/);
  });
});

describe("SHA256SUMS", () => {
  test("is sha256sum's format, sorted, and names every other file of the release with its real hash", () => {
    standInBuild(path.join(scratch, "build"));
    const release = assemble(path.join(scratch, "build"), path.join(scratch, "release"));
    const lines = fs.readFileSync(path.join(release.dir, "SHA256SUMS"), "utf8").split("\n");
    expect(lines.pop()).toBe("");
    for (const line of lines) expect(line).toMatch(/^[0-9a-f]{64} {2}[^ ].*$/);
    const listed = lines.map((line) => line.slice(66));
    expect(listed).toEqual([...listed].sort());
    expect(listed).toEqual(release.files.filter((file) => file !== "SHA256SUMS"));
    for (const line of lines) {
      const data = fs.readFileSync(path.join(release.dir, line.slice(66)));
      expect(line.slice(0, 64)).toBe(createHash("sha256").update(data).digest("hex"));
    }
  });

  test("is what coreutils' sha256sum -c checks (an admin's Linux or WSL), and it catches a changed file", () => {
    standInBuild(path.join(scratch, "build"));
    const release = assemble(path.join(scratch, "build"), path.join(scratch, "release"));
    const check = spawnSync("sha256sum", ["-c", "SHA256SUMS"], { cwd: release.dir, encoding: "utf8" });
    expect(check.error).toBeUndefined();
    expect(check.status).toBe(0);
    fs.appendFileSync(path.join(release.dir, "site", "taskpane.js"), "// changed after release");
    expect(spawnSync("sha256sum", ["-c", "SHA256SUMS"], { cwd: release.dir, encoding: "utf8" }).status).not.toBe(0);
  });

  test("orders paths by bytes, not by the machine's locale", () => {
    const sums = sha256sums([
      { path: "site/b.js", data: Buffer.from("b") },
      { path: "SHA-less", data: Buffer.from("x") },
      { path: "site/B.js", data: Buffer.from("B") },
      { path: "site/a.js", data: Buffer.from("a") },
    ]);
    expect(sums.split("\n").map((line) => line.slice(66))).toEqual(["SHA-less", "site/B.js", "site/a.js", "site/b.js", ""]);
  });
});

describe("the app package's zip", () => {
  test("carries no build date: every entry is dated 1980-01-01 00:00, the earliest a zip can say", () => {
    const zip = storeZip([
      { name: "manifest.json", data: Buffer.from("{}") },
      { name: "color.png", data: Buffer.from([1, 2, 3]) },
    ]);
    for (const entry of new AdmZip(zip).getEntries()) {
      expect(entry.header.time.getFullYear()).toBe(1980);
      expect([entry.header.time.getMonth(), entry.header.time.getDate(), entry.header.time.getHours()]).toEqual([0, 1, 0]);
    }
  });

  test("built on two different days gives the same bytes", () => {
    jest.useFakeTimers({ now: new Date("2026-01-05T09:00:00Z") });
    try {
      const first = buildAppPackage({ root: ROOT, baseUrl: BASE, version: VERSION }).zip;
      jest.setSystemTime(new Date("2027-07-20T17:31:07Z"));
      const second = buildAppPackage({ root: ROOT, baseUrl: BASE, version: VERSION }).zip;
      expect(second.equals(first)).toBe(true);
    } finally {
      jest.useRealTimers();
    }
  });
});

describe("npm run release", () => {
  test("without ADDIN_BASE_URL says what to set, builds nothing and exits 1", () => {
    const env = { ...process.env };
    delete env["ADDIN_BASE_URL"];
    const run = spawnSync(process.execPath, [path.join(ROOT, "scripts", "release.js")], { cwd: ROOT, env, encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/needs ADDIN_BASE_URL.*\n.*ADDIN_BASE_URL=https:\/\/\S+ npm run release/);
    expect(run.stdout).not.toMatch(/release .*: build/);
  });

  test("with an http:// ADDIN_BASE_URL refuses before building", () => {
    const run = spawnSync(process.execPath, [path.join(ROOT, "scripts", "release.js")], {
      cwd: ROOT,
      env: { ...process.env, ADDIN_BASE_URL: "http://addins.contoso.com/" },
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/must start with https:\/\//);
    expect(run.stdout).not.toMatch(/release .*: build/);
  });
});
