import { createRoot } from "react-dom/client";
import { loadOrgConfig } from "../config/load";
import { createOutlookGateway, officeGlobal } from "../office/gateway";
import { App } from "./components/App";
import { strings } from "./strings";

declare const ADDIN_VERSION: string | undefined;

/** Office.onReady never fires when Office.js failed to load or the page is opened outside Outlook. */
const READY_TIMEOUT_MS = 10_000;

function start(): void {
  const container = document.getElementById("container");
  if (!container) return;
  const office = officeGlobal();
  if (!office || typeof office.onReady !== "function") {
    container.textContent = strings.officeMissing;
    return;
  }
  // Fetched while Office.js starts up, so the verdict does not wait for it after the first render.
  const config = loadOrgConfig();
  let started = false;
  const render = () => {
    if (started) return;
    started = true;
    createRoot(container).render(
      <App
        gateway={createOutlookGateway(office)}
        loadConfig={() => config}
        random={(length) => crypto.getRandomValues(new Uint8Array(length))}
        addinVersion={typeof ADDIN_VERSION === "string" ? ADDIN_VERSION : "dev"}
      />,
    );
  };
  const timer = setTimeout(() => {
    if (!started) container.textContent = strings.officeMissing;
  }, READY_TIMEOUT_MS);
  try {
    void Promise.resolve(office.onReady(() => undefined)).then(() => {
      clearTimeout(timer);
      // Office.js in a plain browser tab becomes "ready" with no host and no mailbox: say where the pane works.
      if (!office.context?.mailbox) {
        started = true;
        container.textContent = strings.notInOutlook;
        return;
      }
      render();
    });
  } catch {
    container.textContent = strings.officeMissing;
  }
}

start();
