import { readableNameOf, shortNameOf } from "../../src/diagnosis/address";
import { draftOwnerRequest } from "../../src/documents/ownerRequest";
import type { Person } from "../../src/diagnosis/types";
import { diagnose } from "../../src/diagnosis/verdict";
import { de } from "../../src/i18n/de";
import { en } from "../../src/i18n/en";
import { fr } from "../../src/i18n/fr";
import type { Catalogue } from "../../src/i18n/messages";
import { nl } from "../../src/i18n/nl";
import { context, delegateFacts, headlineOf, known } from "./fixtures";

const LANGUAGES = { en, fr, nl, de } as const;

/**
 * Display names as directories in Belgium, France, Germany, Austria, the Netherlands, the UK and
 * Asia hold them. Each row: the display name, the name a friendly sentence uses ("Alex's calendar",
 * "Bonjour Alex,"), and the name German's business greeting takes ("Guten Tag Alex Wilber,").
 */
const DIRECTORY: ReadonlyArray<readonly [display: string, short: string, german: string]> = [
  // Given name first
  ["Alex Wilber", "Alex", "Alex Wilber"],
  ["Alex", "Alex", "Alex"],
  ["Al Gore", "Al", "Al Gore"],
  ["Megan Bowen", "Megan", "Megan Bowen"],
  ["Jean-Claude Van Damme", "Jean-Claude", "Jean-Claude Van Damme"],
  ["Anne-Marie Dupont", "Anne-Marie", "Anne-Marie Dupont"],
  ["Alex James Wilber", "Alex", "Alex James Wilber"],
  ["Seán O'Brien", "Seán", "Seán O'Brien"],
  ["Jan van den Berg", "Jan", "Jan van den Berg"],
  ["Jan de Vries", "Jan", "Jan de Vries"],
  ["Ludwig von der Leyen", "Ludwig", "Ludwig von der Leyen"],
  ["Hans-Jürgen Müller-Lüdenscheidt", "Hans-Jürgen", "Hans-Jürgen Müller-Lüdenscheidt"],
  ["Yann Le Goff", "Yann", "Yann Le Goff"],
  ["Jan VAN DEN BERG", "Jan", "Jan VAN DEN BERG"],
  ["Иван Петров", "Иван", "Иван Петров"],
  // "Last, First"
  ["Wilber, Alex", "Alex", "Alex Wilber"],
  ["Wilber, Alex (Contoso)", "Alex", "Alex Wilber"],
  ["van den Berg, Jan", "Jan", "Jan van den Berg"],
  ["Berg, Jan van den", "Jan", "Jan van den Berg"],
  ["Vries, Jan de", "Jan", "Jan de Vries"],
  ["Le Goff, Yann", "Yann", "Yann Le Goff"],
  ["De Smet, Jan", "Jan", "Jan De Smet"],
  ["Müller, Hans", "Hans", "Hans Müller"],
  ["O'Brien, Seán", "Seán", "Seán O'Brien"],
  ["Wilber, Alex James", "Alex", "Alex James Wilber"],
  ["Dupont, Marie-Claire", "Marie-Claire", "Marie-Claire Dupont"],
  ["Leyen, Ludwig von der", "Ludwig", "Ludwig von der Leyen"],
  // Surname in capitals first (France, Belgium)
  ["DUPONT Jean", "Jean", "Jean DUPONT"],
  ["DUPONT Marie-Claire", "Marie-Claire", "Marie-Claire DUPONT"],
  ["LE GOFF Yann", "Yann", "Yann LE GOFF"],
  ["DE SMET Jan", "Jan", "Jan DE SMET"],
  ["VAN DAMME Jean-Claude", "Jean-Claude", "Jean-Claude VAN DAMME"],
  ["MÜLLER Hans", "Hans", "Hans MÜLLER"],
  // Surname with its particle first
  ["Le Goff Yann", "Yann", "Yann Le Goff"],
  ["Le Gall Anne", "Anne", "Anne Le Gall"],
  ["De Smet Jan", "Jan", "Jan De Smet"],
  ["Van den Berg Jan", "Jan", "Jan Van den Berg"],
  ["Van Damme Jean-Claude", "Jean-Claude", "Jean-Claude Van Damme"],
  ["La Fontaine Marie", "Marie", "Marie La Fontaine"],
  // Honorifics and titles, in the four languages
  ["Dr. Alex Wilber", "Alex", "Dr. Alex Wilber"],
  ["Prof. Dr. Alex Wilber", "Alex", "Prof. Dr. Alex Wilber"],
  ["Mr Alex Wilber", "Alex", "Alex Wilber"],
  ["Mrs. Megan Bowen", "Megan", "Megan Bowen"],
  ["Ms Megan Bowen", "Megan", "Megan Bowen"],
  ["Dhr. Jan de Vries", "Jan", "Jan de Vries"],
  ["Mevr. Anna de Jong", "Anna", "Anna de Jong"],
  ["Dhr. ir. Jan de Vries", "Jan", "ir. Jan de Vries"],
  ["M. Jean Dupont", "Jean", "Jean Dupont"],
  ["Mme Marie Dupont", "Marie", "Marie Dupont"],
  ["Herr Hans Müller", "Hans", "Hans Müller"],
  ["Frau Dr. Anna Schmidt", "Anna", "Dr. Anna Schmidt"],
  ["Ing. Karl Huber", "Karl", "Ing. Karl Huber"],
  ["Mag. Anna Huber", "Anna", "Mag. Anna Huber"],
  ["Dipl.-Ing. Karl Huber", "Karl", "Dipl.-Ing. Karl Huber"],
  ["Wilber, Alex, Dr.", "Alex", "Dr. Alex Wilber"],
  ["Wilber, Dr. Alex", "Alex", "Dr. Alex Wilber"],
  ["Alex Wilber, PhD", "Alex", "Alex Wilber"],
  ["Alex Wilber Jr.", "Alex", "Alex Wilber"],
  // Not sure which part is the given name: the whole name, never a fragment
  ["Herr Müller", "Herr Müller", "Herr Müller"],
  ["Mme Dupont", "Mme Dupont", "Mme Dupont"],
  ["Frau Dr. Schmidt", "Frau Dr. Schmidt", "Frau Dr. Schmidt"],
  ["Dr. Wilber", "Dr. Wilber", "Dr. Wilber"],
  ["Mme Le Goff", "Mme Le Goff", "Mme Le Goff"],
  ["Van Morrison", "Van Morrison", "Van Morrison"],
  ["De Smet", "De Smet", "De Smet"],
  ["ALEX WILBER", "ALEX WILBER", "ALEX WILBER"],
  ["A. Wilber", "A. Wilber", "A. Wilber"],
  ["J. de Vries", "J. de Vries", "J. de Vries"],
  ["Vries, J. de", "J. de Vries", "J. de Vries"],
  ["Mevr. A. de Jong", "Mevr. A. de Jong", "Mevr. A. de Jong"],
  ["DUPONT", "DUPONT", "DUPONT"],
  ["alex wilber", "alex wilber", "alex wilber"],
  ["Wilber, Alex, Sales", "Wilber, Alex, Sales", "Wilber, Alex, Sales"],
  ["Meeting Room 3", "Meeting Room 3", "Meeting Room 3"],
  ["Sales & Marketing", "Sales & Marketing", "Sales & Marketing"],
  // What follows the name is not part of it
  ["Alex Wilber <alex.wilber@contoso.com>", "Alex", "Alex Wilber"],
  ["Alex <img src=x onerror=alert(1)> (Chief of Staff, EMEA)", "Alex", "Alex"],
  ["Alex Wilber - Sales", "Alex", "Alex Wilber"],
  // Names written without spaces, or family name first in their own script: whole
  ["王小明", "王小明", "王小明"],
  ["山田 太郎", "山田 太郎", "山田 太郎"],
  ["김민준", "김민준", "김민준"],
  ["محمد علي", "محمد علي", "محمد علي"],
];

