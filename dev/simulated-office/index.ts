/**
 * Entry of simulated-office.js (development and browser tests only; never shipped). Loaded as a
 * classic script before the add-in's own scripts, it defines `window.Office` for the scenario
 * chosen by window.__SIM_SCENARIO__, ?scenario=, or the last one used in this tab (Office's dark
 * theme with window.__SIM_THEME__ = "dark" or ?theme=dark), and exposes
 * `window.__sim`. It must stay free of React and of anything under src/.
 */
import { chooseReadyDelay, chooseScenarioId, chooseTheme, createControl, SCENARIO_STORAGE_KEY } from "./control";
import { installSimulatedOffice } from "./install";
import { getScenario } from "./scenarios";
import { sessionStorageOf } from "./store";

function boot(): void {
  const storage = sessionStorageOf(window);
  const scenario = getScenario(chooseScenarioId({ injected: window.__SIM_SCENARIO__, search: window.location.search, storage }));
  try {
    storage?.setItem(SCENARIO_STORAGE_KEY, scenario.id);
  } catch {
    // Remembering the scenario across reloads is a convenience only.
  }
  const theme = chooseTheme({ injected: window.__SIM_THEME__, search: window.location.search });
  const host = installSimulatedOffice(window, scenario, undefined, theme, chooseReadyDelay(window.__SIM_READY_DELAY_MS__));
  window.__sim = createControl(host);
}

boot();
