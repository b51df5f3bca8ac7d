/**
 * installSimulatedOffice: defines `Office` on a window with the Office.js surface this add-in uses,
 * backed by an ItemStore and shaped by a Scenario (what is signed in, which members exist, which fail).
 */
import { timeoutScheduler } from "./async";
import { FAITHFUL, getClient, type ClientProfile, type ComposeMode } from "./clients";
import { AsyncResultStatus, CoercionType, EventType, HostType, MailboxEnums, PlatformType } from "./enums";
import { createItem } from "./item";
import { NOT_LOADED_MESSAGE, startOffice } from "./readiness";
import type { MethodContext } from "./method";
import { createDisplayNewMessageForm, createDisplayNewMessageFormAsync } from "./newMessage";
import { createRoamingSettings } from "./roaming";
import { simulateSend, type SendOptions, type SendOutcome } from "./send";
import { ItemStore, sessionStorageOf } from "./store";
import type { TestHooks } from "./testHooks";
import type { HostDetails, ItemState, Scenario, StateListener } from "./types";
import { isSetSupported } from "./versions";

export interface ReadyInfo {
  readonly host: "Outlook";
  readonly platform: string;
}

export type ActionHandler = (event: unknown) => unknown;

export interface SimulatedOfficeGlobal {
  initialize?: (reason: string) => void;
  onReady(callback?: (info: ReadyInfo) => void): Promise<ReadyInfo>;
  readonly context: Record<string, unknown>;
  readonly actions: { associate(name: string, handler: ActionHandler): void };
  readonly AsyncResultStatus: typeof AsyncResultStatus;
  readonly CoercionType: typeof CoercionType;
  readonly HostType: typeof HostType;
  readonly PlatformType: typeof PlatformType;
  readonly MailboxEnums: typeof MailboxEnums;
  readonly EventType: typeof EventType;
}

/** Which client the host behaves like, and the knobs that go with it (see clients.ts). */
export interface HostOptions {
  /** A profile or its id; default "faithful". */
  readonly client?: ClientProfile | string;
  /** Outlook on the web only: the meeting is composed in the embedded form or a popped-out window (default). */
  readonly compose?: ComposeMode;
  /** Any client: a reopened pane (a reload on stored state) starts with no custom properties. */
  readonly losePropsOnReopen?: boolean;
  /** Office.context.displayLanguage and contentLanguage, e.g. "nl-BE"; default "en-US". */
  readonly language?: string;
  /** Unit tests only: a call log and a hook before each answer (testHooks.ts). */
  readonly testHooks?: TestHooks;
}

export interface SimulatedHost {
  readonly scenario: Scenario;
  /** Office.context.displayLanguage as this host reports it. */
  readonly language: string;
  readonly client: ClientProfile;
  /** The host Outlook reports: the client profile's, else the scenario's. */
  readonly hostDetails: HostDetails;
  readonly compose: ComposeMode;
  readonly losePropsOnReopen: boolean;
  /** The Office theme whose colours Office.context.officeTheme reports. */
  readonly theme: OfficeThemeName;
  readonly store: ItemStore;
  readonly office: SimulatedOfficeGlobal;
  /** Handlers registered with Office.actions.associate, by name (live). */
  readonly handlers: Readonly<Record<string, ActionHandler>>;
  /**
   * Settles when the host has answered, `readyDelayMs` after office.js ran: Office.context (with the
   * mailbox) is filled in then, and the send-time check can run (readiness.ts).
   */
  readonly hostReady: Promise<void>;
  /**
   * Settles when Office.onReady resolves: the first 50 ms check, from hostReady on, that finds the
   * add-in has called Office.onReady or set Office.initialize (readiness.ts).
   */
  readonly ready: Promise<ReadyInfo>;
  getState(): ItemState;
  /** Office calls the add-in made that Outlook has not answered yet (a silent fault's never count). */
  pendingCalls(): number;
  /** Starts the item afresh (clears what the add-in wrote and what was saved for this scenario). */
  reset(): void;
  subscribe(listener: StateListener): () => void;
  /** The user presses Send: runs the registered OnAppointmentSend handler as this client would. */
  send(options?: SendOptions): Promise<SendOutcome>;
}

export type OfficeTarget = Window & typeof globalThis;

/** Office's theme colours as Outlook passes them (Office.context.officeTheme). */
export type OfficeThemeName = "light" | "dark";

const OFFICE_THEMES: Readonly<Record<OfficeThemeName, Readonly<Record<string, string>>>> = {
  light: {
    bodyBackgroundColor: "#ffffff",
    bodyForegroundColor: "#000000",
    controlBackgroundColor: "#ffffff",
    controlForegroundColor: "#000000",
  },
  dark: {
    bodyBackgroundColor: "#262626",
    bodyForegroundColor: "#ffffff",
    controlBackgroundColor: "#383838",
    controlForegroundColor: "#ffffff",
  },
};

