/**
 * How each language names the owner and sending for someone, read across every text with the owner
 * both named ("Alex") and nameless (the language's fallback): German says "Kalenderbesitzer" in the
 * right case, French sends « de la part de », Dutch says "venster" and "waarschijnlijk".
 */
import { de } from "../../src/i18n/de";
import { fr } from "../../src/i18n/fr";
import type { Messages } from "../../src/i18n/messages";
import { nl } from "../../src/i18n/nl";
import { sendGuardDe } from "../../src/i18n/sendGuard/de";
import { sendGuardFr } from "../../src/i18n/sendGuard/fr";
import { sendGuardNl } from "../../src/i18n/sendGuard/nl";

const ARRAYS = new Set(["needs", "items", "reasons", "rights"]);
const NUMBERS = new Set(["limit", "max"]);

/** Every text of a catalogue, functions called with `owner` (and `who`, `me`) set to the given name. */
function texts(catalogue: unknown, owner: string): string[] {
  const out: string[] = [];
  const visit = (value: unknown): void => {
    if (typeof value === "string") out.push(value);
    else if (typeof value === "function") {
      for (const check of [true, false]) {
        const args = new Proxy({} as Record<string, unknown>, {
          get: (_t, key) =>
            typeof key !== "string"
              ? undefined
              : key === "check"
                ? check
                : ARRAYS.has(key)
                  ? ["Bearbeitungsrecht"]
                  : NUMBERS.has(key)
                    ? 1000
                    : key === "where"
                      ? "location"
                      : ["owner", "who", "me"].includes(key)
                        ? owner
                        : "x",
        });
        const result: unknown = (value as (p: unknown) => unknown)(args);
        if (typeof result === "string") out.push(result);
      }
    } else if (value && typeof value === "object") {
      // list() takes the items themselves, not named placeholders.
      for (const [key, inner] of Object.entries(value)) if (key !== "list") visit(inner);
    }
  };
  visit(catalogue);
  return out;
}

const both = (catalogue: Messages, extra: object) => [
  ...texts(catalogue, catalogue.people.owner),
  ...texts(catalogue, "Alex"),
  ...texts(extra, catalogue.people.owner),
];

describe("German", () => {
  const all = both(de, sendGuardDe);

  test("one word for the owner: Kalenderbesitzer, never the earlier two", () => {
    expect(all.filter((text) => /Führungskraft|Person, der der Kalender gehört/.test(text))).toEqual([]);
    expect(de.people.owner).toBe("der Kalenderbesitzer");
  });

  test("the nameless owner is put in its case, never after a preposition in the nominative", () => {
    expect(all.filter((text) => /(?:von|bei|mit|Auftrag|gehört) der Kalenderbesitzer|von dem Kalenderbesitzer/.test(text))).toEqual([]);
    expect(de.calendarOf.delegate({ owner: de.people.owner })).toBe("Kalender des Kalenderbesitzers");
    expect(de.calendarOf.delegate({ owner: "Alex" })).toBe("Kalender von Alex");
    expect(de.actions.askOwner({ owner: "Alex", needs: [de.actions.needShort.calendar] })).toBe("Bei Alex anfragen: Bearbeitungsrechte");
    expect(
      de.actions.askOwner({
        owner: de.people.owner,
        needs: [de.actions.needShort.calendar, de.actions.needShort.sending, de.actions.needShort.service({ service: "Zoom" })],
      }),
    ).toBe("Beim Kalenderbesitzer anfragen: Bearbeitungsrechte, Senden im Auftrag und Berechtigung in Zoom");
    expect(de.actions.confirmWithOwner({ owner: de.people.owner })).toBe("Mit dem Kalenderbesitzer klären");
  });

  test("Microsoft's German words, never a guessed or English label (review 2026-12, findings 1, 2, 8, 9, 14)", () => {
    // „Senderecht“ is a broadcasting right; „Übertragen“ and „Editor“ are not what German Outlook shows;
    // „in Ihrem Namen“ reads as Send As; "Skype Meeting" and "Enterprise Voice" have Microsoft German names;
    // the add-in's part of the meeting text is a „Abschnitt“, not jargon „Block“.
    const wrong = /Senderecht|„Übertragen“|„Editor“|Skype Meeting|Enterprise Voice|in Ihrem Namen|Add-ins|Block von|Besprechungsblock/;
    expect(all.filter((text) => wrong.test(text))).toEqual([]);
    expect(de.insert.warnSendingMissing({ owner: "Alex" })).toContain("„Senden im Auftrag von“");
    expect(de.meeting.guidance.skypeSelf).toContain("„Skype-Besprechung“");
  });

  test("the owner's steps say „in Ihrem Auftrag“ for the owner and never „für Sie“ (review 2026-12, finding 7)", () => {
    for (const delegate of ["Megan", de.remedyPeople.delegate]) {
      expect(de.remedies.zoom.owner({ delegate })).toBe(`${delegate} in Zoom berechtigen, in Ihrem Auftrag zu planen`);
      const owners = [de.remedies.calendar.owner, de.remedies.sending.owner, de.remedies.teams.owner, de.remedies.skype.owner];
      // Never „Ihre Stellvertretung als Stellvertretung hinzufügen“.
      for (const owner of owners) expect(owner({ delegate }).match(/Stellvertretung/g)).toHaveLength(1);
      // IT's steps: „Ihre“ would be IT's own.
      const admin = [
        de.remedies.calendar.admin({ owner: "Alex", delegate }),
        de.remedies.sending.admin({ owner: "Alex", delegate }),
        de.remedies.sending.listPurpose({ owner: "Alex", delegate }),
      ];
      expect(admin.filter((text) => /\bIhre?\b/.test(text))).toEqual([]);
    }
    expect(de.remedies.calendar.owner({ delegate: de.remedyPeople.delegate })).toBe(
      "Die Person, die für Sie plant, als Stellvertretung mit der Berechtigung „Bearbeiter“ für Ihren Kalender hinzufügen",
    );
    expect(all.filter((text) => /Ihre Stellvertretung „|für Sie erteilen/.test(text))).toEqual([]);
  });

  test("the request continues in lower case after the salutation's comma", () => {
    expect(de.ownerRequest.introAsk).toMatch(/^[a-zäöü]/);
    expect(de.ownerRequest.introCheck).toMatch(/^[a-zäöü]/);
  });
});

