import fc from "fast-check";
import {
  MAX_SEND_GUARD_MESSAGE_CHARS,
  evaluateSendGuard,
  extractLinks,
  findClaims,
  joinLinkService,
  visibleText,
  type BodyType,
  type JoinService,
  type SendGuardInput,
} from "../../src/diagnosis/sendGuard";
import type { Delegation, ServiceKind } from "../../src/diagnosis/types";
import { BLOCK_ID, HTML_BLOCK_BEGIN, HTML_BLOCK_END, TEXT_BLOCK_BEGIN, TEXT_BLOCK_END } from "../../src/meeting/marker";

const LINKS: Record<JoinService, string> = {
  teams: "https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%22Tid%22%3a%22x%22%7d",
  skype: "https://meet.lync.com/contoso/alex/ABC123",
  zoom: "https://contoso.zoom.us/j/91234567890?pwd=abc",
  webex: "https://contoso.webex.com/contoso/j.php?MTID=m123",
  jitsi: "https://meet.jit.si/OwnerRoom-7f3a",
};

/** What Outlook (or the service's add-in) writes in the location and body. */
const CLAIMS: Record<JoinService, { location: string; boilerplate: string }> = {
  teams: { location: "Microsoft Teams Meeting", boilerplate: "Join Microsoft Teams Meeting" },
  skype: { location: "Skype Meeting", boilerplate: "Join Skype Meeting" },
  zoom: { location: "Zoom", boilerplate: "Join Zoom Meeting" },
  webex: { location: "Webex", boilerplate: "Join Webex meeting" },
  jitsi: { location: "Jitsi Meet", boilerplate: "Join the Jitsi Meet call" },
};

const SERVICES = Object.keys(LINKS) as JoinService[];

function input(overrides: Partial<SendGuardInput>): SendGuardInput {
  return { delegation: "delegate", location: "", subject: "Weekly sync", body: "", bodyType: "html", ...overrides };
}

function body(type: BodyType, boilerplate: string, link: string | undefined): string {
  if (type === "text") return `Agenda below.\n\n${boilerplate}\n${link ?? ""}\n`;
  // The broken case keeps the anchor text and loses the href.
  const anchor = link === undefined ? "<a>Click here to join the meeting</a>" : `<a href="${link}">Click here to join the meeting</a>`;
  return `<html><head><style>p{margin:0}</style></head><body><p>Agenda below.</p><p>${boilerplate}</p><p>${anchor}</p></body></html>`;
}

function expectBlocked(result: ReturnType<typeof evaluateSendGuard>, claimed: ServiceKind): void {
  expect(result.allow).toBe(false);
  if (result.allow) return;
  expect(result.claimed).toBe(claimed);
  expect(result.message.length).toBeLessThanOrEqual(MAX_SEND_GUARD_MESSAGE_CHARS);
  expect(result.message).toContain("Schedule on behalf");
}

describe("evaluateSendGuard: claims x link x delegation x body type", () => {
  const delegations: Delegation[] = ["delegate", "self", "unknown"];
  const types: BodyType[] = ["html", "text"];
  const cases: Array<[JoinService, "location" | "body", boolean, Delegation, BodyType]> = [];
  for (const service of SERVICES)
    for (const where of ["location", "body"] as const)
      for (const linked of [true, false])
        for (const delegation of delegations) for (const type of types) cases.push([service, where, linked, delegation, type]);

  test.each(cases)("%s claimed in %s, link %p, %s, %s body", (service, where, linked, delegation, type) => {
    const claim = CLAIMS[service];
    const result = evaluateSendGuard(
      input({
        delegation,
        bodyType: type,
        location: where === "location" ? claim.location : "Room 4.01",
        body: body(type, where === "body" ? claim.boilerplate : "See you there.", linked ? LINKS[service] : undefined),
      }),
    );
    if (delegation === "delegate" && !linked) expectBlocked(result, service);
    else expect(result).toEqual({ allow: true });
  });
});

