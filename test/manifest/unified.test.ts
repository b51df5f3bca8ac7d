/** @jest-environment node */
/**
 * The app package (manifest.json + icons + nl/fr/de files): valid against Microsoft's schema for the
 * version it declares, in agreement with the two XML manifests, and following manifest.xml when it
 * changes.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import AdmZip from "adm-zip";
import { compareManifests } from "../../scripts/manifest/agreement";
import { derivedId } from "../../scripts/manifest/ids";
import { schemaFor } from "../../scripts/manifest/schema";
import {
  buildAppPackage,
  buildUnifiedManifest,
  PACKAGE_NAME,
  readSummaries,
  threePartVersion,
  type Json,
} from "../../scripts/manifest/unified";
import { checkAppPackage, main } from "../../scripts/manifest/unified-cli";
import { storeZip } from "../../scripts/manifest/zip";
import { MANIFEST_LOCALES, MANIFEST_STRINGS, MANIFEST_SUMMARIES } from "../../src/i18n/manifestStrings";
import { ROOT, edit, realManifest } from "./helpers";
const { buildManifest } = require("../../scripts/manifest/variants.js") as {
  buildManifest(xml: string, options?: { baseUrl?: string; variant?: "full" | "taskpane" }): string;
};

const BASE = "https://addins.contoso.com/sob/";

/** The three manifests the build writes from one manifest.xml. */
function buildAll(xml: string, baseUrl = BASE) {
  const built = buildUnifiedManifest(xml, { baseUrl, summaries: MANIFEST_SUMMARIES });
  return {
    full: buildManifest(xml, { baseUrl, variant: "full" }),
    taskpane: buildManifest(xml, { baseUrl, variant: "taskpane" }),
    unified: built.manifest,
    localizations: built.localizations as Record<string, Json>,
  };
}

function agreement(all: ReturnType<typeof buildAll>) {
  return compareManifests({ fullXml: all.full, taskpaneXml: all.taskpane, unified: all.unified, localizations: all.localizations })
    .problems;
}

const idOf = (xml: string) => xml.match(/<Id>([^<]+)<\/Id>/)?.[1];
const control = (m: Json) => m.extensions[0].ribbons[0].tabs[0].groups[0].controls[0];
const CONTROL_KEY = "extensions[0].ribbons[0].tabs[0].groups[0].controls[0]";

