/** The playground page in jsdom: values shown as text, the body sandboxed, live updates, the client and send controls. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  createControl,
  getScenario,
  installSimulatedOffice,
  ItemStore,
  REASON_EMBEDDED,
  SEND_HANDLER_NAME,
  type HostOptions,
  type SimulatedHost,
} from "../../dev/simulated-office/api";
import { readGraph } from "../../src/config/graphEntry";
import { parseConfig } from "../../src/config/parse";
import { call, install } from "./simHarness";

const PLAYGROUND = join(__dirname, "../../dev/playground");

function loadTemplate(): void {
  const html = readFileSync(join(PLAYGROUND, "playground.html"), "utf8");
  const body = /<body>([\s\S]*)<\/body>/.exec(html)?.[1] ?? "";
  document.body.innerHTML = body; // our own template, not Outlook data
  delete document.body.dataset.paneWidth;
  delete document.body.dataset.officeTheme;
}

describe("playground page", () => {
  it("has no inline scripts and a 320px taskpane #container", () => {
    const html = readFileSync(join(__dirname, "../../dev/playground/playground.html"), "utf8");
    expect(html).not.toMatch(/<script\b/i);
    expect(html).toContain('<div id="container" class="sob-pane">');
    expect(html).toContain('sandbox=""');
    expect(readFileSync(join(__dirname, "../../dev/playground/playground.css"), "utf8")).toMatch(/#container \{ width: 320px;/);
  });

  it("shows a hostile scenario as text only and keeps the body in a script-less sandbox", async () => {
    loadTemplate();
    const { host, item } = await install("hostile-name");
    window.__sim = createControl(host);
    jest.isolateModules(() => {
      require("../../dev/playground/playground");
    });
    const organizer = document.getElementById("pg-organizer");
    expect(organizer?.textContent).toContain("<img src=x onerror=alert(1)>");
    expect(organizer?.textContent).toContain("<alex.wilber@contoso.com>");
    expect(document.querySelectorAll("img, script").length).toBe(0);
    const frame = document.getElementById("pg-body-view") as HTMLIFrameElement;
    expect(frame.getAttribute("sandbox")).toBe("");
    expect(frame.srcdoc).toContain("<script>");
    expect(document.getElementById("pg-body-source")?.textContent).toContain("<script>alert('body script ran')</script>");
    const options = [...document.querySelectorAll("#pg-scenario option")].map((o) => (o as HTMLOptionElement).value);
    expect(options).toHaveLength(20);
    expect((document.getElementById("pg-scenario") as HTMLSelectElement).value).toBe("hostile-name");

    await call(item, "location.setAsync", "<b>Room</b>");
    await call(item, "notificationMessages.addAsync", "n", { type: "errorMessage", message: "<i>careful</i>" });
    expect(document.getElementById("pg-location")?.textContent).toBe("<b>Room</b>");
    expect(document.getElementById("pg-notifications")?.textContent).toBe("<i>careful</i>");
    expect(document.querySelectorAll("b, i").length).toBe(0);
    delete window.__sim;
  });

  it("says so when the simulated host is missing", () => {
    loadTemplate();
    delete window.__sim;
    jest.isolateModules(() => {
      require("../../dev/playground/playground");
    });
    expect(document.getElementById("pg-status")?.textContent).toMatch(/did not load/);
  });
});

type Navigation = { assign(url: string): void; replace(url: string): void };

/** Loads the playground on a fresh template with a simulated host; navigation is recorded instead of performed (jsdom cannot navigate). */
async function openPlayground(options: HostOptions = {}, scenarioId = "delegate-editor", theme: "light" | "dark" = "light") {
  loadTemplate();
  const scenario = getScenario(scenarioId);
  const host: SimulatedHost = installSimulatedOffice(window, scenario, new ItemStore(scenario, null), theme, 0, options);
  await host.office.onReady();
  window.__sim = createControl(host);
  const assigned: string[] = [];
  const replaced: string[] = [];
  jest.isolateModules(() => {
    const { navigation } = require("../../dev/playground/navigate") as { navigation: Navigation };
    navigation.assign = (url) => assigned.push(url);
    navigation.replace = (url) => replaced.push(url);
    require("../../dev/playground/playground");
  });
  return { host, assigned, replaced };
}

function change(id: string, value: string | boolean): void {
  const element = document.getElementById(id) as HTMLInputElement | HTMLSelectElement;
  if (typeof value === "boolean") (element as HTMLInputElement).checked = value;
  else element.value = value;
  element.dispatchEvent(new Event("change"));
}