describe("evaluateSendGuard: location variants", () => {
  test.each([
    ["Microsoft Teams Meeting", "teams"],
    ["microsoft teams meeting", "teams"],
    ["Conference Room 4; Microsoft Teams Meeting", "teams"],
    ["Microsoft Teams Meeting; Conference Room 4", "teams"],
    ["Microsoft Teams", "teams"],
    ["Teams meeting (online)", "teams"],
    ["  Zoom  ", "zoom"],
    ["Zoom Meeting", "zoom"],
    ["Room 2; (Zoom)", "zoom"],
    ["Cisco Webex", "webex"],
    ["Webex Meeting", "webex"],
    ["Lync Meeting", "skype"],
    ["Skype for Business Meeting", "skype"],
    ["Jitsi", "jitsi"],
  ])("%j claims %s and blocks a delegate without a link", (location, service) => {
    expectBlocked(evaluateSendGuard(input({ location, body: "<p>Agenda</p>" })), service as ServiceKind);
  });

  test.each([
    "Zoom Room 3",
    "Teams Room",
    "Microsoft Teams Room - Floor 4",
    "Teams Meeting Room 2",
    "Zoom Meeting Rooms, Building B",
    "Webex Room Kit, 3rd floor",
    "Conference Room 4",
    "",
  ])("%j is a place, not an online meeting: allowed", (location) => {
    expect(evaluateSendGuard(input({ location, body: "<p>Agenda</p>" }))).toEqual({ allow: true });
  });

  test("a join link in the location counts (some service add-ins put it there)", () => {
    expect(evaluateSendGuard(input({ location: `Zoom; ${LINKS.zoom}`, body: "" }))).toEqual({ allow: true });
  });
});

describe("evaluateSendGuard: near misses in the body and subject", () => {
  test.each([
    ["html", "<p>Can you zoom in on the Q3 numbers?</p>"],
    ["html", "<p>Lunch with Alex Zoom</p>"],
    ["text", "Follow-up on our policy for Teams meetings."],
    ["text", "Bring the Webex Room Kit remote."],
    ["html", "<p>In person, Room 4.01. No dial-in.</p>"],
    ["html", "<p>The Teams Meeting Room is booked.</p>"],
  ] as const)("%s body %j does not claim an online meeting", (bodyType, text) => {
    expect(evaluateSendGuard(input({ bodyType, body: text, location: "Room 4.01" }))).toEqual({ allow: true });
  });

  test("the subject is never a claim", () => {
    expect(evaluateSendGuard(input({ subject: "Zoom meeting licence renewal", body: "<p>In person</p>" }))).toEqual({ allow: true });
  });

  test("a singular 'Teams meeting' in prose is a claim (quoted in the message so the user can fix it)", () => {
    const result = evaluateSendGuard(input({ bodyType: "text", body: "Notes from last week's Teams meeting attached." }));
    expectBlocked(result, "teams");
    if (!result.allow) expect(result.message).toContain('"Teams meeting" (in the text)');
  });
});

describe("evaluateSendGuard: which links count", () => {
  test("http (not https) join links do not count", () => {
    const http = LINKS.teams.replace("https://", "http://");
    expectBlocked(evaluateSendGuard(input({ location: "Microsoft Teams Meeting", body: `<a href="${http}">${http}</a>` })), "teams");
    expect(joinLinkService(http)).toBeUndefined();
  });

  test("a link of another service does not satisfy the claimed one", () => {
    const result = evaluateSendGuard(input({ location: "Microsoft Teams Meeting", body: `<a href="${LINKS.zoom}">Join</a>` }));
    expectBlocked(result, "teams");
  });

  test("the first unsatisfied claim is reported, location first", () => {
    const result = evaluateSendGuard(
      input({ location: "Zoom", body: `<p>Join Microsoft Teams Meeting</p><a href="${LINKS.teams}">x</a>` }),
    );
    expectBlocked(result, "zoom");
  });

  test("a link written out only in the visible text counts", () => {
    expect(evaluateSendGuard(input({ location: "Zoom", body: `<p>Join: ${LINKS.zoom}</p>` }))).toEqual({ allow: true });
  });

  test("entities in hrefs and text are decoded", () => {
    const encoded = "https:&#x2F;&#x2F;contoso.zoom.us&#47;j&#x2f;123?pwd=a&amp;uname=b";
    expect(evaluateSendGuard(input({ location: "Zoom", body: `<p>${encoded}</p>` }))).toEqual({ allow: true });
    expect(evaluateSendGuard(input({ location: "Zoom", body: `<a href="${encoded}">Join</a>` }))).toEqual({ allow: true });
  });

  test("non-breaking spaces and inline tags do not hide the boilerplate", () => {
    const result = evaluateSendGuard(
      input({ body: '<p><span style="x">Join&nbsp;Microsoft&#160;Teams</span> <b>Meeting</b></p><a href="">Click here</a>' }),
    );
    expectBlocked(result, "teams");
  });

  test("a Safe Links wrapper is judged by its target", () => {
    const wrapped = `https://nam02.safelinks.protection.outlook.com/?url=${encodeURIComponent(LINKS.teams)}&data=05%7C01`;
    expect(evaluateSendGuard(input({ location: "Microsoft Teams Meeting", body: `<a href="${wrapped}">Join</a>` }))).toEqual({
      allow: true,
    });
  });

  test("a configured Jitsi host counts for a Jitsi claim", () => {
    const link = "https://jitsi.contoso.org/OwnerRoom";
    expectBlocked(evaluateSendGuard(input({ location: "Jitsi", body: `<a href="${link}">Join</a>` })), "jitsi");
    expect(evaluateSendGuard(input({ location: "Jitsi", body: `<a href="${link}">Join</a>`, jitsiHosts: ["Jitsi.Contoso.org"] }))).toEqual({
      allow: true,
    });
  });
});

