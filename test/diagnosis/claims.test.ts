import { locationWithoutClaim, unmetClaims } from "../../src/diagnosis/claims";
import { BLOCK_ID, HTML_BLOCK_BEGIN, HTML_BLOCK_END } from "../../src/meeting/marker";

const JITSI = "https://meet.jit.si/QuietOtterJumpsAcross";
const TEAMS = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0";
const block = (link: string): string =>
  `${HTML_BLOCK_BEGIN}<div data-${BLOCK_ID}="1"><p>Jitsi Meet</p><p>Join: <a href="${link}">${link}</a></p></div>${HTML_BLOCK_END}`;

describe("unmetClaims: what the pane warns about and the send check stops", () => {
  test("a location naming Teams without a Teams link is unmet, with or without our Jitsi block", () => {
    for (const body of ["<p>Agenda</p>", `<p>Agenda</p>${block(JITSI)}`]) {
      expect(unmetClaims({ location: "Microsoft Teams Meeting", body, bodyType: "html" })).toEqual([
        { service: "teams", where: "location", quote: "Microsoft Teams Meeting" },
      ]);
    }
  });

  test("the claimed service's own link anywhere meets the claim", () => {
    expect(unmetClaims({ location: "Microsoft Teams Meeting", body: `<a href="${TEAMS}">Join</a>`, bodyType: "html" })).toEqual([]);
    expect(unmetClaims({ location: `Microsoft Teams Meeting; ${TEAMS}`, body: "", bodyType: "text" })).toEqual([]);
  });

  test("body prose next to our block with its link is met; our block without a link is not", () => {
    expect(unmetClaims({ location: "", body: `<p>After last week's Zoom meeting</p>${block(JITSI)}`, bodyType: "html" })).toEqual([]);
    const broken = `${HTML_BLOCK_BEGIN}<div data-${BLOCK_ID}="1"><p>Join: <a>gone</a></p></div>${HTML_BLOCK_END}`;
    expect(unmetClaims({ location: "", body: broken, bodyType: "html" }).map((c) => c.service)).toEqual(["other"]);
  });

  test("a room is not a claim", () => {
    expect(unmetClaims({ location: "Teams Meeting Room 2", body: "", bodyType: "text" })).toEqual([]);
  });
});

describe("locationWithoutClaim: only the claimed words leave the location", () => {
  test.each([
    ["Microsoft Teams Meeting", "Microsoft Teams Meeting", ""],
    ["Conf Room Adams (12); Microsoft Teams Meeting", "Microsoft Teams Meeting", "Conf Room Adams (12)"],
    ["Microsoft Teams Meeting; Conf Room Adams (12)", "Microsoft Teams Meeting", "Conf Room Adams (12)"],
    ["Room 4;  Lobby ; Microsoft  Teams\u00a0Meeting", "Microsoft Teams Meeting", "Room 4;  Lobby"],
    ["Building 7 - Microsoft Teams Meeting", "Microsoft Teams Meeting", "Building 7"],
    ["Zoom", "Zoom", ""],
    ["HQ, Zoom meeting, floor 3", "Zoom meeting", "HQ, floor 3"],
  ])("%j without %j is %j", (location, quote, expected) => {
    expect(locationWithoutClaim(location, quote)).toBe(expected);
  });

  test("a quote no longer in the location changes nothing", () => {
    expect(locationWithoutClaim("Conf Room Adams (12)", "Microsoft Teams Meeting")).toBeUndefined();
    expect(locationWithoutClaim("Conf Room Adams (12)", "  ")).toBeUndefined();
  });

  test("regex characters in a quote are taken literally", () => {
    expect(locationWithoutClaim("Room (A); Zoom", "Zoom")).toBe("Room (A)");
    expect(locationWithoutClaim("Room (A)", "(A")).toBe("Room )");
  });
});
