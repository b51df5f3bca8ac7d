/**
 * Two things every language writes its own way: the add-in's name in the mail to IT (the name the
 * manifest gives Outlook in that language, not the English one) and dates (French « 1er décembre »).
 */
import { de } from "../../src/i18n/de";
import { dateTimeOf } from "../../src/i18n/dateTime";
import { en } from "../../src/i18n/en";
import { dateOf } from "../../src/i18n/format";
import { fr } from "../../src/i18n/fr";
import { MANIFEST_STRINGS } from "../../src/i18n/manifestStrings";
import { nl } from "../../src/i18n/nl";

// Midday UTC: the same calendar day in every time zone the tests may run in.
const FIRST = "2026-12-01T12:00:00Z";
const THIRD = "2026-12-03T12:00:00Z";

describe("the mail to IT names the add-in as Outlook shows it in the pane's language", () => {
  it.each([
    ["fr", fr, MANIFEST_STRINGS.fr.name],
    ["nl", nl, MANIFEST_STRINGS.nl.name],
    ["de", de, MANIFEST_STRINGS.de.name],
    ["en", en, MANIFEST_STRINGS.en.name],
  ] as const)("%s", (language, t, name) => {
    expect(t.adminPaste.mail.intro).toContain(name);
    expect(t.app.name).toBe(name);
    if (language !== "en") expect(t.adminPaste.mail.intro).not.toContain("Schedule on behalf");
  });
});

describe("dates in each language's form", () => {
  it("writes the first of the month as French does, « 1er décembre », and other days as numbers", () => {
    // Evidence dates carry their year (issue 28: pasted text must not hide which year it claims).
    expect(dateOf("fr", FIRST)).toBe("1er décembre 2026");
    expect(dateOf("fr", THIRD)).toBe("3 décembre 2026");
    expect(dateTimeOf("fr", FIRST)).toMatch(/^1er décembre à \d\d:\d\d$/u);
    expect(fr.exchange.status.confirmed({ at: FIRST })).toBe(
      "Selon Exchange, tel que le service informatique l’a envoyé le 1er décembre 2026.",
    );
  });

  it("leaves the other languages' own forms as Intl writes them", () => {
    expect(dateOf("de", FIRST)).toBe("1. Dezember 2026");
    expect(dateOf("nl", FIRST)).toBe("1 december 2026");
    expect(dateOf("en-GB", FIRST)).toBe("1 December 2026");
    expect(dateTimeOf("de", FIRST)).toMatch(/^1\. Dezember um \d\d:\d\d$/u);
  });

  it("never leaves a French date bare in a sentence: « le » before it (French review, finding 13)", () => {
    expect(fr.graph.checks.line({ at: FIRST, text: "x" })).toContain("(le 1er décembre 2026)");
    expect(fr.graph.checks.agrees({ at: THIRD })).toContain("(le 3 décembre 2026)");
    expect(fr.graph.source({ at: FIRST })).toMatch(/^D’après Microsoft 365 \(le 1er décembre à \d\d:\d\d\)\u202f:$/u);
  });

  it("shows a value that is not a date as given, cut short", () => {
    expect(dateOf("fr", "not a date")).toBe("not a date");
  });
});
