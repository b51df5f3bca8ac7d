/**
 * The state of the simulated Outlook form. It survives a page reload (the taskpane reopened on the
 * same item) through sessionStorage, one key per scenario, and starts fresh with resetItem().
 */
import type { ItemState, JsonValue, Scenario, StateListener } from "./types";

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const FORMAT = 1;

export function storageKey(scenarioId: string): string {
  return `simulated-office:item:${scenarioId}`;
}

export function initialState(scenario: Scenario): ItemState {
  const { subject, location, body, bodyType, start, end } = scenario.item;
  return {
    subject,
    location,
    body,
    bodyType,
    start,
    end,
    customProperties: {},
    notifications: [],
    openedMessages: [],
    roamingSettings: {},
    saveCount: 0,
  };
}

export class ItemStore {
  private current: ItemState;
  private readonly listeners = new Set<StateListener>();
  private readonly key: string;
  /** Why the last write to sessionStorage failed (quota, privacy mode), if it did. */
  persistError: string | undefined;
  /** True when the state came from storage: the taskpane is being reopened on an item it already worked on. */
  readonly restored: boolean;

  constructor(
    private readonly scenario: Scenario,
    private readonly storage: StorageLike | null = null,
  ) {
    this.key = storageKey(scenario.id);
    const loaded = this.load();
    this.restored = loaded !== undefined;
    this.current = loaded ?? initialState(scenario);
  }

  get scenarioId(): string {
    return this.scenario.id;
  }

  get persistent(): boolean {
    return this.storage !== null;
  }

  getState(): ItemState {
    return this.current;
  }

  /** Applies a change, persists it and tells subscribers. */
  update(change: Partial<ItemState> | ((state: ItemState) => Partial<ItemState>)): ItemState {
    const patch = typeof change === "function" ? change(this.current) : change;
    this.current = { ...this.current, ...patch };
    this.save();
    this.emit();
    return this.current;
  }

  /** Forgets everything done to the item (body, properties, notifications, opened messages, roaming settings). */
  resetItem(): void {
    this.current = initialState(this.scenario);
    try {
      this.storage?.removeItem(this.key);
      this.persistError = undefined;
    } catch (error) {
      this.persistError = String(error);
    }
    this.emit();
  }

  subscribe(listener: StateListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  private emit(): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(this.current);
      } catch (error) {
        console.error("[simulated Office] a state listener threw:", error);
      }
    }
  }

  private save(): void {
    if (!this.storage) return;
    // The initial body is not stored again (the huge-body scenario would eat the storage quota).
    const { body, ...rest } = this.current;
    const stored: StoredState = { format: FORMAT, ...rest, ...(body === this.scenario.item.body ? {} : { body }) };
    try {
      this.storage.setItem(this.key, JSON.stringify(stored));
      this.persistError = undefined;
    } catch (error) {
      this.persistError = `sessionStorage refused the item state (${error instanceof Error ? error.name : String(error)}); changes will not survive a reload.`;
    }
  }

  private load(): ItemState | undefined {
    if (!this.storage) return undefined;
    try {
      const raw = this.storage.getItem(this.key);
      if (!raw) return undefined;
      const parsed: unknown = JSON.parse(raw);
      return this.fromStored(parsed);
    } catch {
      return undefined;
    }
  }

  private fromStored(value: unknown): ItemState | undefined {
    if (!isRecord(value) || value.format !== FORMAT) return undefined;
    const base = initialState(this.scenario);
    const str = (key: keyof ItemState, fallback: string): string => (typeof value[key] === "string" ? (value[key] as string) : fallback);
    const bodyType = value.bodyType === "text" || value.bodyType === "html" ? value.bodyType : base.bodyType;
    const itemId = typeof value.itemId === "string" ? value.itemId : undefined;
    const atItemSave = isRecord(value.customPropertiesAtItemSave)
      ? (value.customPropertiesAtItemSave as Record<string, JsonValue>)
      : undefined;
    return {
      subject: str("subject", base.subject),
      location: str("location", base.location),
      body: str("body", base.body),
      bodyType,
      start: str("start", base.start),
      end: str("end", base.end),
      customProperties: isRecord(value.customProperties) ? (value.customProperties as Record<string, JsonValue>) : {},
      notifications: Array.isArray(value.notifications) ? (value.notifications as ItemState["notifications"]) : [],
      openedMessages: Array.isArray(value.openedMessages) ? (value.openedMessages as ItemState["openedMessages"]) : [],
      roamingSettings: isRecord(value.roamingSettings) ? (value.roamingSettings as Record<string, JsonValue>) : {},
      saveCount: typeof value.saveCount === "number" ? value.saveCount : 0,
      ...(itemId ? { itemId } : {}),
      ...(atItemSave ? { customPropertiesAtItemSave: atItemSave } : {}),
    };
  }
}

interface StoredState extends Omit<ItemState, "body"> {
  readonly format: number;
  readonly body?: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** window.sessionStorage when the page may use it (it throws in some sandboxed frames). */
export function sessionStorageOf(target: { sessionStorage?: Storage }): StorageLike | null {
  try {
    const storage = target.sessionStorage;
    if (!storage) return null;
    const probe = "simulated-office:probe";
    storage.setItem(probe, "1");
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}
