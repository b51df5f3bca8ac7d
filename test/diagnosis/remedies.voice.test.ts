/**
 * One voice per remedy card, in every language: each card speaks to the one it is labelled for. The
 * owner's card says "you" to the owner, so it never names the owner in the third person and never
 * calls the delegate "you"; IT's card speaks to IT in the imperative, so a second person there would
 * read as the assistant; the assistant's card never talks as the owner ("on your behalf", "your
 * delegates"). Read over every card the checks and the error decoder give, with the people named and nameless.
 */
import { KNOWN_ERRORS } from "../../src/diagnosis/errors/knowledgeBase";
import { calendarEditorRemedies, namesOf, onlineMeetingRemedies, sendOnBehalfRemedies } from "../../src/diagnosis/remedies";
import type { Parties, Remedy, RemedyStep, ServiceKind } from "../../src/diagnosis/types";
import { de } from "../../src/i18n/de";
import { en } from "../../src/i18n/en";
import { fr } from "../../src/i18n/fr";
import type { Catalogue } from "../../src/i18n/messages";
import { nl } from "../../src/i18n/nl";
import { ALEX, MEGAN } from "./fixtures";

/** How one language shows each voice going wrong. */
interface Voice {
  readonly t: Catalogue;
  /** The owner in the third person (the catalogue's stand-in for a nameless owner, in any of its forms). */
  readonly ownerInThirdPerson: RegExp;
  /** A second person where nobody but the assistant can be meant (IT's card, the delegate's stand-in). */
  readonly secondPerson: RegExp;
  /** What only the owner says: their own delegates, their own calendar, sending on their behalf. */
  readonly ownersOwnWords: RegExp;
  /**
   * The delegate called "you": the word the pane uses for its user standing in the delegate's place. A
   * possessive that speaks to the owner ("your delegate", „Ihre Stellvertretung") is the owner's voice.
   */
  readonly delegateAsYou: RegExp;
}

