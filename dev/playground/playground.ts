/**
 * The playground page: a simulated Outlook appointment form (left) beside the real taskpane (right,
 * mounted by taskpane.js into #container). simulated-office.js has already defined window.Office
 * and window.__sim before this script runs. Plain DOM, text only, no React.
 */
import type { SimControl } from "../simulated-office/control";
import type { ItemState } from "../simulated-office/types";
import { renderScenario, renderState, type FormElements } from "./view";

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

function setUpPicker(sim: SimControl): void {
  const select = byId<HTMLSelectElement>("pg-scenario");
  select.replaceChildren(
    ...sim.scenarios.map((scenario) => {
      const option = document.createElement("option");
      option.value = scenario.id;
      option.textContent = scenario.label;
      option.title = scenario.description;
      option.selected = scenario.id === sim.scenarioId;
      return option;
    }),
  );
  select.addEventListener("change", () => {
    const url = new URL(window.location.href);
    url.searchParams.set("scenario", select.value);
    window.location.assign(url.toString());
  });
  byId("pg-scenario-description").textContent = sim.scenario.description;
  // Office passes its theme once, when the pane opens: switching means reopening, as in Outlook.
  const theme = byId<HTMLInputElement>("pg-theme");
  theme.checked = sim.theme === "dark";
  theme.addEventListener("change", () => {
    const url = new URL(window.location.href);
    if (theme.checked) url.searchParams.set("theme", "dark");
    else url.searchParams.delete("theme");
    window.location.assign(url.toString());
  });
  byId("pg-reset").addEventListener("click", () => {
    sim.reset();
    // Reopening the taskpane on the fresh item is what a user would do; it also re-reads everything.
    window.location.reload();
  });
}

function showStatus(el: FormElements, message: string | undefined): void {
  el.status.hidden = !message;
  el.status.textContent = message ?? "";
}

function start(): void {
  const sim = window.__sim;
  const el = formElements();
  if (!sim) {
    showStatus(el, "The simulated Outlook host (simulated-office.js) did not load, so there is nothing to show.");
    return;
  }
  document.title = `${sim.scenario.label} · playground`;
  setUpPicker(sim);
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
  void sim.ready.then(() => update(sim.getState()));
}

start();
