import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export const ROOT = path.resolve(__dirname, "../..");
export const MANIFEST_PATH = path.join(ROOT, "manifest.xml");
export const ASSETS = path.join(ROOT, "assets");
export const REAL_SOURCE = path.join(ROOT, "src");
/** Registers onAppointmentSendHandler, so unit tests do not depend on src/launchevent being written. */
export const FIXTURE_SOURCE = path.join(__dirname, "fixtures", "src");

export function realManifest(): string {
  return fs.readFileSync(MANIFEST_PATH, "utf8");
}

/** Replaces exactly one occurrence, so a test fails loudly when the manifest it edits has changed. */
export function edit(xml: string, from: string | RegExp, to: string): string {
  const count =
    typeof from === "string"
      ? xml.split(from).length - 1
      : (xml.match(new RegExp(from.source, from.flags.includes("g") ? from.flags : from.flags + "g")) ?? []).length;
  if (count !== 1) throw new Error(`edit(): expected exactly one match for ${String(from)}, found ${count}`);
  return xml.replace(from, to);
}

/** A throwaway copy of assets/ that a test may break. */
export function copyOfAssets(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "manifest-assets-"));
  for (const file of fs.readdirSync(ASSETS)) fs.copyFileSync(path.join(ASSETS, file), path.join(dir, file));
  return dir;
}
