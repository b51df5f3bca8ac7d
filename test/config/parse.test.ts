import { parseConfig, parseUserChoice } from "../../src/config/parse";
import { helpdeskFor } from "../../src/config/helpdesk";
import type { ConfigProblem, ConfigResult } from "../../src/config/types";
import { cryptoRandom, OWNER } from "../meeting/support";

const ZOOM = {
  id: "zoom-room",
  type: "personal-room",
  service: "zoom",
  name: "Zoom",
  urlTemplate: "https://contoso.zoom.us/my/{owner.alias}",
  dialIn: ["+1 555 0100"],
};
const JITSI = { id: "jitsi", type: "jitsi", baseUrl: "https://meet.jit.si/" };
const TEAMS = { id: "teams", type: "teams" };

const EXAMPLE = {
  providers: [ZOOM, JITSI, TEAMS],
  defaultProvider: "zoom-room",
  userMayChoose: true,
  helpdesk: "IT help desk, help@contoso.com",
  showScheduledBy: true,
};

const ids = (result: ConfigResult) => result.config.providers.map((p) => p.id);
const fields = (result: ConfigResult) => result.problems.map((p) => p.field);
const problemAt = (result: ConfigResult, field: string): ConfigProblem | undefined => result.problems.find((p) => p.field === field);

describe("parseConfig: defaults", () => {
  test.each([undefined, null])(
    "%p (no config.json) gives Jitsi Meet by default, Outlook's Teams and Skype buttons to choose, no problem",
    (raw) => {
      const result = parseConfig(raw);
      expect(result.problems).toEqual([]);
      expect(result.config).toMatchObject({ defaultProviderId: "jitsi", userMayChoose: true, showScheduledBy: false });
      expect(result.config.helpdesk).toBeUndefined();
      expect(ids(result)).toEqual(["jitsi", "teams", "skype"]);
      // Only Jitsi inserts anything; the others point to Outlook's own button.
      expect(result.config.providers.map((p) => p.insertsLink)).toEqual([true, false, false]);
      expect(result.config.providers[0]?.build(OWNER, cryptoRandom).joinUrl).toMatch(/^https:\/\/meet\.jit\.si\/[a-z2-7]{26}$/);
    },
  );

  test("an empty object is the defaults, silently", () => {
    const result = parseConfig({});
    expect(result.problems).toEqual([]);
    expect(ids(result)).toEqual(["jitsi", "teams", "skype"]);
    expect(result.config).toMatchObject({ defaultProviderId: "jitsi", userMayChoose: true, showScheduledBy: false });
  });

  test.each([[[]], ["text"], [42], [true]])("a file that is not an object (%p) gives defaults and one problem", (raw) => {
    const result = parseConfig(raw);
    expect(ids(result)).toEqual(["jitsi", "teams", "skype"]);
    expect(result.problems).toEqual([
      { field: "config.json", reason: expect.stringMatching(/must be a JSON object.*using built-in defaults/) },
    ]);
  });
});

describe("parseConfig: the documented example", () => {
  const result = parseConfig(EXAMPLE);

  test("is accepted without problems", () => {
    expect(result.problems).toEqual([]);
    expect(result.config).toMatchObject({
      defaultProviderId: "zoom-room",
      userMayChoose: true,
      helpdesk: "IT help desk, help@contoso.com",
      showScheduledBy: true,
    });
    expect(ids(result)).toEqual(["zoom-room", "jitsi", "teams"]);
  });

  test("builds working providers in order", () => {
    const [zoom, jitsi, teams] = result.config.providers;
    expect(zoom?.build(OWNER, cryptoRandom)).toEqual({
      providerId: "zoom-room",
      providerName: "Zoom",
      joinUrl: "https://contoso.zoom.us/my/alex.wilber",
      dialIn: ["+1 555 0100"],
    });
    expect(jitsi?.service).toBe("jitsi");
    expect(teams).toMatchObject({ service: "teams", insertsLink: false });
  });

  test("survives a JSON round trip (what loadOrgConfig actually passes)", () => {
    expect(parseConfig(JSON.parse(JSON.stringify(EXAMPLE))).problems).toEqual([]);
  });
});