function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is missing`);
  return element as T;
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 10));

afterEach(() => {
  delete window.__sim;
  window.history.replaceState(null, "", "/");
});

describe("playground: client profile controls", () => {
  it("lists the client profiles, shows the chosen one with its quirks as text, and reloads with ?client= when another is picked", async () => {
    const { assigned } = await openPlayground({ client: "classic" });
    const options = [...document.querySelectorAll("#pg-client option")].map((o) => [(o as HTMLOptionElement).value, o.textContent]);
    expect(options.map(([value]) => value)).toEqual(["faithful", "web", "classic", "mac"]);
    expect(byId<HTMLSelectElement>("pg-client").value).toBe("classic");
    const info = byId("pg-client-info");
    expect(info.textContent).toContain("Classic Outlook for Windows");
    expect(info.textContent).toContain("4 quirks and their evidence");
    const links = [...info.querySelectorAll("a")];
    expect(links.map((a) => a.getAttribute("href"))).toContain("https://github.com/OfficeDev/office-js-docs-reference/issues/827");
    expect(links.every((a) => a.rel === "noopener noreferrer" && a.target === "_blank")).toBe(true);
    expect(byId("pg-host").textContent).toMatch(/^Outlook 16\.0\.\d+\.\d+ on PC/);
    expect(byId("pg-compose-picker").hidden).toBe(true);

    change("pg-client", "web");
    expect(assigned).toHaveLength(1);
    expect(new URL(assigned[0] as string).searchParams.get("client")).toBe("web");
  });

  it("the lose-custom-properties checkbox and (for web) the embedded/popped-out switch reload with ?props= and ?compose=", async () => {
    const { assigned } = await openPlayground({ client: "web", compose: "embedded", losePropsOnReopen: true });
    expect(byId("pg-compose-picker").hidden).toBe(false);
    expect(byId<HTMLSelectElement>("pg-compose").value).toBe("embedded");
    expect(byId<HTMLInputElement>("pg-lose-props").checked).toBe(true);
    expect(byId("pg-client-info").textContent).toContain("starts with no custom properties");

    change("pg-lose-props", false);
    change("pg-compose", "popout");
    change("pg-theme", true);
    expect(assigned.map((url) => new URL(url).search)).toEqual(["", "", "?theme=dark"]);

    window.history.replaceState(null, "", "/?client=web");
    change("pg-lose-props", true);
    change("pg-compose", "embedded");
    expect(assigned.slice(3).map((url) => new URL(url).search)).toEqual(["?client=web&props=lost", "?client=web&compose=embedded"]);
  });
});

describe("playground: taskpane column", () => {
  it("applies ?width= (default 320), switches live and keeps the choice in the address", async () => {
    window.history.replaceState(null, "", "/?width=450");
    const { replaced } = await openPlayground();
    expect(document.body.dataset.paneWidth).toBe("450");
    expect(byId<HTMLSelectElement>("pg-width").value).toBe("450");
    change("pg-width", "full");
    expect(document.body.dataset.paneWidth).toBe("full");
    expect(new URL(replaced[0] as string).searchParams.get("width")).toBe("full");
    change("pg-width", "320");
    expect(document.body.dataset.paneWidth).toBe("320");
    expect(new URL(replaced[1] as string).searchParams.has("width")).toBe(false);

    window.history.replaceState(null, "", "/?width=9000");
    await openPlayground();
    expect(document.body.dataset.paneWidth).toBe("320");
    const css = readFileSync(join(PLAYGROUND, "playground.css"), "utf8");
    expect(css).toContain('body[data-pane-width="450"] .pg-taskpane, body[data-pane-width="450"] #container { width: 450px; }');
    expect(css).toContain('body[data-pane-width="full"] #container { width: 100%; }');
  });

  it("marks Office's dark theme for the title bar, whose colours keep at least 4.5:1 contrast", async () => {
    await openPlayground({}, "delegate-editor", "dark");
    expect(document.body.dataset.officeTheme).toBe("dark");
    await openPlayground();
    expect(document.body.dataset.officeTheme).toBe("light");

    const css = readFileSync(join(PLAYGROUND, "playground.css"), "utf8");
    const colour = (name: string) => new RegExp(`--${name}: (#[0-9a-f]{6});`).exec(css)?.[1] ?? "missing";
    expect(css).toMatch(
      /body\[data-office-theme="dark"\] \.pg-taskpane-title \{[^}]*background: var\(--pg-pane-dark-title-bg\);[^}]*color: var\(--pg-pane-dark-title-fg\);/,
    );
    expect(contrast(colour("pg-pane-dark-title-fg"), colour("pg-pane-dark-title-bg"))).toBeGreaterThanOrEqual(4.5);
    expect(contrast(colour("pg-pane-dark-muted"), colour("pg-pane-dark-bg"))).toBeGreaterThanOrEqual(4.5);
  });

  it("shows a loading frame in the pane column until taskpane.js replaces it", () => {
    loadTemplate();
    const container = byId("container");
    expect(container.querySelector(".pg-pane-loading")?.getAttribute("aria-hidden")).toBe("true");
    expect(container.querySelectorAll(".pg-skeleton").length).toBeGreaterThan(2);
    expect(byId("boot-message").textContent).toBe("Loading…");
  });
});

