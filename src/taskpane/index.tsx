import { createRoot } from "react-dom/client";
import { loadOrgConfig } from "../config/load";
import { bootTextOf as bootText } from "../i18n/bootShared";
import { browserLanguage, languageOf } from "../i18n/language";
import { loadDetailsText, loadFirstScreenText } from "../i18n/load";
import { loadEvidenceKit } from "./evidenceKit";
import { createOutlookGateway, officeGlobal } from "../office/gateway";
import { App } from "./components/App";
import { applyTheme, loadPreloadedStyles } from "./styles";
import { beginPane, type StartProps } from "./paneStart";

declare const ADDIN_VERSION: string | undefined;

/** Office.onReady never fires when Office.js failed to load or the page is opened outside Outlook. */
const READY_TIMEOUT_MS = 10_000;

/**
 * The composition root. Everything that takes time starts at once, in parallel: the organisation's
 * configuration and the first-screen text of the browser's language (most often Outlook's) now;
 * Outlook's facts and a first look at the body the moment Office is ready (ready.js has already told
 * Office the pane is there); the catalogue of Outlook's display language if it is another one. The
 * components' styles and both themes are preloaded by the page; Office's answer only says which theme
 * applies. The page's static frame stays on screen until all of that is in and React renders the
 * answer in its place, in one render.
 */
function start(): void {
  const container = document.getElementById("container");
  if (!container) return;
  const office = officeGlobal();
  if (!office || typeof office.onReady !== "function") {
    container.textContent = bootText(browserLanguage()).officeMissing;
    return;
  }
  const config = loadOrgConfig();
  const likelyLanguage = languageOf(browserLanguage());
  const likelyText = loadFirstScreenText(likelyLanguage);
  likelyText.catch(() => undefined); // used only if Outlook speaks this language; it reports its own failure
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
      const pane = beginPane({
        gateway,
        config,
        browserLanguage: browserLanguage(),
        loadText: loadFirstScreenText,
        loadEvidence: loadEvidenceKit,
        likely: { language: likelyLanguage, text: likelyText },
      });
      const mount = (started: StartProps) =>
        createRoot(container).render(
          <App
            gateway={gateway}
            loadConfig={() => config}
            loadDetails={loadDetailsText}
            random={(length) => crypto.getRandomValues(new Uint8Array(length))}
            addinVersion={typeof ADDIN_VERSION === "string" ? ADDIN_VERSION : "dev"}
            {...started}
          />,
        );
      applyTheme(gateway.prefersDarkTheme());
      paneStyles.then(
        () => void pane.mountWhenReady(mount),
        () => {
          container.textContent = pane.boot.filesMissing;
        },
      );
    });
  } catch {
    container.textContent = bootText(browserLanguage()).officeMissing;
  }
}

start();