export function installSimulatedOffice(
  target: OfficeTarget,
  scenario: Scenario,
  store?: ItemStore,
  theme: OfficeThemeName = "light",
  readyDelayMs = 0,
  options: HostOptions = {},
): SimulatedHost {
  const client = typeof options.client === "object" ? options.client : options.client === undefined ? FAITHFUL : getClient(options.client);
  const compose: ComposeMode = options.compose === "embedded" ? "embedded" : "popout";
  const losePropsOnReopen = options.losePropsOnReopen === true;
  const host: HostDetails = client.host ?? scenario.host;
  const itemStore = store ?? new ItemStore(scenario, sessionStorageOf(target));
  if (itemStore.restored) reopen(itemStore, client, losePropsOnReopen);
  const ctx: MethodContext = {
    faults: scenario.faults ?? {},
    schedule: timeoutScheduler(scenario.latencyMs ?? 0),
    maxMailboxVersion: scenario.maxMailboxVersion,
    callCounts: new Map(),
    inFlight: { count: 0 },
    ...(options.testHooks ? { hooks: options.testHooks } : {}),
  };
  const handlers: Record<string, ActionHandler> = {};
  const info: ReadyInfo = { host: "Outlook", platform: host.platform };

  const context: Record<string, unknown> = {
    platform: host.platform,
    host: "Outlook",
    displayLanguage: options.language ?? "en-US",
    contentLanguage: options.language ?? "en-US",
    officeTheme: { ...OFFICE_THEMES[theme] },
    diagnostics: { host: "Outlook", platform: host.platform, version: host.hostVersion },
    requirements: {
      isSetSupported: (name: unknown, version?: unknown) =>
        isSetSupported(scenario.maxMailboxVersion, name, version) && !scenario.unsupportedMailboxSets?.includes(String(version)),
    },
  };

  const office: SimulatedOfficeGlobal = {
    onReady(callback) {
      addinCalled = true;
      return ready.then((value) => {
        callback?.(value);
        return value;
      });
    },
    context,
    actions: {
      associate(name: string, handler: ActionHandler) {
        if (typeof name !== "string" || typeof handler !== "function")
          throw new Error("Office.actions.associate: a name and a function are required.");
        handlers[name] = handler;
      },
    },
    AsyncResultStatus,
    CoercionType,
    HostType,
    PlatformType,
    MailboxEnums,
    EventType,
  };

  let addinCalled = false;
  // As office.debug.js: the host starts when office.js runs (now), fills in Office.context when it has
  // answered, then waits for the add-in's Office.onReady or Office.initialize on its 50 ms checks.
  const started = startOffice(readyDelayMs, {
    addinHasCalled: () => addinCalled || (office.initialize !== undefined && office.initialize !== null),
    onHostReady: () => {
      context.mailbox = createMailbox(ctx, itemStore, scenario, client, host);
      context.roamingSettings = createRoamingSettings(ctx, itemStore);
    },
    onReady: () => {
      if (typeof office.initialize !== "function") return;
      try {
        office.initialize("inserted");
      } catch (error) {
        console.error("[simulated Office] Office.initialize threw:", error);
      }
    },
    onGiveUp: () => console.error(`[simulated Office] ${NOT_LOADED_MESSAGE}`),
  });
  const ready = started.ready.then(() => info);

  (target as unknown as { Office: SimulatedOfficeGlobal }).Office = office;

  return {
    language: options.language ?? "en-US",
    scenario,
    client,
    hostDetails: { ...host },
    compose,
    losePropsOnReopen,
    theme,
    store: itemStore,
    office,
    handlers,
    hostReady: started.hostReady,
    ready,
    getState: () => itemStore.getState(),
    pendingCalls: () => ctx.inFlight.count,
    reset: () => itemStore.resetItem(),
    subscribe: (listener) => itemStore.subscribe(listener),
    send: (sendOptions) =>
      simulateSend(
        { handlers, ready: started.hostReady, sendCheckRuns: !(client.sendCheckOnlyWhenPoppedOut && compose === "embedded") },
        sendOptions,
      ),
  };
}

/**
 * The taskpane is reopened on an item it already worked on (a reload on stored state): what the
 * client still has of the saved custom properties. Classic Outlook for Windows keeps them only as of
 * the last item.saveAsync; with losePropsOnReopen none are left (Mac, office-js #1557).
 */
function reopen(store: ItemStore, client: ClientProfile, losePropsOnReopen: boolean): void {
  const state = store.getState();
  if (losePropsOnReopen) {
    store.update({ customProperties: {}, customPropertiesAtItemSave: {} });
  } else if (client.customPropertiesOnReopen === "as-of-item-save") {
    store.update({ customProperties: state.customPropertiesAtItemSave ?? {} });
  }
}

function createMailbox(
  ctx: MethodContext,
  store: ItemStore,
  scenario: Scenario,
  client: ClientProfile,
  host: HostDetails,
): Record<string, unknown> {
  const { user } = scenario;
  const mailbox: Record<string, unknown> = {
    userProfile: { emailAddress: user.emailAddress, displayName: user.displayName, timeZone: user.timeZone, accountType: user.accountType },
    diagnostics: { hostName: host.hostName, hostVersion: host.hostVersion, ...(host.owaView ? { OWAView: host.owaView } : {}) },
    item: createItem(ctx, store, scenario, client),
  };
  const formAsync = createDisplayNewMessageFormAsync(ctx, store);
  if (formAsync) mailbox.displayNewMessageFormAsync = formAsync;
  const form = createDisplayNewMessageForm(ctx, store);
  if (form) mailbox.displayNewMessageForm = form;
  return mailbox;
}
