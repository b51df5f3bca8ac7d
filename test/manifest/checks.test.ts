/** @jest-environment node */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { checkManifest, runChecks, pngSize, type CheckOptions, type Problem } from "../../scripts/manifest/checks";
import { encodePng, render } from "../../scripts/make-icons";
import { ASSETS, FIXTURE_SOURCE, REAL_SOURCE, copyOfAssets, edit, realManifest } from "./helpers";

const OPTS: CheckOptions = { assetsDir: ASSETS, sourceDir: FIXTURE_SOURCE };

function problemsFor(xml: string, opts: CheckOptions = OPTS): Problem[] {
  return checkManifest(xml, opts);
}

/** Asserts some problem names the element (substring of `element`) and, if given, says `about`. */
function expectProblem(problems: Problem[], element: string, about?: RegExp): void {
  const hit = problems.find((p) => p.element.includes(element) && (about === undefined || about.test(p.message)));
  if (!hit) {
    throw new Error(
      `expected a problem naming ${element}${about ? ` matching ${String(about)}` : ""}; got:\n${JSON.stringify(problems, null, 2)}`,
    );
  }
}

describe("the real manifest", () => {
  it("passes every check with the assets and a source tree that registers the handler", () => {
    const report = runChecks(realManifest(), OPTS);
    expect(report.problems).toEqual([]);
    expect(report.checks).toBeGreaterThan(50);
  });

  // Needs src/launchevent/launchevent.ts (another engineer's file) to call
  // Office.actions.associate("onAppointmentSendHandler", …); fails until it lands.
  it("passes every check against the real src/", () => {
    expect(checkManifest(realManifest(), { assetsDir: ASSETS, sourceDir: REAL_SOURCE })).toEqual([]);
  });

  it("holds the product's contract: appointment organizer, delegate view, send-time check, least privilege", () => {
    const xml = realManifest();
    expect(xml).toContain('<Rule xsi:type="ItemIs" ItemType="Appointment" FormType="Edit" />');
    expect(xml).toContain("<SupportsSharedFolders>true</SupportsSharedFolders>");
    expect(xml).toContain('<ExtensionPoint xsi:type="AppointmentOrganizerCommandSurface">');
    expect(xml).toContain('<LaunchEvent Type="OnAppointmentSend" FunctionName="onAppointmentSendHandler" SendMode="SoftBlock" />');
    expect(xml).toContain("<Permissions>ReadWriteItem</Permissions>");
    expect(xml).toContain("<Id>5c683779-1ae4-46b9-ac46-ccfb9b03c5af</Id>");
    // Every URL on the development base, so the build's rewrite catches all of them.
    const urls = [...xml.matchAll(/https?:\/\/[^"<\s]+/g)]
      .map((m) => m[0])
      .filter((u) => !u.startsWith("http://schemas.microsoft.com/") && !u.startsWith("http://www.w3.org/"));
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) expect(url.startsWith("https://localhost:3000/")).toBe(true);
  });
});

describe("well-formed XML", () => {
  it("reports a parse error", () => {
    const xml = edit(realManifest(), "<Permissions>ReadWriteItem</Permissions>", "<Permissions>ReadWriteItem</Permission>");
    expectProblem(problemsFor(xml), "<?xml?>", /well-formed/);
  });
  it("reports an empty document", () => {
    expectProblem(problemsFor(""), "<?xml?>");
  });
});

describe("root element", () => {
  it("must be a MailApp", () => {
    expectProblem(problemsFor(edit(realManifest(), 'xsi:type="MailApp"', 'xsi:type="TaskPaneApp"')), "<OfficeApp>", /MailApp/);
  });
  it("must be OfficeApp", () => {
    const xml = realManifest().replace("<OfficeApp", "<OfficeAddin").replace("</OfficeApp>", "</OfficeAddin>");
    expectProblem(problemsFor(xml), "<OfficeAddin>", /<OfficeApp>/);
  });
});

describe("Id and Version", () => {
  it("Id must be a GUID", () => {
    expectProblem(
      problemsFor(edit(realManifest(), "<Id>5c683779-1ae4-46b9-ac46-ccfb9b03c5af</Id>", "<Id>schedule-on-behalf</Id>")),
      "<Id>",
      /GUID/,
    );
  });
  it("Id must not be the all-zero GUID", () => {
    expectProblem(
      problemsFor(edit(realManifest(), "5c683779-1ae4-46b9-ac46-ccfb9b03c5af", "00000000-0000-0000-0000-000000000000")),
      "<Id>",
    );
  });
  it("Version must have four numeric parts", () => {
    expectProblem(problemsFor(edit(realManifest(), "<Version>1.0.0.0</Version>", "<Version>1.0</Version>")), "<Version>", /four numbers/);
    expectProblem(problemsFor(edit(realManifest(), "<Version>1.0.0.0</Version>", "<Version>1.0.0.beta</Version>")), "<Version>");
    expectProblem(problemsFor(edit(realManifest(), "<Version>1.0.0.0</Version>", "<Version>1.0.0.70000</Version>")), "<Version>");
  });
});

describe("top-level elements of OfficeApp", () => {
  it("reports a missing required element", () => {
    expectProblem(problemsFor(edit(realManifest(), /\s*<ProviderName>[^<]*<\/ProviderName>/, "")), "<ProviderName>", /missing/);
  });
  it("reports elements out of schema order", () => {
    const xml = realManifest();
    const permissions = "<Permissions>ReadWriteItem</Permissions>";
    const rule = '<Rule xsi:type="ItemIs" ItemType="Appointment" FormType="Edit" />';
    const swapped = edit(edit(xml, permissions, "@@P@@"), rule, permissions).replace("@@P@@", rule);
    expectProblem(problemsFor(swapped), "<Permissions>", /out of order/);
  });
  it("reports Requirements placed after FormSettings", () => {
    const xml = realManifest();
    const requirements = xml.match(/ {2}<Requirements>\s*<Sets>[\s\S]*?<\/Requirements>\n/)?.[0] ?? "";
    expect(requirements).not.toBe("");
    const moved = edit(xml, requirements, "").replace("  <Permissions>", `${requirements}  <Permissions>`);
    expectProblem(problemsFor(moved), "<Requirements>", /out of order/);
  });
  it("reports an element the schema does not allow", () => {
    expectProblem(
      problemsFor(edit(realManifest(), "<Permissions>", "<Homepage>x</Homepage>\n  <Permissions>")),
      "<Homepage>",
      /not allowed/,
    );
  });
  it("reports a duplicated element", () => {
    expectProblem(
      problemsFor(edit(realManifest(), "<Version>1.0.0.0</Version>", "<Version>1.0.0.0</Version><Version>1.0.0.1</Version>")),
      "<Version>",
      /more than once/,
    );
  });
  it("reports DisplayName longer than a ShortString", () => {
    expectProblem(
      problemsFor(
        edit(realManifest(), '<DisplayName DefaultValue="Schedule on behalf">', `<DisplayName DefaultValue="${"x".repeat(126)}">`),
      ),
      "<DisplayName>",
      /125/,
    );
  });
});

describe("Permissions", () => {
  const withPermission = (value: string) =>
    edit(realManifest(), "<Permissions>ReadWriteItem</Permissions>", `<Permissions>${value}</Permissions>`);
  it("refuses more than ReadWriteItem unless allowed", () => {
    expectProblem(problemsFor(withPermission("ReadWriteMailbox")), "<Permissions>", /above ReadWriteItem/);
    expect(problemsFor(withPermission("ReadWriteMailbox"), { ...OPTS, allowPermissions: ["ReadWriteMailbox"] })).toEqual([]);
  });
  it("accepts less privilege", () => {
    expect(problemsFor(withPermission("ReadItem"))).toEqual([]);
  });
  it("refuses an unknown value", () => {
    expectProblem(
      problemsFor(withPermission("Everything")),
      "<Permissions>",
      /one of Restricted, ReadItem, ReadWriteItem, ReadWriteMailbox/,
    );
  });
  it("needs exactly one Permissions element", () => {
    expectProblem(problemsFor(edit(realManifest(), /\s*<Permissions>ReadWriteItem<\/Permissions>/, "")), "<Permissions>", /exactly one/);
  });
});

describe("VersionOverrides", () => {
  it("needs VersionOverridesV1_1 inside V1_0", () => {
    const xml = realManifest().replace('xsi:type="VersionOverridesV1_1"', 'xsi:type="VersionOverridesV1_2"');
    expectProblem(problemsFor(xml), "VersionOverridesV1_1", /missing/);
  });
  it("reports Requirements after Hosts inside VersionOverridesV1_1", () => {
    const xml = realManifest();
    const requirements = xml.match(/ *<Requirements>\s*<bt:Sets[\s\S]*?<\/Requirements>\n/)?.[0] ?? "";
    expect(requirements).not.toBe("");
    const moved = edit(xml, requirements, "").replace("      <Resources>", `${requirements}      <Resources>`);
    expectProblem(problemsFor(moved), "<Requirements>", /out of order/);
  });
});

describe("Host and DesktopFormFactor structure", () => {
  it("Runtimes must come before DesktopFormFactor", () => {
    const xml = realManifest();
    const runtimes = xml.match(/ *<Runtimes>[\s\S]*?<\/Runtimes>\n/)?.[0] ?? "";
    expect(runtimes).not.toBe("");
    const moved = edit(xml, runtimes, "").replace("        </Host>", `${runtimes}        </Host>`);
    expectProblem(problemsFor(moved), "<Runtimes>", /out of order/);
  });
  it("SupportsSharedFolders must come first in DesktopFormFactor", () => {
    const xml = realManifest();
    const shared = "<SupportsSharedFolders>true</SupportsSharedFolders>";
    const moved = edit(xml, shared, "").replace(
      '<FunctionFile resid="Commands.Url" />',
      `<FunctionFile resid="Commands.Url" />\n${shared}`,
    );
    expectProblem(problemsFor(moved), "<SupportsSharedFolders>", /out of order/);
  });
  it("reports SupportsSharedFolders missing, with the delegate consequence", () => {
    const problems = problemsFor(edit(realManifest(), "<SupportsSharedFolders>true</SupportsSharedFolders>", ""));
    expectProblem(
      problems,
      "<SupportsSharedFolders>",
      /missing in VersionOverridesV1_1 DesktopFormFactor: without it the add-in does not appear in a delegate's view of another calendar/,
    );
  });
  it("reports SupportsSharedFolders false", () => {
    expectProblem(
      problemsFor(edit(realManifest(), "<SupportsSharedFolders>true<", "<SupportsSharedFolders>false<")),
      "<SupportsSharedFolders>",
      /must be "true"/,
    );
  });
  it("reports an unknown child of DesktopFormFactor", () => {
    expectProblem(
      problemsFor(edit(realManifest(), '<FunctionFile resid="Commands.Url" />', '<FunctionFile resid="Commands.Url" />\n<GetStarted />')),
      "<GetStarted>",
      /not allowed/,
    );
  });
});

describe("event runtime", () => {
  it("a LaunchEvent needs Runtimes", () => {
    const xml = edit(realManifest(), / *<Runtimes>[\s\S]*?<\/Runtimes>\n/, "");
    expectProblem(problemsFor(xml), "<Runtimes>", /LaunchEvent/);
  });
  it("the Runtime needs the JavaScript override for classic Windows", () => {
    expectProblem(
      problemsFor(edit(realManifest(), /\s*<Override type="javascript" resid="LaunchEvent.Js" \/>/, "")),
      '<Runtime resid="LaunchEvent.Html">',
      /classic Outlook on Windows/,
    );
  });
  it("the LaunchEvent SourceLocation must name the Runtime's resource", () => {
    const xml = edit(realManifest(), '<SourceLocation resid="LaunchEvent.Html" />', '<SourceLocation resid="Commands.Url" />');
    expectProblem(problemsFor(xml), '<SourceLocation resid="Commands.Url">', /must equal <Runtime resid="LaunchEvent.Html">/);
  });
  it("SendMode must be a known value", () => {
    expectProblem(
      problemsFor(edit(realManifest(), 'SendMode="SoftBlock"', 'SendMode="Soft"')),
      '<LaunchEvent Type="OnAppointmentSend"',
      /PromptUser, SoftBlock, Block/,
    );
  });
});

describe("resource references", () => {
  it("every resid must resolve", () => {
    expectProblem(
      problemsFor(edit(realManifest(), '<FunctionFile resid="Commands.Url" />', '<FunctionFile resid="Command.Url" />')),
      '<FunctionFile resid="Command.Url">',
      /does not match any id/,
    );
  });
  it("a label must point at a ShortString, not a LongString", () => {
    const xml = edit(realManifest(), '<Label resid="Group.Label" />', '<Label resid="TaskpaneButton.Tooltip" />');
    expectProblem(problemsFor(xml), '<Label resid="TaskpaneButton.Tooltip">', /LongStrings resource.*ShortStrings/);
  });
  it("an icon must point at an Image, not a Url", () => {
    const xml = edit(realManifest(), '<bt:Image size="32" resid="Icon.32x32" />', '<bt:Image size="32" resid="Taskpane.Url" />');
    expectProblem(problemsFor(xml), '<bt:Image resid="Taskpane.Url"', /needs one from <bt:Images>/);
  });
  it("a SourceLocation must point at a Url, not a string", () => {
    const xml = edit(realManifest(), '<SourceLocation resid="Taskpane.Url" />', '<SourceLocation resid="Group.Label" />');
    expectProblem(problemsFor(xml), '<SourceLocation resid="Group.Label">', /needs one from <bt:Urls>/);
  });
  it("resource ids must be unique", () => {
    const xml = edit(realManifest(), '<bt:String id="TaskpaneButton.Label"', '<bt:String id="Group.Label"');
    expectProblem(problemsFor(xml), '<bt:String id="Group.Label">', /defined twice/);
  });
  it("resource ids are at most 32 characters", () => {
    const long = "Taskpane.Url.ThatIsFarTooLongForOutlook";
    const xml = realManifest().split('"Taskpane.Url"').join(`"${long}"`);
    expectProblem(problemsFor(xml), `<bt:Url id="${long}">`, /1-32 characters/);
  });
  it("ShortStrings are at most 125 characters", () => {
    const xml = edit(
      realManifest(),
      '<bt:String id="Group.Label" DefaultValue="Schedule on behalf">',
      `<bt:String id="Group.Label" DefaultValue="${"y".repeat(126)}">`,
    );
    expectProblem(problemsFor(xml), '<bt:String id="Group.Label">', /1-125 characters/);
  });
  it("a translated tooltip gets the same 250-character limit as the English one", () => {
    const xml = edit(
      realManifest(),
      /<bt:Override Locale="de-DE" Value="Prüft, ob[^"]*"/,
      `<bt:Override Locale="de-DE" Value="${"z".repeat(251)}"`,
    );
    expectProblem(problemsFor(xml), '<bt:String id="TaskpaneButton.Tooltip">', /Locale="de-DE"> must be 1-250 characters, has 251/);
  });
  it("a locale overridden twice, or a tag that is not a language, is reported", () => {
    const twice = edit(
      realManifest(),
      '<Override Locale="nl-BE" Value="Namens iemand anders plannen" />',
      '<Override Locale="nl-NL" Value="Namens iemand anders plannen" />',
    );
    expectProblem(problemsFor(twice), "<DisplayName>", /two overrides for nl-NL/);
    const bad = edit(
      realManifest(),
      '<Override Locale="nl-BE" Value="Namens iemand anders plannen" />',
      '<Override Locale="Dutch" Value="Namens iemand anders plannen" />',
    );
    expectProblem(problemsFor(bad), "<DisplayName>", /not a language tag/);
  });
});

describe("URLs", () => {
  it("must be https", () => {
    const xml = edit(realManifest(), "https://localhost:3000/commands.html", "http://localhost:3000/commands.html");
    expectProblem(problemsFor(xml), '<bt:Url id="Commands.Url">', /https/);
  });
  it("must be absolute", () => {
    const xml = edit(realManifest(), '"https://localhost:3000/launchevent.js"', '"launchevent.js"');
    expectProblem(problemsFor(xml), '<bt:Url id="LaunchEvent.Js">', /absolute https/);
  });
  it("must all be on one origin", () => {
    const xml = edit(realManifest(), "https://localhost:3000/launchevent.html", "https://cdn.example.com/launchevent.html");
    expectProblem(problemsFor(xml), '<bt:Url id="LaunchEvent.Html">', /one origin/);
  });
  it("the ItemEdit form's SourceLocation is checked too", () => {
    const xml = edit(
      realManifest(),
      '<SourceLocation DefaultValue="https://localhost:3000/taskpane.html" />',
      '<SourceLocation DefaultValue="javascript:alert(1)" />',
    );
    expectProblem(problemsFor(xml), "<FormSettings> <SourceLocation>", /https/);
  });
  it("an AppDomain must be an https origin", () => {
    const xml = edit(
      realManifest(),
      '<Hosts>\n    <Host Name="Mailbox" />',
      '<AppDomains><AppDomain>http://login.example.com</AppDomain></AppDomains>\n  <Hosts>\n    <Host Name="Mailbox" />',
    );
    expectProblem(problemsFor(xml), "<AppDomain>", /https/);
  });
});

describe("icon files", () => {
  let dir: string;
  beforeEach(() => {
    dir = copyOfAssets();
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("the shipped icons are PNGs of their declared sizes", () => {
    for (const size of [16, 32, 64, 80, 128]) {
      expect(pngSize(fs.readFileSync(path.join(ASSETS, `icon-${size}.png`)))).toEqual({ width: size, height: size });
    }
  });
  it("reports a missing icon file", () => {
    fs.rmSync(path.join(dir, "icon-80.png"));
    expectProblem(problemsFor(realManifest(), { ...OPTS, assetsDir: dir }), "Icon.80x80", /does not exist/);
  });
  it("reports an icon whose pixels do not match the declared size", () => {
    fs.writeFileSync(path.join(dir, "icon-80.png"), encodePng(32, 32, render(32)));
    expectProblem(
      problemsFor(realManifest(), { ...OPTS, assetsDir: dir }),
      '<bt:Image resid="Icon.80x80" size="80">',
      /is 32x32 but .* declares 80x80/,
    );
  });
  it("reports an icon that is not a PNG", () => {
    fs.writeFileSync(path.join(dir, "icon-16.png"), "GIF89a not really");
    expectProblem(problemsFor(realManifest(), { ...OPTS, assetsDir: dir }), "Icon.16x16", /not a PNG/);
  });
  it("IconUrl must be 64 x 64 and HighResolutionIconUrl 128 x 128 for a mail add-in", () => {
    const xml = edit(
      realManifest(),
      '<IconUrl DefaultValue="https://localhost:3000/assets/icon-64.png" />',
      '<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png" />',
    );
    expectProblem(problemsFor(xml), "<IconUrl>", /declares 64x64/);
    const hi = edit(
      realManifest(),
      '<HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/icon-128.png" />',
      '<HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/icon-80.png" />',
    );
    expectProblem(problemsFor(hi), "<HighResolutionIconUrl>", /declares 128x128/);
  });
});

describe("pages behind the URLs (baseDir)", () => {
  it("reports every page missing from the served folder", () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), "manifest-dist-"));
    try {
      const problems = problemsFor(realManifest(), { ...OPTS, baseDir: empty });
      expectProblem(problems, '<bt:Url id="LaunchEvent.Js">', /does not exist/);
      expectProblem(problems, '<bt:Url id="Taskpane.Url">', /does not exist/);
      expectProblem(problems, '<bt:Image id="Icon.16x16">', /does not exist/);
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });
  it("passes when every page exists", () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), "manifest-dist-"));
    try {
      for (const page of ["taskpane.html", "support.html", "commands.html", "launchevent.html", "launchevent.js"])
        fs.writeFileSync(path.join(dist, page), "");
      fs.mkdirSync(path.join(dist, "assets"));
      for (const file of fs.readdirSync(ASSETS)) fs.copyFileSync(path.join(ASSETS, file), path.join(dist, "assets", file));
      expect(problemsFor(realManifest(), { ...OPTS, baseDir: dist })).toEqual([]);
    } finally {
      fs.rmSync(dist, { recursive: true, force: true });
    }
  });
});

