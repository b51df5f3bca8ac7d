// @ts-check
/**
 * The unified manifest for Microsoft 365 (manifest.json) and its app package, built from the same
 * manifest.xml as the two XML manifests, so the three cannot drift apart:
 *
 * - version, names, descriptions, icons, every URL, the appointment-organizer button and its task pane,
 *   the send-time check (OnAppointmentSend → "appointmentSending", same send mode), shared-folder
 *   support (SupportsSharedFolders → the Mailbox.SharedFolder permission), the requirement sets and
 *   the permission level are read from the XML after the ADDIN_BASE_URL rewrite;
 * - the Dutch, French and German texts come from the XML's <Override> values, one localization file
 *   per language (localizationInfo); the unified manifest's 80-character short description, which
 *   the XML has no element for, comes from src/i18n/manifestStrings.ts (MANIFEST_SUMMARIES).
 *
 * Only what this add-in's manifest.xml uses is converted; anything else fails the build with a message
 * instead of being left out silently. Microsoft's reference: "Office Add-ins with the unified app
 * manifest for Microsoft 365" and the Microsoft 365 app manifest schema (validated offline by
 * scripts/manifest/unified-cli.js against the schema shipped in @microsoft/app-manifest).
 */
const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");
const { DOMParser } = require("@xmldom/xmldom");
const { rewriteManifest } = require("./baseUrl.js");
const { derivedId, ID_NAMES } = require("./ids.js");
const { storeZip } = require("./zip.js");
const { addinVersion, withVersion } = require("./version.js");

/** The newest generally available manifest version in @microsoft/app-manifest (Microsoft: "use the latest released version"). */
const MANIFEST_VERSION = "1.30";
const SCHEMA_URL = `https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`;
const LOCALIZATION_SCHEMA_URL = `https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.Localization.schema.json`;
const PACKAGE_NAME = "schedule-on-behalf.zip";
/** Required by the schema, unused by Outlook: the icon's brand blue. */
const ACCENT_COLOR = "#0F6CBD";
/** Where the package's two icons come from (assets/, drawn by scripts/make-icons.js) and their names in the zip. */
const PACKAGE_ICONS = /** @type {const} */ ({
  color: { from: "app-color-192.png", to: "color.png" },
  outline: { from: "app-outline-32.png", to: "outline.png" },
});
/** The languages this add-in ships; the package gets them from manifest.xml's overrides, this list is for the checks. */
const LANGUAGES = /** @type {const} */ (["nl", "fr", "de"]);

/** XML permission level → unified manifest resource-specific permission (Microsoft's permission table). */
const PERMISSION_NAMES = {
  Restricted: "MailboxItem.Restricted.User",
  ReadItem: "MailboxItem.Read.User",
  ReadWriteItem: "MailboxItem.ReadWrite.User",
  ReadWriteMailbox: "Mailbox.ReadWrite.User",
};
/** Command surfaces → ribbon contexts. */
const CONTEXTS = {
  AppointmentOrganizerCommandSurface: "meetingDetailsOrganizer",
  AppointmentAttendeeCommandSurface: "meetingDetailsAttendee",
  MessageReadCommandSurface: "mailRead",
  MessageComposeCommandSurface: "mailCompose",
};
/** LaunchEvent Type → autoRunEvents type, and SendMode → sendMode (Microsoft's event table). */
const EVENTS = { OnAppointmentSend: "appointmentSending", OnMessageSend: "messageSending" };
const SEND_MODES = { PromptUser: "promptUser", SoftBlock: "softBlock", Block: "block" };

const TASKPANE_RUNTIME = "TaskpaneRuntime";
const TASKPANE_ACTION = "openTaskpane";
const EVENT_RUNTIME = "SendCheckRuntime";

/**
 * @typedef {object} UnifiedPackage
 * @property {Record<string, unknown>} manifest            manifest.json
 * @property {Record<string, Record<string, string>>} localizations  file name → contents, one per language
 * @property {{ manifest: string, taskpane: string, unified: string }} ids  the three manifests' add-in Ids
 */

/**
 * @param {string} xml  manifest.xml as written for development
 * @param {{ baseUrl?: string, summaries: Readonly<Record<string, string>> & { en: string } }} options
 * @returns {UnifiedPackage}
 */