describe("manifest.json", () => {
  const all = buildAll(realManifest());

  test("passes Microsoft's schema for the version it declares, and so does each language file", () => {
    const schema = schemaFor(all.unified.manifestVersion, "manifest");
    expect(all.unified.$schema).toBe(schema.url);
    expect(schema.validate(all.unified)).toEqual([]);
    const localization = schemaFor(all.unified.manifestVersion, "localization");
    for (const file of Object.values(all.localizations)) {
      expect(file.$schema).toBe(localization.url);
      expect(localization.validate(file)).toEqual([]);
    }
  });

  test("the schema check is real: a bad Id, send mode or over-long name is reported", () => {
    const broken = structuredClone(all.unified);
    broken.id = "not-a-guid";
    broken.extensions[0].autoRunEvents[0].events[0].options.sendMode = "SoftBlock";
    broken.name.short = "A name far longer than thirty characters";
    const errors = schemaFor(broken.manifestVersion, "manifest").validate(broken).join("\n");
    expect(errors).toMatch(/\/id must match pattern/);
    expect(errors).toMatch(/sendMode must be equal to one of the allowed values/);
    expect(errors).toMatch(/\/name\/short must NOT have more than 30 characters/);
    expect(() => schemaFor("0.99", "manifest")).toThrow(/no offline schema for manifestVersion "0.99"/);
  });

  test("agrees with manifest.xml and manifest-taskpane.xml on every compared field", () => {
    expect(agreement(all)).toEqual([]);
  });

  test("the button, its pane, the send-time check and shared calendars are there", () => {
    const ext = all.unified.extensions[0];
    expect(ext.ribbons[0].contexts).toEqual(["meetingDetailsOrganizer"]);
    expect(control(all.unified).label).toBe(MANIFEST_STRINGS.en.name);
    expect(control(all.unified).supertip.description).toBe(MANIFEST_STRINGS.en.tooltip);
    const pane = ext.runtimes.find((r: Json) => r.actions.some((a: Json) => a.id === control(all.unified).actionId));
    expect(pane.code.page).toBe(`${BASE}taskpane.html`);
    expect(ext.autoRunEvents[0].events).toEqual([
      { type: "appointmentSending", actionId: "onAppointmentSendHandler", options: { sendMode: "softBlock" } },
    ]);
    const check = ext.runtimes.find((r: Json) => r.actions.some((a: Json) => a.id === "onAppointmentSendHandler"));
    expect(check.code).toEqual({ page: `${BASE}launchevent.html`, script: `${BASE}launchevent.js` });
    expect(all.unified.authorization.permissions.resourceSpecific).toEqual([
      { name: "MailboxItem.ReadWrite.User", type: "Delegated" },
      { name: "Mailbox.SharedFolder", type: "Delegated" },
    ]);
    expect(all.unified.developer.privacyUrl).toBe(`${BASE}support.html`);
    expect(all.unified.validDomains).toEqual(["addins.contoso.com"]);
  });

  test.each(["nl", "fr", "de"] as const)("%s.json carries that language's texts from manifestStrings.ts", (language) => {
    const file = all.localizations[`${language}.json`] as Json;
    const strings = MANIFEST_STRINGS[language];
    expect(file["name.short"]).toBe(strings.name);
    expect(file["description.full"]).toBe(strings.description);
    expect(file["description.short"]).toBe(MANIFEST_SUMMARIES[language]);
    expect(file[`${CONTROL_KEY}.label`]).toBe(strings.name);
    expect(file[`${CONTROL_KEY}.supertip.description`]).toBe(strings.tooltip);
    expect(all.unified.localizationInfo.additionalLanguages).toContainEqual({ languageTag: language, file: `${language}.json` });
    // One neutral language tag covers every regional locale the XML overrides.
    expect(MANIFEST_LOCALES[language].every((locale) => locale.toLowerCase().startsWith(`${language}-`))).toBe(true);
  });

  test("the short descriptions fit the unified manifest's 80 characters and the English one is the default", () => {
    for (const summary of Object.values(MANIFEST_SUMMARIES)) expect(summary.length).toBeLessThanOrEqual(80);
    expect(all.unified.description.short).toBe(MANIFEST_SUMMARIES.en);
    expect(all.unified.description.full).toBe(MANIFEST_STRINGS.en.description);
  });
});

