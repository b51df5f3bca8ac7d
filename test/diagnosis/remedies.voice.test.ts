/**
 * One voice per remedy card, in French: each card speaks to the one it is labelled for. The owner's
 * card says « vous » to the owner, so it never names the owner in the third person; IT's card speaks
 * to IT in the imperative, so any « vous » there would read as the assistant; the assistant's card
 * never talks as the owner (« de votre part », « vos délégués »). Read over every card the checks and
 * the error decoder give, with the people named and nameless.
 */
import { KNOWN_ERRORS } from "../../src/diagnosis/errors/knowledgeBase";
import { calendarEditorRemedies, namesOf, onlineMeetingRemedies, sendOnBehalfRemedies } from "../../src/diagnosis/remedies";
import type { Parties, Remedy, RemedyStep, ServiceKind } from "../../src/diagnosis/types";
import { fr } from "../../src/i18n/fr";
import { ALEX, MEGAN } from "./fixtures";

const SERVICES: readonly ServiceKind[] = ["teams", "skype", "zoom", "webex", "jitsi", "other"];

const PARTIES: readonly [string, Parties][] = [
  ["both named", { owner: ALEX, delegate: MEGAN, helpdesk: "helpdesk@contoso.com" }],
  ["the delegate nameless", { owner: ALEX }],
  ["both nameless", {}],
];

function cards(parties: Parties): Remedy[] {
  return [
    ...calendarEditorRemedies(parties, fr),
    ...sendOnBehalfRemedies(parties, fr),
    ...SERVICES.flatMap((service) => onlineMeetingRemedies(service, parties, fr)),
    ...KNOWN_ERRORS.flatMap((entry) => entry.remedies(parties, fr)),
  ];
}

/** What a card shows in words: its summary and each step (a command's purpose, not the command). */
function wordsOf(remedy: Remedy): string {
  const step = (s: RemedyStep): string => (s.kind === "command" ? s.purpose : s.kind === "clicks" ? `${s.where} ${s.text}` : s.text);
  return [remedy.summary, ...remedy.steps.map(step)].join("\n");
}

function cardsOf(parties: Parties, actor: Remedy["actor"]): string[] {
  return cards(parties)
    .filter((remedy) => remedy.actor === actor)
    .map(wordsOf);
}

describe.each(PARTIES)("French remedy cards, %s", (_label, parties) => {
  const owner = namesOf(parties, fr).owner;

  test("the owner's card speaks to the owner: never « la personne propriétaire » nor the owner's name", () => {
    const owners = cardsOf(parties, "owner");
    expect(owners.length).toBeGreaterThan(5);
    expect(owners.filter((text) => text.includes(fr.people.owner) || text.includes(owner))).toEqual([]);
  });

  test("IT's card speaks to IT in the imperative, so « vous » never stands for the assistant there", () => {
    const admins = cardsOf(parties, "admin");
    expect(admins.length).toBeGreaterThan(5);
    expect(admins.filter((text) => /\b(?:vous|votre|vos)\b/i.test(text))).toEqual([]);
  });

  test("the assistant's card never speaks as the owner", () => {
    const yours = cardsOf(parties, "you");
    expect(yours.length).toBeGreaterThan(1);
    expect(yours.filter((text) => /de votre part|vos délégués|votre délégué|votre calendrier/.test(text))).toEqual([]);
  });
});
