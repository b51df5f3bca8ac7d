/**
 * The playground page: a simulated Outlook appointment form (left) beside the real taskpane (right,
 * mounted by taskpane.js into #container). simulated-office.js has already defined window.Office
 * and window.__sim before this script runs. Plain DOM, text only, no React.
 */
import { languageOf } from "../../src/i18n/language";
import { MANIFEST_STRINGS } from "../../src/i18n/manifestStrings";
import type { SimControl } from "../simulated-office/control";
import { getScenario } from "../simulated-office/scenarios";
import type { HostDetails, ItemState } from "../simulated-office/types";
import { setUpGraph } from "./graphView";
import { navigation, urlWith } from "./navigate";
import { setUpSend } from "./sendView";
import { renderScenario, renderState, type FormElements } from "./view";

/** Taskpane widths a reviewer can pick (?width=): Outlook's default 320 px, a widened pane, or all of the page. */
export const PANE_WIDTHS = ["320", "450", "full"] as const;
export type PaneWidth = (typeof PANE_WIDTHS)[number];

/** How long the taskpane may take to replace its loading frame before the page says it has not started. */
export const BOOT_HINT_MS = 15_000;

export function chooseWidth(search: string): PaneWidth {
  const asked = new URLSearchParams(search).get("width");
  return (PANE_WIDTHS as readonly string[]).includes(asked ?? "") ? (asked as PaneWidth) : "320";
}

function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`playground.html is missing #${id}`);
  return element as T;
}

function formElements(): FormElements {
  return {
    subject: byId("pg-subject"),
    location: byId("pg-location"),
    time: byId("pg-time"),
    organizer: byId("pg-organizer"),
    user: byId("pg-user"),
    shared: byId("pg-shared"),
    client: byId("pg-client-info"),
    host: byId("pg-host"),
    faults: byId("pg-faults"),
    bodyType: byId("pg-body-type"),
    bodySize: byId("pg-body-size"),
    bodyView: byId<HTMLIFrameElement>("pg-body-view"),
    bodySource: byId("pg-body-source"),
    customProperties: byId("pg-custom-properties"),
    notifications: byId("pg-notifications"),
    opened: byId("pg-opened"),
    roaming: byId("pg-roaming"),
    handlers: byId("pg-handlers"),
    status: byId("pg-status"),
  };
}

function option(value: string, label: string, selected: boolean, title?: string): HTMLOptionElement {
  const element = document.createElement("option");
  element.value = value;
  element.textContent = label;
  element.selected = selected;
  if (title) element.title = title;
  return element;
}

/** Every setting Outlook passes when the pane opens (scenario, client, theme, …) reopens the page with its query parameter. */
function setUpPickers(sim: SimControl): void {
  const select = byId<HTMLSelectElement>("pg-scenario");
  select.replaceChildren(
    ...sim.scenarios.map((scenario) => option(scenario.id, scenario.label, scenario.id === sim.scenarioId, scenario.description)),
  );
  select.addEventListener("change", () => {
    // Each scenario opens as its own client: a client picked for the last one does not carry over.
    const next = new URL(urlWith("scenario", select.value));
    next.searchParams.delete("client");
    navigation.assign(next.toString());
  });
  byId("pg-scenario-description").textContent = sim.scenario.description;

  // "faithful" keeps the scenario's host, so the picker calls it the scenario's own client.
  const own = hostLabel(getScenario(sim.scenarioId).host);
  const client = byId<HTMLSelectElement>("pg-client");
  client.replaceChildren(
    ...sim.clients.map((profile) =>
      option(
        profile.id,
        profile.id === "faithful" ? `Scenario's own: ${own} (stores HTML exactly)` : profile.label,
        profile.id === sim.client.id,
        profile.description,
      ),
    ),
  );
  client.addEventListener("change", () => navigation.assign(urlWith("client", client.value === "faithful" ? null : client.value)));
  const override = byId("pg-client-override");
  override.hidden = sim.client.id === "faithful";
  override.textContent = override.hidden
    ? ""
    : `The Client picker overrides this scenario's own client (${own}): Outlook behaves and reports itself as ${sim.client.label}.`;

  // Only Outlook on the web distinguishes the embedded meeting form from a popped-out window.
  byId("pg-compose-picker").hidden = sim.client.id !== "web";
  const compose = byId<HTMLSelectElement>("pg-compose");
  compose.value = sim.compose;
  compose.addEventListener("change", () => navigation.assign(urlWith("compose", compose.value === "embedded" ? "embedded" : null)));

  const loseProps = byId<HTMLInputElement>("pg-lose-props");
  loseProps.checked = sim.losePropsOnReopen;
  loseProps.addEventListener("change", () => navigation.assign(urlWith("props", loseProps.checked ? "lost" : null)));

  // Outlook's display language is fixed for the pane's life too.
  const language = byId<HTMLSelectElement>("pg-lang");
  if (![...language.options].some((o) => o.value === sim.language)) language.append(option(sim.language, sim.language, true));
  language.value = sim.language;
  language.addEventListener("change", () => navigation.assign(urlWith("lang", language.value === "en-US" ? null : language.value)));
  // Outlook titles the pane with the add-in's name from the manifest, in its display language.
  const shown = languageOf(sim.language);
  byId("pg-taskpane-title").textContent = MANIFEST_STRINGS[shown === "pseudo" ? "en" : shown].name;

  // Office passes its theme once, when the pane opens: switching means reopening, as in Outlook.
  const theme = byId<HTMLInputElement>("pg-theme");
  theme.checked = sim.theme === "dark";
  theme.addEventListener("change", () => navigation.assign(urlWith("theme", theme.checked ? "dark" : null)));

  byId("pg-reset").addEventListener("click", () => {
    sim.reset();
    // Reopening the taskpane on the fresh item is what a user would do; it also re-reads everything.
    window.location.reload();
  });
}

