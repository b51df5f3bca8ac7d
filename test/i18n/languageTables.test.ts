/** @jest-environment node */
/**
 * A language is one entry: src/kernel/languages.ts lists the languages, and every per-language table
 * (catalogues and their chunks, the frame's words, the send-time alert, the join block's labels, the
 * manifest texts, the help page, the playground's picker) has exactly those, no more, no fewer. The
 * types catch a missing row at compile time where a table is typed by UiLanguage; this catches what
 * types cannot see (files, chunk names, HTML) and a table someone retyped by hand.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { LANGUAGE_DETAILS, LANGUAGES, type UiLanguage } from "../../src/kernel/languages";
import { BOOT_TEXTS } from "../../src/i18n/boot";
import { CATALOGUES } from "../../src/i18n/catalogues";
import { CATALOGUE_LOADERS } from "../../src/i18n/load";
import { MANIFEST_LOCALES, MANIFEST_STRINGS, MANIFEST_SUMMARIES } from "../../src/i18n/manifestStrings";
import { SEND_GUARD_MESSAGES } from "../../src/i18n/sendGuard";
import { BLOCK_LABELS } from "../../src/meeting/blockLabels";

const ROOT = path.resolve(__dirname, "../..");
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), "utf8");
const sorted = (codes: Iterable<string>) => [...codes].sort();

const UI = sorted(LANGUAGES);
const WITH_PSEUDO = sorted([...LANGUAGES, "pseudo"]);
const TRANSLATED = sorted(LANGUAGES.filter((code) => code !== "en"));

test("the list itself: distinct lower-case ISO 639-1 codes, English first (the fallback), each with its own name and a regional tag of its own", () => {
  expect(LANGUAGES[0]).toBe("en");
  expect(new Set(LANGUAGES).size).toBe(LANGUAGES.length);
  for (const code of LANGUAGES) expect(code).toMatch(/^[a-z]{2}$/);
  expect(sorted(Object.keys(LANGUAGE_DETAILS))).toEqual(UI);
  for (const code of LANGUAGES) expect(LANGUAGE_DETAILS[code].sampleLocale).toMatch(new RegExp(`^${code}-[A-Z]{2}$`));
});

test.each([
  ["CATALOGUE_LOADERS (src/i18n/load.ts)", CATALOGUE_LOADERS, WITH_PSEUDO],
  ["CATALOGUES (src/i18n/catalogues.ts)", CATALOGUES, WITH_PSEUDO],
  ["BOOT_TEXTS (src/i18n/boot.ts)", BOOT_TEXTS, UI],
  ["SEND_GUARD_MESSAGES (src/i18n/sendGuard/index.ts)", SEND_GUARD_MESSAGES, UI],
  ["BLOCK_LABELS (src/meeting/blockLabels.ts)", BLOCK_LABELS, UI],
  ["MANIFEST_STRINGS (src/i18n/manifestStrings.ts)", MANIFEST_STRINGS, UI],
  ["MANIFEST_SUMMARIES (src/i18n/manifestStrings.ts)", MANIFEST_SUMMARIES, UI],
  ["MANIFEST_LOCALES (src/i18n/manifestStrings.ts; English is the manifest's default)", MANIFEST_LOCALES, TRANSLATED],
] as const)("%s has a row for exactly the listed languages", (_name, table, expected) => {
  expect(sorted(Object.keys(table))).toEqual(expected);
});

test("each language has its folder of catalogues, and its send-time alert file, and nothing is left of a removed one", () => {
  const folders = fs
    .readdirSync(path.join(ROOT, "src/i18n"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== "sendGuard")
    .map((entry) => entry.name);
  expect(sorted(folders)).toEqual(WITH_PSEUDO);
  const alerts = fs
    .readdirSync(path.join(ROOT, "src/i18n/sendGuard"))
    .filter((file) => file !== "index.ts")
    .map((file) => file.replace(/\.ts$/, ""));
  expect(sorted(alerts)).toEqual(UI);
});

test.each(WITH_PSEUDO)("the %s loaders bring that language's own three parts", async (code) => {
  const language = code as UiLanguage | "pseudo";
  const loaders = CATALOGUE_LOADERS[language];
  const whole = CATALOGUES[language] as unknown as Record<string, unknown>;
  const [first, details, exchange] = await Promise.all([loaders.firstScreen(), loaders.details(), loaders.exchange()]);
  // The whole catalogue is the three parts spread together, so each part's values are the same objects.
  for (const part of [first, details]) {
    for (const [key, value] of Object.entries(part)) expect([key, whole[key]]).toEqual([key, value]);
  }
  expect(whole.exchange).toBe(exchange);
  // Each language reads differently: a row that loads another language's file would show here.
  const others = WITH_PSEUDO.filter((other) => other !== code);
  for (const other of others) expect(CATALOGUES[other as UiLanguage].app).not.toEqual(first.app);
});

test("each loader's chunk is named after its language and part (i18n-<code>[-details|-exchange]): bench, docs and tests know these names", () => {
  const rows = [...read("src/i18n/load.ts").matchAll(/webpackChunkName: "([^"]+)" \*\/ "\.\/([^/]+)\/(\w+)"/g)];
  const suffix: Record<string, string> = { firstScreen: "", details: "-details", exchange: "-exchange" };
  expect(rows.map(([, chunk]) => chunk)).toEqual(rows.map(([, , code, part]) => `i18n-${code}${suffix[part ?? ""] ?? "?"}`));
  expect(sorted(new Set(rows.map(([, , code]) => code ?? "")))).toEqual(WITH_PSEUDO);
  expect(rows).toHaveLength(WITH_PSEUDO.length * 3);
});

test("manifest.xml overrides its texts for exactly the translated languages' locales", () => {
  const locales = [...read("manifest.xml").matchAll(/<Override Locale="([a-z]{2})-[A-Z]{2}"/g)].map((match) => match[1] ?? "");
  expect(sorted(new Set(locales))).toEqual(TRANSLATED);
});

test("the help page has a section and a link in its own name for exactly the listed languages", () => {
  const page = read("src/support/support.html");
  expect(sorted([...page.matchAll(/<section id="([a-z]{2})" lang="\1">/g)].map((match) => match[1] ?? ""))).toEqual(UI);
  const links = [...page.matchAll(/<a href="#([a-z]{2})" hreflang="\1" lang="\1">([^<]+)<\/a>/g)];
  expect(sorted(links.map((match) => match[1] ?? ""))).toEqual(UI);
  for (const [, code, name] of links) expect(name).toBe(LANGUAGE_DETAILS[code as UiLanguage].nativeName);
});

test("the playground's language picker offers exactly the listed languages' sample tags (plus the pseudo-locale), each by its own name", () => {
  const page = read("dev/playground/playground.html");
  const picker = /<select id="pg-lang">([\s\S]*?)<\/select>/.exec(page)?.[1] ?? "";
  const options = [...picker.matchAll(/<option value="([a-z]{2}-[A-Z]{2})">([^<]+)<\/option>/g)].map(([, tag, label]) => [tag, label]);
  // English is the default and needs no tag in its label; the others show the tag they set.
  expect(options).toEqual(
    LANGUAGES.map((code) => {
      const { nativeName, sampleLocale } = LANGUAGE_DETAILS[code];
      return [sampleLocale, code === "en" ? nativeName : `${nativeName} (${sampleLocale})`];
    }),
  );
  expect(picker).toContain('value="qps-ploc"');
});
