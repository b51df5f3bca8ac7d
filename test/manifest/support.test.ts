/**
 * The manifest's SupportUrl leads to a real help page, in the user's language where Outlook passes
 * one: what the add-in does, that nothing leaves the device, whom to contact. A static page with no
 * script, so it works wherever it is served.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import { MANIFEST_LOCALES } from "../../src/i18n/manifestStrings";
import { LANGUAGES, type UiLanguage } from "../../src/kernel/languages";
import { realManifest } from "./helpers";

const PAGE = readFileSync(resolve(__dirname, "../../src/support/support.html"), "utf8");

function supportUrl(): Element {
  const doc = new DOMParser().parseFromString(realManifest(), "text/xml");
  const found = Array.from(doc.getElementsByTagNameNS("*", "SupportUrl"));
  expect(found).toHaveLength(1);
  return found[0] as unknown as Element;
}

test("SupportUrl is the help page, and each Dutch, French and German locale lands on its own section", () => {
  const el = supportUrl();
  expect(el.getAttribute("DefaultValue")).toBe("https://localhost:3000/support.html");
  const overrides = Array.from(el.getElementsByTagNameNS("*", "Override")).map((o) => [o.getAttribute("Locale"), o.getAttribute("Value")]);
  const translated = LANGUAGES.filter((code): code is Exclude<UiLanguage, "en"> => code !== "en");
  const expected = translated.flatMap((language) =>
    MANIFEST_LOCALES[language].map((locale) => [locale, `https://localhost:3000/support.html#${language}`]),
  );
  expect(overrides).toEqual(expected);
});

test.each([...LANGUAGES])(
  "the help page has a %s section that says what it does, that nothing leaves the device, and whom to contact",
  (language) => {
    const section = new RegExp(`<section id="${language}" lang="${language}">([\\s\\S]*?)</section>`).exec(PAGE)?.[1];
    expect(section).toBeDefined();
    // Five headings each: what it does, privacy, what it cannot see, when IT checks for you (the Exchange round trip), contact.
    expect(section?.match(/<h2>/g)).toHaveLength(5);
    // The round trip names the box to paste IT's answer into and the one-click Forget, in the section's language.
    expect(section).toMatch(/Exchange/);
    expect(section).toMatch(/\bIT\b|service informatique/);
  },
);

test("the help page runs no script and loads nothing from elsewhere", () => {
  expect(PAGE).not.toMatch(/<script|<link|<img|<iframe|https?:\/\//i);
  expect(PAGE).toMatch(/Content-Security-Policy" content="default-src 'none'/);
});
