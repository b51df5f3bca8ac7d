/**
 * The manifest speaks the user's language before the pane opens: name, description, ribbon button
 * and tooltip carry an <Override Locale> for each Dutch, French and German locale, word for word
 * the texts in src/i18n/manifestStrings.ts, within the schema's lengths, in both built manifests.
 */
import { DOMParser } from "@xmldom/xmldom";
import { MANIFEST_LOCALES, MANIFEST_STRINGS, type ManifestStrings } from "../../src/i18n/manifestStrings";
import { de } from "../../src/i18n/de";
import { en } from "../../src/i18n/en";
import { fr } from "../../src/i18n/fr";
import { nl } from "../../src/i18n/nl";
import { LANGUAGES as ALL_LANGUAGES, type UiLanguage } from "../../src/kernel/languages";
import { realManifest } from "./helpers";
const { buildManifest } = require("../../scripts/manifest/variants.js") as {
  buildManifest(xml: string, options?: { baseUrl?: string; variant?: "full" | "taskpane" }): string;
};

type Key = keyof ManifestStrings;

/** Where each text sits in the manifest, and the schema's maximum length for it. */
const PLACES: ReadonlyArray<{ readonly where: string; readonly key: Key; readonly max: number }> = [
  { where: "DisplayName", key: "name", max: 125 },
  { where: "Description", key: "description", max: 250 },
  { where: "bt:String#Group.Label", key: "name", max: 125 },
  { where: "bt:String#TaskpaneButton.Label", key: "name", max: 125 },
  { where: "bt:String#TaskpaneButton.Tooltip", key: "tooltip", max: 250 },
];

/** The languages the manifest overrides: every one but English, its default. */
const LANGUAGES = ALL_LANGUAGES.filter((code): code is Exclude<UiLanguage, "en"> => code !== "en");

function elementAt(doc: Document, where: string): Element {
  const [name, id] = where.split("#") as [string, string | undefined];
  const local = name.replace(/^bt:/, "");
  const found = Array.from(doc.getElementsByTagNameNS("*", local)).filter((e) =>
    // Without an id: the add-in's own element, a child of <OfficeApp> (a button has a <Description> too).
    id === undefined ? e.parentNode === doc.documentElement : e.getAttribute("id") === id,
  );
  if (found.length !== 1) throw new Error(`${where}: expected one element, found ${found.length}`);
  return found[0] as Element;
}

function overridesOf(el: Element): Map<string, string> {
  const map = new Map<string, string>();
  for (const child of Array.from(el.childNodes)) {
    const e = child as Element;
    if (e.nodeType === 1 && e.localName === "Override") map.set(e.getAttribute("Locale") ?? "", e.getAttribute("Value") ?? "");
  }
  return map;
}

const manifests: ReadonlyArray<readonly [string, string]> = [
  ["manifest.xml (source)", realManifest()],
  ["built manifest.xml", buildManifest(realManifest(), { baseUrl: "https://addin.contoso.com/", variant: "full" })],
  ["built manifest-taskpane.xml", buildManifest(realManifest(), { baseUrl: "https://addin.contoso.com/", variant: "taskpane" })],
];

describe.each(manifests)("%s", (_name, xml) => {
  const doc = new DOMParser().parseFromString(xml, "text/xml") as unknown as Document;

  test.each(PLACES)("$where: English by default, each Dutch, French and German locale overridden with its text", ({ where, key, max }) => {
    const el = elementAt(doc, where);
    expect(el.getAttribute("DefaultValue")).toBe(MANIFEST_STRINGS.en[key]);
    const expected = new Map(
      LANGUAGES.flatMap((language) => MANIFEST_LOCALES[language].map((locale) => [locale, MANIFEST_STRINGS[language][key]])),
    );
    expect(overridesOf(el)).toEqual(expected);
    for (const value of [MANIFEST_STRINGS.en[key], ...expected.values()]) expect(value.length).toBeLessThanOrEqual(max);
  });
});

test("the issue's locales are all there: nl-NL, nl-BE, fr-FR, fr-BE, de-DE", () => {
  const all = Object.values(MANIFEST_LOCALES).flat();
  for (const locale of ["nl-NL", "nl-BE", "fr-FR", "fr-BE", "de-DE"]) expect(all).toContain(locale);
});

test("the pane calls itself what the ribbon calls it, in each language", () => {
  expect({ en: en.app.name, nl: nl.app.name, fr: fr.app.name, de: de.app.name }).toEqual({
    en: MANIFEST_STRINGS.en.name,
    nl: MANIFEST_STRINGS.nl.name,
    fr: MANIFEST_STRINGS.fr.name,
    de: MANIFEST_STRINGS.de.name,
  });
});