describe("one Id per manifest", () => {
  const all = buildAll(realManifest());

  test("three different GUIDs, the same on every build; the package hides both XML add-ins", () => {
    const ids = [idOf(all.full), idOf(all.taskpane), all.unified.id];
    expect(new Set(ids).size).toBe(3);
    expect(ids[0]).toBe(idOf(realManifest()));
    expect(buildAll(realManifest(), "https://other.example.com/").unified.id).toBe(all.unified.id);
    const hidden = all.unified.extensions[0].alternates.map((a: Json) => a.hide.customOfficeAddin.officeAddinId);
    expect(hidden.sort()).toEqual([ids[0], ids[1]].sort());
  });

  test("derivedId is RFC 9562's name-based version 5 UUID", () => {
    // RFC 9562 appendix A.4: the DNS namespace and "www.example.com".
    expect(derivedId("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "www.example.com")).toBe("2ed6657d-e927-568b-95e1-2665a8aea6a2");
    expect(() => derivedId("not-a-guid", "x")).toThrow(/must be a GUID/);
  });
});

describe("one source: a change in manifest.xml reaches all three manifests", () => {
  test.each([
    {
      what: "the version",
      change: (xml: string) => edit(xml, "<Version>1.0.0.0</Version>", "<Version>2.4.6.0</Version>"),
      see: (a: ReturnType<typeof buildAll>) => [
        a.full.includes("<Version>2.4.6.0</Version>"),
        a.taskpane.includes("<Version>2.4.6.0</Version>"),
        a.unified.version === "2.4.6",
      ],
    },
    {
      what: "the Id",
      change: (xml: string) => edit(xml, /<Id>[^<]+<\/Id>/, "<Id>11111111-2222-4333-8444-555555555555</Id>"),
      see: (a: ReturnType<typeof buildAll>) => [
        idOf(a.full) === "11111111-2222-4333-8444-555555555555",
        idOf(a.taskpane) === derivedId("11111111-2222-4333-8444-555555555555", "manifest-taskpane.xml"),
        a.unified.id === derivedId("11111111-2222-4333-8444-555555555555", "manifest.json"),
      ],
    },
    {
      what: "the Dutch name",
      change: (xml: string) => xml.split(`Value="${MANIFEST_STRINGS.nl.name}"`).join('Value="Namens een ander plannen"'),
      see: (a: ReturnType<typeof buildAll>) => [
        a.full.includes('Locale="nl-BE" Value="Namens een ander plannen"'),
        a.taskpane.includes('Locale="nl-NL" Value="Namens een ander plannen"'),
        a.localizations["nl.json"]?.["name.short"] === "Namens een ander plannen" &&
          a.localizations["nl.json"]?.[`${CONTROL_KEY}.label`] === "Namens een ander plannen",
      ],
    },
    {
      what: "the task pane page",
      change: (xml: string) =>
        edit(
          xml,
          'id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html"',
          'id="Taskpane.Url" DefaultValue="https://localhost:3000/pane/index.html"',
        ),
      see: (a: ReturnType<typeof buildAll>) => [
        a.full.includes(`${BASE}pane/index.html`),
        a.taskpane.includes(`${BASE}pane/index.html`),
        a.unified.extensions[0].runtimes.some((r: Json) => r.code.page === `${BASE}pane/index.html`),
      ],
    },
    {
      what: "the send mode",
      change: (xml: string) => edit(xml, 'SendMode="SoftBlock"', 'SendMode="PromptUser"'),
      see: (a: ReturnType<typeof buildAll>) => [
        a.full.includes('SendMode="PromptUser"'),
        !a.taskpane.includes("LaunchEvent"), // the taskpane-only manifest has no send check at all
        a.unified.extensions[0].autoRunEvents[0].events[0].options.sendMode === "promptUser",
      ],
    },
    {
      what: "the 32-pixel button icon",
      change: (xml: string) =>
        edit(
          xml,
          'id="Icon.32x32" DefaultValue="https://localhost:3000/assets/icon-32.png"',
          'id="Icon.32x32" DefaultValue="https://localhost:3000/assets/new-32.png"',
        ),
      see: (a: ReturnType<typeof buildAll>) => [
        a.full.includes(`${BASE}assets/new-32.png`),
        a.taskpane.includes(`${BASE}assets/new-32.png`),
        control(a.unified).icons.some((i: Json) => i.size === 32 && i.url === `${BASE}assets/new-32.png`),
      ],
    },
  ])("$what", ({ change, see }) => {
    const changed = buildAll(change(realManifest()));
    expect(see(changed)).toEqual([true, true, true]);
    expect(see(buildAll(realManifest()))).not.toEqual([true, true, true]);
    expect(agreement(changed)).toEqual([]);
  });

  test("ADDIN_BASE_URL moves every URL of the package; no localhost is left", () => {
    const text = JSON.stringify(buildAll(realManifest(), "https://cdn.example.org/tools/sob").unified);
    expect(text).not.toContain("localhost");
    expect(text).toContain('"https://cdn.example.org/tools/sob/taskpane.html"');
    expect(() => buildAll(realManifest(), "http://cdn.example.org/")).toThrow(/ADDIN_BASE_URL/);
  });
});

describe("a manifest.json that disagrees is caught", () => {
  const base = buildAll(realManifest());
  test.each([
    [
      "send mode",
      (m: Json) => void (m.extensions[0].autoRunEvents[0].events[0].options.sendMode = "block"),
      /appointmentSending.*send mode block/,
    ],
    ["name", (m: Json) => void (m.name.short = "Schedule for someone"), /name\.short.*Schedule for someone/],
    ["shared folders", (m: Json) => void m.authorization.permissions.resourceSpecific.pop(), /shared folders/],
    ["task pane URL", (m: Json) => void (m.extensions[0].runtimes[0].code.page = `${BASE}other.html`), /task pane.*other\.html/],
    ["Id", (m: Json) => void (m.id = idOf(base.full)), /three manifests need three Ids/],
    ["version", (m: Json) => void (m.version = "1.0.1"), /version.*1\.0\.1/],
    [
      "an http URL",
      (m: Json) => void (control(m).icons[0].url = "http://addins.contoso.com/sob/assets/icon-16.png"),
      /http:\/\/addins.*is not https or not a URL of manifest\.xml/,
    ],
    [
      "requirement set",
      (m: Json) => void (m.extensions[0].autoRunEvents[0].requirements.capabilities[0].minVersion = "1.10"),
      /autoRunEvents requirements/,
    ],
  ])("%s", (_what, spoil, message) => {
    const unified = structuredClone(base.unified);
    spoil(unified);
    const problems = compareManifests({ fullXml: base.full, taskpaneXml: base.taskpane, unified, localizations: base.localizations });
    expect(problems.problems.map((p) => `${p.element}: ${p.message}`).join("\n")).toMatch(message);
  });

  test("a Dutch file that says something else than the XML", () => {
    const localizations = structuredClone(base.localizations);
    (localizations["nl.json"] as Json)["name.short"] = "Plannen";
    const { problems } = compareManifests({ fullXml: base.full, taskpaneXml: base.taskpane, unified: base.unified, localizations });
    expect(problems.map((p) => `${p.element}: ${p.message}`).join("\n")).toMatch(/nl\.json name\.short.*nl-NL/);
  });
});

describe("bad input stops the build with a message", () => {
  test.each([
    ["a fourth version part", (x: string) => edit(x, "<Version>1.0.0.0</Version>", "<Version>1.0.0.3</Version>"), /keep the fourth at 0/],
    [
      "Belgian Dutch differing from Dutch",
      (x: string) =>
        edit(x, `<Override Locale="nl-BE" Value="${MANIFEST_STRINGS.nl.name}" />`, '<Override Locale="nl-BE" Value="Anders" />'),
      /nl overrides differ \(nl-BE\)/,
    ],
    [
      "a German name without a German button label",
      (x: string) => x.split(/<bt:Override Locale="de-[A-Z]{2}" Value="[^"]*" \/>/).join(""),
      /no de <Override> for extensions\[0\]\.ribbons\[0\]\.tabs\[0\]\.groups\[0\]\.label/,
    ],
  ])("%s", (_what, change, message) => {
    expect(() => buildAll(change(realManifest()))).toThrow(message);
  });

  test("a language without its 80-character summary, or a summary too long, is named", () => {
    const { nl: _nl, ...withoutDutch } = MANIFEST_SUMMARIES;
    expect(() => buildUnifiedManifest(realManifest(), { summaries: withoutDutch })).toThrow(/MANIFEST_SUMMARIES has no nl text/);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "summaries-"));
    const file = path.join(dir, "manifestStrings.ts");
    fs.writeFileSync(file, `export const MANIFEST_SUMMARIES = { en: "ok", fr: "${"x".repeat(81)}" };\n`);
    expect(() => readSummaries(file)).toThrow(/MANIFEST_SUMMARIES\.fr must be 1-80 characters/);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test("versions become three parts", () => {
    expect(threePartVersion("1.2.3.0")).toBe("1.2.3");
    expect(threePartVersion("1.2.3")).toBe("1.2.3");
    expect(() => threePartVersion("1.2")).toThrow(/cannot become a unified manifest version/);
  });
});

describe("the app package", () => {
  const built = buildAppPackage({ root: ROOT, baseUrl: BASE });

  test("unzips (read by adm-zip) to exactly manifest.json, the two icons and the three language files, byte for byte", () => {
    const entries = new AdmZip(built.zip).getEntries();
    expect(entries.map((e) => e.entryName)).toEqual(["manifest.json", "color.png", "outline.png", "nl.json", "fr.json", "de.json"]);
    for (const entry of entries)
      expect(entry.getData().equals(built.entries.find((e) => e.name === entry.entryName)?.data as Buffer)).toBe(true);
    expect(JSON.parse(entries[0]?.getData().toString("utf8") ?? "")).toEqual(built.package.manifest);
  });

  test("is reproducible: the same sources give the same bytes", () => {
    expect(buildAppPackage({ root: ROOT, baseUrl: BASE }).zip.equals(built.zip)).toBe(true);
  });

  test("the zip writer refuses unsafe or repeated names", () => {
    expect(() => storeZip([{ name: "../manifest.json", data: Buffer.from("x") }])).toThrow(/unsafe/);
    expect(() =>
      storeZip([
        { name: "a", data: Buffer.alloc(0) },
        { name: "a", data: Buffer.alloc(0) },
      ]),
    ).toThrow(/duplicate/);
  });
});

describe("unified-cli.js on a build folder", () => {
  let dir: string;
  let log: jest.SpyInstance;
  let err: jest.SpyInstance;
  const built = buildAppPackage({ root: ROOT, baseUrl: BASE });
  const writeBuild = (entries = built.entries, manifestJson = built.manifestJson) => {
    fs.writeFileSync(path.join(dir, "manifest.xml"), buildManifest(realManifest(), { baseUrl: BASE, variant: "full" }));
    fs.writeFileSync(path.join(dir, "manifest-taskpane.xml"), buildManifest(realManifest(), { baseUrl: BASE, variant: "taskpane" }));
    fs.writeFileSync(path.join(dir, "manifest.json"), manifestJson);
    fs.writeFileSync(path.join(dir, PACKAGE_NAME), storeZip(entries));
  };
  const problems = () =>
    checkAppPackage(dir)
      .problems.map((p) => `${p.element}: ${p.message}`)
      .join("\n");
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "app-package-"));
    log = jest.spyOn(console, "log").mockImplementation(() => undefined);
    err = jest.spyOn(console, "error").mockImplementation(() => undefined);
  });
  afterEach(() => {
    log.mockRestore();
    err.mockRestore();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test("passes a good build and says so in one line", () => {
    writeBuild();
    expect(main([dir])).toBe(0);
    expect(String(log.mock.calls[0]?.[0])).toMatch(/^app package OK: \d+ checks/);
  });

  test("a missing language file, an extra file or a stale manifest.json is reported and exits 1", () => {
    writeBuild(
      [...built.entries.filter((e) => e.name !== "de.json"), { name: "notes.txt", data: Buffer.from("x") }],
      built.manifestJson.replace("1.0.0", "1.0.1"),
    );
    expect(problems()).toMatch(/has no de\.json/);
    expect(problems()).toMatch(/expects exactly manifest\.json, color\.png, outline\.png, nl\.json, fr\.json, de\.json/);
    expect(problems()).toMatch(/differs from the manifest\.json beside it/);
    expect(main([dir])).toBe(1);
  });

  test("icons of the wrong size or colour are reported", () => {
    const { encodePng } = require("../../scripts/make-icons.js") as { encodePng(w: number, h: number, rgba: Buffer): Buffer };
    const blue = Buffer.alloc(32 * 32 * 4, 0);
    for (let i = 0; i < blue.length; i += 4) blue.set([15, 108, 189, i < 400 ? 0 : 255], i);
    writeBuild(
      built.entries.map((e) =>
        e.name === "outline.png"
          ? { name: e.name, data: encodePng(32, 32, blue) }
          : e.name === "color.png"
            ? { name: e.name, data: encodePng(64, 64, Buffer.alloc(64 * 64 * 4)) }
            : e,
      ),
    );
    expect(problems()).toMatch(/color icon must be 192 x 192, is 64 x 64/);
    expect(problems()).toMatch(/outline icon must be white on transparent/);
  });

  test("a manifest whose $schema does not match its manifestVersion is reported", () => {
    const json = built.manifestJson.replace("/v1.30/", "/v1.17/");
    writeBuild([{ name: "manifest.json", data: Buffer.from(json) }, ...built.entries.slice(1)], json);
    expect(problems()).toMatch(/\$schema: is .*v1\.17.*manifestVersion 1\.30/);
  });

  test("a folder without a build is a clear error", () => {
    expect(problems()).toMatch(/schedule-on-behalf\.zip: missing in .* \(run the build first\)/);
    expect(main([])).toBe(1);
  });
});

test("the committed package icons are the generator's output", () => {
  const { PACKAGE_ICONS, encodePng, render } = require("../../scripts/make-icons.js") as {
    PACKAGE_ICONS: { file: string; size: number; look: never }[];
    encodePng(w: number, h: number, rgba: Buffer): Buffer;
    render(size: number, look: never): Buffer;
  };
  for (const icon of PACKAGE_ICONS) {
    expect(
      fs.readFileSync(path.join(ROOT, "assets", icon.file)).equals(encodePng(icon.size, icon.size, render(icon.size, icon.look))),
    ).toBe(true);
  }
});