function buildUnifiedManifest(xml, options) {
  const doc = new DOMParser().parseFromString(rewriteManifest(xml, options.baseUrl), "text/xml");
  const root = doc.documentElement;
  if (!root) throw new Error("manifest.xml has no root element");
  const x = xmlReader();

  const sourceId = x.text(x.one(root, "Id"));
  const ids = { manifest: sourceId, taskpane: derivedId(sourceId, ID_NAMES.taskpane), unified: derivedId(sourceId, ID_NAMES.unified) };
  const version = threePartVersion(x.text(x.one(root, "Version")));
  const displayName = x.localized(x.one(root, "DisplayName"));
  // One localization file per language the XML overrides the add-in's name in.
  const languages = [...displayName.languages.keys()];
  const description = x.localized(x.one(root, "Description"));
  const supportUrl = x.attr(x.one(root, "SupportUrl"), "DefaultValue");
  const iconUrl = x.attr(x.one(root, "IconUrl"), "DefaultValue");
  const highResIconUrl = x.attr(x.one(root, "HighResolutionIconUrl"), "DefaultValue");
  const baseSets = x.sets(x.one(root, "Requirements"));
  const permission = /** @type {keyof typeof PERMISSION_NAMES} */ (x.text(x.one(root, "Permissions")));
  if (!(permission in PERMISSION_NAMES))
    throw new Error(`manifest.xml <Permissions>${permission}</Permissions> has no unified manifest equivalent`);

  const vo11 = x.all(root, "VersionOverrides").find((e) => x.type(e) === "VersionOverridesV1_1");
  if (!vo11) throw new Error('manifest.xml has no <VersionOverrides xsi:type="VersionOverridesV1_1">');
  const overrideSets = x.sets(x.one(vo11, "Requirements"));
  const resources = x.one(vo11, "Resources");
  const hosts = x.all(vo11, "Host").filter((h) => x.type(h) === "MailHost");
  if (hosts.length !== 1) throw new Error(`manifest.xml: expected one MailHost in VersionOverridesV1_1, found ${hosts.length}`);
  const host = /** @type {Element} */ (hosts[0]);
  const desktop = x.one(host, "DesktopFormFactor");
  const sharedFolders = x.all(desktop, "SupportsSharedFolders").some((e) => x.text(e) === "true");

  /** @type {Record<string, unknown>[]} */
  const ribbons = [];
  /** @type {Record<string, unknown>[]} */
  const autoRunEvents = [];
  /** @type {Record<string, unknown>[]} */
  const runtimes = [];
  /** @type {Map<string, Record<string, string>>} localization key → language → text */
  const translations = new Map();
  /** @param {string} key @param {{ languages: Map<string, string> }} text */
  const translate = (key, text) => translations.set(key, Object.fromEntries(text.languages));
  translate("name.short", displayName);
  translate("name.full", displayName);
  translate("description.full", description);

  const requirements = (/** @type {string[]} */ formFactors) => ({
    capabilities: overrideSets,
    ...(formFactors.length ? { formFactors } : {}),
  });
  const resourceUrl = (/** @type {string} */ kind, /** @type {string | null} */ id) =>
    x.attr(x.resource(resources, kind, id), "DefaultValue");

  for (const point of x.all(desktop, "ExtensionPoint")) {
    const kind = x.type(point);
    if (kind === "LaunchEvent") {
      const events = x.all(point, "LaunchEvent").map((event) => {
        const type = /** @type {keyof typeof EVENTS} */ (event.getAttribute("Type") ?? "");
        if (!(type in EVENTS)) throw new Error(`manifest.xml LaunchEvent Type="${type}" is not converted to the unified manifest`);
        const sendMode = /** @type {keyof typeof SEND_MODES | null} */ (event.getAttribute("SendMode"));
        return {
          type: EVENTS[type],
          actionId: event.getAttribute("FunctionName") ?? "",
          ...(sendMode ? { options: { sendMode: SEND_MODES[sendMode] } } : {}),
        };
      });
      autoRunEvents.push({ requirements: { capabilities: overrideSets, scopes: ["mail"] }, events });
      const runtimeResid = x.one(point, "SourceLocation").getAttribute("resid");
      const runtime = x.all(host, "Runtime").find((r) => r.getAttribute("resid") === runtimeResid);
      if (!runtime) throw new Error(`manifest.xml: no <Runtime resid="${runtimeResid}"> for the LaunchEvent`);
      const script = x.all(runtime, "Override").find((o) => o.getAttribute("type") === "javascript");
      runtimes.push({
        requirements: { capabilities: overrideSets },
        id: EVENT_RUNTIME,
        type: "general",
        code: { page: resourceUrl("Urls", runtimeResid), ...(script ? { script: resourceUrl("Urls", script.getAttribute("resid")) } : {}) },
        lifetime: "short",
        actions: events.map((event) => ({ id: event.actionId, type: "executeFunction" })),
      });
    } else if (kind in CONTEXTS) {
      const tab = x.one(point, "OfficeTab");
      const groups = x.all(tab, "Group").map((group, g) => {
        const prefix = `extensions[0].ribbons[${ribbons.length}].tabs[0].groups[${g}]`;
        const groupLabel = x.localized(x.resource(resources, "ShortStrings", x.one(group, "Label").getAttribute("resid")));
        translate(`${prefix}.label`, groupLabel);
        const controls = x.all(group, "Control").map((control, c) => {
          const action = x.one(control, "Action");
          if (x.type(control) !== "Button" || x.type(action) !== "ShowTaskpane") {
            throw new Error(`manifest.xml control "${control.getAttribute("id")}" is not a task pane button; only those are converted`);
          }
          const label = x.localized(x.resource(resources, "ShortStrings", x.one(control, "Label").getAttribute("resid")));
          const supertip = x.one(control, "Supertip");
          const title = x.localized(x.resource(resources, "ShortStrings", x.one(supertip, "Title").getAttribute("resid")));
          const tip = x.localized(x.resource(resources, "LongStrings", x.one(supertip, "Description").getAttribute("resid")));
          const at = `${prefix}.controls[${c}]`;
          translate(`${at}.label`, label);
          translate(`${at}.supertip.title`, title);
          translate(`${at}.supertip.description`, tip);
          const page = resourceUrl("Urls", x.one(action, "SourceLocation").getAttribute("resid"));
          if (runtimes.some((r) => r.id === TASKPANE_RUNTIME)) throw new Error("manifest.xml: only one task pane button is converted");
          runtimes.push({
            requirements: { capabilities: overrideSets, formFactors: ["desktop"] },
            id: TASKPANE_RUNTIME,
            type: "general",
            code: { page },
            lifetime: "short",
            actions: [{ id: TASKPANE_ACTION, type: "openPage", view: "dashboard", pinnable: false }],
          });
          return {
            id: control.getAttribute("id") ?? "",
            type: "button",
            label: label.default,
            icons: x.all(control, "Image").map((image) => ({
              size: Number(image.getAttribute("size")),
              url: resourceUrl("Images", image.getAttribute("resid")),
            })),
            supertip: { title: title.default, description: tip.default },
            actionId: TASKPANE_ACTION,
          };
        });
        return {
          id: group.getAttribute("id") ?? "",
          label: groupLabel.default,
          // The unified schema gives a group its own icons; the XML's group uses its button's.
          icons: /** @type {{ icons: unknown[] }} */ (controls[0] ?? { icons: [] }).icons,
          controls,
        };
      });
      ribbons.push({
        requirements: requirements(["desktop"]),
        contexts: [CONTEXTS[/** @type {keyof typeof CONTEXTS} */ (kind)]],
        tabs: [{ builtInTabId: tab.getAttribute("id") ?? "", groups }],
      });
    } else {
      throw new Error(`manifest.xml <ExtensionPoint xsi:type="${kind}"> is not converted to the unified manifest`);
    }
  }

  const host0 = new URL(supportUrl).host;
  const manifest = {
    $schema: SCHEMA_URL,
    manifestVersion: MANIFEST_VERSION,
    id: ids.unified,
    version,
    localizationInfo: {
      defaultLanguageTag: x.text(x.one(root, "DefaultLocale")).toLowerCase(),
      additionalLanguages: languages.map((language) => ({ languageTag: language, file: `${language}.json` })),
    },
    developer: {
      name: x.text(x.one(root, "ProviderName")),
      websiteUrl: supportUrl,
      // The support page is also the privacy statement (nothing leaves the device) and the terms.
      privacyUrl: supportUrl,
      termsOfUseUrl: supportUrl,
    },
    name: { short: displayName.default, full: displayName.default },
    description: { short: options.summaries.en, full: description.default },
    icons: { outline: PACKAGE_ICONS.outline.to, color: PACKAGE_ICONS.color.to },
    accentColor: ACCENT_COLOR,
    validDomains: [host0],
    authorization: {
      permissions: {
        resourceSpecific: [
          { name: PERMISSION_NAMES[permission], type: "Delegated" },
          ...(sharedFolders ? [{ name: "Mailbox.SharedFolder", type: "Delegated" }] : []),
        ],
      },
    },
    extensions: [
      {
        requirements: { capabilities: baseSets, scopes: ["mail"] },
        runtimes,
        ribbons,
        ...(autoRunEvents.length ? { autoRunEvents } : {}),
        alternates: [
          // A user who also has an XML manifest of this add-in sees one button, not two, where Outlook reads
          // this package (Microsoft: "Manage both a unified manifest and an add-in only manifest version").
          { hide: { customOfficeAddin: { officeAddinId: ids.manifest } }, alternateIcons: alternateIcons(iconUrl, highResIconUrl) },
          { hide: { customOfficeAddin: { officeAddinId: ids.taskpane } } },
        ],
      },
    ],
  };

  /** @type {Record<string, Record<string, string>>} */
  const localizations = {};
  for (const language of languages) {
    /** @type {Record<string, string>} */
    const file = { $schema: LOCALIZATION_SCHEMA_URL };
    const summary = /** @type {Record<string, string | undefined>} */ (options.summaries)[language];
    if (!summary)
      throw new Error(
        `src/i18n/manifestStrings.ts: MANIFEST_SUMMARIES has no ${language} text (manifest.xml overrides the name in ${language})`,
      );
    for (const [key, texts] of translations) {
      const text = texts[language];
      if (text === undefined) throw new Error(`manifest.xml has no ${language} <Override> for ${key}`);
      file[key] = text;
    }
    file["description.short"] = summary;
    localizations[`${language}.json`] = file;
  }
  return { manifest, localizations, ids };
}

