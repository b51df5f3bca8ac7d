/**
 * installSimulatedOffice: defines `Office` on a window with the Office.js surface this add-in uses,
 * backed by an ItemStore and shaped by a Scenario (what is signed in, which members exist, which fail).
 */
import { timeoutScheduler } from "./async";
import { AsyncResultStatus, CoercionType, EventType, HostType, MailboxEnums, PlatformType } from "./enums";
import { createItem } from "./item";
import type { MethodContext } from "./method";
import { createDisplayNewMessageForm, createDisplayNewMessageFormAsync } from "./newMessage";
import { createRoamingSettings } from "./roaming";
import { ItemStore, sessionStorageOf } from "./store";
import type { ItemState, Scenario, StateListener } from "./types";
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

export interface SimulatedHost {
  readonly scenario: Scenario;
  /** The Office theme whose colours Office.context.officeTheme reports. */
  readonly theme: OfficeThemeName;
  readonly store: ItemStore;
  readonly office: SimulatedOfficeGlobal;
  /** Handlers registered with Office.actions.associate, by name (live). */
  readonly handlers: Readonly<Record<string, ActionHandler>>;
  /** Settles when Office is "ready" (after DOMContentLoaded, like Office.js). */
  readonly ready: Promise<ReadyInfo>;
  getState(): ItemState;
  /** Starts the item afresh (clears what the add-in wrote and what was saved for this scenario). */
  reset(): void;
  subscribe(listener: StateListener): () => void;
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
): SimulatedHost {
  const itemStore = store ?? new ItemStore(scenario, sessionStorageOf(target));
  const ctx: MethodContext = {
    faults: scenario.faults ?? {},
    schedule: timeoutScheduler(scenario.latencyMs ?? 0),
    maxMailboxVersion: scenario.maxMailboxVersion,
  };
  const handlers: Record<string, ActionHandler> = {};
  const info: ReadyInfo = { host: "Outlook", platform: scenario.host.platform };

  const context: Record<string, unknown> = {
    platform: scenario.host.platform,
    host: "Outlook",
    displayLanguage: "en-US",
    contentLanguage: "en-US",
    officeTheme: { ...OFFICE_THEMES[theme] },
    diagnostics: { host: "Outlook", platform: scenario.host.platform, version: scenario.host.hostVersion },
    requirements: { isSetSupported: (name: unknown, version?: unknown) => isSetSupported(scenario.maxMailboxVersion, name, version) },
  };

  const office: SimulatedOfficeGlobal = {
    onReady(callback) {
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

  // Like Office.js, the mailbox appears only once the host has answered (after the page's scripts ran).
  const ready = whenDocumentReady(target, readyDelayMs).then(() => {
    context.mailbox = createMailbox(ctx, itemStore, scenario);
    context.roamingSettings = createRoamingSettings(ctx, itemStore);
    if (typeof office.initialize === "function") {
      try {
        office.initialize("inserted");
      } catch (error) {
        console.error("[simulated Office] Office.initialize threw:", error);
      }
    }
    return info;
  });

  (target as unknown as { Office: SimulatedOfficeGlobal }).Office = office;

  return {
    scenario,
    theme,
    store: itemStore,
    office,
    handlers,
    ready,
    getState: () => itemStore.getState(),
    reset: () => itemStore.resetItem(),
    subscribe: (listener) => itemStore.subscribe(listener),
  };
}

function createMailbox(ctx: MethodContext, store: ItemStore, scenario: Scenario): Record<string, unknown> {
  const { user, host } = scenario;
  const mailbox: Record<string, unknown> = {
    userProfile: { emailAddress: user.emailAddress, displayName: user.displayName, timeZone: user.timeZone, accountType: user.accountType },
    diagnostics: { hostName: host.hostName, hostVersion: host.hostVersion, ...(host.owaView ? { OWAView: host.owaView } : {}) },
    item: createItem(ctx, store, scenario),
  };
  const formAsync = createDisplayNewMessageFormAsync(ctx, store);
  if (formAsync) mailbox.displayNewMessageFormAsync = formAsync;
  const form = createDisplayNewMessageForm(ctx, store);
  if (form) mailbox.displayNewMessageForm = form;
  return mailbox;
}

/**
 * Resolves on a later task once the DOM is parsed (deferred scripts, like taskpane.js, have run by then),
 * plus `delayMs`: real Outlook takes a few hundred milliseconds to hand a taskpane its context.
 */
function whenDocumentReady(target: OfficeTarget, delayMs: number): Promise<void> {
  return new Promise((resolve) => {
    const later = () => setTimeout(resolve, delayMs);
    const doc = target.document as Document | undefined;
    if (doc && doc.readyState === "loading") doc.addEventListener("DOMContentLoaded", later, { once: true });
    else later();
  });
}
