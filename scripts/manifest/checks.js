// @ts-check

/**
 * Offline checks for the add-in only (XML) manifest of an Outlook mail add-in.
 *
 * `office-addin-manifest validate` posts the manifest to an online service and fails offline, so these
 * checks cover what breaks this add-in in practice: XML well-formedness, the element order the schema
 * requires, resource references, URLs, icon files and sizes, the delegate-access switch
 * (SupportsSharedFolders), the event runtime, handler registration and least-privilege permissions.
 * Every problem names the element it is about.
 */
const fs = require("node:fs");
const path = require("node:path");
const { DOMParser } = require("@xmldom/xmldom");

/** @typedef {{ element: string, message: string }} Problem */
/**
 * @typedef {object} CheckOptions
 * @property {string} [assetsDir]  folder holding the icon files (…/assets/icon-16.png → <assetsDir>/icon-16.png); icon checks are skipped without it
 * @property {string} [sourceDir]  folder scanned (.ts/.tsx/.js) for Office.actions.associate("name", …); handler checks are skipped without it
 * @property {string} [baseDir]    folder served at the manifest's base URL (e.g. dist); when given, every page and image URL must name a file in it
 * @property {readonly string[]} [allowPermissions]  permission levels above ReadWriteItem that are deliberately allowed
 */
/** @typedef {{ problems: Problem[], checks: number }} CheckReport */

const NS = {
  officeApp: "http://schemas.microsoft.com/office/appforoffice/1.1",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
  vo10: "http://schemas.microsoft.com/office/mailappversionoverrides",
  vo11: "http://schemas.microsoft.com/office/mailappversionoverrides/1.1",
};

/**
 * Children of <OfficeApp xsi:type="MailApp"> in schema order (OfficeApp base sequence, then the MailApp
 * extension; MS-OWEMXML / OfficeAppManifestV1_1.xsd). All optional except where REQUIRED_TOP says.
 */
const OFFICE_APP_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "FormSettings",
  "Permissions",
  "Rule",
  "DisableEntityHighlighting",
  "VersionOverrides",
  "Signature",
];
const REQUIRED_TOP = ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "FormSettings", "Rule"];
/** MailHost (VersionOverrides 1.1): Runtimes, DesktopFormFactor, MobileFormFactor. */
const MAIL_HOST_ORDER = ["Runtimes", "DesktopFormFactor", "MobileFormFactor"];
/** DesktopFormFactor in VersionOverrides 1.1, as Microsoft's examples write it. */
const DESKTOP_FORM_FACTOR_ORDER = ["SupportsSharedFolders", "FunctionFile", "ExtensionPoint"];
/** The part of the VersionOverrides sequence this add-in uses (unknown children are not judged). */
const VERSION_OVERRIDES_ORDER = ["Description", "Requirements", "Hosts", "Resources"];

/** Mail add-in permission levels, least to most privileged. */
const PERMISSIONS = ["Restricted", "ReadItem", "ReadWriteItem", "ReadWriteMailbox"];
const MAX_DEFAULT_PERMISSION = "ReadWriteItem";
const SEND_MODES = ["PromptUser", "SoftBlock", "Block"];
const SHORT_STRING_MAX = 125;
const LONG_STRING_MAX = 250;
const RESID_MAX = 32;

/** Resource kinds by the element that holds them in <Resources>. */
const RESOURCE_GROUPS = /** @type {const} */ ({ Images: "Images", Urls: "Urls", ShortStrings: "ShortStrings", LongStrings: "LongStrings" });
/** @typedef {keyof typeof RESOURCE_GROUPS} ResourceKind */

/**
 * @param {Element} el
 * @returns {Element[]}
 */
function children(el) {
  /** @type {Element[]} */
  const out = [];
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1) out.push(/** @type {Element} */ (node));
  }
  return out;
}

/**
 * @param {Element} el
 * @param {string} localName
 * @returns {Element[]}
 */
function childrenNamed(el, localName) {
  return children(el).filter((c) => c.localName === localName);
}

