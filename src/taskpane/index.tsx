import { createRoot } from "react-dom/client";
import { loadOrgConfig } from "../config/load";
import { bootText, browserLanguage } from "../i18n/boot";
import { languageOf, type Language } from "../i18n/language";
import { loadDetailsText, loadFirstScreenText } from "../i18n/load";
import { createOutlookGateway, officeGlobal } from "../office/gateway";
import { App } from "./components/App";
import { loadPreloadedStyles, loadTheme } from "./styles";

declare const ADDIN_VERSION: string | undefined;

/** Office.onReady never fires when Office.js failed to load or the page is opened outside Outlook. */
const READY_TIMEOUT_MS = 10_000;

/**
 * The composition root. Everything that takes time starts at once, in parallel: the organisation's
 * configuration now, Outlook's facts the moment Office is ready (before React mounts), and the
 * catalogue of Outlook's display language and the theme Office shows, with the components' styles
 * the page preloads; the page's static frame stays on screen until both style sheets apply and React
 * renders in its place.
 */
function start(): void {
  const container = document.getElementById("container");
  if (!container) return;
  const frameText = bootText(browserLanguage()).reading;
  const office = officeGlobal();
  if (!office || typeof office.onReady !== "function") {
    container.textContent = bootText(browserLanguage()).officeMissing;
    return;
  }
  const config = loadOrgConfig();
  // The components' styles are already downloading (preloaded by the page); applying them now
  // means the first render finds them in place.
  const paneStyles = loadPreloadedStyles();
  paneStyles.catch(() => undefined); // reported once the first render waits for it
  let settled = false;
  const timer = setTimeout(() => {
    if (!settled) container.textContent = bootText(browserLanguage()).officeMissing;
  }, READY_TIMEOUT_MS);
  try {
    void Promise.resolve(office.onReady(() => undefined)).then(() => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      // Office.js in a plain browser tab becomes "ready" with no host and no mailbox: say where the pane works.
      if (!office.context?.mailbox) {
        container.textContent = bootText(browserLanguage()).notInOutlook;
        return;
      }
      const gateway = createOutlookGateway(office);
      const facts = gateway.readFacts();
      // From here Outlook's own language is known; the browser's was only a guess for the frame.
      const boot = { ...bootText(gateway.displayLanguage() ?? browserLanguage()), reading: frameText };
      // The language and the theme download side by side, not one after the other.
      const language = languageOf(gateway.displayLanguage());
      const text = loadFirstScreenText(language);
      text.catch(() => undefined); // the pane reports a failure once it asks for the text
      const loadText = (asked: Language) => (asked === language ? text : loadFirstScreenText(asked));
      Promise.all([loadTheme(gateway.prefersDarkTheme()), paneStyles]).then(
        () =>
          createRoot(container).render(
            <App
              gateway={gateway}
              facts={facts}
              loadConfig={() => config}
              loadText={loadText}
              loadDetails={loadDetailsText}
              random={(length) => crypto.getRandomValues(new Uint8Array(length))}
              addinVersion={typeof ADDIN_VERSION === "string" ? ADDIN_VERSION : "dev"}
              boot={boot}
            />,
          ),
        () => {
          container.textContent = boot.filesMissing;
        },
      );
    });
  } catch {
    container.textContent = bootText(browserLanguage()).officeMissing;
  }
}

start();
