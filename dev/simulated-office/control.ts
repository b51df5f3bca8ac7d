/** window.__sim: how tests and the playground look at and steer the simulated Outlook. */
import type { ActionHandler, ReadyInfo, SimulatedHost } from "./install";
import { DEFAULT_SCENARIO_ID, findScenario, SCENARIOS } from "./scenarios";
import type { StorageLike } from "./store";
import type { Fault, HostDetails, ItemState, PersonDetails, Scenario, SharedPropertiesDetails, StateListener, UserDetails } from "./types";
import { supportsVersion } from "./versions";

export interface ScenarioSummary {
  readonly id: string;
  readonly label: string;
  readonly description: string;
}

/** What the scenario makes Outlook report (for the playground's form), without the initial item. */
export interface ScenarioDetails extends ScenarioSummary {
  readonly user: UserDetails;
  /** undefined when item.organizer is absent (Mailbox < 1.7 or the organizer-undefined fault). */
  readonly organizer: PersonDetails | undefined;
  /** undefined when getSharedPropertiesAsync is absent; "fails" when it fails for a non-shared item. */
  readonly shared: SharedPropertiesDetails | "fails" | undefined;
  readonly host: HostDetails;
  readonly maxMailboxVersion: string;
  /** Fault kind per broken member, e.g. { "item.getSharedPropertiesAsync": "silent" }. */
  readonly faults: Readonly<Record<string, Fault["kind"]>>;
}

export interface SimControl {
  readonly scenarioId: string;
  readonly theme: "light" | "dark";
  readonly scenario: ScenarioSummary;
  readonly details: ScenarioDetails;
  readonly scenarios: readonly ScenarioSummary[];
  /** Office.actions.associate registrations, by name. */
  readonly handlers: Readonly<Record<string, ActionHandler>>;
  readonly ready: Promise<ReadyInfo>;
  /** A snapshot of the item (plain data, safe to pass out of page.evaluate). */
  getState(): ItemState;
  /** Starts the item afresh for this scenario. */
  reset(): void;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: StateListener): () => void;
  /** Why the state could not be kept in sessionStorage, when it could not. */
  persistError(): string | undefined;
}

declare global {
  interface Window {
    __sim?: SimControl;
    /** Set by tests (Playwright addInitScript) before the simulated host loads. */
    __SIM_SCENARIO__?: string;
    /** "dark" for Office's dark theme; set by tests, like __SIM_SCENARIO__. */
    __SIM_THEME__?: string;
    /** Milliseconds Office takes to become ready after the page is parsed (the bench uses 300, like real Outlook). */
    __SIM_READY_DELAY_MS__?: number;
  }
}

export const SCENARIO_STORAGE_KEY = "simulated-office:scenario";
export const SCENARIO_QUERY_PARAMETER = "scenario";
export const THEME_QUERY_PARAMETER = "theme";

/** window.__SIM_THEME__, then ?theme=; anything but "dark" is Office's default light theme. */
export function chooseTheme(sources: { readonly injected?: unknown; readonly search?: string }): "light" | "dark" {
  const asked = sources.injected ?? new URLSearchParams(sources.search ?? "").get(THEME_QUERY_PARAMETER);
  return asked === "dark" ? "dark" : "light";
}

/** A sane delay from an injected value: a finite number of milliseconds up to a minute, else none. */
export function chooseReadyDelay(injected: unknown): number {
  return typeof injected === "number" && Number.isFinite(injected) && injected > 0 ? Math.min(injected, 60_000) : 0;
}

export function summarize(scenario: ScenarioSummary): ScenarioSummary {
  return { id: scenario.id, label: scenario.label, description: scenario.description };
}

export function createControl(host: SimulatedHost): SimControl {
  return {
    scenarioId: host.scenario.id,
    theme: host.theme,
    scenario: summarize(host.scenario),
    details: describeScenario(host.scenario),
    scenarios: SCENARIOS.map(summarize),
    handlers: host.handlers,
    ready: host.ready,
    getState: () => JSON.parse(JSON.stringify(host.getState())) as ItemState,
    reset: () => host.reset(),
    subscribe: (listener) => host.subscribe(listener),
    persistError: () => host.store.persistError,
  };
}

export function describeScenario(scenario: Scenario): ScenarioDetails {
  const faults: Record<string, Fault["kind"]> = {};
  for (const [target, fault] of Object.entries(scenario.faults ?? {})) if (fault) faults[target] = fault.kind;
  const organizerPresent = supportsVersion(scenario.maxMailboxVersion, "1.7") && faults["item.organizer"] !== "absent";
  const sharedPresent = supportsVersion(scenario.maxMailboxVersion, "1.8") && faults["item.getSharedPropertiesAsync"] !== "absent";
  return {
    ...summarize(scenario),
    user: { ...scenario.user },
    organizer: organizerPresent
      ? { emailAddress: scenario.organizer.emailAddress, displayName: scenario.organizer.displayName }
      : undefined,
    shared: sharedPresent ? (scenario.shared ? { ...scenario.shared } : "fails") : undefined,
    host: { ...scenario.host },
    maxMailboxVersion: scenario.maxMailboxVersion,
    faults,
  };
}

export interface ScenarioSources {
  readonly injected?: unknown;
  readonly search?: string;
  readonly storage?: StorageLike | null;
}

/** window.__SIM_SCENARIO__, then ?scenario=, then the last scenario used in this tab, then the default. */
export function chooseScenarioId(sources: ScenarioSources): string {
  const candidates: unknown[] = [
    sources.injected,
    new URLSearchParams(sources.search ?? "").get(SCENARIO_QUERY_PARAMETER),
    readStored(sources.storage),
  ];
  for (const candidate of candidates) {
    if (typeof candidate !== "string" || candidate === "") continue;
    if (findScenario(candidate)) return candidate;
    console.warn(`[simulated Office] unknown scenario "${candidate.slice(0, 60)}"; using ${DEFAULT_SCENARIO_ID}.`);
    return DEFAULT_SCENARIO_ID;
  }
  return DEFAULT_SCENARIO_ID;
}

function readStored(storage: StorageLike | null | undefined): string | null {
  try {
    return storage?.getItem(SCENARIO_STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}
