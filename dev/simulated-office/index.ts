/**
 * Entry of simulated-office.js (development and browser tests only; never shipped). Loaded as a
 * classic script before the add-in's own scripts, it defines `window.Office` for the scenario
 * chosen by window.__SIM_SCENARIO__, ?scenario=, or the last one used in this tab (Office's dark
 * theme with window.__SIM_THEME__ = "dark" or ?theme=dark), behaving like the client profile
 * chosen by window.__SIM_CLIENT__, ?client=, or the last one used in this tab (default "faithful";
 * ?compose=embedded|popout and ?props=lost refine it), and exposes `window.__sim`. It must stay
 * free of React and of anything under src/.
 */
import {
  chooseClientId,
  chooseCompose,
  chooseLanguage,
  chooseLoseProps,
  chooseReadyDelay,
  chooseScenarioId,
  chooseTheme,
  CLIENT_STORAGE_KEY,
  createControl,
  SCENARIO_STORAGE_KEY,
} from "./control";
import { chooseGraphScenario } from "./graph";
import { installSimulatedOffice } from "./install";
import { installNestedAppAuth } from "./naa";
import { getScenario } from "./scenarios";
import { sessionStorageOf } from "./store";

function boot(): void {
  const storage = sessionStorageOf(window);
  const search = window.location.search;
  const scenario = getScenario(chooseScenarioId({ injected: window.__SIM_SCENARIO__, search, storage }));
  const client = chooseClientId({ injected: window.__SIM_CLIENT__, search, storage, scenarioId: scenario.id });
  try {
    storage?.setItem(SCENARIO_STORAGE_KEY, scenario.id);
    storage?.setItem(CLIENT_STORAGE_KEY, client);
  } catch {
    // Remembering the scenario and client across reloads is a convenience only.
  }
  const theme = chooseTheme({ injected: window.__SIM_THEME__, search });
  const host = installSimulatedOffice(window, scenario, undefined, theme, chooseReadyDelay(window.__SIM_READY_DELAY_MS__), {
    client,
    compose: chooseCompose({ injected: window.__SIM_COMPOSE__, search }),
    losePropsOnReopen: chooseLoseProps({ injected: window.__SIM_LOSE_PROPS__, search }),
    language: chooseLanguage({ injected: window.__SIM_LANG__, search }),
  });
  window.__sim = createControl(host);
  // Microsoft 365 as the signed-in user sees it (window.__SIM_GRAPH__ or ?graph=): the NAA bridge and
  // the NestedAppAuth requirement set. The Graph endpoint itself is answered by the playground or the test.
  const graph = chooseGraphScenario({ injected: (window as { __SIM_GRAPH__?: unknown }).__SIM_GRAPH__, search });
  const naa = installNestedAppAuth(window, graph, scenario.user);
  const requirements = host.office.context.requirements as { isSetSupported: (name: unknown, version?: unknown) => boolean };
  host.office.context.requirements = {
    isSetSupported: (name: unknown, version?: unknown) =>
      naa.supported && name === "NestedAppAuth" && (version === undefined || version === "1.1")
        ? true
        : requirements.isSetSupported(name, version),
  };
}

boot();
