/**
 * Renders the simulated item into the playground's form. Every Outlook value is untrusted: it goes
 * into the page as text (textContent) only; the HTML body is shown in an iframe with sandbox=""
 * (no scripts, no same-origin) and as source text.
 */
import type { ClientSummary } from "../simulated-office/clients";
import type { ScenarioDetails } from "../simulated-office/control";
import type { ItemState } from "../simulated-office/types";

export interface FormElements {
  readonly subject: HTMLElement;
  readonly location: HTMLElement;
  readonly time: HTMLElement;
  readonly organizer: HTMLElement;
  readonly user: HTMLElement;
  readonly shared: HTMLElement;
  readonly client: HTMLElement;
  readonly host: HTMLElement;
  readonly faults: HTMLElement;
  readonly bodyType: HTMLElement;
  readonly bodySize: HTMLElement;
  readonly bodyView: HTMLIFrameElement;
  readonly bodySource: HTMLElement;
  readonly customProperties: HTMLElement;
  readonly notifications: HTMLElement;
  readonly opened: HTMLElement;
  readonly roaming: HTMLElement;
  readonly handlers: HTMLElement;
  readonly status: HTMLElement;
}

const PERMISSION_NAMES: ReadonlyArray<readonly [number, string]> = [
  [1, "Read"],
  [2, "Write"],
  [4, "DeleteOwn"],
  [8, "DeleteAll"],
  [16, "EditOwn"],
  [32, "EditAll"],
];

/**
 * "Name <address>" with each part in its own <bdi>, so a right-to-left override in a hostile display
 * name cannot flip the address or the rest of the line (the value itself is shown unchanged).
 */
export function setPerson(target: HTMLElement, p: { emailAddress: string; displayName: string }, suffix = ""): void {
  const name = document.createElement("bdi");
  name.textContent = p.displayName;
  const address = document.createElement("bdi");
  address.textContent = p.emailAddress;
  target.replaceChildren(name, " <", address, `>${suffix}`);
}

export function describePermissions(bits: number): string {
  const names = PERMISSION_NAMES.filter(([bit]) => (bits & bit) !== 0).map(([, name]) => name);
  return `${bits} (${names.length ? names.join(", ") : "none"})`;
}

/** Writes what does not change while the page lives: the scenario's identities and host. */
export function renderScenario(el: FormElements, details: ScenarioDetails): void {
  if (details.organizer) setPerson(el.organizer, details.organizer);
  else el.organizer.textContent = "item.organizer is undefined";
  setPerson(el.user, details.user, ` · ${details.user.timeZone}`);
  const shared = details.shared;
  el.shared.textContent =
    shared === undefined
      ? "getSharedPropertiesAsync is not available on this client"
      : shared === "fails"
        ? "getSharedPropertiesAsync fails (not a shared item)"
        : `owner ${shared.owner}, permissions ${describePermissions(shared.delegatePermissions)}`;
  renderClient(el.client, details.client);
  const { hostName, hostVersion, platform, owaView } = details.host;
  el.host.textContent = `${hostName} ${hostVersion} on ${platform}${owaView ? ` (${owaView})` : ""} · Mailbox ≤ ${details.maxMailboxVersion}`;
  const faults = Object.entries(details.faults);
  el.faults.textContent = faults.length ? faults.map(([target, kind]) => `${target}: ${kind}`).join("; ") : "none";
}

/**
 * The client profile: its label and description, then its quirks, each with the public reports it
 * comes from (our own data; links open in a new tab and carry no referrer).
 */
export function renderClient(target: HTMLElement, client: ClientSummary): void {
  const head = document.createElement("div");
  head.textContent = `${client.label} · ${client.description}`;
  if (client.quirks.length === 0) {
    target.replaceChildren(head);
    return;
  }
  const box = document.createElement("details");
  box.className = "pg-quirks";
  const summary = document.createElement("summary");
  summary.textContent = `${client.quirks.length} quirk${client.quirks.length === 1 ? "" : "s"} and their evidence`;
  const list = document.createElement("ul");
  for (const quirk of client.quirks) {
    const item = document.createElement("li");
    const what = document.createElement("span");
    what.textContent = quirk.summary;
    item.append(what);
    for (const evidence of quirk.evidence) {
      const link = document.createElement("a");
      link.href = evidence.url;
      link.target = "_blank";
      link.rel = "noopener noreferrer";
      link.textContent = evidence.source;
      link.title = evidence.quote;
      item.append(" ", link);
    }
    list.append(item);
  }
  box.append(summary, list);
  target.replaceChildren(head, box);
}

/** Rewrites the live parts; the body only when it changed (the huge-body scenario is 1 MB). */
export function renderState(el: FormElements, state: ItemState, previous: ItemState | undefined, handlerNames: readonly string[]): void {
  setIsolated(el.subject, state.subject || "(no subject)");
  setIsolated(el.location, state.location || "(none)");
  el.time.textContent = `${formatTime(state.start)} – ${formatTime(state.end)}`;
  if (!previous || previous.body !== state.body || previous.bodyType !== state.bodyType) renderBody(el, state);
  el.customProperties.textContent = json(state.customProperties);
  el.roaming.textContent = json(state.roamingSettings);
  el.handlers.textContent = handlerNames.length ? handlerNames.join(", ") : "none registered in this page";
  renderNotifications(el.notifications, state);
  renderOpened(el.opened, state);
}

function setIsolated(target: HTMLElement, text: string): void {
  const bdi = document.createElement("bdi");
  bdi.textContent = text;
  target.replaceChildren(bdi);
}

function renderBody(el: FormElements, state: ItemState): void {
  el.bodyType.textContent = state.bodyType.toUpperCase();
  el.bodySize.textContent = `${state.body.length.toLocaleString("en-US")} characters`;
  el.bodySource.textContent = state.body;
  // srcdoc is parsed inside the sandbox: no scripts, no plugins, a unique origin. Text bodies are shown as text.
  el.bodyView.srcdoc =
    state.bodyType === "html" ? state.body : `<pre style="white-space:pre-wrap;font:13px system-ui">${escapeForSrcdoc(state.body)}</pre>`;
}

function renderNotifications(list: HTMLElement, state: ItemState): void {
  list.replaceChildren(
    ...state.notifications.map((n) => {
      const li = document.createElement("li");
      li.className = n.type === "errorMessage" ? "pg-error" : n.type === "progressIndicator" ? "pg-progress" : "";
      const message = document.createElement("bdi");
      message.textContent = n.message;
      li.append(message);
      li.title = `key: ${n.key} · ${n.type}${n.persistent ? " · persistent" : ""}`;
      return li;
    }),
  );
}

function renderOpened(list: HTMLElement, state: ItemState): void {
  if (state.openedMessages.length === 0) {
    const none = document.createElement("li");
    none.className = "pg-muted pg-none";
    none.textContent = "none";
    list.replaceChildren(none);
    return;
  }
  list.replaceChildren(
    ...state.openedMessages.map((m) => {
      const li = document.createElement("li");
      const head = document.createElement("div");
      head.textContent = `${m.via}: to ${m.toRecipients.join(", ") || "(nobody)"}${m.ccRecipients.length ? `, cc ${m.ccRecipients.join(", ")}` : ""} · “${m.subject}”`;
      const body = document.createElement("pre");
      body.textContent = m.htmlBody;
      li.append(head, body);
      return li;
    }),
  );
}

function json(value: unknown): string {
  const text = JSON.stringify(value, null, 2);
  return text === "{}" ? "(none)" : text;
}

function formatTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) + " UTC";
}

function escapeForSrcdoc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