const OWNER_SENTENCE: Record<keyof typeof LANGUAGES, { greeting: (n: string, german: string) => string; calendar: (n: string) => string }> =
  {
    en: { greeting: (n) => `Hi ${n},`, calendar: (n) => `${n}'s calendar` },
    fr: { greeting: (n) => `Bonjour ${n},`, calendar: (n) => (/^[AEIOUÉHaeiouh]/u.test(n) ? `Calendrier d’${n}` : `Calendrier de ${n}`) },
    nl: { greeting: (n) => `Beste ${n},`, calendar: (n) => `Agenda van ${n}` },
    de: { greeting: (_n, german) => `Guten Tag ${german},`, calendar: (n) => `Kalender von ${n}` },
  };

function greetingIn(t: Catalogue, owner: Person): string {
  const ctx = context({ t });
  const facts = delegateFacts({ organizer: known(owner), shared: known({ owner: owner.emailAddress, delegatePermissions: 1 }) });
  return draftOwnerRequest(diagnose(facts, ctx), ctx).body.split("\n")[0] ?? "";
}

describe.each(Object.entries(LANGUAGES) as Array<[keyof typeof LANGUAGES, Catalogue]>)("names people have, in %s", (language, t) => {
  it.each(DIRECTORY)("%j: greets and names the owner as a person would", (display, short, german) => {
    const owner = { emailAddress: "owner@contoso.com", displayName: display };
    const expected = OWNER_SENTENCE[language];
    expect(greetingIn(t, owner)).toBe(expected.greeting(short, german));
    expect(t.calendarOf.delegate({ owner: shortNameOf(owner, t.people.owner) })).toBe(expected.calendar(short));
  });
});