describe("evaluateSendGuard: our own block", () => {
  const blockHtml = (link: string): string =>
    `${HTML_BLOCK_BEGIN}<div data-${BLOCK_ID}="1"><p>Jitsi Meet</p><p>Join: <a href="${link}">${link}</a></p></div>${HTML_BLOCK_END}`;
  const blockText = (link: string): string => `${TEXT_BLOCK_BEGIN}\nJoin Owner room: ${link}\n${TEXT_BLOCK_END}`;
  const custom = "https://video.contoso.com/rooms/alex";

  test("an https link inside our HTML block satisfies what the body says, and the block itself", () => {
    const prose = "<p>Agenda. Last time's Microsoft Teams meeting ran over.</p>";
    expect(evaluateSendGuard(input({ location: "Conf Room Adams", body: `${prose}${blockHtml(custom)}` }))).toEqual({ allow: true });
  });

  test("a location that claims a service still needs that service's link: our block's Jitsi link does not make it Teams", () => {
    const jitsi = "https://meet.jit.si/QuietOtterJumpsAcross";
    expectBlocked(evaluateSendGuard(input({ location: "Microsoft Teams Meeting", body: `<p>Agenda</p>${blockHtml(jitsi)}` })), "teams");
    expect(evaluateSendGuard(input({ location: "Jitsi Meet", body: `<p>Agenda</p>${blockHtml(jitsi)}` }))).toEqual({ allow: true });
  });

  test("an https link inside our text block allows; a location naming another service does not", () => {
    expect(evaluateSendGuard(input({ bodyType: "text", location: "", body: `Zoom meeting notes\n\n${blockText(custom)}` }))).toEqual({
      allow: true,
    });
    expectBlocked(evaluateSendGuard(input({ bodyType: "text", location: "Zoom", body: `Agenda\n\n${blockText(custom)}` })), "zoom");
  });

  test("the block still counts when Outlook dropped the comments but kept the data attribute", () => {
    const stripped = `<p>Teams meeting follow-up</p><div data-${BLOCK_ID}="1"><p>Join: <a href="${custom}">${custom}</a></p></div>`;
    expect(evaluateSendGuard(input({ location: "Room 4", body: stripped }))).toEqual({ allow: true });
  });

  test("our block without a working link is itself a claim and blocks", () => {
    const broken = `${HTML_BLOCK_BEGIN}<div data-${BLOCK_ID}="1"><p>Join: <a>link removed</a></p></div>${HTML_BLOCK_END}`;
    const result = evaluateSendGuard(input({ body: `<p>Agenda</p>${broken}` }));
    expectBlocked(result, "other");
    expect(evaluateSendGuard(input({ body: `<p>Agenda</p>${broken}`, delegation: "self" }))).toEqual({ allow: true });
  });

  test("an http link inside our block does not count", () => {
    expectBlocked(evaluateSendGuard(input({ bodyType: "text", body: blockText("http://video.contoso.com/x") })), "other");
  });

  test("our broken block is satisfied by a recognised join link elsewhere", () => {
    const broken = `${TEXT_BLOCK_BEGIN}\nJoin:\n${TEXT_BLOCK_END}`;
    expect(evaluateSendGuard(input({ bodyType: "text", body: `${broken}\n${LINKS.webex}` }))).toEqual({ allow: true });
  });
});

