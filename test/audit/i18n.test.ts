import { deAudit } from "../../src/audit/i18n/de";
import { enAudit } from "../../src/audit/i18n/en";
import { frAudit } from "../../src/audit/i18n/fr";
import { nlAudit } from "../../src/audit/i18n/nl";
import type { AuditText } from "../../src/audit/i18n/types";

const LANGUAGES: [string, AuditText][] = [
  ["en", enAudit],
  ["fr", frAudit],
  ["nl", nlAudit],
  ["de", deAudit],
];

const SAMPLE = {
  version: "2",
  limit: "64",
  done: "1 000",
  total: "10 000",
  layer: "Calendar",
  count: "3",
  cmdlet: "Get-Mailbox",
  shown: "5",
  rights: "Editor",
};

/** Every sentence a catalogue can produce, by key path, with sample values in its placeholders. */
function sentences(node: unknown, path = ""): [string, string][] {
  if (typeof node === "string") return [[path, node]];
  if (typeof node === "function") return [[path, (node as (p: typeof SAMPLE) => string)(SAMPLE)]];
  if (node && typeof node === "object")
    return Object.entries(node).flatMap(([key, value]) => sentences(value, path ? `${path}.${key}` : key));
  return [];
}

describe("the audit page's words", () => {
  test.each(LANGUAGES.slice(1))("%s has every key English has, and no other", (_language, text) => {
    expect(sentences(text).map(([key]) => key)).toEqual(sentences(enAudit).map(([key]) => key));
  });

  test.each(LANGUAGES.slice(1))("%s translates every sentence (none is left in English)", (_language, text) => {
    const english = new Map(sentences(enAudit));
    const same = sentences(text).filter(([key, value]) => english.get(key) === value && /[a-z]{4,} [a-z]{4,}/.test(value));
    expect(same).toEqual([]);
  });

  test("French: U+202F before : ; ! ? and inside « », typographic apostrophes", () => {
    for (const [key, value] of sentences(frAudit)) {
      // A colon in a time or an address is not punctuation; sentences here have none.
      expect([key, /[^\u202F][:;!?](\s|$)/.test(value)]).toEqual([key, false]);
      expect([key, /«[^\u202F]|[^\u202F]»/.test(value)]).toEqual([key, false]);
      expect([key, value.includes("'")]).toEqual([key, false]);
    }
  });

  test("German and Dutch use their own quotation marks, never straight ones", () => {
    for (const [key, value] of [...sentences(deAudit), ...sentences(nlAudit)]) expect([key, /"/.test(value)]).toEqual([key, false]);
    expect(sentences(deAudit).some(([, v]) => v.includes("„"))).toBe(true);
    expect(sentences(nlAudit).some(([, v]) => v.includes("‘"))).toBe(true);
  });
});
