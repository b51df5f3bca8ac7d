import { personalRoomProvider, type PersonalRoomOptions } from "../../../src/meeting/providers";
import { ProviderError } from "../../../src/meeting/types";
import { cryptoRandom, DELEGATE, OWNER } from "../support";

const zoom = (overrides: Partial<PersonalRoomOptions> = {}) =>
  personalRoomProvider({ id: "zoom-room", service: "zoom", urlTemplate: "https://contoso.zoom.us/my/{owner.alias}", ...overrides });

describe("personal meeting room provider", () => {
  test("builds the OWNER's room, not the delegate's", () => {
    const provider = zoom();
    expect(provider).toMatchObject({ id: "zoom-room", displayName: "Zoom", service: "zoom", insertsLink: true });
    expect(provider.build(OWNER, cryptoRandom).joinUrl).toBe("https://contoso.zoom.us/my/alex.wilber");
    expect(provider.build(DELEGATE, cryptoRandom).joinUrl).toBe("https://contoso.zoom.us/my/sam.assistant");
  });

  test.each([
    ["{owner.email}", "https://x.example/u/alex.wilber%40contoso.com"],
    ["{owner.alias}", "https://x.example/u/alex.wilber"],
    ["{owner.name}", "https://x.example/u/Alex%20Wilber"],
  ])("fills %s", (placeholder, expected) => {
    const provider = personalRoomProvider({ id: "p", service: "other", urlTemplate: `https://x.example/u/${placeholder}` });
    expect(provider.build(OWNER, cryptoRandom).joinUrl).toBe(expected);
  });

  test("URL-encodes every value so it cannot escape its place in the link", () => {
    const provider = personalRoomProvider({ id: "p", service: "other", urlTemplate: "https://x.example/{owner.name}?who={owner.alias}" });
    const owner = { emailAddress: '"a/b?c#d&e"@contoso.com', displayName: "../../evil.com/#?<script>&x=1 é😀" };
    const url = new URL(provider.build(owner, cryptoRandom).joinUrl);
    expect(url.host).toBe("x.example");
    expect(url.hash).toBe("");
    expect(decodeURIComponent(url.pathname.slice(1))).toBe(owner.displayName);
    expect(url.searchParams.get("who")).toBe('"a/b?c#d&e"');
    expect([...url.searchParams.keys()]).toEqual(["who"]);
  });

  test("the alias is the part before the last @", () => {
    const provider = zoom();
    expect(provider.build({ emailAddress: '"odd@local"@contoso.com', displayName: "" }, cryptoRandom).joinUrl).toBe(
      "https://contoso.zoom.us/my/%22odd%40local%22",
    );
  });

  test("an owner Outlook did not name gets no link at all (never someone else's room)", () => {
    expect(() => zoom().build({ emailAddress: "", displayName: "Alex" }, cryptoRandom)).toThrow(ProviderError);
    expect(() => zoom().build({ emailAddress: "  ", displayName: "Alex" }, cryptoRandom)).toThrow(/email address/);
    expect(() =>
      zoom().build({ emailAddress: "/o=ExchangeLabs/ou=Exchange/cn=Recipients/cn=alex", displayName: "Alex" }, cryptoRandom),
    ).toThrow(ProviderError);
    expect(() => zoom().build({ emailAddress: "@contoso.com", displayName: "Alex" }, cryptoRandom)).toThrow(ProviderError);
    const byName = personalRoomProvider({ id: "p", service: "other", urlTemplate: "https://x.example/{owner.name}" });
    expect(() => byName.build({ emailAddress: OWNER.emailAddress, displayName: " " }, cryptoRandom)).toThrow(/name/);
  });

  test('"." and ".." would leave the room\'s path: refused', () => {
    const byName = personalRoomProvider({ id: "p", service: "other", urlTemplate: "https://x.example/rooms/{owner.name}" });
    expect(() => byName.build({ emailAddress: OWNER.emailAddress, displayName: ".." }, cryptoRandom)).toThrow(ProviderError);
    expect(() => byName.build({ emailAddress: OWNER.emailAddress, displayName: "." }, cryptoRandom)).toThrow(ProviderError);
  });

  test("a link made too long by a 10,000-character name is refused, not truncated", () => {
    const byName = personalRoomProvider({ id: "p", service: "other", urlTemplate: "https://x.example/{owner.name}" });
    expect(() => byName.build({ emailAddress: OWNER.emailAddress, displayName: "n".repeat(10_000) }, cryptoRandom)).toThrow(/too long/);
  });

  test("meeting ID and dial-in lines come from configuration, with the owner's details filled in raw", () => {
    const provider = personalRoomProvider({
      id: "webex",
      service: "webex",
      urlTemplate: "https://contoso.webex.com/meet/{owner.alias}",
      meetingId: "{owner.alias}@contoso.webex.com",
      dialIn: ["+1 555 0100", "+44 20 7946 0000"],
    });
    expect(provider.displayName).toBe("Webex");
    expect(provider.build(OWNER, cryptoRandom)).toEqual({
      providerId: "webex",
      providerName: "Webex",
      joinUrl: "https://contoso.webex.com/meet/alex.wilber",
      meetingId: "alex.wilber@contoso.webex.com",
      dialIn: ["+1 555 0100", "+44 20 7946 0000"],
    });
  });

  test("a template without placeholders is a fixed room", () => {
    const provider = personalRoomProvider({ id: "p", service: "other", name: "Board room", urlTemplate: "https://x.example/j/123" });
    expect(provider.build(OWNER, cryptoRandom)).toEqual({
      providerId: "p",
      providerName: "Board room",
      joinUrl: "https://x.example/j/123",
    });
  });

  test.each([
    ["http://contoso.zoom.us/my/{owner.alias}", /https:\/\//],
    ["HTTP://contoso.zoom.us/my/{owner.alias}", /https:\/\//],
    ["javascript:alert(document.cookie)//{owner.alias}", /https:\/\//],
    ["data:text/html,<script>{owner.name}</script>", /https:\/\//],
    ["/my/{owner.alias}", /https:\/\//],
    ["//contoso.zoom.us/my/{owner.alias}", /https:\/\//],
    ["contoso.zoom.us/my/{owner.alias}", /https:\/\//],
    ["ftp://contoso.zoom.us/{owner.alias}", /https:\/\//],
    [" https://contoso.zoom.us/my/{owner.alias}", /https:\/\//],
    ["https://user:pass@contoso.zoom.us/my/{owner.alias}", /user name or password/],
    ["https://user@contoso.zoom.us/my/{owner.alias}", /user name or password/],
    ["https://contoso.zoom.us@evil.example/my/{owner.alias}", /user name or password/],
    ["https://{owner.alias}.zoom.us/my", /server name/],
    ["https://contoso.zoom.us:{owner.alias}/", /server name/],
    ["https://{owner.email}", /server name/],
    ["https:///contoso.zoom.us/my/{owner.alias}", /server/],
    ["https://", /server/],
    ["https://evil.example\\@contoso.zoom.us/{owner.alias}", /backslash/],
    ["https://contoso.zoom.us/my/{owner.alias}\n", /line breaks/],
    ["https://contoso.zoom.us/my /{owner.alias}", /spaces/],
    ["https://contoso.zoom.us/my/{owner.phone}", /unknown placeholder \{owner\.phone\}/],
    ["https://contoso.zoom.us/my/{owner.alias", /"\{" or "\}"/],
    ["https://contoso.zoom.us/my/{{owner.alias}}", /"\{" or "\}"/],
    ["https://contoso.zoom.us/" + "a".repeat(2100), /longer than/],
  ])("refuses the template %p", (urlTemplate, reason) => {
    expect(() => zoom({ urlTemplate })).toThrow(ProviderError);
    expect(() => zoom({ urlTemplate })).toThrow(reason);
  });

  test("refuses unknown placeholders in meeting ID and dial-in lines", () => {
    expect(() => zoom({ meetingId: "{owner.pmi}" })).toThrow(ProviderError);
    expect(() => zoom({ dialIn: ["+1 555 0100", "{phone}"] })).toThrow(ProviderError);
  });

  test("a value like $& stays literal (no replacement-pattern surprises)", () => {
    const provider = personalRoomProvider({
      id: "p",
      service: "other",
      urlTemplate: "https://x.example/{owner.name}",
      meetingId: "{owner.name}",
    });
    const link = provider.build({ emailAddress: OWNER.emailAddress, displayName: "$&$1$'" }, cryptoRandom);
    expect(link.meetingId).toBe("$&$1$'");
    expect(decodeURIComponent(new URL(link.joinUrl).pathname.slice(1))).toBe("$&$1$'");
  });
});
