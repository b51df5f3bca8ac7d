/**
 * Every sentence that names the meeting service, filled both ways: with an organisation's own name
 * ("Contoso Meet") and without one, where the catalogue's generic noun ("online meeting", « réunion
 * en ligne », "onlinevergadering", „Onlinebesprechung") stands in. A sentence built for a proper name
 * must not turn into « un lien réunion en ligne » or „Der Link für Onlinebesprechung".
 */
import { de } from "../../src/i18n/de";
import { deServices } from "../../src/i18n/de/services";
import { en } from "../../src/i18n/en";
import { enServices } from "../../src/i18n/en/services";
import { fr } from "../../src/i18n/fr";
import { frServices } from "../../src/i18n/fr/services";
import type { Catalogue } from "../../src/i18n/messages";
import { nl } from "../../src/i18n/nl";
import { nlServices } from "../../src/i18n/nl/services";
import { sendGuardDe } from "../../src/i18n/sendGuard/de";
import { sendGuardEn } from "../../src/i18n/sendGuard/en";
import { sendGuardFr } from "../../src/i18n/sendGuard/fr";
import { sendGuardNl } from "../../src/i18n/sendGuard/nl";

const NAMED = "Contoso Meet";
const SERVICE_KEYS = new Set(["service", "chosen"]);

type Template = (p: Record<string, unknown>) => unknown;

function templates(value: unknown, path = ""): Array<{ path: string; fn: Template }> {
  if (typeof value === "function") return [{ path, fn: value as Template }];
  if (value && typeof value === "object" && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([key, inner]) => templates(inner, path ? `${path}.${key}` : key));
  }
  return [];
}

/** The placeholders a template reads, from English (the source every language follows). */
function placeholdersOf(fn: Template): Set<string> {
  const read = new Set<string>();
  const probe = new Proxy({} as Record<string, unknown>, {
    get(_target, key) {
      if (typeof key === "string") read.add(key);
      return key === "needs" || key === "items" || key === "reasons" || key === "rights"
        ? ["x"]
        : key === "limit" || key === "max"
          ? 1
          : "x";
    },
  });
  fn(probe);
  return read;
}

function argumentsFor(names: ReadonlySet<string>, service: string, flag: boolean): Record<string, unknown> {
  const values: Record<string, unknown> = {
    owner: "Alex",
    ownerFull: "Alex Wilber",
    tried: "Zoom",
    quote: "Teams meeting",
    at: "2026-12-01T09:15:00Z",
    graphAt: "2026-12-03T09:15:00Z",
    where: flag ? "location" : "text",
    inLocation: flag,
    check: flag,
    needs: ["edit access", "send permission"],
    items: ["a", "b"],
    reasons: ["a", "b"],
    rights: ["Editor"],
    limit: 32000,
    max: 32000,
  };
  return Object.fromEntries([...names].map((name) => [name, SERVICE_KEYS.has(name) ? service : (values[name] ?? `⟨${name}⟩`)]));
}

interface Language {
  readonly catalogue: Catalogue;
  readonly sendGuard: object;
  readonly generic: string;
  /** Where the generic noun may stand: with an article, or as the first part of a longer noun. */
  readonly allowed: RegExp;
  /** The generic noun, which may appear nowhere else (once the allowed phrases are taken out). */
  readonly bare: RegExp;
  readonly never: readonly RegExp[];
}

