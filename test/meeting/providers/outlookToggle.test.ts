import { createProvider, outlookToggleProvider } from "../../../src/meeting/providers";
import { ProviderError } from "../../../src/meeting/types";
import { cryptoRandom, OWNER } from "../support";

describe.each([
  ["teams", "Microsoft Teams", /"Teams meeting"/],
  ["skype", "Skype for Business", /"Skype Meeting"/],
] as const)("%s: Outlook's own button, never a made-up link", (service, name, toggle) => {
  const provider = outlookToggleProvider({ service });

  test("does not insert a link and says which Outlook button to use", () => {
    expect(provider).toMatchObject({ id: service, displayName: name, service, insertsLink: false });
    expect(provider.guidance).toMatch(toggle);
    expect(provider.guidance).toMatch(/ribbon/);
  });

  test("build throws ProviderError carrying the guidance, and no URL", () => {
    expect(() => provider.build(OWNER, cryptoRandom)).toThrow(ProviderError);
    try {
      provider.build(OWNER, cryptoRandom);
    } catch (error) {
      expect((error as Error).message).toBe(provider.guidance);
      expect((error as Error).message).not.toMatch(/https?:/);
    }
  });

  test("the registry builds the same from config", () => {
    const fromSpec = createProvider({ type: service, id: `${service}-id`, name: "Custom" });
    expect(fromSpec).toMatchObject({
      id: `${service}-id`,
      displayName: "Custom",
      service,
      insertsLink: false,
      guidance: provider.guidance,
    });
  });
});
