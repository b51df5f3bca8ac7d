import {
  chooseScenarioId,
  chooseReadyDelay,
  chooseTheme,
  createControl,
  installSimulatedOffice,
  getScenario,
  ItemStore,
  SCENARIO_STORAGE_KEY,
  sessionStorageOf,
  storageKey,
} from "../../dev/simulated-office/api";
import { call, install, memoryStorage } from "./simHarness";

describe("item state across reloads", () => {
  beforeEach(() => window.sessionStorage.clear());

  it("a reload (new install on the same storage) sees the body, location and saved custom properties", async () => {
    const storage = sessionStorageOf(window);
    expect(storage).not.toBeNull();
    const first = await install("delegate-editor", storage);
    await call(first.item, "body.setAsync", "<p>edited</p>", { coercionType: "html" });
    await call(first.item, "location.setAsync", "https://teams.example/j");
    const props = (await call<Record<string, unknown>>(first.item, "loadCustomPropertiesAsync")).value as {
      set(n: string, v: string): void;
    };
    props.set("sobMeeting", "saved");
    await call(props, "saveAsync");
    const unsaved = (await call<Record<string, unknown>>(first.item, "loadCustomPropertiesAsync")).value as {
      set(n: string, v: string): void;
    };
    unsaved.set("other", "not saved");

    const second = await install("delegate-editor", storage);
    expect((await call(second.item, "body.getAsync", "html")).value).toBe("<p>edited</p>");
    expect((await call(second.item, "location.getAsync")).value).toBe("https://teams.example/j");
    expect(second.host.getState().customProperties).toEqual({ sobMeeting: "saved" });
    expect(window.sessionStorage.getItem(storageKey("delegate-editor"))).toContain("edited");
  });

  it("keeps each scenario's item separately", async () => {
    const storage = memoryStorage();
    const editor = await install("delegate-editor", storage);
    await call(editor.item, "subject.setAsync", "Changed");
    const author = await install("delegate-author", storage);
    expect((await call(author.item, "subject.getAsync")).value).toBe("Q3 planning review");
  });

  it("reset() starts the item afresh and forgets the stored copy", async () => {
    const storage = memoryStorage();
    const { item, host } = await install("delegate-editor", storage);
    await call(item, "subject.setAsync", "Changed");
    const seen: string[] = [];
    host.subscribe((state) => seen.push(state.subject));
    host.reset();
    expect(host.getState().subject).toBe("Q3 planning review");
    expect(seen).toEqual(["Q3 planning review"]);
    expect(storage.data.has(storageKey("delegate-editor"))).toBe(false);
  });

  it("does not store the initial huge body again (sessionStorage quota)", async () => {
    const storage = memoryStorage();
    const { item } = await install("huge-body", storage);
    await call(item, "subject.setAsync", "x");
    expect(storage.data.get(storageKey("huge-body"))?.length).toBeLessThan(5_000);
    const reloaded = await install("huge-body", storage);
    expect(((await call<string>(reloaded.item, "body.getAsync", "html")).value ?? "").length).toBe(999_900);
  });

  it("survives a storage that refuses writes, and says why", async () => {
    const scenario = getScenario("delegate-editor");
    const store = new ItemStore(scenario, {
      getItem: () => null,
      setItem: () => {
        throw new DOMException("full", "QuotaExceededError");
      },
      removeItem: () => undefined,
    });
    store.update({ subject: "x" });
    expect(store.getState().subject).toBe("x");
    expect(store.persistError).toMatch(/QuotaExceededError/);
  });

  it("ignores corrupt stored state", async () => {
    const storage = memoryStorage();
    storage.setItem(storageKey("delegate-editor"), "{not json");
    const { host } = await install("delegate-editor", storage);
    expect(host.getState().subject).toBe("Q3 planning review");
  });

  it("notifies subscribers on every change", async () => {
    const { item, host } = await install("delegate-editor");
    const listener = jest.fn();
    const unsubscribe = host.subscribe(listener);
    await call(item, "location.setAsync", "A");
    unsubscribe();
    await call(item, "location.setAsync", "B");
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]?.[0]).toMatchObject({ location: "A" });
  });
});

describe("window.__sim and the scenario choice", () => {
  it("createControl exposes scenarioId, a plain-data getState, reset, handlers and subscribe", async () => {
    const { host } = await install("delegate-author");
    const control = createControl(host);
    expect(control.scenarioId).toBe("delegate-author");
    expect(control.scenario.label).toContain("Author");
    expect(control.scenarios.length).toBe(20);
    expect(control.getState()).toEqual(host.getState());
    expect(control.getState()).not.toBe(host.getState());
    host.office.actions.associate("h", () => undefined);
    expect(Object.keys(control.handlers)).toEqual(["h"]);
  });

  it("prefers __SIM_SCENARIO__, then ?scenario=, then sessionStorage, then the default", () => {
    const storage = memoryStorage();
    storage.setItem(SCENARIO_STORAGE_KEY, "old-client");
    expect(chooseScenarioId({ injected: "throws", search: "?scenario=huge-body", storage })).toBe("throws");
    expect(chooseScenarioId({ search: "?scenario=huge-body", storage })).toBe("huge-body");
    expect(chooseScenarioId({ search: "", storage })).toBe("old-client");
    expect(chooseScenarioId({})).toBe("delegate-editor");
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    expect(chooseScenarioId({ search: "?scenario=%3Cscript%3E" })).toBe("delegate-editor");
    warn.mockRestore();
  });

  it("reports Office's dark theme only when asked, by __SIM_THEME__ first, then ?theme=", () => {
    expect(chooseTheme({})).toBe("light");
    expect(chooseTheme({ search: "?theme=dark" })).toBe("dark");
    expect(chooseTheme({ injected: "light", search: "?theme=dark" })).toBe("light");
    expect(chooseTheme({ injected: "dark" })).toBe("dark");
    expect(chooseTheme({ search: "?theme=%3Cscript%3E" })).toBe("light");
  });

  it("Office becomes ready only after the injected start-up delay, which is capped and must be a positive number", async () => {
    expect([chooseReadyDelay(300), chooseReadyDelay("300"), chooseReadyDelay(-5), chooseReadyDelay(NaN), chooseReadyDelay(1e9)]).toEqual([
      300, 0, 0, 0, 60_000,
    ]);
    const host = installSimulatedOffice(window, getScenario("own-calendar"), undefined, "light", 120);
    let ready = false;
    const readied = host.office.onReady().then(() => (ready = true));
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(ready).toBe(false);
    await readied;
    expect(ready).toBe(true);
  });

  it("the script entry installs Office and window.__sim from window.__SIM_SCENARIO__", async () => {
    window.__SIM_SCENARIO__ = "delegate-reviewer";
    jest.isolateModules(() => {
      require("../../dev/simulated-office/index");
    });
    expect(window.__sim?.scenarioId).toBe("delegate-reviewer");
    await window.__sim?.hostReady;
    expect(window.sessionStorage.getItem(SCENARIO_STORAGE_KEY)).toBe("delegate-reviewer");
    delete window.__SIM_SCENARIO__;
    delete window.__sim;
  });
});
