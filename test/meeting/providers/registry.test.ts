import { builtInProvider, createProvider, PROVIDER_TYPES } from "../../../src/meeting/providers";
import { ProviderError } from "../../../src/meeting/types";
import { cryptoRandom, OWNER } from "../support";

describe("provider registry", () => {
  test("knows exactly the four types config.json may use", () => {
    expect([...PROVIDER_TYPES].sort()).toEqual(["jitsi", "personal-room", "skype", "teams"]);
  });

  test("the built-in provider is Jitsi Meet on meet.jit.si", () => {
    const provider = builtInProvider();
    expect(provider).toMatchObject({ id: "jitsi", service: "jitsi", insertsLink: true });
    expect(provider.build(OWNER, cryptoRandom).joinUrl).toMatch(/^https:\/\/meet\.jit\.si\//);
  });

  test("creates each type", () => {
    expect(createProvider({ type: "jitsi", id: "j", baseUrl: "https://jitsi.contoso.com/" }).service).toBe("jitsi");
    expect(
      createProvider({ type: "personal-room", id: "z", service: "zoom", urlTemplate: "https://contoso.zoom.us/my/{owner.alias}" }).service,
    ).toBe("zoom");
    expect(createProvider({ type: "teams" }).service).toBe("teams");
    expect(createProvider({ type: "skype" }).service).toBe("skype");
  });

  test("providers are immutable", () => {
    const provider = builtInProvider();
    expect(Object.isFrozen(provider)).toBe(true);
  });

  test("a spec that cannot make a safe link throws ProviderError", () => {
    expect(() =>
      createProvider({ type: "personal-room", id: "z", service: "zoom", urlTemplate: "http://contoso.zoom.us/my/{owner.alias}" }),
    ).toThrow(ProviderError);
    expect(() => createProvider({ type: "jitsi", baseUrl: "http://meet.jit.si/" })).toThrow(ProviderError);
  });
});