describe("parseConfig names each bad field and carries on", () => {
  test.each<[string, unknown, string, RegExp]>([
    [
      "http template",
      { providers: [JITSI, { ...ZOOM, urlTemplate: "http://contoso.zoom.us/my/{owner.alias}" }] },
      "providers[1].urlTemplate",
      /^must start with https:\/\/$/,
    ],
    ["javascript template", { providers: [{ ...ZOOM, urlTemplate: "javascript:alert(1)" }] }, "providers[0].urlTemplate", /https:\/\//],
    ["data template", { providers: [{ ...ZOOM, urlTemplate: "data:text/html,x" }] }, "providers[0].urlTemplate", /https:\/\//],
    ["relative template", { providers: [{ ...ZOOM, urlTemplate: "/my/{owner.alias}" }] }, "providers[0].urlTemplate", /https:\/\//],
    [
      "credentials in template",
      { providers: [{ ...ZOOM, urlTemplate: "https://a:b@contoso.zoom.us/{owner.alias}" }] },
      "providers[0].urlTemplate",
      /user name or password/,
    ],
    [
      "placeholder in host",
      { providers: [{ ...ZOOM, urlTemplate: "https://{owner.alias}.zoom.us/" }] },
      "providers[0].urlTemplate",
      /server name/,
    ],
    [
      "unknown placeholder",
      { providers: [{ ...ZOOM, urlTemplate: "https://contoso.zoom.us/{owner.pmi}" }] },
      "providers[0].urlTemplate",
      /unknown placeholder \{owner\.pmi\}/,
    ],
    ["template not text", { providers: [{ ...ZOOM, urlTemplate: 42 }] }, "providers[0].urlTemplate", /must be text/],
    ["template missing", { providers: [{ ...ZOOM, urlTemplate: undefined }] }, "providers[0].urlTemplate", /is required/],
    [
      "template too long",
      { providers: [{ ...ZOOM, urlTemplate: `https://contoso.zoom.us/${"a".repeat(3000)}` }] },
      "providers[0].urlTemplate",
      /longer than 2048/,
    ],
    [
      "template with newline",
      { providers: [{ ...ZOOM, urlTemplate: "https://contoso.zoom.us/\n{owner.alias}" }] },
      "providers[0].urlTemplate",
      /line breaks/,
    ],
    ["http jitsi server", { providers: [{ ...JITSI, baseUrl: "http://meet.jit.si/" }] }, "providers[0].baseUrl", /https:\/\//],
    ["jitsi server with query", { providers: [{ ...JITSI, baseUrl: "https://meet.jit.si/?x=1" }] }, "providers[0].baseUrl", /\? or #/],
    [
      "bad service",
      { providers: [{ ...ZOOM, service: "gotomeeting" }] },
      "providers[0].service",
      /must be one of "zoom", "webex", "other"/,
    ],
    ["missing service", { providers: [{ ...ZOOM, service: undefined }] }, "providers[0].service", /is required/],
    [
      "bad type",
      { providers: [{ id: "x", type: "bluejeans" }] },
      "providers[0].type",
      /must be one of "jitsi", "personal-room", "teams", "skype"/,
    ],
    ["missing type", { providers: [{ id: "x" }] }, "providers[0].type", /is required/],
    ["missing id", { providers: [{ type: "teams" }] }, "providers[0].id", /is required/],
    ["bad id", { providers: [{ id: "my room", type: "teams" }] }, "providers[0].id", /letters, digits/],
    ["empty id", { providers: [{ id: " ", type: "teams" }] }, "providers[0].id", /must not be empty/],
    ["id too long", { providers: [{ id: "a".repeat(41), type: "teams" }] }, "providers[0].id", /longer than 40/],
    ["entry not object", { providers: ["zoom"] }, "providers[0]", /must be an object/],
    ["providers not list", { providers: { zoom: ZOOM } }, "providers", /must be a list/],
  ])("%s: the provider is not offered", (_label, raw, field, reason) => {
    const result = parseConfig(raw);
    expect(problemAt(result, field)?.reason).toMatch(reason);
    expect(ids(result)).not.toContain("zoom-room");
    expect(result.config.providers.length).toBeGreaterThan(0);
  });

  test.each<[string, unknown, string, RegExp]>([
    ["name too long", { providers: [{ ...ZOOM, name: "Z".repeat(61) }] }, "providers[0].name", /longer than 60/],
    ["name with control char", { providers: [{ ...ZOOM, name: "Zo\u0007om" }] }, "providers[0].name", /control characters/],
    ["name with RTL override", { providers: [{ ...ZOOM, name: "Zoom\u202Emoc.live" }] }, "providers[0].name", /direction overrides/],
    ["name not text", { providers: [{ ...ZOOM, name: ["Zoom"] }] }, "providers[0].name", /must be text in quotes, not a list/],
    ["dialIn not list", { providers: [{ ...ZOOM, dialIn: "+1 555 0100" }] }, "providers[0].dialIn", /must be a list/],
    ["dialIn line not text", { providers: [{ ...ZOOM, dialIn: ["+1 555 0100", 5550100] }] }, "providers[0].dialIn[1]", /must be text/],
    ["dialIn line too long", { providers: [{ ...ZOOM, dialIn: ["9".repeat(101)] }] }, "providers[0].dialIn[0]", /longer than 100/],
    [
      "too many dialIn lines",
      { providers: [{ ...ZOOM, dialIn: Array.from({ length: 12 }, () => "+1 555 0100") }] },
      "providers[0].dialIn",
      /more than 10/,
    ],
    ["meetingId too long", { providers: [{ ...ZOOM, meetingId: "1".repeat(101) }] }, "providers[0].meetingId", /longer than 100/],
    ["meetingId unknown placeholder", { providers: [{ ...ZOOM, meetingId: "{pmi}" }] }, "providers[0].meetingId", /unknown placeholder/],
    ["unknown key in provider", { providers: [{ ...ZOOM, colour: "blue" }] }, "providers[0].colour", /not a known setting.*ignored/],
    ["key for another type", { providers: [{ ...ZOOM, baseUrl: "https://meet.jit.si/" }] }, "providers[0].baseUrl", /not a known setting/],
  ])("%s: a cosmetic field is dropped, the provider kept", (_label, raw, field, reason) => {
    const result = parseConfig(raw);
    expect(problemAt(result, field)?.reason).toMatch(reason);
    expect(ids(result)).toEqual(["zoom-room"]);
  });

  test("a dropped name falls back to the service's name", () => {
    const result = parseConfig({ providers: [{ ...ZOOM, name: "" }] });
    expect(fields(result)).toEqual(["providers[0].name"]);
    expect(result.config.providers[0]?.displayName).toBe("Zoom");
  });

  test("only the good dial-in lines are kept", () => {
    const result = parseConfig({ providers: [{ ...ZOOM, dialIn: ["+1 555 0100", 7, "+44 20 7946 0000"] }] });
    expect(result.config.providers[0]?.build(OWNER, cryptoRandom).dialIn).toEqual(["+1 555 0100", "+44 20 7946 0000"]);
  });

  test("duplicate ids (ignoring case): the first wins, the later one is named", () => {
    const result = parseConfig({ providers: [JITSI, ZOOM, { ...TEAMS, id: "Zoom-Room" }] });
    expect(ids(result)).toEqual(["jitsi", "zoom-room"]);
    expect(result.problems).toEqual([{ field: "providers[2].id", reason: "duplicates providers[1].id; this entry is ignored" }]);
  });

  test("an invalid earlier entry does not make a later one with its id a duplicate", () => {
    const result = parseConfig({ providers: [{ ...ZOOM, urlTemplate: "http://x" }, ZOOM] });
    expect(ids(result)).toEqual(["zoom-room"]);
    expect(fields(result)).toEqual(["providers[0].urlTemplate"]);
  });

  test("no usable provider: Jitsi Meet, and the admin is told", () => {
    const result = parseConfig({ providers: [{ ...ZOOM, urlTemplate: "http://x" }] });
    expect(ids(result)).toEqual(["jitsi"]);
    expect(problemAt(result, "providers")?.reason).toMatch(/no usable provider; using Jitsi Meet/);
    expect(parseConfig({ providers: [] }).problems).toEqual([{ field: "providers", reason: expect.stringMatching(/no usable provider/) }]);
  });

  test("more than 20 providers: the first 20 are used", () => {
    const many = Array.from({ length: 25 }, (_, i) => ({ id: `j${i}`, type: "jitsi" }));
    const result = parseConfig({ providers: many });
    expect(ids(result)).toHaveLength(20);
    expect(problemAt(result, "providers")?.reason).toMatch(/more than 20/);
  });

  test("a default that is not in the list: the first usable provider, named", () => {
    const result = parseConfig({ providers: [JITSI, TEAMS], defaultProvider: "zoom-room" });
    expect(result.config.defaultProviderId).toBe("jitsi");
    expect(result.problems).toEqual([
      { field: "defaultProvider", reason: 'names "zoom-room", which is not among the usable providers; using "jitsi"' },
    ]);
  });

  test("a default that names a provider dropped for a problem is reported too", () => {
    const result = parseConfig({ providers: [{ ...ZOOM, urlTemplate: "http://x" }, TEAMS], defaultProvider: "zoom-room" });
    expect(result.config.defaultProviderId).toBe("teams");
    expect(fields(result)).toEqual(["providers[0].urlTemplate", "defaultProvider"]);
  });

  test("a default given without providers must be the built-in one", () => {
    expect(parseConfig({ defaultProvider: "jitsi" }).problems).toEqual([]);
    expect(fields(parseConfig({ defaultProvider: "zoom" }))).toEqual(["defaultProvider"]);
    expect(problemAt(parseConfig({ defaultProvider: 1 }), "defaultProvider")?.reason).toMatch(/must be the id of a provider/);
  });

  test.each([
    ["userMayChoose", "yes", true],
    ["showScheduledBy", 1, false],
  ] as const)("%s must be a boolean (%p gives the default)", (key, value, fallback) => {
    const result = parseConfig({ [key]: value });
    expect(result.config[key]).toBe(fallback);
    expect(problemAt(result, key)?.reason).toMatch(/must be true or false/);
  });

  test.each([
    ["too long", "h".repeat(301), /longer than 300/],
    ["not text", 7, /must be text in quotes, or one text per language/],
    ["a list", ["help@contoso.com"], /must be text in quotes, or one text per language/],
    ["line break", "IT\nhelp", /line breaks/],
    ["empty", "  ", /must not be empty/],
  ])("helpdesk %s is dropped", (_label, helpdesk, reason) => {
    const result = parseConfig({ helpdesk });
    expect(result.config.helpdesk).toBeUndefined();
    expect(problemAt(result, "helpdesk")?.reason).toMatch(reason);
  });

  test("helpdesk may give one text per language: each is read, English stands in for a language without its own", () => {
    const result = parseConfig({
      helpdesk: { en: "IT help desk, ext. 4357", nl: " IT-helpdesk, toestel 4357 ", de: "IT-Helpdesk, Durchwahl 4357" },
    });
    expect(result.problems).toEqual([]);
    expect(result.config.helpdesk).toBe("IT help desk, ext. 4357");
    expect(helpdeskFor(result.config, "nl")).toBe("IT-helpdesk, toestel 4357");
    expect(helpdeskFor(result.config, "de")).toBe("IT-Helpdesk, Durchwahl 4357");
    expect(helpdeskFor(result.config, "fr")).toBe("IT help desk, ext. 4357");
    expect(helpdeskFor(result.config, "pseudo")).toBe("IT help desk, ext. 4357");
  });

  test("without an English text, a language with none of its own gets the first one given", () => {
    const result = parseConfig({ helpdesk: { fr: "Support informatique, poste 4357", de: "IT-Helpdesk" } });
    expect(helpdeskFor(result.config, "en")).toBe("Support informatique, poste 4357");
    expect(helpdeskFor(result.config, "de")).toBe("IT-Helpdesk");
  });

  test("a plain string still serves every language", () => {
    const result = parseConfig({ helpdesk: "IT help desk" });
    expect(helpdeskFor(result.config, "fr")).toBe("IT help desk");
    expect(result.config.helpdeskByLanguage).toBeUndefined();
  });

  test("per-language texts follow the plain text's rules: a bad one is named and dropped, the others kept", () => {
    const result = parseConfig({ helpdesk: { en: "IT help desk", nl: "IT\nhelpdesk", fr: "f".repeat(301), de: 4, es: "Soporte" } });
    expect(fields(result)).toEqual(["helpdesk.es", "helpdesk.nl", "helpdesk.fr", "helpdesk.de"]);
    expect(problemAt(result, "helpdesk.es")?.reason).toMatch(/not a known setting \(expected one of en, nl, fr, de\)/);
    expect(problemAt(result, "helpdesk.nl")?.reason).toMatch(/line breaks/);
    expect(problemAt(result, "helpdesk.fr")?.reason).toMatch(/longer than 300/);
    expect(problemAt(result, "helpdesk.de")?.reason).toMatch(/must be text/);
    expect(helpdeskFor(result.config, "nl")).toBe("IT help desk");
  });

  test("an object with no usable text gives no help desk, and says so", () => {
    for (const helpdesk of [{}, { nl: " " }, { email: "help@contoso.com" }]) {
      const result = parseConfig({ helpdesk });
      expect(result.config.helpdesk).toBeUndefined();
      expect(helpdeskFor(result.config, "nl")).toBeUndefined();
      expect(problemAt(result, "helpdesk")?.reason).toMatch(/no usable text for any language/);
    }
  });

  test("unknown top-level keys are named and ignored; $schema is allowed", () => {
    const result = parseConfig({ ...EXAMPLE, $schema: "./config.schema.json", defaultProvder: "jitsi", __proto__: { polluted: true } });
    expect(fields(result)).toEqual(["defaultProvder"]);
    expect(result.config.defaultProviderId).toBe("zoom-room");
  });

  test("__proto__ from JSON.parse is an unknown key, never a prototype", () => {
    const raw: unknown = JSON.parse(
      '{"__proto__": {"userMayChoose": false}, "providers": [{"id": "jitsi", "type": "jitsi", "__proto__": {"baseUrl": "http://evil"}}]}',
    );
    const result = parseConfig(raw);
    expect(result.config.userMayChoose).toBe(true);
    expect(fields(result)).toEqual(["__proto__", "providers[0].__proto__"]);
    expect(({} as Record<string, unknown>)["userMayChoose"]).toBeUndefined();
  });

  test("problems echo keys safely: control characters replaced, long keys cut", () => {
    const result = parseConfig({ ["bad\u202Ekey\n" + "k".repeat(100)]: 1 });
    const field = result.problems[0]?.field ?? "";
    expect(field).not.toMatch(/[\u202E\n]/);
    expect(field.length).toBeLessThanOrEqual(41);
  });

  test("several problems are all reported, in file order", () => {
    const result = parseConfig({
      providers: [{ ...ZOOM, urlTemplate: "http://x", name: 5 }, { id: "j", type: "jitsi", baseUrl: "https://u:p@x/" }, TEAMS],
      defaultProvider: "nope",
      userMayChoose: "no",
      helpdesk: 7,
      showScheduledBy: "yes",
    });
    expect(fields(result)).toEqual([
      "providers[0].name",
      "providers[0].urlTemplate",
      "providers[1].baseUrl",
      "helpdesk",
      "defaultProvider",
      "userMayChoose",
      "showScheduledBy",
    ]);
    expect(ids(result)).toEqual(["teams"]);
  });

  test("never throws, whatever it is given", () => {
    const throwing = Object.defineProperty({}, "providers", {
      enumerable: true,
      get: () => {
        throw new Error("boom");
      },
    });
    const cyclic: Record<string, unknown> = {};
    cyclic["providers"] = [cyclic];
    for (const raw of [throwing, cyclic, new Date(), () => 1, Symbol("x"), 10n, { providers: [null, undefined, [], 1, "x"] }]) {
      expect(() => parseConfig(raw)).not.toThrow();
      expect(parseConfig(raw).config.providers.length).toBeGreaterThan(0);
    }
  });
});

describe("parseUserChoice: the provider id saved in roaming settings", () => {
  const { config } = parseConfig(EXAMPLE);

  test("a listed id is the user's choice", () => {
    expect(parseUserChoice("jitsi", config)).toBe("jitsi");
    expect(parseUserChoice("teams", config)).toBe("teams");
  });

  test.each([[undefined], [null], [42], [{ id: "jitsi" }], ["unknown"], ["JITSI"], [""]])("%p is ignored", (raw) => {
    expect(parseUserChoice(raw, config)).toBeUndefined();
  });

  test("ignored when the organisation does not let users choose", () => {
    const locked = parseConfig({ ...EXAMPLE, userMayChoose: false }).config;
    expect(parseUserChoice("jitsi", locked)).toBeUndefined();
  });
});
