import { en } from "../../../src/i18n/en";
import { createProvider, outlookToggleProvider } from "../../../src/meeting/providers";
import { ProviderError } from "../../../src/meeting/types";
import { cryptoRandom, OWNER } from "../support";

describe.each([
  ["teams", "Microsoft Teams", /"Teams meeting"/, en.meeting.guidance.teamsSelf, en.meeting.guidance.teamsDelegate({ owner: "Alex" })],
  ["skype", "Skype for Business", /"Skype Meeting"/, en.meeting.guidance.skypeSelf, en.meeting.guidance.skypeDelegate({ owner: "Alex" })],
] as const)("%s: Outlook's own button, never a made-up link", (service, name, toggle, self, delegate) => {
  const provider = outlookToggleProvider({ service });

  test("does not insert a link; the pane's guidance names Outlook's button, for one's own calendar and for a delegate", () => {
    expect(provider).toMatchObject({ id: service, displayName: name, service, insertsLink: false });
    for (const guidance of [self, delegate]) {
      expect(guidance).toMatch(toggle);
      expect(guidance).toMatch(/ribbon/);
    }
    // In one's own calendar nobody else is involved: no word about scheduling "for someone else".
    expect(self).not.toMatch(/someone else|delegate/);
    expect(delegate).toMatch(/Alex/);
  });

  test("build throws a ProviderError saying no link is made here, and carries no URL", () => {
    expect(() => provider.build(OWNER, cryptoRandom)).toThrow(ProviderError);
    try {
      provider.build(OWNER, cryptoRandom);
    } catch (error) {
      expect((error as ProviderError).problem).toBe("not-available");
      expect((error as Error).message).not.toMatch(/https?:/);
    }
  });

  test("never recognises a link as its own (Outlook writes these meetings)", () => {
    expect(provider.recognises("https://teams.microsoft.com/l/meetup-join/x", OWNER)).toBe(false);
  });

  test("the registry builds the same from config", () => {
    const fromSpec = createProvider({ type: service, id: `${service}-id`, name: "Custom" });
    expect(fromSpec).toMatchObject({ id: `${service}-id`, displayName: "Custom", service, insertsLink: false });
  });
});
