/** The playground page in jsdom: values shown as text, the body sandboxed, live updates. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createControl } from "../../dev/simulated-office/api";
import { call, install } from "./simHarness";

function loadTemplate(): void {
  const html = readFileSync(join(__dirname, "../../dev/playground/playground.html"), "utf8");
  const body = /<body>([\s\S]*)<\/body>/.exec(html)?.[1] ?? "";
  document.body.innerHTML = body; // our own template, not Outlook data
}

describe("playground page", () => {
  it("has no inline scripts and a 320px taskpane #container", () => {
    const html = readFileSync(join(__dirname, "../../dev/playground/playground.html"), "utf8");
    expect(html).not.toMatch(/<script\b/i);
    expect(html).toContain('<div id="container">');
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
    expect(options).toHaveLength(15);
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
