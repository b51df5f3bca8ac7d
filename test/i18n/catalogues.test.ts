/**
 * Every catalogue has the same keys as English, and every message uses the same placeholders: a
 * translation that drops "{owner}" would send an assistant to nobody. Also the language choice, the
 * pseudo-locale and the send-time message in each language.
 */
import { deDetails } from "../../src/i18n/de/details";
import { deExchange } from "../../src/i18n/de/exchange";
import { deFirstScreen } from "../../src/i18n/de/firstScreen";
import { en } from "../../src/i18n/en";
import { enDetails } from "../../src/i18n/en/details";
import { enExchange } from "../../src/i18n/en/exchange";
import { enFirstScreen } from "../../src/i18n/en/firstScreen";
import { frDetails } from "../../src/i18n/fr/details";
import { frExchange } from "../../src/i18n/fr/exchange";
import { frFirstScreen } from "../../src/i18n/fr/firstScreen";
import { CATALOGUES } from "../../src/i18n/catalogues";
import { LANGUAGES, languageOf, type Language } from "../../src/i18n/language";
import { MANIFEST_STRINGS } from "../../src/i18n/manifestStrings";
import type { DetailsMessages, ExchangeMessages, FirstScreenMessages, Messages } from "../../src/i18n/messages";
import { nlDetails } from "../../src/i18n/nl/details";
import { nlExchange } from "../../src/i18n/nl/exchange";
import { nlFirstScreen } from "../../src/i18n/nl/firstScreen";
import { pseudo } from "../../src/i18n/pseudo";
import { pseudoDetails } from "../../src/i18n/pseudo/details";
import { pseudoExchange } from "../../src/i18n/pseudo/exchange";
import { pseudoFirstScreen } from "../../src/i18n/pseudo/firstScreen";
import { sendGuardMessages } from "../../src/i18n/sendGuard";
import { sendGuardEn, type SendGuardMessages } from "../../src/i18n/sendGuard/en";
import { sendGuardDe } from "../../src/i18n/sendGuard/de";
import { sendGuardFr } from "../../src/i18n/sendGuard/fr";
import { sendGuardNl } from "../../src/i18n/sendGuard/nl";

/** Every language but English, from the one list (src/kernel/languages.ts). */
const TRANSLATIONS: ReadonlyArray<readonly [string, Messages]> = LANGUAGES.filter((code) => code !== "en").map(
  (code) => [code, CATALOGUES[code]] as const,
);

type Leaf = { path: string; value: unknown };

function leaves(value: unknown, path = ""): Leaf[] {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([key, inner]) => leaves(inner, path ? `${path}.${key}` : key));
  }
  return [{ path, value }];
}

/** Parameters are named; their kind follows from the name across the catalogue. */
const ARRAYS = new Set(["needs", "items", "reasons", "rights"]);
const NUMBERS = new Set(["limit", "max"]);
const BOOLEANS = new Set(["check"]);

/** The placeholder names a message reads, found by calling it with a recording object. */
function placeholdersOf(fn: (p: Record<string, unknown>) => unknown): string[] {
  const read = new Set<string>();
  const probe = new Proxy({} as Record<string, unknown>, {
    get(_target, key) {
      if (typeof key !== "string") return undefined;
      read.add(key);
      if (ARRAYS.has(key)) return [`⟨${key}1⟩`, `⟨${key}2⟩`];
      if (NUMBERS.has(key)) return 1_000_000;
      if (BOOLEANS.has(key)) return true;
      return `⟨${key}⟩`;
    },
  });
  fn(probe);
  return [...read].sort();
}

function argumentsFor(names: readonly string[], check: boolean): Record<string, unknown> {
  return Object.fromEntries(
    names.map((name) => [
      name,
      ARRAYS.has(name) ? [`⟨${name}1⟩`, `⟨${name}2⟩`] : NUMBERS.has(name) ? 1_000_000 : BOOLEANS.has(name) ? check : `⟨${name}⟩`,
    ]),
  );
}

const english = leaves(en).filter((leaf) => !["list", "labelled"].includes(leaf.path) && leaf.path !== "locale");

