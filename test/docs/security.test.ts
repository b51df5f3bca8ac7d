/** @jest-environment node */
/**
 * SECURITY.md tells admins what the add-in keeps and where. This holds the list to the code: every
 * roaming setting and custom property the code writes is listed, nothing listed is made up, and no
 * other browser storage is used.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { RoamingSettingsLike } from "../../src/office/officeShape";
import { readPreferredProvider, readRequestIds, readRememberedEvidence, remembersAnyEvidence } from "../../src/office/roaming";
import { forgetEvidence, issueRequest, savePreferredProvider } from "../../src/office/roamingWrites";
import { CUSTOM_PROPERTY_KEY } from "../../src/meeting/marker";

const ROOT = path.resolve(__dirname, "../..");
const security = fs.readFileSync(path.join(ROOT, "SECURITY.md"), "utf8");

/** The storage table's rows: where (first cell), and the key (second cell, in backticks). */
function listed(): { where: string; key: string }[] {
  return security
    .split("\n")
    .filter((line) => /^\| .* \| `[^`]+` \|/.test(line))
    .map((line) => {
      const cells = line.split("|").map((cell) => cell.trim());
      return { where: cells[1] ?? "", key: (cells[2] ?? "").replace(/`/g, "") };
    });
}

/** Every src file's code, comments left out (a comment may name what the code does not use). */
function sourceFiles(dir = path.join(ROOT, "src")): { file: string; code: string }[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    if (!/\.(ts|tsx|html)$/.test(entry.name)) return [];
    const code = fs
      .readFileSync(full, "utf8")
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/<!--[\s\S]*?-->/g, "")
      .replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
    return [{ file: path.relative(ROOT, full), code }];
  });
}

test("the roaming settings listed are exactly the ones the code reads and writes", async () => {
  const touched = new Set<string>();
  const settings: RoamingSettingsLike = {
    get: (name) => {
      touched.add(name);
      return undefined;
    },
    set: (name) => touched.add(name),
    remove: (name) => touched.add(name),
    saveAsync: (callback) => callback?.({ status: "succeeded" }),
  };
  readPreferredProvider(settings);
  await savePreferredProvider(settings, "jitsi");
  readRememberedEvidence(settings, "alex@contoso.com", "sam@contoso.com", "2026-12-03T10:00:00Z");
  remembersAnyEvidence(settings);
  await forgetEvidence(settings, "alex@contoso.com", "sam@contoso.com");
  readRequestIds(settings, "alex@contoso.com", "sam@contoso.com");
  await issueRequest(settings, "alex@contoso.com", "sam@contoso.com", "2026-12-03T10:00:00Z", (length) => new Uint8Array(length));
  const roaming = listed().filter((row) => /roaming settings/.test(row.where));
  expect(roaming.map((row) => row.key).sort()).toEqual([...touched].sort());
});

test("only src/office/roaming.ts (reads), roamingWrites.ts (saves) and the Office glue name roaming settings, so no other key hides elsewhere", () => {
  const users = sourceFiles()
    .filter(({ code }) => /roamingSettings/.test(code))
    .map(({ file }) => file)
    .sort();
  // roaming.ts reads through the settings object it is handed; the saves name roamingSettings in their failures.
  expect(users).toEqual(["src/office/gateway.ts", "src/office/officeShape.ts", "src/office/roamingWrites.ts"]);
  const gateway = sourceFiles().find(({ file }) => file === "src/office/gateway.ts")?.code ?? "";
  // The gateway hands roaming settings to roaming.ts's and roamingWrites.ts's functions and never calls get/set itself.
  expect(gateway).not.toMatch(/roaming\(\)\s*\??\.\s*(get|set|remove|saveAsync)\b/);
});

test("the one custom property listed is the one the code writes, and only src/office/appointment.ts loads any", () => {
  const custom = listed().filter((row) => /custom properties/.test(row.where));
  expect(custom.map((row) => row.key)).toEqual([CUSTOM_PROPERTY_KEY]);
  // officeShape.ts only declares the method's name, for feature detection.
  const callers = sourceFiles().filter(({ code }) => /loadCustomPropertiesAsync\(|customProperties\./.test(code));
  expect(callers.map(({ file }) => file)).toEqual(["src/office/appointment.ts"]);
  const appointment = callers[0]?.code ?? "";
  const keysSet = [...appointment.matchAll(/props\.(?:set|remove)\(\s*([^,)]+)/g)].map((match) => match[1]?.trim());
  expect(keysSet.length).toBeGreaterThan(0);
  expect(new Set(keysSet)).toEqual(new Set(["CUSTOM_PROPERTY_KEY"]));
});

test("no localStorage, sessionStorage, IndexedDB or cookie anywhere in the add-in, as SECURITY.md says", () => {
  const users = sourceFiles()
    .filter(({ code }) => /\b(localStorage|sessionStorage|indexedDB)\b|document\.cookie/.test(code))
    .map(({ file }) => file);
  expect(users).toEqual([]);
  expect(security).toMatch(/no `localStorage`, `sessionStorage`, IndexedDB or cookies/);
});

test("Microsoft 365's token stays in memory: MSAL's cache is configured as memory only", () => {
  const token = sourceFiles().find(({ file }) => file === path.join("src", "graph", "token.ts"))?.code ?? "";
  expect(token).toMatch(/cacheLocation:\s*BrowserCacheLocation\.MemoryStorage/);
  expect(security).toMatch(/MSAL's cache is set to memory only/);
});
