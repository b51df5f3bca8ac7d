/** @jest-environment node */
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as zlib from "node:zlib";
import { crc32, encodePng, render, SIZES } from "../../scripts/make-icons";
import { ASSETS, FIXTURE_SOURCE, ROOT, edit, realManifest } from "./helpers";

const CLI = path.join(ROOT, "scripts", "manifest", "cli.js");

function runCli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("cli.js", () => {
  it("prints one OK line and exits 0 for the real manifest", () => {
    const out = execFileSync(process.execPath, [CLI, "manifest.xml", "--assets", "assets", "--source", FIXTURE_SOURCE], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(out.trim()).toMatch(/^manifest OK: \d+ checks/);
    expect(out.trim().split("\n")).toHaveLength(1);
  });

  it("defaults to manifest.xml", () => {
    expect(runCli([]).stdout).toMatch(/^manifest OK: \d+ checks \(manifest\.xml\)/);
  });

  it("prints every problem and exits 1", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "manifest-cli-"));
    try {
      const broken = edit(realManifest(), "<SupportsSharedFolders>true</SupportsSharedFolders>", "").replace(
        "<Permissions>ReadWriteItem<",
        "<Permissions>ReadWriteMailbox<",
      );
      const file = path.join(dir, "manifest.xml");
      fs.writeFileSync(file, broken);
      const result = runCli([file, "--assets", ASSETS]);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain("<SupportsSharedFolders>");
      expect(result.stderr).toContain("<Permissions>");
      expect(result.stdout).toBe("");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("exits 1 for an unreadable file or a bad option", () => {
    expect(runCli(["no-such-manifest.xml"]).status).toBe(1);
    expect(runCli(["--assets"]).status).toBe(1);
    expect(runCli(["--frobnicate"]).status).toBe(1);
  });
});

/** Decodes our own PNGs enough to prove they are valid: signature, chunk CRCs, IHDR, inflated size. */
function readPng(bytes: Buffer): { width: number; height: number; colourType: number; pixels: Buffer } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  let offset = 8;
  let width = 0;
  let height = 0;
  let colourType = -1;
  const idat: Buffer[] = [];
  for (;;) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString("ascii", offset + 4, offset + 8);
    const data = bytes.subarray(offset + 8, offset + 8 + length);
    expect(bytes.readUInt32BE(offset + 8 + length)).toBe(crc32(bytes.subarray(offset + 4, offset + 8 + length)));
    if (type === "IHDR") {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect(data[8]).toBe(8);
      colourType = data[9] ?? -1;
    } else if (type === "IDAT") idat.push(data);
    offset += 12 + length;
    if (type === "IEND") break;
  }
  return { width, height, colourType, pixels: zlib.inflateSync(Buffer.concat(idat)) };
}

describe("make-icons.js", () => {
  it("CRC-32 matches the PNG specification's check value", () => {
    expect(crc32(Buffer.from("123456789", "ascii"))).toBe(0xcbf43926);
  });

  it.each(SIZES)("assets/icon-%i.png is a valid RGBA PNG of that size and matches the generator", (size) => {
    const bytes = fs.readFileSync(path.join(ASSETS, `icon-${size}.png`));
    const png = readPng(bytes);
    expect(png).toMatchObject({ width: size, height: size, colourType: 6 });
    expect(png.pixels.length).toBe((size * 4 + 1) * size);
    // Committed files are the generator's output (re-run `node scripts/make-icons.js` after changing it).
    expect(bytes.equals(encodePng(size, size, render(size)))).toBe(true);
  });

  it("draws anti-aliased shapes on a transparent background", () => {
    const rgba = render(64);
    const alphas = new Set<number>();
    for (let i = 3; i < rgba.length; i += 4) alphas.add(rgba[i] ?? 0);
    expect(alphas.has(0)).toBe(true); // transparent corners
    expect(alphas.has(255)).toBe(true); // solid fill
    expect([...alphas].some((a) => a > 0 && a < 255)).toBe(true); // soft edges
  });
});