/** @param {string} icon @param {string} highRes */
function alternateIcons(icon, highRes) {
  // The schema allows icon sizes up to 80 only; Microsoft's own samples give the 128-pixel file "size": 64 too.
  return { icon: { size: 64, url: icon }, highResolutionIcon: { size: 64, url: highRes } };
}

/**
 * The XML's four-part version as the unified manifest's three parts (n.n.n, at most five digits
 * each); a non-zero fourth part would be lost, so it fails the build.
 * @param {string} value
 */
function threePartVersion(value) {
  const match = /^(\d{1,5})\.(\d{1,5})\.(\d{1,5})(?:\.(\d{1,5}))?$/.exec(value);
  if (!match) throw new Error(`manifest.xml <Version>${value}</Version> cannot become a unified manifest version (n.n.n)`);
  if (match[4] !== undefined && Number(match[4]) !== 0) {
    throw new Error(
      `manifest.xml <Version>${value}</Version>: the unified manifest has three parts, so keep the fourth at 0 and raise the third`,
    );
  }
  return `${Number(match[1])}.${Number(match[2])}.${Number(match[3])}`;
}

/** Small readers over the parsed manifest that fail with a message naming what is missing. */
function xmlReader() {
  /** @param {Element} el @param {string} name @returns {Element[]} */
  const all = (el, name) => Array.from(el.getElementsByTagNameNS("*", name));
  /** @param {Element} el @param {string} name @returns {Element} */
  const one = (el, name) => {
    const found = all(el, name)[0];
    if (!found) throw new Error(`manifest.xml: <${name}> missing in <${el.tagName}>`);
    return found;
  };
  /** @param {Element} el */
  const text = (el) => (el.textContent ?? "").trim();
  /** @param {Element} el @param {string} name */
  const attr = (el, name) => {
    const value = el.getAttribute(name);
    if (!value) throw new Error(`manifest.xml: <${el.tagName}> has no ${name}`);
    return value;
  };
  /** @param {Element} el */
  const type = (el) => el.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type") || el.getAttribute("xsi:type") || "";
  /**
   * A text with its per-language overrides: every locale of one language (nl-NL, nl-BE) must say the
   * same, as the package has one file per language.
   * @param {Element} el
   */
  const localized = (el) => {
    /** @type {Map<string, string>} */
    const languages = new Map();
    for (const override of all(el, "Override")) {
      const locale = attr(override, "Locale");
      const value = override.getAttribute("Value") ?? "";
      const language = locale.split("-")[0]?.toLowerCase() ?? locale;
      const earlier = languages.get(language);
      if (earlier !== undefined && earlier !== value) {
        throw new Error(
          `manifest.xml <${el.tagName}>: the ${language} overrides differ (${locale}); the app package has one text per language`,
        );
      }
      languages.set(language, value);
    }
    return { default: attr(el, "DefaultValue"), languages };
  };
  /** @param {Element} resources @param {string} group @param {string | null} id */
  const resource = (resources, group, id) => {
    const found = all(one(resources, group), group === "Images" ? "Image" : group === "Urls" ? "Url" : "String").find(
      (e) => e.getAttribute("id") === id,
    );
    if (!found) throw new Error(`manifest.xml: no <${group}> resource with id "${id}"`);
    return found;
  };
  /** Requirement sets of a <Requirements> element (base <Set MinVersion> or override DefaultMinVersion). @param {Element} requirements */
  const sets = (requirements) =>
    all(requirements, "Set").map((set) => ({
      name: attr(set, "Name"),
      minVersion: set.getAttribute("MinVersion") ?? attr(/** @type {Element} */ (set.parentNode), "DefaultMinVersion"),
    }));
  return { all, one, text, attr, type, localized, resource, sets };
}