describe.each(TRANSLATIONS)("the %s catalogue", (_language, catalogue) => {
  test("has exactly English's keys, each of the same kind", () => {
    const mine = new Map(leaves(catalogue).map((leaf) => [leaf.path, typeof leaf.value]));
    expect([...mine.keys()].sort()).toEqual(
      leaves(en)
        .map((leaf) => leaf.path)
        .sort(),
    );
    for (const leaf of leaves(en)) expect(`${leaf.path}: ${mine.get(leaf.path)}`).toBe(`${leaf.path}: ${typeof leaf.value}`);
  });

  /** Placeholders that are alternatives: a language uses the one its own business form needs. */
  const EITHER: Readonly<Record<string, readonly string[]>> = { "ownerRequest.greeting": ["owner", "ownerFull"] };

  test("uses every placeholder English uses, in every message", () => {
    const theirs = new Map(leaves(catalogue).map((leaf) => [leaf.path, leaf.value]));
    const missing: string[] = [];
    for (const { path, value } of english) {
      if (typeof value !== "function") {
        expect(typeof theirs.get(path)).toBe("string");
        expect(String(theirs.get(path)).trim()).not.toBe("");
        continue;
      }
      const names = [...new Set([...placeholdersOf(value as (p: Record<string, unknown>) => unknown), ...(EITHER[path] ?? [])])];
      for (const check of [true, false]) {
        const args = argumentsFor(names, check);
        const out = String((theirs.get(path) as (p: Record<string, unknown>) => unknown)(args));
        const expected = String((value as (p: Record<string, unknown>) => unknown)(args));
        for (const name of names) {
          if (NUMBERS.has(name) || BOOLEANS.has(name)) continue;
          const markers = ARRAYS.has(name) ? [`⟨${name}1⟩`, `⟨${name}2⟩`] : [`⟨${name}⟩`];
          // A language may greet by the given name or by the whole name: either one is the owner.
          const either = EITHER[path]?.includes(name) ? EITHER[path].map((other) => `⟨${other}⟩`) : [];
          if (either.some((marker) => out.includes(marker))) continue;
          for (const marker of markers) if (expected.includes(marker) && !out.includes(marker)) missing.push(`${path} drops ${marker}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  test("is not English in disguise: most sentences differ from the English ones", () => {
    const theirs = new Map(leaves(catalogue).map((leaf) => [leaf.path, leaf.value]));
    const strings = english.filter((leaf) => typeof leaf.value === "string" && String(leaf.value).length > 30);
    const same = strings.filter((leaf) => theirs.get(leaf.path) === leaf.value).map((leaf) => leaf.path);
    expect(same.length / strings.length).toBeLessThan(0.1);
  });

  test("formats numbers and lists in its own language", () => {
    expect(catalogue.insert.bodyTooLarge({ limit: 1_000_000 })).not.toContain("1,000,000");
    expect(catalogue.list(["A", "B", "C"])).not.toBe("A, B, and C");
  });
});

/** Each language as the pane loads it: the first screen's part, then the details part. */
const PARTS_BY_LANGUAGE: Readonly<Record<Language, readonly [FirstScreenMessages, DetailsMessages, ExchangeMessages]>> = {
  en: [enFirstScreen, enDetails, enExchange],
  nl: [nlFirstScreen, nlDetails, nlExchange],
  fr: [frFirstScreen, frDetails, frExchange],
  de: [deFirstScreen, deDetails, deExchange],
  pseudo: [pseudoFirstScreen, pseudoDetails, pseudoExchange],
};
const PARTS = Object.entries(PARTS_BY_LANGUAGE).map(([code, parts]) => [code, ...parts] as const);

const pathsOf = (value: unknown) =>
  leaves(value)
    .map((leaf) => leaf.path)
    .sort();

describe.each(PARTS)("the %s catalogue's three parts", (_language, first, details, exchange) => {
  test("hold English's keys part by part, so the first screen never waits for a text it lacks", () => {
    expect(pathsOf(first)).toEqual(pathsOf(enFirstScreen));
    expect(pathsOf(details)).toEqual(pathsOf(enDetails));
    expect(pathsOf(exchange)).toEqual(pathsOf(enExchange));
  });

  test("share no section: joined, neither part hides a text of the other", () => {
    expect(Object.keys(first).filter((section) => section in details)).toEqual([]);
    expect(["exchange" in first, "exchange" in details]).toEqual([false, false]);
  });
});

describe.each([["en", en] as const, ...TRANSLATIONS])("the %s catalogue without the owner's name", (_language, catalogue) => {
  test('never starts a sentence with the lower-case stand-in ("the owner adds you …")', () => {
    const fallback = catalogue.people.owner;
    const lowerStart = new RegExp(`(?:^|[.!?]\\s)${fallback.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`);
    const offenders: string[] = [];
    for (const { path, value } of leaves(catalogue)) {
      if (typeof value !== "function" || ["list", "labelled"].includes(path)) continue;
      const names = placeholdersOf(value as (p: Record<string, unknown>) => unknown);
      if (!names.includes("owner")) continue;
      const args = { ...argumentsFor(names, true), owner: fallback };
      const out = String((value as (p: Record<string, unknown>) => unknown)(args));
      if (lowerStart.test(out)) offenders.push(`${path}: ${out.slice(0, 80)}`);
    }
    expect(offenders).toEqual([]);
  });
});

describe("which language the pane speaks", () => {
  it.each([
    ["nl-BE", "nl"],
    ["nl-NL", "nl"],
    ["fr-BE", "fr"],
    ["fr-CA", "fr"],
    ["de-DE", "de"],
    ["de-AT", "de"],
    ["en-GB", "en"],
    ["es-ES", "en"],
    ["", "en"],
    [undefined, "en"],
    ["qps-ploc", "pseudo"],
    ["NL_be", "nl"],
  ])("%p → %s", (tag, language) => {
    expect(languageOf(tag)).toBe(language);
  });

  test("the pseudo-locale brackets and accents every text, so English left on screen stands out", () => {
    expect(pseudo.answer.looksReady).toMatch(/^⟦Ļööķš ŕéåðý·+⟧$/);
    expect(pseudo.answer.notYet({ needs: ["x"] })).toMatch(/^⟦Ñöţ ýéţ/);
    expect(pseudo.remedies.helpdesk).toMatch(/^⟦Ñééð ĥéļþ/);
  });

  test("the pseudo-locale brackets every text of both parts, messages with placeholders included", () => {
    const bare: string[] = [];
    for (const { path, value } of leaves(pseudo)) {
      if (path === "locale") continue;
      const out =
        path === "list"
          ? pseudo.list(["A", "B"])
          : typeof value === "function"
            ? (value as (p: Record<string, unknown>) => unknown)(
                argumentsFor(placeholdersOf(value as (p: Record<string, unknown>) => unknown), true),
              )
            : value;
      if (typeof out !== "string" || !/^⟦[\s\S]*⟧$/.test(out)) bare.push(path);
    }
    expect(bare).toEqual([]);
    expect(pseudo.locale).toBe("en");
  });
});

describe("the send-time message in each language", () => {
  const all: ReadonlyArray<readonly [string, SendGuardMessages]> = [
    ["en", sendGuardEn],
    ["nl", sendGuardNl],
    ["fr", sendGuardFr],
    ["de", sendGuardDe],
  ];

  test.each(all)("%s: the longest message fits Smart Alerts' 500 characters", (language, messages) => {
    const quote = "x".repeat(60);
    for (const service of ["teams", "skype", "zoom", "webex", "jitsi"] as const) {
      // The longest name, and the language's words for a service without a configured name.
      for (const [where, name] of ["location", "body"].flatMap((w) =>
        ["Skype for Business", messages.services.other].map((n) => [w, n] as const),
      )) {
        const text = `${messages.said({ quote, where: where as "location" | "body", service: name })} ${messages.likelyCause[service]} ${messages.openPane}`;
        expect(text.length).toBeLessThanOrEqual(500);
        expect(text).toContain(quote);
        // It names the ribbon button the user will look for, as that language's manifest names it.
        expect(text).toContain(MANIFEST_STRINGS[language as keyof typeof MANIFEST_STRINGS].name);
      }
    }
    expect(`${messages.saidBlock} ${messages.likelyCause.other} ${messages.openPane}`.length).toBeLessThanOrEqual(500);
  });

  test("follows Outlook's display language, regional tags included", () => {
    expect(sendGuardMessages("nl-BE")).toBe(sendGuardNl);
    expect(sendGuardMessages("fr-FR")).toBe(sendGuardFr);
    expect(sendGuardMessages("de-CH")).toBe(sendGuardDe);
    expect(sendGuardMessages("ja-JP")).toBe(sendGuardEn);
    expect(sendGuardMessages(undefined)).toBe(sendGuardEn);
  });
});