/** How the host a scenario reports reads to a developer. */
export function hostLabel(host: HostDetails): string {
  if (host.hostName === "OutlookWebApp") return "Outlook on the web";
  if (host.hostName === "newOutlookWindows") return "new Outlook for Windows";
  if (host.hostName === "Outlook" && host.platform === "Mac") return "Outlook for Mac";
  if (host.hostName === "Outlook" && host.platform === "PC") return `classic Outlook for Windows ${host.hostVersion}`;
  return `${host.hostName} (${host.platform})`;
}

/** The pane's width is the user's to drag in Outlook: it changes live, and the address keeps it for the next reload. */
function setUpWidth(): void {
  const width = byId<HTMLSelectElement>("pg-width");
  const apply = (value: PaneWidth) => {
    document.body.dataset.paneWidth = value;
    width.value = value;
  };
  apply(chooseWidth(window.location.search));
  width.addEventListener("change", () => {
    const value = chooseWidth(`?width=${encodeURIComponent(width.value)}`);
    apply(value);
    navigation.replace(urlWith("width", value === "320" ? null : value));
  });
}

/** The loading frame stays until taskpane.js mounts; if it never does, say so instead of shimmering forever. */
function watchBoot(): void {
  setTimeout(() => {
    const message = document.getElementById("boot-message");
    if (message) message.textContent = "The taskpane has not started. Is taskpane.js built and served next to this page?";
  }, BOOT_HINT_MS);
}

function showStatus(el: FormElements, message: string | undefined): void {
  el.status.hidden = !message;
  el.status.textContent = message ?? "";
}

function start(): void {
  const sim = window.__sim;
  const el = formElements();
  setUpWidth();
  watchBoot();
  if (!sim) {
    showStatus(el, "The simulated Outlook host (simulated-office.js) did not load, so there is nothing to show.");
    return;
  }
  document.title = `${sim.scenario.label} · playground`;
  // The title bar above the pane follows Office's theme, as Outlook's own chrome does.
  document.body.dataset.officeTheme = sim.theme;
  setUpPickers(sim);
  setUpGraph(byId<HTMLSelectElement>("pg-graph"));
  setUpSend(sim, {
    button: byId<HTMLButtonElement>("pg-send"),
    status: byId("pg-send-status"),
    dialog: byId<HTMLDialogElement>("pg-send-dialog"),
    message: byId("pg-send-dialog-message"),
    dontSend: byId<HTMLButtonElement>("pg-send-dont"),
    sendAnyway: byId<HTMLButtonElement>("pg-send-anyway"),
  });
  renderScenario(el, sim.details);
  let previous: ItemState | undefined;
  const update = (state: ItemState) => {
    renderState(el, state, previous, Object.keys(sim.handlers));
    previous = state;
    showStatus(el, sim.persistError());
  };
  update(sim.getState());
  sim.subscribe(update);
  // Handlers registered after load (Office.actions.associate) have no state change of their own.
  void sim.hostReady.then(() => update(sim.getState()));
}

start();