describe("evaluateSendGuard: messages", () => {
  test.each([...SERVICES, "other" as const])("the %s message fits Smart Alerts and names a permission and the taskpane", (service) => {
    const longLocation = `Microsoft Teams Meeting ${"x".repeat(400)}`;
    const result =
      service === "other"
        ? evaluateSendGuard(input({ bodyType: "text", body: `${TEXT_BLOCK_BEGIN}\n${TEXT_BLOCK_END}` }))
        : evaluateSendGuard(input({ location: service === "teams" ? longLocation : CLAIMS[service].location }));
    expectBlocked(result, service);
    if (result.allow) return;
    const expected: Record<ServiceKind, RegExp> = {
      teams: /Delegate access to their calendar/,
      skype: /delegate in Skype for Business/,
      zoom: /scheduling privilege/,
      webex: /scheduling permission/,
      jitsi: /needs no permission/,
      other: /join link inside the block/,
    };
    expect(result.message).toMatch(expected[service]);
    expect(result.message).toContain('"Schedule on behalf" (Appointment ribbon)');
  });

  test("property: any location and body give a message of at most 500 characters, and non-delegates always pass", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 600 }),
        fc.string({ maxLength: 600 }),
        fc.constantFrom<BodyType>("html", "text"),
        (location, text, bodyType) => {
          const loc = `Microsoft Teams Meeting ${location}`;
          const delegated = evaluateSendGuard(input({ location: loc, body: text, bodyType }));
          if (!delegated.allow) expect(delegated.message.length).toBeLessThanOrEqual(MAX_SEND_GUARD_MESSAGE_CHARS);
          expect(evaluateSendGuard(input({ location: loc, body: text, bodyType, delegation: "unknown" }))).toEqual({ allow: true });
          expect(evaluateSendGuard(input({ location: loc, body: text, bodyType, delegation: "self" }))).toEqual({ allow: true });
        },
      ),
    );
  });
});

describe("evaluateSendGuard: huge and hostile bodies", () => {
  // Quadratic parsing or catastrophic backtracking would not finish within jest's timeout on these
  // bodies; how fast the check is, is the bench's to measure, not a test's.
  test("a body near Outlook's 1,000,000-character limit, link at the very end, is read", () => {
    const head = "<p>Join Microsoft Teams Meeting</p>";
    const tail = `<a href="${LINKS.teams}">Join</a>`;
    const filler = "<p>Lorem ipsum dolor sit amet &amp; more.</p>".repeat(Math.floor((1_000_000 - head.length - tail.length) / 45));
    const html = `${head}${filler}${tail}`;
    expect(html.length).toBeGreaterThan(990_000);
    expect(html.length).toBeLessThanOrEqual(1_000_000);
    expect(evaluateSendGuard(input({ body: html }))).toEqual({ allow: true });
    expectBlocked(evaluateSendGuard(input({ body: `${head}${filler}` })), "teams");
  }, 60_000);

  test("stray '<' and unclosed comments do not make parsing quadratic", () => {
    expectBlocked(evaluateSendGuard(input({ location: "Zoom", body: "<".repeat(500_000) })), "zoom");
    expectBlocked(evaluateSendGuard(input({ location: "Zoom", body: `<!--${"<a ".repeat(200_000)}` })), "zoom");
    expectBlocked(evaluateSendGuard(input({ location: "Zoom", body: "<style>".repeat(100_000) })), "zoom");
  }, 60_000);

  test("a link hidden in a comment, style or head does not count", () => {
    const hidden = `<html><head><title>${LINKS.zoom}</title></head><body><!-- ${LINKS.zoom} --><style>a{background:url(${LINKS.zoom})}</style><p>Agenda</p></body></html>`;
    expectBlocked(evaluateSendGuard(input({ location: "Zoom", body: hidden })), "zoom");
  });
});