describe("playground: Send", () => {
  async function press(): Promise<void> {
    byId<HTMLButtonElement>("pg-send").click();
    expect(byId("pg-send-status").textContent).toMatch(/Checking/);
    await flush();
  }

  it("says the send-time check is not loaded when no handler is registered", async () => {
    await openPlayground();
    await press();
    expect(byId("pg-send-status").textContent).toMatch(/^Sent without the send-time check\. The send-time check is not loaded here/);
    expect(byId("pg-send-dialog").hasAttribute("open")).toBe(false);
  });

  it("a blocked send shows the message as text in a Smart Alerts–style dialog; Don't send and Send anyway close it", async () => {
    const { host } = await openPlayground();
    const message = 'No <img src=x onerror=alert(1)> "Teams" link & more';
    host.office.actions.associate(SEND_HANDLER_NAME, (event) =>
      (event as { completed(o: unknown): void }).completed({ allowEvent: false, errorMessage: message }),
    );
    await press();
    const dialog = byId("pg-send-dialog");
    expect(dialog.hasAttribute("open")).toBe(true);
    expect(byId("pg-send-dialog-message").textContent).toBe(message);
    expect(dialog.querySelectorAll("img").length).toBe(0);
    expect([...dialog.querySelectorAll("button")].map((b) => b.textContent)).toEqual(["Don't send", "Send anyway"]);
    expect(document.activeElement).toBe(byId("pg-send-dont"));

    byId("pg-send-dont").click();
    expect(dialog.hasAttribute("open")).toBe(false);
    expect(byId("pg-send-status").textContent).toMatch(/^Not sent/);
    expect(document.activeElement).toBe(byId("pg-send"));

    await press();
    byId("pg-send-anyway").click();
    expect(byId("pg-send-status").textContent).toBe("Sent anyway.");

    await press();
    dialog.dispatchEvent(new Event("cancel", { cancelable: true })); // Escape
    expect(dialog.hasAttribute("open")).toBe(false);
    expect(byId("pg-send-status").textContent).toMatch(/^Not sent/);
  });

  it("an allowed send says Sent; web with the embedded form sends without running the check and says why", async () => {
    const allowed = await openPlayground();
    allowed.host.office.actions.associate(SEND_HANDLER_NAME, (event) =>
      (event as { completed(o: unknown): void }).completed({ allowEvent: true }),
    );
    await press();
    expect(byId("pg-send-status").textContent).toBe("Sent.");

    const embedded = await openPlayground({ client: "web", compose: "embedded" });
    const handler = jest.fn();
    embedded.host.office.actions.associate(SEND_HANDLER_NAME, handler);
    await press();
    expect(handler).not.toHaveBeenCalled();
    expect(byId("pg-send-status").textContent).toBe(`Sent without the send-time check. ${REASON_EMBEDDED}`);
  });
});

describe("playground: config.json", () => {
  it("is a valid organisation configuration (no warnings in the pane or the console)", () => {
    const raw: unknown = JSON.parse(readFileSync(join(PLAYGROUND, "config.json"), "utf8"));
    const { config, problems } = parseConfig(raw, readGraph);
    expect(problems).toEqual([]);
    expect(config.graph).toBeDefined();
    expect(config.defaultProviderId).toBe("jitsi");
    expect(config.providers.map((p) => p.id)).toEqual(["jitsi", "zoom-room", "teams"]);
    expect(config.helpdesk).toBe("IT help desk, help@contoso.com, ext. 4357");
  });
});

/** WCAG contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5]
      .map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (bl ?? 0);
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}