describe("handler registration", () => {
  it("reports a LaunchEvent FunctionName nobody registers", () => {
    const xml = edit(realManifest(), 'FunctionName="onAppointmentSendHandler"', 'FunctionName="onAppointmentSend"');
    expectProblem(
      problemsFor(xml),
      '<LaunchEvent Type="OnAppointmentSend" FunctionName="onAppointmentSend">',
      /Office\.actions\.associate\("onAppointmentSend"/,
    );
  });
  it("reports an ExecuteFunction FunctionName nobody registers", () => {
    const button = `<Control xsi:type="Button" id="SobQuickCheck">
                    <Label resid="TaskpaneButton.Label" />
                    <Supertip><Title resid="TaskpaneButton.Label" /><Description resid="TaskpaneButton.Tooltip" /></Supertip>
                    <Icon><bt:Image size="16" resid="Icon.16x16" /><bt:Image size="32" resid="Icon.32x32" /><bt:Image size="80" resid="Icon.80x80" /></Icon>
                    <Action xsi:type="ExecuteFunction"><FunctionName>quickCheck</FunctionName></Action>
                  </Control>
                </Group>`;
    expectProblem(problemsFor(edit(realManifest(), "</Group>", button)), "<FunctionName>", /quickCheck/);
  });
  it("finds registrations in any .ts/.tsx/.js file, with either quote style", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "manifest-src-"));
    try {
      fs.mkdirSync(path.join(dir, "deep", "er"), { recursive: true });
      fs.writeFileSync(path.join(dir, "deep", "er", "x.tsx"), "Office.actions\n  .associate( 'onAppointmentSendHandler', h);");
      expect(problemsFor(realManifest(), { ...OPTS, sourceDir: dir })).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("requirement sets cover what the override declares", () => {
  it("a LaunchEvent (OnAppointmentSend) needs Mailbox 1.12", () => {
    const xml = edit(realManifest(), 'DefaultMinVersion="1.12"', 'DefaultMinVersion="1.8"');
    expectProblem(problemsFor(xml), "<bt:Sets>", /below Mailbox 1\.12.*OnAppointmentSend/);
  });
  it("the ribbon button needs Mailbox 1.3 even without a LaunchEvent", () => {
    const { buildManifest } = require("../../scripts/manifest/variants.js") as {
      buildManifest: (xml: string, o: { variant: string }) => string;
    };
    const taskpaneOnly = buildManifest(realManifest(), { variant: "taskpane" });
    expect(problemsFor(taskpaneOnly, {})).toEqual([]);
    expectProblem(
      problemsFor(edit(taskpaneOnly, 'DefaultMinVersion="1.3"', 'DefaultMinVersion="1.1"'), {}),
      "<bt:Sets>",
      /the ribbon button/,
    );
  });
  it("a missing <Requirements> is named", () => {
    const xml = realManifest().replace(/<Requirements>\s*<bt:Sets[\s\S]*?<\/Requirements>/, "");
    expectProblem(problemsFor(xml), "<Requirements>", /DefaultMinVersion/);
  });
});