describe("joinLinkService", () => {
  test.each([
    [LINKS.teams, "teams"],
    ["https://teams.microsoft.com/meet/2345678901?p=abc", "teams"],
    ["https://teams.live.com/meet/9312345678", "teams"],
    ["https://gov.teams.microsoft.us/l/meetup-join/19%3ameeting", "teams"],
    ["HTTPS://TEAMS.MICROSOFT.COM/L/MEETUP-JOIN/19%3Ameeting", "teams"],
    ["https://zoom.us/j/123", "zoom"],
    ["https://us02web.zoom.us/my/alex.owner", "zoom"],
    ["https://contoso.zoomgov.com/j/161", "zoom"],
    ["https://contoso.zoom.us/s/91234567890?zak=x", "zoom"],
    ["https://zoom.us/wc/join/91234567890", "zoom"],
    ["https://contoso.zoom.us/meeting/register/tJ0kcu2", "zoom"],
    ["https://contoso.zoom.us/webinar/register/WN_abc", "zoom"],
    ["https://contoso.webex.com/wbxmjs/joinservice/sites/contoso/meeting/download/abc", "webex"],
    ["https://events.teams.microsoft.com/event/abc@tenant", "teams"],
    ["https://contoso.webex.com/meet/alex", "webex"],
    ["https://contoso.webex.com/join/alex", "webex"],
    [LINKS.webex, "webex"],
    ["https://meet.jit.si/Room", "jitsi"],
    ["https://8x8.vc/vpaas-magic-cookie-1/Room", "jitsi"],
    ["https://meet.lync.com/contoso/alex/ABC", "skype"],
    ["https://meet.contoso.com/alex/ABC123", "skype"],
    ["https://teams.microsoft.com:443/l/meetup-join/x", "teams"],
  ])("%s is a %s join link", (url, service) => {
    expect(joinLinkService(url)).toBe(service);
  });

  test.each([
    "http://zoom.us/j/123",
    "https://teams.microsoft.com/",
    "https://teams.microsoft.com/l/chat/0/0",
    "https://zoom.us/",
    "https://zoom.us/pricing",
    "https://zoom.us/meeting/schedule",
    "https://events.teams.microsoft.com/",
    "https://zoom.us.evil.example/j/123",
    "https://evilzoom.us/j/123",
    "https://teams.microsoft.com@evil.example/l/meetup-join/x",
    "https://contoso.webex.com/",
    "https://meet.jit.si/",
    "https://www.contoso.com/meeting",
    "ftp://zoom.us/j/1",
    "not a link",
    "",
  ])("%j is not a join link", (url) => {
    expect(joinLinkService(url)).toBeUndefined();
  });
});

describe("extractLinks, visibleText, findClaims", () => {
  test("HTML: hrefs first, then links written in the text, decoded and without repeats", () => {
    const html = `<a href="https://a.example/x?y=1&amp;z=2">https://a.example/x?y=1&amp;z=2</a><p>see http://b.example/p.</p><a href='https://c.example'>c</a>`;
    expect(extractLinks(html, "html")).toEqual(["https://a.example/x?y=1&z=2", "https://c.example", "http://b.example/p"]);
  });

  test("text: angle-bracketed links (Outlook's plain-text form) and trailing punctuation", () => {
    expect(extractLinks("Click here to join<https://zoom.us/j/1>. Or https://zoom.us/j/2, thanks", "text")).toEqual([
      "https://zoom.us/j/1",
      "https://zoom.us/j/2",
    ]);
  });

  test("visible text drops markup and hidden elements", () => {
    expect(
      visibleText("<head><title>T</title></head><p>Mi<span>cro</span>soft</p><!--c--><script>x()</script><p>a &lt; b</p>", "html")
        .replace(/\s+/g, " ")
        .trim(),
    ).toBe("Microsoft a < b");
    // A "<" not starting a tag is text; an unfinished tag at the very end is dropped, as browsers do.
    expect(visibleText("a < b <c", "html").replace(/\s+/g, " ")).toBe("a < b");
    expect(visibleText("<p>1 < 2 and 3 > 2</p>", "html")).toBe("1 < 2 and 3 > 2");
  });

  test("entities decode as a browser decodes them: named (all of HTML's), decimal and hex, each once", () => {
    expect(visibleText("<p>&amp;&lt;&gt;&quot;&apos;&#65;&#x42;&copy;&#0;</p>", "html")).toBe("&<>\"'AB©\ufffd");
    expect(visibleText("<p>&amp;lt;</p>", "html")).toBe("&lt;");
    expect(extractLinks('<a href="https://zoom.us/j/1?a=1&amp;b=2&#38;c=3">x</a>', "html")).toEqual(["https://zoom.us/j/1?a=1&b=2&c=3"]);
  });

  test("findClaims reports each service once, location before body, with the quoted words", () => {
    expect(findClaims("Zoom; Microsoft Teams Meeting", "Join Microsoft Teams Meeting. Join Zoom Meeting.", true)).toEqual([
      { service: "zoom", where: "location", quote: "Zoom" },
      { service: "teams", where: "location", quote: "Microsoft Teams Meeting" },
      { service: "other", where: "body", quote: "Schedule on behalf" },
    ]);
  });
});