const VOICES = {
  en: {
    t: en,
    ownerInThirdPerson: /\bthe owner\b/i,
    secondPerson: /\b(?:you|your|yours|yourself)\b/i,
    ownersOwnWords: /\byour (?:delegates?|calendar)\b|\bon your behalf\b|\bsend (?:\w+ )?for you\b/i,
    delegateAsYou: /^(?:you|yourself)$/i,
  },
  fr: {
    t: fr,
    ownerInThirdPerson: /personne propriétaire/i,
    secondPerson: /\b(?:vous|votre|vos)\b/i,
    ownersOwnWords: /de votre part|vos délégués|votre délégué|votre calendrier/,
    delegateAsYou: /^(?:vous|vous-même)$/i,
  },
  nl: {
    t: nl,
    ownerInThirdPerson: /\beigenaar\b/i,
    // Dutch IT steps read as plain imperatives ("Voer … uit"), so any u/je there is the assistant.
    secondPerson: /(?<![\p{L}-])(?:u|uw|je|jouw|jij|jullie)(?![\p{L}-])/iu,
    ownersOwnWords: /\bnamens u\b|\buw (?:gemachtigden?|agenda)\b/i,
    delegateAsYou: /^(?:u|uzelf|je|jij|jezelf)$/i,
  },
  de: {
    t: de,
    ownerInThirdPerson: /Kalenderbesitzer/,
    // „Sie" is also "she" and "they": only capitalised forms inside a sentence count, and „Sie" right after
    // a verb in -en is the polite imperative that speaks to IT („Führen Sie …", „verwenden Sie …").
    secondPerson: /(?<=[\p{L}\p{N},;)“"»]\s)(?:(?<!\p{L}en\s)Sie|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres|Ihnen)(?!\p{L})/u,
    ownersOwnWords: /\bin Ihrem Auftrag\b|\bIhr(?:e|en|em|er)? (?:Stellvertretung|Stellvertreter|Kalender)/,
    delegateAsYou: /^(?:Sie|Ihnen|sich)$/,
  },
} satisfies Record<string, Voice>;

/** The languages whose cards are held to one voice: all four (Dutch joined with issue 30's review). */
const LANGUAGES_CHECKED: readonly (keyof typeof VOICES)[] = ["en", "fr", "de", "nl"];

const SERVICES: readonly ServiceKind[] = ["teams", "skype", "zoom", "webex", "jitsi", "other"];

const PARTIES: readonly [string, Parties][] = [
  ["both named", { owner: ALEX, delegate: MEGAN, helpdesk: "helpdesk@contoso.com" }],
  ["the delegate nameless", { owner: ALEX }],
  ["both nameless", {}],
];

function cards(parties: Parties, t: Catalogue): Remedy[] {
  return [
    ...calendarEditorRemedies(parties, t),
    ...sendOnBehalfRemedies(parties, t),
    ...SERVICES.flatMap((service) => onlineMeetingRemedies(service, parties, t)),
    ...KNOWN_ERRORS.flatMap((entry) => entry.remedies(parties, t)),
  ];
}

/** What a card shows in words: its summary and each step (a command's purpose, not the command). */
function wordsOf(remedy: Remedy): string {
  const step = (s: RemedyStep): string => (s.kind === "command" ? s.purpose : s.kind === "clicks" ? `${s.where} ${s.text}` : s.text);
  return [remedy.summary, ...remedy.steps.map(step)].join("\n");
}

function cardsOf(parties: Parties, t: Catalogue, actor: Remedy["actor"]): string[] {
  return cards(parties, t)
    .filter((remedy) => remedy.actor === actor)
    .map(wordsOf);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * What the owner's cards say in place of the delegate when Outlook gave no delegate: each nameless card
 * read against the same card with Megan named, whose name is all that differs between the two.
 */
function delegateStandIns(t: Catalogue): { standIns: string[]; unread: string[] } {
  const named = cardsOf({ owner: ALEX, delegate: MEGAN }, t, "owner");
  const nameless = cardsOf({ owner: ALEX }, t, "owner");
  const megan = [t.remedies.webex.yourEmail({ address: MEGAN.emailAddress }), `${MEGAN.displayName} (${MEGAN.emailAddress})`, "Megan"];
  const meganAnywhere = new RegExp(megan.map(escape).join("|"));
  const standIns: string[] = [];
  const unread: string[] = [];
  named.forEach((text, index) => {
    const shape = new RegExp(`^${text.split(meganAnywhere).map(escape).join("(.+?)")}$`, "s");
    const match = shape.exec(nameless[index] ?? "");
    if (match) standIns.push(...match.slice(1));
    else unread.push(nameless[index] ?? "(missing)");
  });
  return { standIns, unread };
}

describe.each(LANGUAGES_CHECKED)("remedy cards in %s", (language) => {
  const { t, ownerInThirdPerson, secondPerson, ownersOwnWords, delegateAsYou } = VOICES[language];

  describe.each(PARTIES)("%s", (_label, parties) => {
    const owner = namesOf(parties, t).owner;

    test("the owner's card speaks to the owner: never the owner's name nor the catalogue's word for the owner", () => {
      const owners = cardsOf(parties, t, "owner");
      expect(owners.length).toBeGreaterThan(5);
      expect(owners.filter((text) => ownerInThirdPerson.test(text) || text.includes(owner))).toEqual([]);
    });

    test("IT's card speaks to IT in the imperative, so no second person stands for the assistant there", () => {
      const admins = cardsOf(parties, t, "admin");
      expect(admins.length).toBeGreaterThan(5);
      expect(admins.filter((text) => secondPerson.test(text))).toEqual([]);
    });

    test("the assistant's card never speaks as the owner", () => {
      const yours = cardsOf(parties, t, "you");
      expect(yours.length).toBeGreaterThan(1);
      expect(yours.filter((text) => ownersOwnWords.test(text))).toEqual([]);
    });
  });

  test("a nameless delegate is never 'you' in the owner's card: 'you' there is the owner", () => {
    const { standIns, unread } = delegateStandIns(t);
    expect(unread).toEqual([]);
    expect(standIns.length).toBeGreaterThan(5);
    expect(standIns.filter((standIn) => delegateAsYou.test(standIn.trim()))).toEqual([]);
  });
});

test("English: a nameless delegate is added as 'the person who schedules for you', never 'the delegate as your delegate'", () => {
  const summaries = cardsOf({ owner: ALEX }, en, "owner");
  expect(summaries.some((text) => text.includes("Add the person who schedules for you as your delegate"))).toBe(true);
  expect(summaries.filter((text) => /the delegate as your delegate/i.test(text))).toEqual([]);
});