const LANGUAGES: Record<string, Language> = {
  en: {
    catalogue: en,
    sendGuard: sendGuardEn,
    generic: enServices.other,
    allowed:
      /^Online meeting$|\b(?:an|the|its|no|Outlook's) online meeting\b|online meetings|online meeting (?:link|service|join link|access|button)/giu,
    bare: /online meeting/iu,
    never: [/\ba online/iu, /online meeting meeting/u, /[.:;] online meeting/u],
  },
  fr: {
    catalogue: fr,
    sendGuard: sendGuardFr,
    generic: frServices.other,
    allowed: /^Réunion en ligne$|\b(?:de|une|la|cette|les|des|aux) réunions? en ligne/giu,
    bare: /réunions? en ligne/iu,
    never: [/lien réunion/u, /bouton réunion/u, /accès réunion/u, /réunions réunion/u, /[.:;] réunion en ligne/u],
  },
  nl: {
    catalogue: nl,
    sendGuard: sendGuardNl,
    generic: nlServices.other,
    allowed: /^Onlinevergadering$|\b(?:een|de|deze) onlinevergadering\b|onlinevergaderingen/giu,
    bare: /onlinevergadering/iu,
    never: [/onlinevergadering-/u, /van onlinevergadering\b/u, /voor onlinevergadering\b/u, /[.:;] onlinevergadering/u],
  },
  de: {
    catalogue: de,
    sendGuard: sendGuardDe,
    generic: deServices.other,
    allowed: /^Onlinebesprechung$|\b(?:eine|die|einer|der|zur|Ihre) Onlinebesprechung\b|Onlinebesprechungen/gu,
    bare: /Onlinebesprechung/iu,
    never: [/Onlinebesprechung-/u, /für Onlinebesprechung\b/u, /in Onlinebesprechung\b/u, /[.:;] Onlinebesprechung\b/u],
  },
};

/** English's templates that name a service, with the placeholders each reads. */
const SOURCE = [
  ...templates(en)
    .filter((t) => !["list", "labelled"].includes(t.path))
    .map((t) => ({ ...t, part: "pane" as const })),
  ...templates(sendGuardEn).map((t) => ({ ...t, part: "sendGuard" as const })),
]
  .map((t) => ({ ...t, names: placeholdersOf(t.fn) }))
  .filter((t) => [...t.names].some((name) => SERVICE_KEYS.has(name)));

function templateIn(language: Language, part: "pane" | "sendGuard", path: string): Template {
  const found = templates(part === "pane" ? language.catalogue : language.sendGuard).find((t) => t.path === path);
  if (!found) throw new Error(`${path} missing`);
  return found.fn;
}

test("finds the sentences that name a service (a guard against an empty table)", () => {
  expect(SOURCE.length).toBeGreaterThan(30);
});

describe.each(Object.entries(LANGUAGES))("sentences naming a service, in %s", (_code, language) => {
  const cases = SOURCE.flatMap((t) =>
    [true, false].map((flag) => [`${t.part}:${t.path}${flag ? "" : " (other branch)"}`, t, flag] as const),
  );

  it.each(cases)("%s reads well with and without the service's own name", (_label, source, flag) => {
    const fn = templateIn(language, source.part, source.path);
    const named = String(fn(argumentsFor(source.names, NAMED, flag)));
    const unnamed = String(fn(argumentsFor(source.names, language.generic, flag)));

    expect(named).toContain(NAMED);
    expect(unnamed).not.toContain(NAMED);
    for (const pattern of language.never) expect(unnamed).not.toMatch(pattern);
    expect(unnamed.replace(language.allowed, "§")).not.toMatch(language.bare);
    // A sentence that opens with the name opens with a capital without it too (list items excepted: "… and Zoom access").
    const listItem = /\.need(?:Short)?\./u.test(source.path);
    if (named.startsWith(NAMED) && !listItem) expect(unnamed).toMatch(/^\p{Lu}/u);
  });
});

describe("the unnamed service, as the reviewers read it", () => {
  it("gives whole phrases where a name used to stand", () => {
    expect(en.answer.otherServiceRefused({ chosen: enServices.other })).toBe("You can still add an online meeting link");
    expect(en.checks.service.notNeeded({ service: enServices.other })).toBe("The online meeting service needs no permission.");
    expect(fr.answer.done({ service: frServices.other })).toBe("C’est fait\u202F: cette réunion a son lien de réunion en ligne");
    expect(fr.answer.otherServiceRefused({ chosen: frServices.other })).toBe("Vous pouvez quand même ajouter un lien de réunion en ligne");
    expect(de.answer.done({ service: deServices.other })).toBe("Erledigt: Der Besprechungslink ist eingefügt");
    expect(nl.meetingFix.blockIs({ service: nlServices.other })).toBe(
      "De link in de tekst van deze vergadering is een link naar een onlinevergadering.",
    );
  });

  it("keeps a configured name exactly as the organisation wrote it", () => {
    expect(fr.answer.done({ service: NAMED })).toBe(`C’est fait\u202F: cette réunion a son lien ${NAMED}`);
    expect(de.checks.service.notNeeded({ service: NAMED })).toBe(`${NAMED} braucht keine Berechtigung.`);
    expect(nl.evidence.serviceNotNeeded({ service: NAMED })).toContain(`link van ${NAMED}`);
  });
});