describe("French", () => {
  const all = both(fr, sendGuardFr);

  test("sending for someone is « de la part de », never « au nom de » (which reads as Send As)", () => {
    expect(all.filter((text) => /au nom d|en (?:son|votre) nom/.test(text))).toEqual([]);
  });

  test("Microsoft's French labels, not the English ones", () => {
    expect(
      all.filter((text) =>
        /Delegate Access|Sharing and permissions|«\u202f(?:Delegate|Can edit|Add|File|Send As|Teams meeting)\u202f»/.test(text),
      ),
    ).toEqual([]);
    expect(fr.remedies.where.classicDelegateAccess).toBe("Fichier > Paramètres du compte > Accès délégué");
  });

  test("Microsoft's French names for Full Access, Contributor, Enterprise Voice, the hybrid wizard and the Skype path", () => {
    expect(
      all.filter((text) =>
        /Full Access|Contributor|Enterprise Voice|Hybrid Configuration Wizard|Tools|Call Forwarding|Edit my delegate/.test(text),
      ),
    ).toEqual([]);
    expect(fr.roles.Contributor).toMatch(/^Collaborateur /);
    expect(fr.remedies.sharing.adminPurpose).toContain("Accès total");
    expect(fr.remedies.where.skype).toContain("Outils > Options > Paramètres de transfert d’appel > Modifier mes membres délégués");
  });

  test("a narrow no-break space (U+202F), never an ordinary one, before ; : ! ? and inside « »", () => {
    expect(all.filter((text) => / [;:!?»]|« /.test(text))).toEqual([]);
  });

  test("the assistant is never « délégué » as an attribute of « vous » or « je » (often a woman)", () => {
    const attribute =
      /(?:vous|je) (?:êtes|suis|soyez|sois) (?:un vrai )?délégué|(?:vous|m’)(?:\S+ )?(?:ajout\w*|indique|montre) comme délégué/;
    expect(all.filter((text) => attribute.test(text))).toEqual([]);
  });
});

describe("Dutch", () => {
  const all = both(nl, sendGuardNl);

  test('"venster", "waarschijnlijk" and Skype voor Bedrijven throughout', () => {
    expect(all.filter((text) => /deelvenster|[Ww]ellicht|Skype for Business(?! Server| Online)/.test(text))).toEqual([]);
    expect(nl.app.name).toBe("Namens iemand anders plannen");
  });

  test("Microsoft's Dutch words from the review: verzenden, gemachtigdentoegang, Inzender, Teams-/Skype-vergadering", () => {
    expect(all.filter((text) => /verstu|[Gg]emachtigde toegang|"(?:Teams meeting|Skype Meeting|Contributor)"/.test(text))).toEqual([]);
    expect(nl.roles.Contributor).toMatch(/^Inzender /);
    expect(nl.meeting.guidance.teamsSelf).toContain("de knop Teams-vergadering");
    expect(nl.meeting.guidance.skypeSelf).toContain("de knop Skype-vergadering");
    expect(nl.errors["send-on-behalf"].title).toBe("U mag niet namens de eigenaar verzenden");
  });

  test("in the owner's steps 'u' is the owner, who is told to be signed in, and no summary starts lower case", () => {
    const alternative = nl.remedies.skype.alternative({ delegate: "Megan" });
    expect(alternative).toContain("dan mag Megan ook namens u verzenden");
    expect(alternative).toContain("U moet daarbij zowel in Outlook als in Skype voor Bedrijven aangemeld zijn.");
    expect(alternative).not.toMatch(/eigenaar/);
    const fallback = nl.remedyPeople.delegate;
    for (const summary of [nl.remedies.calendar.owner, nl.remedies.sending.owner, nl.remedies.teams.owner, nl.remedies.skype.owner]) {
      expect(summary({ delegate: fallback })).toMatch(/^\p{Lu}/u);
      expect(summary({ delegate: fallback })).not.toMatch(/gemachtigde als gemachtigde/);
    }
  });
});
