/**
 * The Dutch, French and German phrases Outlook's meeting add-ins write: a named meeting is a claim
 * (the send check stops it without a join link), a room, a plural or a longer word is not.
 */
import fc from "fast-check";
import { LOCALIZED_CLAIM_PHRASES } from "../../src/diagnosis/claimPhrases";
import { evaluateSendGuard, findClaims, type SendGuardInput } from "../../src/diagnosis/sendGuard";

function claimed(text: string): string | undefined {
  return LOCALIZED_CLAIM_PHRASES.find(({ pattern }) => pattern.test(text))?.service;
}

describe("localized claim phrases", () => {
  test.each([
    ["Microsoft Teams-Besprechung", "teams"],
    ["Teams-Besprechung", "teams"],
    ["Réunion Microsoft Teams", "teams"],
    ["réunion Teams", "teams"],
    ["Microsoft Teams-vergadering", "teams"],
    ["Teamsvergadering", "teams"],
    ["Skype for Business-Besprechung", "skype"],
    ["Lync-Besprechung", "skype"],
    ["Réunion Skype Entreprise", "skype"],
    ["Lync-vergadering", "skype"],
    ["Zoom-Meeting", "zoom"],
  ])("%j claims %s", (text, service) => {
    expect(claimed(text)).toBe(service);
    expect(findClaims(text, "", false).map((claim) => claim.service)).toContain(service);
  });

  test.each([
    "Teams-Besprechungsraum 2",
    "Teams-Besprechung Raum 4",
    "Teams-Besprechungen planen",
    "Teams-vergaderruimte 3",
    "Microsoft Teams-vergadering zaal",
    "Réunion Teams salle 2",
    "Réunions Teams",
    "Salle Teams 2",
    "Lync-Besprechungsraum",
    "Zoom-Meetingraum",
    "Conf Room Adams (12)",
  ])("%j is a venue or prose, not a claim", (text) => {
    expect(claimed(text)).toBeUndefined();
  });

  // A backtracking phrase would not finish on this within jest's timeout; speed is not timed in a test.
  test("each phrase finishes on long, almost-matching text without claiming it", () => {
    const long = `${"Teams-Besprechun ".repeat(5000)}réunion ${"microsoft ".repeat(5000)}x`;
    for (const { pattern } of LOCALIZED_CLAIM_PHRASES) expect(pattern.test(long)).toBe(false);
  }, 60_000);

  test("arbitrary text never makes a phrase throw, and matching stays a pure test", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        for (const { pattern } of LOCALIZED_CLAIM_PHRASES) expect(pattern.test(text)).toBe(pattern.test(text));
      }),
    );
  });
});

describe("the send check stops a delegated meeting that claims a localized online meeting without a join link", () => {
  const base: SendGuardInput = {
    delegation: "delegate",
    location: "",
    subject: "Jour fixe",
    body: "<p>Agenda</p>",
    bodyType: "html",
  };

  test.each(["Microsoft Teams-Besprechung", "Réunion Microsoft Teams", "Microsoft Teams-vergadering"])("location %j", (location) => {
    const result = evaluateSendGuard({ ...base, location });
    expect(result.allow).toBe(false);
    if (!result.allow) expect(result.claimed).toBe("teams");
  });

  test("with the Teams join link in the body it goes out", () => {
    const link = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%22Tid%22%3a%22x%22%7d";
    const result = evaluateSendGuard({
      ...base,
      location: "Microsoft Teams-Besprechung",
      body: `<a href="${link}">Besprechung beitreten</a>`,
    });
    expect(result.allow).toBe(true);
  });

  test("a room named after Teams is a venue: it goes out", () => {
    expect(evaluateSendGuard({ ...base, location: "Teams-Besprechungsraum 2" }).allow).toBe(true);
  });

  test("in the owner's own calendar nothing is stopped", () => {
    expect(evaluateSendGuard({ ...base, delegation: "self", location: "Réunion Microsoft Teams" }).allow).toBe(true);
  });
});
