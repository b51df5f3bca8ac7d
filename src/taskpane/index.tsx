import type { ComponentProps } from "react";
import { createRoot } from "react-dom/client";
import { loadOrgConfig } from "../config/load";
import { bootTextOf as bootText } from "../i18n/bootShared";
import { browserLanguage, languageOf, type Language } from "../i18n/language";
import { loadDetailsText, loadFirstScreenText } from "../i18n/load";
import { loadEvidenceKit } from "./evidenceKit";
import { createOutlookGateway, failed, officeGlobal, type BodyGlance, type Outcome } from "../office/gateway";
import { App } from "./components/App";
import { applyTheme, loadPreloadedStyles } from "./styles";
import { ANSWER_WAITS_FOR_BODY_MS } from "./useTaskpane";

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
  const frameText = bootText(browserLanguage()).reading;
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
      const facts = gateway.readFacts();
      // The body with the facts, not after them: the answer's button depends on it.
      const glance = gateway.glanceAtBody();
      // From here Outlook's own language is known; the browser's was only a guess for the frame.
      const boot = { ...bootText(gateway.displayLanguage() ?? browserLanguage()), reading: frameText };
      const language = languageOf(gateway.displayLanguage());
      const text = language === likelyLanguage ? likelyText : loadFirstScreenText(language);
      text.catch(() => undefined); // the pane reports a failure once it asks for the text
      const loadText = (asked: Language) => (asked === language ? text : loadFirstScreenText(asked));
      // A remembered Exchange answer is part of the first answer: its rules download beside the text.
      let earlyEvidence = gateway.remembersAnyEvidence() ? loadEvidenceKit(language) : undefined;
      earlyEvidence?.catch(() => undefined); // the pane reports a failure once it asks for the rules
      const loadEvidence = (asked: Language) => {
        const early = asked === language ? earlyEvidence : undefined;
        earlyEvidence = undefined; // used once: a failed download is asked again, not handed back
        return early ?? loadEvidenceKit(asked);
      };
      const mount = (ready?: Pick<ComponentProps<typeof App>, "initial" | "bodyGlance">) =>
        createRoot(container).render(
          <App
            gateway={gateway}
            facts={facts}
            loadConfig={() => config}
            loadText={loadText}
            loadDetails={loadDetailsText}
            loadEvidence={loadEvidence}
            random={(length) => crypto.getRandomValues(new Uint8Array(length))}
            addinVersion={typeof ADDIN_VERSION === "string" ? ADDIN_VERSION : "dev"}
            boot={boot}
            {...ready}
          />,
        );
      applyTheme(gateway.prefersDarkTheme());
      paneStyles.then(
        () =>
          Promise.all([facts, config, text]).then(
            ([readFacts, readConfig, firstText]) =>
              void withinAnswerWait(glance).then((bodyGlance) =>
                mount({ initial: { facts: readFacts, config: readConfig, text: firstText }, bodyGlance }),
              ),
            // The text did not download: the pane says so in its own words.
            () => mount(),
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

/** The first look at the body, or why the answer did not wait for it any longer. */
function withinAnswerWait(glance: Promise<Outcome<BodyGlance>>): Promise<Outcome<BodyGlance>> {
  const late = failed(`body.getAsync did not answer within ${ANSWER_WAITS_FOR_BODY_MS} ms`, undefined, "timed-out");
  return Promise.race([
    glance.catch((error: unknown) => failed(String(error))),
    new Promise<Outcome<BodyGlance>>((resolve) => setTimeout(() => resolve(late), ANSWER_WAITS_FOR_BODY_MS)),
  ]);
}

start();
