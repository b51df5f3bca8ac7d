/** window.__sim: how tests and the playground look at and steer the simulated Outlook. */
import {
  CLIENTS,
  DEFAULT_CLIENT_ID,
  FAITHFUL,
  findClient,
  LOSE_PROPS_QUIRK,
  summarizeClient,
  type ClientId,
  type ClientProfile,
  type ClientSummary,
  type ComposeMode,
} from "./clients";
import type { ActionHandler, ReadyInfo, SimulatedHost } from "./install";
import type { SendOptions, SendOutcome } from "./send";
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
  /** What Outlook reports: the client profile's host, else the scenario's. */
  readonly host: HostDetails;
  /** The client profile the host behaves like, with its quirks and their evidence. */
  readonly client: ClientSummary;
  readonly maxMailboxVersion: string;
  /** Fault kind per broken member, e.g. { "item.getSharedPropertiesAsync": "silent" }. */
  readonly faults: Readonly<Record<string, Fault["kind"]>>;
}

export interface SimControl {
  readonly scenarioId: string;
  readonly theme: "light" | "dark";
  /** The client profile: id, label, description and quirks (each with the public report it comes from). */
  readonly client: ClientSummary;
  /** Every client profile, for pickers. */
  readonly clients: readonly ClientSummary[];
  /** Outlook on the web: embedded form or popped-out window (only "web" runs the send check only when popped out). */
  readonly compose: ComposeMode;
  /** Office.context.displayLanguage as the host reports it ("en-US" unless ?lang= or __SIM_LANG__ asked). */
  readonly language: string;
  /** A reload (reopened pane) starts with no custom properties (?props=lost). */
  readonly losePropsOnReopen: boolean;
  readonly scenario: ScenarioSummary;
  readonly details: ScenarioDetails;
  readonly scenarios: readonly ScenarioSummary[];
  /** Office.actions.associate registrations, by name. */
  readonly handlers: Readonly<Record<string, ActionHandler>>;
  /** The host has answered (Office.context is there); see SimulatedHost.hostReady. */
  readonly hostReady: Promise<void>;
  /** Office.onReady resolved: the host found the add-in's call; see SimulatedHost.ready. */
  readonly ready: Promise<ReadyInfo>;
  /** A snapshot of the item (plain data, safe to pass out of page.evaluate). */
  getState(): ItemState;
  /** Office calls not answered yet: with no request in flight either, the pane has nothing left to do. */
  pendingCalls(): number;
  /** Starts the item afresh for this scenario. */
  reset(): void;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: StateListener): () => void;
  /** Why the state could not be kept in sessionStorage, when it could not. */
  persistError(): string | undefined;
  /**
   * The user presses Send: runs the handler registered as "onAppointmentSendHandler" with an event
   * whose completed({ allowEvent, errorMessage }) is captured, within a timeout (default 10 s).
   * Without a handler, or in the web profile with compose=embedded, sends without running it.
   */
  send(options?: SendOptions): Promise<SendOutcome>;
}

declare global {
  interface Window {
    __sim?: SimControl;
    /** Set by tests (Playwright addInitScript) before the simulated host loads. */
    __SIM_SCENARIO__?: string;
    /** "dark" for Office's dark theme; set by tests, like __SIM_SCENARIO__. */
    __SIM_THEME__?: string;
    /** Milliseconds the host takes to answer after office.js runs (the bench uses 300, like real Outlook); see readiness.ts. */
    __SIM_READY_DELAY_MS__?: number;
    /** Office's display language, e.g. "nl-BE" (tests, like __SIM_SCENARIO__). */
    __SIM_LANG__?: string;
    /** Client profile id: "faithful" (default), "web", "classic", "mac"; set by tests, like __SIM_SCENARIO__. */
    __SIM_CLIENT__?: string;
    /** Outlook on the web: "embedded" or "popout" (default). */
    __SIM_COMPOSE__?: string;
    /** true: a reload (reopened pane) starts with no custom properties. */
    __SIM_LOSE_PROPS__?: boolean;
  }
}

export const SCENARIO_STORAGE_KEY = "simulated-office:scenario";
export const SCENARIO_QUERY_PARAMETER = "scenario";
export const THEME_QUERY_PARAMETER = "theme";
export const CLIENT_STORAGE_KEY = "simulated-office:client";
export const CLIENT_QUERY_PARAMETER = "client";
export const COMPOSE_QUERY_PARAMETER = "compose";
export const PROPS_QUERY_PARAMETER = "props";

/** window.__SIM_THEME__, then ?theme=; anything but "dark" is Office's default light theme. */
export function chooseTheme(sources: { readonly injected?: unknown; readonly search?: string }): "light" | "dark" {
  const asked = sources.injected ?? new URLSearchParams(sources.search ?? "").get(THEME_QUERY_PARAMETER);
  return asked === "dark" ? "dark" : "light";
}

/** A sane delay from an injected value: a finite number of milliseconds up to a minute, else none. */
export const LANGUAGE_QUERY_PARAMETER = "lang";