/**
 * Reads MANIFEST_SUMMARIES from src/i18n/manifestStrings.ts. The build runs plain Node, so the file is
 * transpiled with the project's TypeScript (plain data, no imports) and evaluated in a sandbox.
 * @param {string} file
 * @returns {Readonly<Record<string, string>> & { en: string }}
 */
function readSummaries(file) {
  const ts = require("typescript");
  const { outputText } = ts.transpileModule(fs.readFileSync(file, "utf8"), { compilerOptions: { module: ts.ModuleKind.CommonJS } });
  /** @type {{ exports: Record<string, any> }} */
  const mod = { exports: {} };
  // A sandbox without require: the file is plain data and must stay so.
  vm.runInNewContext(outputText, { module: mod, exports: mod.exports }, { filename: file });
  const summaries = mod.exports.MANIFEST_SUMMARIES;
  if (typeof summaries?.en !== "string") throw new Error(`${file}: MANIFEST_SUMMARIES.en is missing`);
  for (const [language, text] of Object.entries(summaries)) {
    if (typeof text !== "string" || text.length === 0 || text.length > 80) {
      throw new Error(`${file}: MANIFEST_SUMMARIES.${language} must be 1-80 characters (the unified manifest's description.short)`);
    }
  }
  return summaries;
}

/**
 * Everything the build writes for the unified manifest: dist/manifest.json and dist/schedule-on-behalf.zip.
 * @param {{ root: string, baseUrl?: string, xml?: string, version?: string }} options  root: the repository; xml: manifest.xml's
 *   text if already read; version: x.y.z, package.json's by default (it replaces the XML's <Version>)
 * @returns {{ manifestJson: string, zip: Buffer, package: UnifiedPackage, entries: { name: string, data: Buffer }[] }}
 */