/**
 * All descendants (document order) with this local name; with `ownOnly`, a nested <VersionOverrides>
 * is not entered (so the 1.0 and 1.1 overrides are each walked once).
 * @param {Element} el
 * @param {string} localName
 * @param {boolean} [ownOnly]
 * @returns {Element[]}
 */
function descendants(el, localName, ownOnly = false) {
  /** @type {Element[]} */
  const out = [];
  /** @param {Element} e */
  const walk = (e) => {
    for (const c of children(e)) {
      if (ownOnly && c.localName === "VersionOverrides") continue;
      if (c.localName === localName) out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

/** @param {Element} el */
function xsiType(el) {
  return el.getAttributeNS(NS.xsi, "type") || el.getAttribute("xsi:type") || "";
}

/** @param {Element} el */
function text(el) {
  return (el.textContent ?? "").trim();
}

/**
 * How a problem names its element: tag as written plus the attribute that identifies it.
 * @param {Element} el
 */
function describe(el) {
  const keys = ["id", "resid", "xsi:type", "Type", "FunctionName", "size"];
  const attrs = [];
  for (const key of keys) {
    const value = key === "xsi:type" ? xsiType(el) : el.getAttribute(key);
    if (value) attrs.push(`${key}="${value}"`);
    if (attrs.length === 2) break;
  }
  return `<${[el.tagName, ...attrs].join(" ")}>`;
}

/** @param {Element} el */
function at(el) {
  const line = /** @type {{ lineNumber?: number }} */ (/** @type {unknown} */ (el)).lineNumber;
  return typeof line === "number" ? ` (line ${line})` : "";
}

/**
 * Reads width and height from a PNG's IHDR chunk; undefined when the bytes are not a PNG.
 * @param {Buffer} bytes
 * @returns {{ width: number, height: number } | undefined}
 */
function pngSize(bytes) {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return undefined;
  if (bytes.toString("ascii", 12, 16) !== "IHDR") return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * Every handler name registered with Office.actions.associate("name", …) in .ts/.tsx/.js under dir.
 * @param {string} dir
 * @returns {Set<string>}
 */
function registeredHandlers(dir) {
  const names = new Set();
  const pattern = /Office\s*\.\s*actions\s*\.\s*associate\s*\(\s*(["'`])([^"'`]+)\1/g;
  /** @param {string} folder */
  const walk = (folder) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(ts|tsx|js)$/.test(entry.name) && !entry.name.endsWith(".d.ts")) {
        for (const match of fs.readFileSync(full, "utf8").matchAll(pattern)) names.add(/** @type {string} */ (match[2]));
      }
    }
  };
  walk(dir);
  return names;
}

/**
 * Runs every check and also counts them (for the CLI's "manifest OK: N checks").
 * @param {string} xml
 * @param {CheckOptions} [opts]
 * @returns {CheckReport}
 */
function runChecks(xml, opts = {}) {
  /** @type {Problem[]} */
  const problems = [];
  let checks = 0;
  /**
   * Records one check; a false condition becomes a problem.
   * @param {boolean} ok
   * @param {string} element
   * @param {string} message
   */
  const expect = (ok, element, message) => {
    checks++;
    if (!ok) problems.push({ element, message });
    return ok;
  };

  // 1. Well-formed XML ---------------------------------------------------------------------------
  /** @type {string[]} */
  const parseErrors = [];
  /** @type {Document | undefined} */
  let doc;
  try {
    doc = new DOMParser({
      onError: (level, message) => {
        if (level !== "warning") parseErrors.push(message.split("\n")[0] ?? message);
      },
    }).parseFromString(xml, "text/xml");
  } catch (error) {
    parseErrors.push(error instanceof Error ? (error.message.split("\n")[0] ?? error.message) : String(error));
  }
  if (
    !expect(parseErrors.length === 0 && doc !== undefined, "<?xml?>", `manifest is not well-formed XML: ${parseErrors.join("; ")}`) ||
    !doc
  ) {
    return { problems, checks };
  }
  const root = doc.documentElement;
  if (!root) {
    expect(false, "<?xml?>", "manifest has no root element");
    return { problems, checks };
  }

  // 2. Root element --------------------------------------------------------------------------------
  expect(root.localName === "OfficeApp", `<${root.tagName}>`, `root element must be <OfficeApp>, found <${root.tagName}>`);
  expect(
    root.namespaceURI === NS.officeApp,
    "<OfficeApp>",
    `<OfficeApp> must be in namespace ${NS.officeApp}, found ${root.namespaceURI ?? "none"}`,
  );
  expect(
    xsiType(root) === "MailApp",
    "<OfficeApp>",
    `<OfficeApp> must have xsi:type="MailApp" for an Outlook add-in, found "${xsiType(root)}"`,
  );

  const top = children(root);
  /** @param {string} name */
  const topOne = (name) => top.find((c) => c.localName === name);

  // 3. Required top-level elements, each at most once, in schema order ----------------------------
  for (const name of REQUIRED_TOP) {
    expect(topOne(name) !== undefined, `<${name}>`, `<${name}> missing in <OfficeApp>: it is required for a MailApp`);
  }
  checkOrder(top, OFFICE_APP_ORDER, "<OfficeApp>", expect, { unknownIsProblem: true, once: true });

  // 4. Id and Version --------------------------------------------------------------------------------
  const id = topOne("Id");
  if (id) {
    const value = text(id);
    expect(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value) && !/^[0-]+$/.test(value),
      "<Id>",
      `<Id> must be a GUID such as 5c683779-1ae4-46b9-ac46-ccfb9b03c5af (and never change between releases), found "${value}"`,
    );
  }
  const version = topOne("Version");
  if (version) {
    const value = text(version);
    expect(
      /^(0|[1-9]\d{0,4})(\.(0|[1-9]\d{0,4})){3}$/.test(value) && value.split(".").every((p) => Number(p) <= 65535),
      "<Version>",
      `<Version> must be four numbers 0-65535 separated by dots, such as 1.0.0.0, found "${value}"`,
    );
  }

  // 5. Permissions: one known value, least privilege --------------------------------------------------
  const permissions = top.filter((c) => c.localName === "Permissions");
  if (
    expect(permissions.length === 1, "<Permissions>", `<OfficeApp> must contain exactly one <Permissions>, found ${permissions.length}`)
  ) {
    const el = /** @type {Element} */ (permissions[0]);
    const value = text(el);
    if (
      expect(
        PERMISSIONS.includes(value),
        "<Permissions>",
        `<Permissions> must be one of ${PERMISSIONS.join(", ")}, found "${value}"${at(el)}`,
      )
    ) {
      const allowed = opts.allowPermissions ?? [];
      expect(
        PERMISSIONS.indexOf(value) <= PERMISSIONS.indexOf(MAX_DEFAULT_PERMISSION) || allowed.includes(value),
        "<Permissions>",
        `<Permissions> is ${value}, above ${MAX_DEFAULT_PERMISSION}: the add-in only needs ${MAX_DEFAULT_PERMISSION}; raise it only through the allow-list (allowPermissions) with a reason`,
      );
    }
  }

  // 6. String lengths (basic types: ShortString 125, LongString 250) ---------------------------------
  for (const [name, max] of /** @type {const} */ ([
    ["DisplayName", SHORT_STRING_MAX],
    ["Description", LONG_STRING_MAX],
  ])) {
    const el = topOne(name);
    if (!el) continue;
    const value = el.getAttribute("DefaultValue") ?? "";
    expect(
      value.length >= 1 && value.length <= max,
      `<${name}>`,
      `<${name} DefaultValue> must be 1-${max} characters, has ${value.length}`,
    );
    checkLocaleOverrides(el, `<${name}>`, max, expect);
  }

  // 7. VersionOverrides 1.0 containing 1.1 -----------------------------------------------------------
  const vo10 = topOne("VersionOverrides");
  /** @type {Element | undefined} */
  let vo11;
  if (
    expect(
      vo10 !== undefined,
      "<VersionOverrides>",
      '<VersionOverrides xsi:type="VersionOverridesV1_0"> missing: without it Outlook shows no button and runs no event handler',
    ) &&
    vo10
  ) {
    expect(
      xsiType(vo10) === "VersionOverridesV1_0" && vo10.namespaceURI === NS.vo10,
      describe(vo10),
      `the outer <VersionOverrides> must be xsi:type="VersionOverridesV1_0" in namespace ${NS.vo10}`,
    );
    vo11 = childrenNamed(vo10, "VersionOverrides").find((c) => xsiType(c) === "VersionOverridesV1_1");
    if (
      expect(
        vo11 !== undefined,
        '<VersionOverrides xsi:type="VersionOverridesV1_1">',
        '<VersionOverrides xsi:type="VersionOverridesV1_1"> missing inside VersionOverridesV1_0: SupportsSharedFolders, Runtimes and LaunchEvent exist only in the 1.1 schema',
      ) &&
      vo11
    ) {
      expect(
        vo11.namespaceURI === NS.vo11,
        describe(vo11),
        `VersionOverridesV1_1 must be in namespace ${NS.vo11}, found ${vo11.namespaceURI ?? "none"}`,
      );
    }
    for (const vo of [vo10, vo11]) {
      if (vo) checkOrder(children(vo), VERSION_OVERRIDES_ORDER, describe(vo), expect, { unknownIsProblem: false, once: true });
    }
  }

  // 8. Hosts / MailHost / DesktopFormFactor structure in 1.1 --------------------------------------
  const overrides = [vo10, vo11].filter((v) => v !== undefined);
  const mailHosts = vo11 ? descendants(vo11, "Host").filter((h) => xsiType(h) === "MailHost") : [];
  if (vo11) {
    expect(mailHosts.length > 0, '<Host xsi:type="MailHost">', '<Host xsi:type="MailHost"> missing in VersionOverridesV1_1 <Hosts>');
  }
  for (const host of mailHosts) {
    checkOrder(children(host), MAIL_HOST_ORDER, '<Host xsi:type="MailHost">', expect, { unknownIsProblem: true, once: true });
    const desktop = childrenNamed(host, "DesktopFormFactor")[0];
    if (
      !expect(
        desktop !== undefined,
        "<DesktopFormFactor>",
        '<DesktopFormFactor> missing in VersionOverridesV1_1 <Host xsi:type="MailHost">',
      ) ||
      !desktop
    )
      continue;
    checkOrder(children(desktop), DESKTOP_FORM_FACTOR_ORDER, "<DesktopFormFactor>", expect, { unknownIsProblem: true, once: false });
    const shared = childrenNamed(desktop, "SupportsSharedFolders")[0];
    if (
      expect(
        shared !== undefined,
        "<SupportsSharedFolders>",
        "<SupportsSharedFolders> missing in VersionOverridesV1_1 DesktopFormFactor: without it the add-in does not appear in a delegate's view of another calendar",
      ) &&
      shared
    ) {
      expect(
        text(shared) === "true",
        "<SupportsSharedFolders>",
        `<SupportsSharedFolders> is "${text(shared)}", must be "true": otherwise the add-in does not appear in a delegate's view of another calendar${at(shared)}`,
      );
    }

    // Event-based activation needs the runtime, and the LaunchEvent must point at the same resource.
    const launchPoints = childrenNamed(desktop, "ExtensionPoint").filter((e) => xsiType(e) === "LaunchEvent");
    const runtimes = childrenNamed(host, "Runtimes")[0];
    const runtime = runtimes ? childrenNamed(runtimes, "Runtime")[0] : undefined;
    for (const point of launchPoints) {
      if (
        !expect(
          runtime !== undefined,
          "<Runtimes>",
          '<Runtimes><Runtime> missing in <Host xsi:type="MailHost"> (before DesktopFormFactor): a LaunchEvent extension point cannot run without it',
        ) ||
        !runtime
      ) {
        continue;
      }
      const overrideJs = childrenNamed(runtime, "Override").find((o) => o.getAttribute("type") === "javascript");
      expect(
        overrideJs !== undefined,
        describe(runtime),
        '<Override type="javascript"> missing in <Runtime>: classic Outlook on Windows runs event handlers from that JavaScript file only',
      );
      const source = childrenNamed(point, "SourceLocation")[0];
      expect(
        source !== undefined && source.getAttribute("resid") === runtime.getAttribute("resid"),
        source ? describe(source) : "<SourceLocation>",
        `the LaunchEvent <SourceLocation resid> must equal <Runtime resid="${runtime.getAttribute("resid") ?? ""}">, found "${source?.getAttribute("resid") ?? "(missing)"}"`,
      );
      for (const event of descendants(point, "LaunchEvent")) {
        const type = event.getAttribute("Type") ?? "";
        const mode = event.getAttribute("SendMode");
        if (/Send$/.test(type) && mode !== null) {
          expect(SEND_MODES.includes(mode), describe(event), `SendMode must be one of ${SEND_MODES.join(", ")}, found "${mode}"`);
        }
      }
    }
    // The override's <Requirements> gate all of it, so they must cover what it declares: the ribbon
    // button needs Mailbox 1.3 (add-in commands), OnAppointmentSend 1.12; a lower minimum with a
    // LaunchEvent present fails to load (office-js #2302).
    if (vo11) {
      const sets = descendants(vo11, "Sets").find(
        (el) => el.parentNode && /** @type {Element} */ (el.parentNode).localName === "Requirements",
      );
      const declared = sets?.getAttribute("DefaultMinVersion") ?? "";
      const needed = launchPoints.length > 0 ? "1.12" : "1.3";
      if (
        expect(
          sets !== undefined,
          "<Requirements>",
          `VersionOverridesV1_1 has no <Requirements><bt:Sets DefaultMinVersion>: set it to ${needed}`,
        )
      ) {
        expect(
          compareVersions(declared, needed) >= 0,
          "<bt:Sets>",
          `<bt:Sets DefaultMinVersion="${declared}"> is below Mailbox ${needed}, which ${needed === "1.12" ? "OnAppointmentSend (LaunchEvent)" : "the ribbon button"} needs`,
        );
      }
    }
  }

  // 9. Resources: ids, kinds, lengths; every resid resolves to the right kind --------------------
  /** @type {Map<string, { kind: ResourceKind, el: Element, value: string }>} */
  const resources = new Map();
  for (const vo of overrides) {
    for (const res of childrenNamed(vo, "Resources")) {
      for (const group of children(res)) {
        const kind = /** @type {ResourceKind | undefined} */ (Object.keys(RESOURCE_GROUPS).find((k) => k === group.localName));
        if (!kind) continue;
        for (const item of children(group)) {
          const rid = item.getAttribute("id") ?? "";
          const value = item.getAttribute("DefaultValue") ?? "";
          expect(!resources.has(rid), describe(item), `resource id "${rid}" is defined twice${at(item)}`);
          expect(rid.length >= 1 && rid.length <= RESID_MAX, describe(item), `resource id "${rid}" must be 1-${RESID_MAX} characters`);
          if (kind === "ShortStrings" || kind === "LongStrings") {
            const max = kind === "ShortStrings" ? SHORT_STRING_MAX : LONG_STRING_MAX;
            expect(
              value.length >= 1 && value.length <= max,
              describe(item),
              `${kind} entries must be 1-${max} characters, "${rid}" has ${value.length}`,
            );
            checkLocaleOverrides(item, describe(item), max, expect);
          }
          resources.set(rid, { kind, el: item, value });
        }
      }
    }
  }
  for (const vo of overrides) {
    /** @param {Element} e */
    const walk = (e) => {
      for (const c of children(e)) {
        if (c.localName === "Resources" || c.localName === "VersionOverrides") continue;
        const resid = c.getAttribute("resid");
        if (resid !== null) {
          const want = expectedKind(c);
          const found = resources.get(resid);
          expect(
            found !== undefined && (want === undefined || found.kind === want),
            describe(c),
            found === undefined
              ? `resid "${resid}" does not match any id in <Resources>${want ? ` <bt:${want}>` : ""}${at(c)}`
              : `resid "${resid}" names a ${found.kind} resource, <${c.tagName}> needs one from <bt:${want}>${at(c)}`,
          );
        }
        walk(c);
      }
    };
    walk(vo);
  }

  // 10. URLs: https, valid, one origin ---------------------------------------------------------
  /** @type {{ el: Element, url: string, label: string }[]} */
  const urls = [];
  for (const name of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"]) {
    const el = topOne(name);
    if (el) urls.push({ el, url: el.getAttribute("DefaultValue") ?? "", label: describe(el) });
  }
  const formSettings = topOne("FormSettings");
  if (formSettings) {
    for (const el of descendants(formSettings, "SourceLocation"))
      urls.push({ el, url: el.getAttribute("DefaultValue") ?? "", label: "<FormSettings> " + describe(el) });
  }
  for (const { el, kind, value } of resources.values()) {
    if (kind === "Images" || kind === "Urls") urls.push({ el, url: value, label: describe(el) });
  }
  // Locale overrides of any of the above
  for (const { el } of [...urls]) {
    for (const o of childrenNamed(el, "Override"))
      urls.push({
        el: o,
        url: o.getAttribute("Value") ?? "",
        label: `${describe(el)} <Override Locale="${o.getAttribute("Locale") ?? ""}">`,
      });
  }
  /** @type {Map<string, number>} */
  const origins = new Map();
  /** @type {Map<string, URL>} */
  const parsed = new Map();
  for (const { el, url, label } of urls) {
    /** @type {URL | undefined} */
    let u;
    try {
      u = new URL(url);
    } catch {
      u = undefined;
    }
    if (!expect(u !== undefined && u.protocol === "https:", label, `URL must be absolute https://, found "${url}"${at(el)}`) || !u)
      continue;
    parsed.set(url, u);
    origins.set(u.origin, (origins.get(u.origin) ?? 0) + 1);
  }
  const mainOrigin = [...origins.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  for (const { el, url, label } of urls) {
    const u = parsed.get(url);
    if (!u || !mainOrigin) continue;
    expect(
      u.origin === mainOrigin,
      label,
      `URL "${url}" is on ${u.origin}, the rest of the manifest on ${mainOrigin}: all pages and images must come from one origin${at(el)}`,
    );
  }
  for (const el of descendants(root, "AppDomain")) {
    const value = text(el);
    expect(/^https:\/\/[^/?#\s]+\/?$/i.test(value), describe(el), `<AppDomain> must be an https:// origin, found "${value}"`);
  }

  // 11. Files behind the URLs: icons (exist, PNG, declared size) and, with baseDir, every page --------
  const basePath = commonBasePath([...parsed.values()].filter((u) => u.origin === mainOrigin));
  /** @type {{ el: Element, url: string, size: number | undefined, label: string }[]} */
  const icons = [];
  const iconUrl = topOne("IconUrl");
  const highRes = topOne("HighResolutionIconUrl");
  if (iconUrl) icons.push({ el: iconUrl, url: iconUrl.getAttribute("DefaultValue") ?? "", size: 64, label: "<IconUrl>" });
  if (highRes) icons.push({ el: highRes, url: highRes.getAttribute("DefaultValue") ?? "", size: 128, label: "<HighResolutionIconUrl>" });
  for (const vo of overrides) {
    for (const ref of descendants(vo, "Image", true)) {
      if (ref.parentNode && /** @type {Element} */ (ref.parentNode).localName === "Images") continue; // the resource itself
      const res = resources.get(ref.getAttribute("resid") ?? "");
      if (!res || res.kind !== "Images") continue;
      const size = ref.getAttribute("size");
      icons.push({
        el: ref,
        url: res.value,
        size: size === null ? undefined : Number(size),
        label: `${describe(ref)} → ${describe(res.el)}`,
      });
    }
  }
  for (const { el, kind, value } of resources.values()) {
    if (kind === "Images") icons.push({ el, url: value, size: undefined, label: describe(el) });
  }
  if (opts.assetsDir) {
    const assetsDir = opts.assetsDir;
    /** @type {Set<string>} */
    const seen = new Set();
    for (const icon of icons) {
      const u = parsed.get(icon.url);
      if (!u) continue;
      const key = `${icon.label}|${icon.url}|${icon.size}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const rel = assetPath(u.pathname);
      const file = path.join(assetsDir, rel);
      if (!expect(fs.existsSync(file), icon.label, `icon file ${file} (from ${icon.url}) does not exist${at(icon.el)}`)) continue;
      const dims = pngSize(fs.readFileSync(file));
      if (!expect(dims !== undefined, icon.label, `icon file ${file} is not a PNG${at(icon.el)}`) || !dims) continue;
      expect(dims.width === dims.height, icon.label, `icon ${file} is ${dims.width}x${dims.height}, icons must be square`);
      if (icon.size !== undefined) {
        expect(
          dims.width === icon.size && dims.height === icon.size,
          icon.label,
          `icon ${file} is ${dims.width}x${dims.height} but ${icon.label} declares ${icon.size}x${icon.size}${at(icon.el)}`,
        );
      }
    }
  }
  if (opts.baseDir && basePath !== undefined) {
    const baseDir = opts.baseDir;
    for (const { el, url, label } of urls) {
      const u = parsed.get(url);
      if (!u || u.origin !== mainOrigin || !u.pathname.startsWith(basePath)) continue;
      const rel = decodeURIComponent(u.pathname.slice(basePath.length));
      if (rel === "") continue;
      const file = path.join(baseDir, rel);
      expect(fs.existsSync(file), label, `${url} is served from ${file}, which does not exist: build first or fix the URL${at(el)}`);
    }
  }

  // 12. Every handler the manifest names is registered in the source --------------------------------
  if (opts.sourceDir) {
    const registered = registeredHandlers(opts.sourceDir);
    const named = [
      ...descendants(root, "LaunchEvent")
        .filter((e) => e.getAttribute("FunctionName") !== null)
        .map((e) => ({ el: e, name: e.getAttribute("FunctionName") ?? "" })),
      ...descendants(root, "FunctionName").map((e) => ({ el: e, name: text(e) })),
    ];
    for (const { el, name } of named) {
      expect(
        registered.has(name),
        describe(el),
        `${name} is not registered with Office.actions.associate("${name}", …) in any .ts/.tsx/.js file under ${opts.sourceDir}: Outlook would find no handler (and SoftBlock would block sending)${at(el)}`,
      );
    }
  }

  return { problems, checks };
}

/** Compares "1.12" and "1.3" as versions; a malformed one sorts first. @param {string} a @param {string} b */
function compareVersions(a, b) {
  const left = a.split(".").map(Number);
  const right = b.split(".").map(Number);
  if (left.some(Number.isNaN)) return -1;
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/**
 * @param {Element[]} elements  children in document order
 * @param {readonly string[]} order  allowed local names in schema order
 * @param {string} parent  how problems name the parent
 * @param {(ok: boolean, element: string, message: string) => boolean} expect
 * @param {{ unknownIsProblem: boolean, once: boolean }} rules
 */
function checkOrder(elements, order, parent, expect, rules) {
  let last = -1;
  let lastName = "";
  /** @type {Set<string>} */
  const seen = new Set();
  for (const el of elements) {
    const name = el.localName ?? "";
    const index = order.indexOf(name);
    if (index < 0) {
      if (rules.unknownIsProblem)
        expect(
          false,
          `<${el.tagName}>`,
          `<${el.tagName}> is not allowed in ${parent}; allowed children in order: ${order.join(", ")}${at(el)}`,
        );
      continue;
    }
    if (rules.once) expect(!seen.has(name), `<${el.tagName}>`, `<${el.tagName}> appears more than once in ${parent}${at(el)}`);
    seen.add(name);
    expect(
      index >= last,
      `<${el.tagName}>`,
      `<${el.tagName}> is out of order in ${parent}: it must come before <${lastName}> (schema order: ${order.join(", ")})${at(el)}`,
    );
    if (index >= last) {
      last = index;
      lastName = el.tagName;
    }
  }
}

/**
 * <Override Locale="…" Value="…"> children: a BCP 47 tag each, once per element, and a value within
 * the same length limit as the default (Office shows the override instead of it).
 * @param {Element} el  the element carrying DefaultValue
 * @param {string} name  how problems name it
 * @param {number} max
 * @param {(ok: boolean, element: string, message: string) => boolean} expect
 */
function checkLocaleOverrides(el, name, max, expect) {
  /** @type {Set<string>} */
  const seen = new Set();
  for (const override of childrenNamed(el, "Override")) {
    const locale = override.getAttribute("Locale") ?? "";
    const value = override.getAttribute("Value") ?? "";
    expect(
      /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(locale),
      name,
      `${name} <Override Locale="${locale}">: not a language tag such as nl-BE${at(override)}`,
    );
    expect(!seen.has(locale.toLowerCase()), name, `${name} has two overrides for ${locale}${at(override)}`);
    seen.add(locale.toLowerCase());
    expect(
      value.length >= 1 && value.length <= max,
      name,
      `${name} <Override Locale="${locale}"> must be 1-${max} characters, has ${value.length}`,
    );
  }
}

/**
 * Which resource group a resid on this element must point into; undefined when unknown.
 * @param {Element} el
 * @returns {ResourceKind | undefined}
 */
function expectedKind(el) {
  switch (el.localName) {
    case "Image":
      return "Images";
    case "SourceLocation":
    case "FunctionFile":
    case "Runtime":
    case "Override":
    case "Url":
      return "Urls";
    case "Label":
    case "Title":
      return "ShortStrings";
    case "Description":
      return "LongStrings"; // <Supertip><Description> and <VersionOverrides><Description> alike
    default:
      return undefined;
  }
}

/**
 * Where an icon URL's file lives relative to assetsDir: the part after the last "/assets/" segment,
 * else the file name.
 * @param {string} pathname
 */
function assetPath(pathname) {
  const decoded = decodeURIComponent(pathname);
  const marker = "/assets/";
  const index = decoded.lastIndexOf(marker);
  return index >= 0 ? decoded.slice(index + marker.length) : path.posix.basename(decoded);
}

/**
 * The longest directory path all these URLs share ("/" for a site root), the add-in's base path.
 * @param {URL[]} list
 * @returns {string | undefined}
 */
function commonBasePath(list) {
  if (list.length === 0) return undefined;
  const dirs = list.map((u) => u.pathname.slice(0, u.pathname.lastIndexOf("/") + 1).split("/"));
  const first = /** @type {string[]} */ (dirs[0]);
  let n = first.length;
  for (const d of dirs) {
    let i = 0;
    while (i < n && i < d.length && d[i] === first[i]) i++;
    n = i;
  }
  const joined = first.slice(0, n).join("/");
  return joined.endsWith("/") ? joined : `${joined}/`;
}

/**
 * Offline manifest checks; an empty list means the manifest passed.
 * @param {string} xml
 * @param {CheckOptions} [opts]
 * @returns {Problem[]}
 */
function checkManifest(xml, opts = {}) {
  return runChecks(xml, opts).problems;
}

module.exports = {
  checkManifest,
  runChecks,
  pngSize,
  registeredHandlers,
  OFFICE_APP_ORDER,
  DESKTOP_FORM_FACTOR_ORDER,
  MAIL_HOST_ORDER,
  PERMISSIONS,
};