describe("names people have: the sentences that matter most, spelled out", () => {
  const person = (displayName: string) => ({ emailAddress: "owner@contoso.com", displayName });

  it("never cuts a French surname's article, in the greeting or the calendar's name", () => {
    expect(greetingIn(fr, person("Le Goff Yann"))).toBe("Bonjour Yann,");
    expect(fr.calendarOf.delegate({ owner: readableNameOf(person("Le Goff Yann"), fr.people.owner) })).toBe("Calendrier de Yann Le Goff");
    expect(fr.calendarOf.delegate({ owner: shortNameOf(person("Mme Le Goff"), fr.people.owner) })).toBe("Calendrier de Mme Le Goff");
    expect(fr.calendarOf.delegate({ owner: "Le Gall Anne" })).toBe("Calendrier de Le Gall Anne");
    expect(fr.calendarOf.delegate({ owner: "Les Halles" })).toBe("Calendrier de Les Halles");
  });

  it("greets in German's business form with the whole name and its title, never 'Hallo Dr.,'", () => {
    expect(greetingIn(de, person("Dr. Alex Wilber"))).toBe("Guten Tag Dr. Alex Wilber,");
    expect(greetingIn(de, person("Wilber, Alex"))).toBe("Guten Tag Alex Wilber,");
    expect(greetingIn(en, person("Wilber, Alex"))).toBe("Hi Alex,");
    expect(greetingIn(fr, person("DUPONT Jean"))).toBe("Bonjour Jean,");
    expect(greetingIn(nl, person("Berg, Jan van den"))).toBe("Beste Jan,");
  });

  it("signs the request to the owner with the assistant's name in reading order", () => {
    const ctx = context({ t: fr });
    const me = person("BOWEN Megan");
    const facts = delegateFacts({
      user: known({ ...me, emailAddress: "megan@contoso.com" }),
      shared: known({ owner: "alex@contoso.com", delegatePermissions: 1 }),
    });
    const request = draftOwnerRequest(diagnose(facts, ctx), ctx);
    expect(request.body.trimEnd().endsWith("Megan BOWEN")).toBe(true);
    expect(request.subject).toContain("Megan BOWEN");
  });

  it("writes the heading with the whole name in reading order", () => {
    const ctx = context({ t: de });
    const owner = person("Wilber, Alex");
    const facts = delegateFacts({ organizer: known(owner), shared: known({ owner: owner.emailAddress, delegatePermissions: 63 }) });
    expect(headlineOf(diagnose(facts, ctx), de)).toBe("Kalender von Alex Wilber");
  });

  it("falls back to the address, then to the catalogue's word, when there is no name", () => {
    expect(shortNameOf({ emailAddress: "alex@contoso.com", displayName: "" }, "x")).toBe("alex@contoso.com");
    expect(shortNameOf({ emailAddress: "alex@contoso.com", displayName: "alex@contoso.com" }, "x")).toBe("alex@contoso.com");
    expect(greetingIn(de, { emailAddress: "alex@contoso.com", displayName: "alex@contoso.com" })).toBe("Guten Tag,");
    expect(greetingIn(en, { emailAddress: "alex@contoso.com", displayName: " " })).toBe("Hi,");
  });
});