function buildAppPackage(options) {
  const source = options.xml ?? fs.readFileSync(path.join(options.root, "manifest.xml"), "utf8");
  const xml = withVersion(source, options.version ?? addinVersion());
  const summaries = readSummaries(path.join(options.root, "src", "i18n", "manifestStrings.ts"));
  const built = buildUnifiedManifest(xml, { ...(options.baseUrl !== undefined ? { baseUrl: options.baseUrl } : {}), summaries });
  const json = (/** @type {unknown} */ value) => `${JSON.stringify(value, null, 2)}\n`;
  const manifestJson = json(built.manifest);
  const entries = [
    { name: "manifest.json", data: Buffer.from(manifestJson, "utf8") },
    ...Object.values(PACKAGE_ICONS).map((icon) => ({ name: icon.to, data: fs.readFileSync(path.join(options.root, "assets", icon.from)) })),
    ...Object.entries(built.localizations).map(([name, content]) => ({ name, data: Buffer.from(json(content), "utf8") })),
  ];
  return { manifestJson, zip: storeZip(entries), package: built, entries };
}

module.exports = {
  buildUnifiedManifest,
  buildAppPackage,
  readSummaries,
  threePartVersion,
  MANIFEST_VERSION,
  SCHEMA_URL,
  LOCALIZATION_SCHEMA_URL,
  PACKAGE_NAME,
  PACKAGE_ICONS,
  LANGUAGES,
};