/**
 * window.__SIM_LANG__, then ?lang=: Office's display language ("nl-BE", "fr-FR", "de-DE",
 * "qps-ploc" for the pseudo-locale). A tag of letters, digits and hyphens; anything else is en-US.
 */
export function chooseLanguage(sources: { readonly injected?: unknown; readonly search?: string }): string {
  const asked = sources.injected ?? new URLSearchParams(sources.search ?? "").get(LANGUAGE_QUERY_PARAMETER);
  return typeof asked === "string" && /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(asked) ? asked : "en-US";
}

export function chooseReadyDelay(injected: unknown): number {
  return typeof injected === "number" && Number.isFinite(injected) && injected > 0 ? Math.min(injected, 60_000) : 0;
}

/**
 * window.__SIM_CLIENT__, then ?client=, then the client last used in this tab for the same scenario,
 * then "faithful" (the scenario's own host). A client picked for one scenario never carries over to
 * another: "0 on Mac" must open as Mac unless asked otherwise.
 */
export function chooseClientId(sources: ScenarioSources & { readonly scenarioId?: string }): ClientId {
  const sameScenario = sources.scenarioId !== undefined && readStored(sources.storage, SCENARIO_STORAGE_KEY) === sources.scenarioId;
  const candidates: unknown[] = [
    sources.injected,
    new URLSearchParams(sources.search ?? "").get(CLIENT_QUERY_PARAMETER),
    sameScenario ? readStored(sources.storage, CLIENT_STORAGE_KEY) : null,
  ];
  for (const candidate of candidates) {
    if (typeof candidate !== "string" || candidate === "") continue;
    const client = findClient(candidate);
    if (client) return client.id;
    console.warn(`[simulated Office] unknown client "${candidate.slice(0, 60)}"; using ${DEFAULT_CLIENT_ID}.`);
    return DEFAULT_CLIENT_ID;
  }
  return DEFAULT_CLIENT_ID;
}

/** window.__SIM_COMPOSE__, then ?compose=; anything but "embedded" is a popped-out window. */
export function chooseCompose(sources: { readonly injected?: unknown; readonly search?: string }): ComposeMode {
  const asked = sources.injected ?? new URLSearchParams(sources.search ?? "").get(COMPOSE_QUERY_PARAMETER);
  return asked === "embedded" ? "embedded" : "popout";
}

/** window.__SIM_LOSE_PROPS__ === true, or ?props=lost (when nothing is injected). */
export function chooseLoseProps(sources: { readonly injected?: unknown; readonly search?: string }): boolean {
  if (sources.injected !== undefined) return sources.injected === true;
  return new URLSearchParams(sources.search ?? "").get(PROPS_QUERY_PARAMETER) === "lost";
}

export function summarize(scenario: ScenarioSummary): ScenarioSummary {
  return { id: scenario.id, label: scenario.label, description: scenario.description };
}

export function createControl(host: SimulatedHost): SimControl {
  return {
    scenarioId: host.scenario.id,
    theme: host.theme,
    client: describeClient(host.client, host.losePropsOnReopen),
    clients: CLIENTS.map(summarizeClient),
    compose: host.compose,
    language: host.language,
    losePropsOnReopen: host.losePropsOnReopen,
    scenario: summarize(host.scenario),
    details: describeScenario(host.scenario, host.client, host.losePropsOnReopen),
    scenarios: SCENARIOS.map(summarize),
    handlers: host.handlers,
    hostReady: host.hostReady,
    ready: host.ready,
    getState: () => JSON.parse(JSON.stringify(host.getState())) as ItemState,
    pendingCalls: () => host.pendingCalls(),
    reset: () => host.reset(),
    subscribe: (listener) => host.subscribe(listener),
    persistError: () => host.store.persistError,
    send: (options) => host.send(options),
  };
}

/** The profile as plain data; with losePropsOnReopen its quirks include losing custom properties on reopen. */
export function describeClient(client: ClientProfile, losePropsOnReopen = false): ClientSummary {
  return summarizeClient(losePropsOnReopen ? { ...client, quirks: [...client.quirks, LOSE_PROPS_QUIRK] } : client);
}

export function describeScenario(scenario: Scenario, client: ClientProfile = FAITHFUL, losePropsOnReopen = false): ScenarioDetails {
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
    host: { ...(client.host ?? scenario.host) },
    client: describeClient(client, losePropsOnReopen),
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
    readStored(sources.storage, SCENARIO_STORAGE_KEY),
  ];
  for (const candidate of candidates) {
    if (typeof candidate !== "string" || candidate === "") continue;
    if (findScenario(candidate)) return candidate;
    console.warn(`[simulated Office] unknown scenario "${candidate.slice(0, 60)}"; using ${DEFAULT_SCENARIO_ID}.`);
    return DEFAULT_SCENARIO_ID;
  }
  return DEFAULT_SCENARIO_ID;
}

function readStored(storage: StorageLike | null | undefined, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}
