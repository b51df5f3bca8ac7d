// @ts-check
/**
 * The two manifests the build writes from the one manifest.xml:
 *
 * - manifest.xml: taskpane and send-time check. OnAppointmentSend needs Mailbox 1.12, and the
 *   <Requirements> of VersionOverridesV1_1 gate the whole override, so clients below 1.12 (Office
 *   LTSC 2021 at 1.9, classic Outlook for Mac at 1.8, on-premises Outlook on the web) show no button.
 *   A lower minimum with a LaunchEvent present fails to load (OfficeDev/office-js#2302).
 * - manifest-taskpane.xml: the taskpane only. No LaunchEvent, no <Runtimes>, and VersionOverridesV1_1
 *   requires only Mailbox 1.3 (add-in commands, i.e. the ribbon button). Everything newer the pane
 *   uses is feature-detected at run time; SupportsSharedFolders takes effect from Mailbox 1.8.
 *   It has its own add-in Id (ids.js): the admin center keys add-ins by Id, so two custom apps with one
 *   Id cannot be deployed side by side to different groups.
 *
 * Both get their URLs from ADDIN_BASE_URL (baseUrl.js) and a header comment that says what they are.
 */
const { DOMParser, XMLSerializer } = require("@xmldom/xmldom");
const { DEV_BASE_URL, rewriteManifest } = require("./baseUrl.js");
const { derivedId, ID_NAMES } = require("./ids.js");

/** What the taskpane button needs: add-in commands arrived in Mailbox 1.3. */
const TASKPANE_MIN_VERSION = "1.3";
/** OnAppointmentSend (Smart Alerts) arrived in Mailbox 1.12. */
const SEND_CHECK_MIN_VERSION = "1.12";

const VARIANTS = /** @type {const} */ (["full", "taskpane"]);

/**
 * @param {string} xml  manifest.xml as written for development
 * @param {{ baseUrl?: string, variant?: "full" | "taskpane" }} [options]
 * @returns {string}
 */
function buildManifest(xml, options = {}) {
  const variant = options.variant ?? "full";
  const rewritten = rewriteManifest(xml, options.baseUrl);
  const doc = new DOMParser().parseFromString(rewritten, "text/xml");
  const root = doc.documentElement;
  if (!root) throw new Error("manifest.xml has no root element");
  replaceHeaderComment(doc, root, variant, options.baseUrl);
  if (variant === "taskpane") {
    const id = elements(root, "Id")[0];
    if (!id) throw new Error("manifest.xml has no <Id>");
    id.textContent = derivedId((id.textContent ?? "").trim(), ID_NAMES.taskpane);
    for (const runtimes of elements(root, "Runtimes")) removeWithLeadingComment(runtimes);
    for (const point of elements(root, "ExtensionPoint").filter((e) => xsiType(e) === "LaunchEvent")) removeWithLeadingComment(point);
    for (const url of elements(root, "Url").filter((e) => /^LaunchEvent\./.test(e.getAttribute("id") ?? ""))) removeWithLeadingComment(url);
    const override = elements(root, "VersionOverrides").find((e) => xsiType(e) === "VersionOverridesV1_1");
    const sets = override ? elements(override, "Sets")[0] : undefined;
    if (!sets) throw new Error("manifest.xml: VersionOverridesV1_1 has no <Requirements><bt:Sets>");
    sets.setAttribute("DefaultMinVersion", TASKPANE_MIN_VERSION);
    const requirements = sets.parentNode;
    const comment = requirements ? previousComment(requirements) : undefined;
    if (comment) {
      comment.data = ` ${TASKPANE_MIN_VERSION}: add-in commands (the ribbon button). Newer features are feature-detected at run time; shared calendars need 1.8. `;
    }
  }
  return `${new XMLSerializer().serializeToString(doc)}\n`;
}

/**
 * The source's first comment speaks of development ("uses https://localhost:3000/, the build rewrites
 * it"); in a built manifest that is no longer true, so it is replaced by what this file is.
 * @param {Document} doc @param {Element} root @param {"full" | "taskpane"} variant @param {string | undefined} baseUrl
 */
function replaceHeaderComment(doc, root, variant, baseUrl) {
  const what =
    variant === "full"
      ? `Taskpane and send-time check (Smart Alerts, OnAppointmentSend): clients with Mailbox ${SEND_CHECK_MIN_VERSION} or later.`
      : `Taskpane only, for clients without Mailbox ${SEND_CHECK_MIN_VERSION} (Office LTSC 2021, classic Outlook for Mac, on-premises Outlook on the web): no send-time check.\n  Its own add-in Id, not manifest.xml's: upload it as a separate app and assign each user one of the two.`;
  const where = baseUrl === undefined ? `for local development at ${DEV_BASE_URL}` : `for ${rewriteManifest(DEV_BASE_URL, baseUrl)}`;
  const text = `\n  Schedule on behalf, built from manifest.xml ${where}.\n  ${what}\n  Offline checks: node scripts/manifest/cli.js <this file>\n`;
  const first = /** @type {ChildNode | null} */ (doc.firstChild);
  for (let node = first; node && node !== root; node = node.nextSibling) {
    if (node.nodeType === 8 /* comment */) {
      /** @type {Comment} */ (/** @type {unknown} */ (node)).data = text;
      return;
    }
  }
  doc.insertBefore(doc.createComment(text), root);
}

/** @param {Element} el @returns {string} */
function xsiType(el) {
  return el.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type") ?? el.getAttribute("xsi:type") ?? "";
}

/** @param {Element} root @param {string} localName @returns {Element[]} */
function elements(root, localName) {
  return Array.from(root.getElementsByTagNameNS("*", localName));
}

/** The comment just before `el`, white space between them allowed. @param {Node} el @returns {Comment | undefined} */
function previousComment(el) {
  let node = el.previousSibling;
  while (node && node.nodeType === 3 /* text */ && /^\s*$/.test(node.nodeValue ?? "")) node = node.previousSibling;
  return node && node.nodeType === 8 ? /** @type {Comment} */ (/** @type {unknown} */ (node)) : undefined;
}

/** Removes `el`, the comment that explains it, and the indentation before each. @param {Element} el */
function removeWithLeadingComment(el) {
  const parent = el.parentNode;
  if (!parent) return;
  const comment = previousComment(el);
  for (const node of comment ? [comment, el] : [el]) {
    const before = node.previousSibling;
    if (before && before.nodeType === 3 && /^\s*$/.test(before.nodeValue ?? "")) parent.removeChild(before);
    parent.removeChild(node);
  }
}

module.exports = { buildManifest, VARIANTS, TASKPANE_MIN_VERSION, SEND_CHECK_MIN_VERSION };
