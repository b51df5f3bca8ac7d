// @ts-check
/**
 * Do the three built manifests describe the same add-in? manifest.xml, manifest-taskpane.xml and
 * manifest.json are compared field by field, reading each one on its own (not through the code that
 * wrote manifest.json), so a conversion mistake shows up as a disagreement:
 * Ids, version, name, descriptions, icons, URLs, the button and its pane, the send-time check, shared
 * folders, permission, requirement sets and the Dutch, French and German texts.
 */
const { DOMParser } = require("@xmldom/xmldom");
const { GUID, derivedId, ID_NAMES } = require("./ids.js");

/** @typedef {{ element: string, message: string }} Problem */
/** @typedef {Record<string, any>} Json */

/**
 * @param {{ fullXml: string, taskpaneXml: string, unified: Json, localizations: Record<string, Json> }} input
 *   localizations: file name (as in localizationInfo) → parsed file
 * @returns {{ problems: Problem[], checks: number }}
 */
function compareManifests({ fullXml, taskpaneXml, unified, localizations }) {
  /** @type {Problem[]} */
  const problems = [];
  let checks = 0;
  /** @param {boolean} ok @param {string} element @param {string} message */
  const expect = (ok, element, message) => {
    checks++;
    if (!ok) problems.push({ element, message });
  };
  /** @param {unknown} a @param {unknown} b */
  const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

  const full = readXml(fullXml);
  const pane = readXml(taskpaneXml);
  const ext = unified.extensions?.[0] ?? {};
  const runtimes = /** @type {Json[]} */ (ext.runtimes ?? []);
  const control = ext.ribbons?.[0]?.tabs?.[0]?.groups?.[0]?.controls?.[0] ?? {};
  const group = ext.ribbons?.[0]?.tabs?.[0]?.groups?.[0] ?? {};
  const openPage = runtimes.find((r) =>
    (r.actions ?? []).some((/** @type {Json} */ a) => a.id === control.actionId && a.type === "openPage"),
  );

  // Ids: one per manifest, each a GUID, the two derived ones as ids.js derives them.
  expect(GUID.test(full.id), "manifest.xml <Id>", `must be a GUID, is "${full.id}"`);
  expect(GUID.test(String(unified.id)), "manifest.json id", `must be a GUID, is "${unified.id}"`);
  expect(
    new Set([full.id, pane.id, unified.id]).size === 3,
    "Id",
    `the three manifests need three Ids (the admin center keys add-ins by Id): ${full.id}, ${pane.id}, ${unified.id}`,
  );
  if (GUID.test(full.id)) {
    expect(pane.id === derivedId(full.id, ID_NAMES.taskpane), "manifest-taskpane.xml <Id>", "is not the Id derived from manifest.xml's");
    expect(unified.id === derivedId(full.id, ID_NAMES.unified), "manifest.json id", "is not the Id derived from manifest.xml's");
  }
  const hidden = (ext.alternates ?? []).map((/** @type {Json} */ a) => a.hide?.customOfficeAddin?.officeAddinId).filter(Boolean);
  expect(
    same([...hidden].sort(), [full.id, pane.id].sort()),
    "manifest.json alternates",
    `must hide both XML add-ins (${full.id}, ${pane.id}), hides ${hidden.join(", ") || "none"}`,
  );

  // Version.
  expect(full.version === pane.version, "<Version>", `the XML manifests differ: ${full.version} and ${pane.version}`);
  expect(`${unified.version}.0` === full.version, "manifest.json version", `is ${unified.version}, manifest.xml says ${full.version}`);

  // Texts, in English and per language.
  const texts = [
    ["name.short", full.displayName, unified.name?.short],
    ["name.full", full.displayName, unified.name?.full],
    ["description.full", full.description, unified.description?.full],
    [`${controlKey(0)}.label`, full.buttonLabel, control.label],
    [`${controlKey(0)}.supertip.title`, full.buttonLabel, control.supertip?.title],
    [`${controlKey(0)}.supertip.description`, full.tooltip, control.supertip?.description],
    [`${groupKey(0)}.label`, full.groupLabel, group.label],
  ];
  for (const [key, xmlText, jsonText] of /** @type {[string, Localized, string][]} */ (texts)) {
    expect(xmlText.text === jsonText, `manifest.json ${key}`, `is "${jsonText}", manifest.xml says "${xmlText.text}"`);
  }
  for (const [name, xmlText, paneText] of /** @type {const} */ ([
    ["DisplayName", full.displayName, pane.displayName],
    ["Description", full.description, pane.description],
    ["TaskpaneButton.Label", full.buttonLabel, pane.buttonLabel],
    ["TaskpaneButton.Tooltip", full.tooltip, pane.tooltip],
  ])) {
    expect(same(xmlText, paneText), `manifest-taskpane.xml ${name}`, "differs from manifest.xml");
  }
  const languages = (unified.localizationInfo?.additionalLanguages ?? []).map((/** @type {Json} */ l) => String(l.languageTag));
  const xmlLanguages = [...new Set([...full.displayName.overrides.keys()].map((locale) => locale.split("-")[0]?.toLowerCase()))];
  expect(
    same([...languages].sort(), [...xmlLanguages].sort()),
    "manifest.json localizationInfo",
    `languages ${languages.join(", ")}; the XML overrides ${xmlLanguages.join(", ")}`,
  );
  for (const entry of unified.localizationInfo?.additionalLanguages ?? []) {
    const file = localizations[entry.file];
    if (!file) {
      expect(false, `manifest.json localizationInfo ${entry.languageTag}`, `${entry.file} is not in the package`);
      continue;
    }
    for (const [key, xmlText] of /** @type {[string, Localized, string][]} */ (texts)) {
      for (const [locale, value] of xmlText.overrides) {
        if (locale.split("-")[0]?.toLowerCase() !== entry.languageTag) continue;
        expect(file[key] === value, `${entry.file} ${key}`, `is "${file[key]}", manifest.xml's ${locale} override says "${value}"`);
      }
    }
  }

  // Icons and URLs.
  expect(same(sizeMap(control.icons), full.buttonIcons), "manifest.json button icons", "differ from the XML button's <bt:Image> URLs");
  expect(same(sizeMap(group.icons), full.buttonIcons), "manifest.json group icons", "differ from the XML button's icons");
  const alt = (ext.alternates ?? []).find((/** @type {Json} */ a) => a.alternateIcons)?.alternateIcons;
  expect(
    alt?.icon?.url === full.iconUrl && alt?.highResolutionIcon?.url === full.highResIconUrl,
    "manifest.json alternateIcons",
    "differ from <IconUrl>/<HighResolutionIconUrl>",
  );
  expect(
    openPage?.code?.page === full.taskpaneUrl,
    "manifest.json task pane",
    `opens ${openPage?.code?.page}, manifest.xml's button opens ${full.taskpaneUrl}`,
  );
  expect(pane.taskpaneUrl === full.taskpaneUrl, "manifest-taskpane.xml task pane", "opens another page than manifest.xml");
  for (const key of ["websiteUrl", "privacyUrl", "termsOfUseUrl"]) {
    expect(
      unified.developer?.[key] === full.supportUrl,
      `manifest.json developer.${key}`,
      `is ${unified.developer?.[key]}, <SupportUrl> is ${full.supportUrl}`,
    );
  }
  // Every URL of the package is one manifest.xml uses (so it follows ADDIN_BASE_URL the same way) and https.
  const xmlUrls = new Set([...fullXml.matchAll(/"(https?:\/\/[^"]+)"/g)].map((m) => m[1]));
  const urls = [...JSON.stringify(unified).matchAll(/"(https?:\/\/[^"]+)"/g)]
    .map((m) => m[1] ?? "")
    .filter((u) => !u.startsWith("https://developer.microsoft.com/json-schemas/"));
  for (const url of urls) {
    expect(url.startsWith("https://") && xmlUrls.has(url), "manifest.json URL", `${url} is not https or not a URL of manifest.xml`);
  }
  const host = full.taskpaneUrl ? new URL(full.taskpaneUrl).host : "";
  expect(same(unified.validDomains, [host]), "manifest.json validDomains", `should be the add-in's host ${host}`);

  // The send-time check: in manifest.xml and the package, not in the taskpane-only manifest.
  const events = /** @type {Json[]} */ ((ext.autoRunEvents ?? []).flatMap((/** @type {Json} */ a) => a.events ?? []));
  const send = events.find((e) => e.type === "appointmentSending");
  expect(
    full.launchEvent !== undefined && pane.launchEvent === undefined,
    "<LaunchEvent>",
    "manifest.xml must have the send-time check and manifest-taskpane.xml must not",
  );
  if (full.launchEvent) {
    const sendMode = full.launchEvent.sendMode.charAt(0).toLowerCase() + full.launchEvent.sendMode.slice(1);
    expect(
      full.launchEvent.type === "OnAppointmentSend" && send !== undefined,
      "manifest.json autoRunEvents",
      "has no appointmentSending event for manifest.xml's OnAppointmentSend",
    );
    expect(
      send?.options?.sendMode === sendMode,
      "manifest.json appointmentSending",
      `send mode ${send?.options?.sendMode}, manifest.xml says ${full.launchEvent.sendMode}`,
    );
    expect(
      send?.actionId === full.launchEvent.functionName,
      "manifest.json appointmentSending",
      `runs ${send?.actionId}, manifest.xml runs ${full.launchEvent.functionName}`,
    );
    const runtime = runtimes.find((r) =>
      (r.actions ?? []).some((/** @type {Json} */ a) => a.id === send?.actionId && a.type === "executeFunction"),
    );
    expect(
      runtime?.code?.page === full.launchEvent.page && runtime?.code?.script === full.launchEvent.script,
      "manifest.json send-check runtime",
      `loads ${runtime?.code?.page} / ${runtime?.code?.script}, manifest.xml ${full.launchEvent.page} / ${full.launchEvent.script}`,
    );
  }

  // Shared folders, permission, requirement sets.
  const permissions = (unified.authorization?.permissions?.resourceSpecific ?? []).map((/** @type {Json} */ p) => p.name);
  expect(
    full.sharedFolders && pane.sharedFolders && permissions.includes("Mailbox.SharedFolder"),
    "shared folders",
    "SupportsSharedFolders in both XML manifests and Mailbox.SharedFolder in manifest.json are needed for the owner's calendar",
  );
  expect(
    full.permission === "ReadWriteItem" && pane.permission === full.permission && permissions.includes("MailboxItem.ReadWrite.User"),
    "permission",
    `ReadWriteItem ↔ MailboxItem.ReadWrite.User expected; XML ${full.permission}/${pane.permission}, JSON ${permissions.join(", ")}`,
  );
  expect(
    same(ext.requirements?.capabilities, full.baseSets),
    "manifest.json extensions requirements",
    `${JSON.stringify(ext.requirements?.capabilities)}; manifest.xml <Requirements> ${JSON.stringify(full.baseSets)}`,
  );
  for (const [where, list] of /** @type {const} */ ([
    ["runtimes", runtimes],
    ["ribbons", ext.ribbons ?? []],
    ["autoRunEvents", ext.autoRunEvents ?? []],
  ])) {
    for (const item of list) {
      expect(
        same(item.requirements?.capabilities, full.overrideSets),
        `manifest.json ${where} requirements`,
        `${JSON.stringify(item.requirements?.capabilities)}; manifest.xml's VersionOverrides ${JSON.stringify(full.overrideSets)}`,
      );
    }
  }
  return { problems, checks };
}

/** @param {number} i */
const groupKey = (i) => `extensions[0].ribbons[0].tabs[0].groups[${i}]`;
/** @param {number} i */
const controlKey = (i) => `${groupKey(0)}.controls[${i}]`;

/** @param {unknown} icons @returns {Record<string, string>} */
function sizeMap(icons) {
  return Object.fromEntries((Array.isArray(icons) ? icons : []).map((i) => [String(i.size), String(i.url)]));
}

/** @typedef {{ text: string, overrides: Map<string, string> }} Localized */

/** The fields compared, read straight from one XML manifest. @param {string} xml */
function readXml(xml) {
  const doc = new DOMParser().parseFromString(xml, "text/xml");
  const root = /** @type {Element} */ (doc.documentElement);
  /** @param {Element | Document} el @param {string} name */
  const all = (el, name) => Array.from(el.getElementsByTagNameNS("*", name));
  /** @param {string} name */
  const top = (name) => all(root, name).find((e) => e.parentNode === root);
  /** @param {Element | undefined} el @returns {Localized} */
  const localized = (el) => ({
    text: el?.getAttribute("DefaultValue") ?? "",
    overrides: new Map(
      all(el ?? root, "Override")
        .filter((o) => o.parentNode === el)
        .map((o) => [o.getAttribute("Locale") ?? "", o.getAttribute("Value") ?? ""]),
    ),
  });
  /** @param {string | null | undefined} id */
  const byId = (id) => all(root, "*").find((e) => e.getAttribute("id") === id && ["Url", "Image", "String"].includes(e.localName));
  /** @param {string | null | undefined} id */
  const url = (id) => byId(id)?.getAttribute("DefaultValue") ?? "";
  const control = all(root, "Control")[0];
  const groupEl = all(root, "Group")[0];
  const label = (/** @type {Element | undefined} */ el) =>
    all(el ?? root, "Label")
      .find((l) => l.parentNode === el)
      ?.getAttribute("resid");
  const event = all(root, "LaunchEvent").find((e) => e.getAttribute("Type"));
  const eventPoint = all(root, "ExtensionPoint").find((e) => (e.getAttribute("xsi:type") ?? "") === "LaunchEvent");
  const runtimeResid = eventPoint ? all(eventPoint, "SourceLocation")[0]?.getAttribute("resid") : undefined;
  const runtime = all(root, "Runtime").find((r) => r.getAttribute("resid") === runtimeResid);
  const sets = (/** @type {Element | undefined} */ req) =>
    all(req ?? root, "Set").map((s) => ({
      name: s.getAttribute("Name") ?? "",
      minVersion: s.getAttribute("MinVersion") ?? /** @type {Element} */ (s.parentNode).getAttribute("DefaultMinVersion") ?? "",
    }));
  const vo11 = all(root, "VersionOverrides").find((v) => v.getAttribute("xsi:type") === "VersionOverridesV1_1");
  return {
    id: (top("Id")?.textContent ?? "").trim(),
    version: (top("Version")?.textContent ?? "").trim(),
    displayName: localized(top("DisplayName")),
    description: localized(top("Description")),
    supportUrl: top("SupportUrl")?.getAttribute("DefaultValue") ?? "",
    iconUrl: top("IconUrl")?.getAttribute("DefaultValue") ?? "",
    highResIconUrl: top("HighResolutionIconUrl")?.getAttribute("DefaultValue") ?? "",
    permission: (top("Permissions")?.textContent ?? "").trim(),
    baseSets: sets(top("Requirements")),
    overrideSets: vo11 ? sets(all(vo11, "Requirements")[0]) : [],
    groupLabel: localized(byId(label(groupEl))),
    buttonLabel: localized(byId(label(control))),
    tooltip: localized(byId(control ? all(control, "Description")[0]?.getAttribute("resid") : undefined)),
    buttonIcons: Object.fromEntries(
      (control ? all(control, "Image") : []).map((i) => [i.getAttribute("size") ?? "", url(i.getAttribute("resid"))]),
    ),
    taskpaneUrl: url(control ? all(control, "SourceLocation")[0]?.getAttribute("resid") : undefined),
    sharedFolders: all(root, "SupportsSharedFolders").some((e) => (e.textContent ?? "").trim() === "true"),
    launchEvent: event
      ? {
          type: event.getAttribute("Type") ?? "",
          functionName: event.getAttribute("FunctionName") ?? "",
          sendMode: event.getAttribute("SendMode") ?? "",
          page: url(runtimeResid),
          script: url(
            runtime
              ? all(runtime, "Override")
                  .find((o) => o.getAttribute("type") === "javascript")
                  ?.getAttribute("resid")
              : undefined,
          ),
        }
      : undefined,
  };
}

module.exports = { compareManifests };
