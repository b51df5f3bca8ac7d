import { JITSI_DEFAULT_BASE_URL, jitsiProvider, ROOM_NAME_BYTES } from "../../../src/meeting/providers";
import { ProviderError, type RandomBytes } from "../../../src/meeting/types";
import { countingRandom, cryptoRandom, DELEGATE, OWNER } from "../support";

const roomOf = (url: string, base = JITSI_DEFAULT_BASE_URL) => {
  expect(url.startsWith(base)).toBe(true);
  return url.slice(base.length);
};

describe("Jitsi Meet provider", () => {
  test("needs no account: service jitsi, inserts a link, default server meet.jit.si", () => {
    const provider = jitsiProvider();
    expect(provider).toMatchObject({ id: "jitsi", displayName: "Jitsi Meet", service: "jitsi", insertsLink: true });
    const link = provider.build(OWNER, cryptoRandom);
    expect(link).toEqual({
      providerId: "jitsi",
      providerName: "Jitsi Meet",
      joinUrl: expect.stringMatching(/^https:\/\/meet\.jit\.si\/[a-z2-7]+$/),
    });
  });

  test("asks for at least 16 random bytes and encodes all 128 bits (26 base32 characters)", () => {
    const random = countingRandom();
    const room = roomOf(jitsiProvider().build(OWNER, random).joinUrl);
    expect(random.requests).toEqual([ROOM_NAME_BYTES]);
    expect(ROOM_NAME_BYTES).toBeGreaterThanOrEqual(16);
    expect(room).toMatch(/^[a-z2-7]{26}$/);
    expect(room.length * 5).toBeGreaterThanOrEqual(128);
  });

  test("every bit of randomness changes the room name (no entropy is thrown away)", () => {
    const zero = new Uint8Array(ROOM_NAME_BYTES);
    const build = (bytes: Uint8Array) => jitsiProvider().build(OWNER, () => bytes).joinUrl;
    const names = new Set([build(zero)]);
    for (let bit = 0; bit < ROOM_NAME_BYTES * 8; bit += 1) {
      const flipped = zero.slice();
      flipped[bit >> 3] = 1 << (bit & 7);
      names.add(build(flipped));
    }
    expect(names.size).toBe(ROOM_NAME_BYTES * 8 + 1);
  });

  test("a fresh room per meeting: 2,000 builds, 2,000 different rooms", () => {
    const provider = jitsiProvider();
    const rooms = new Set(Array.from({ length: 2000 }, () => provider.build(OWNER, cryptoRandom).joinUrl));
    expect(rooms.size).toBe(2000);
  });

  test("nothing in the room comes from the people: owner and delegate get the same room for the same randomness", () => {
    const fixed: RandomBytes = (n) => new Uint8Array(n).fill(0xa5);
    const hostile = { emailAddress: "x@y", displayName: "Board meeting: layoffs" };
    const urls = [OWNER, DELEGATE, hostile].map((person) => jitsiProvider().build(person, fixed).joinUrl);
    expect(new Set(urls).size).toBe(1);
    expect(urls[0]).not.toMatch(/alex|sam|board|layoff/i);
  });

  test("refuses to make a room from too little randomness", () => {
    const short: RandomBytes = () => new Uint8Array(8);
    expect(() => jitsiProvider().build(OWNER, short)).toThrow(ProviderError);
    expect(() => jitsiProvider().build(OWNER, () => [1, 2, 3] as unknown as Uint8Array)).toThrow(ProviderError);
  });

  test("uses only the first 16 bytes when given more", () => {
    const bytes = Uint8Array.from({ length: 32 }, (_, i) => i);
    const same = Uint8Array.from({ length: 32 }, (_, i) => (i < 16 ? i : 255));
    expect(jitsiProvider().build(OWNER, () => bytes).joinUrl).toBe(jitsiProvider().build(OWNER, () => same).joinUrl);
  });

  test.each([
    ["https://jitsi.contoso.com/", "https://jitsi.contoso.com/"],
    ["https://jitsi.contoso.com", "https://jitsi.contoso.com/"],
    ["https://contoso.com/rooms", "https://contoso.com/rooms/"],
    ["https://contoso.com/rooms/", "https://contoso.com/rooms/"],
  ])("rooms nest under a configured server %s", (baseUrl, expectedBase) => {
    const link = jitsiProvider({ id: "own", name: "Contoso Meet", baseUrl }).build(OWNER, cryptoRandom);
    expect(link.providerId).toBe("own");
    expect(link.providerName).toBe("Contoso Meet");
    expect(roomOf(link.joinUrl, expectedBase)).toMatch(/^[a-z2-7]{26}$/);
  });

  test.each([
    "http://meet.jit.si/",
    "javascript:alert(1)",
    "//meet.jit.si/",
    "meet.jit.si",
    "https://user:pass@meet.jit.si/",
    "https://meet.jit.si/?room=",
    "https://meet.jit.si/#x",
    "",
  ])("refuses the server address %p", (baseUrl) => {
    expect(() => jitsiProvider({ baseUrl })).toThrow(ProviderError);
  });
});
