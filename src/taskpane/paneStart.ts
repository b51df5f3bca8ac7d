/**
 * What the pane does the moment Office is ready, up to the one render that shows the answer. The page
 * (index.tsx) and the component tests (test/support/renderPane.tsx) both start through here, so the
 * tests take the path users take and cannot drift from it.
 *
 * Everything that takes time starts at once: Outlook's facts and a first look at the body, the
 * first-screen words of Outlook's language (those already asked for in the browser's language when it
 * is the same), and, when roaming settings remember an Exchange answer for some pair, its rules beside
 * the words, so a remembered answer is in the first answer.
 */
import type { BootText } from "../i18n/boot";
import { bootTextOf } from "../i18n/bootShared";
import { languageOf, type Language } from "../i18n/language";
import type { FirstScreenMessages } from "../i18n/messages";
import { failed, type BodyGlance, type OutlookGateway, type Outcome } from "../office/gateway";
import type { TaskpaneDeps } from "./controller/paneController";
import { ANSWER_WAITS_FOR_BODY_MS } from "./useTaskpane";

export interface StartInputs {
  readonly gateway: OutlookGateway;
  readonly config: ReturnType<TaskpaneDeps["loadConfig"]>;
  /** The browser's language tag: the frame's words, and Outlook's words when Outlook does not say. */
  readonly browserLanguage: string | undefined;
  readonly loadText: TaskpaneDeps["loadText"];
  readonly loadEvidence: TaskpaneDeps["loadEvidence"];
  /** First-screen words already being downloaded (the browser's language), used if Outlook speaks it. */
  readonly likely?: { readonly language: Language; readonly text: Promise<FirstScreenMessages> };
}

/** The pane's start, with what its first render needs once ready() settles. */
export interface PaneStart {
  readonly facts: Promise<Awaited<ReturnType<OutlookGateway["readFacts"]>>>;
  /** Outlook's language's boot words, keeping the frame's "Reading Outlook…" as the frame showed it. */
  readonly boot: BootText;
  readonly loadText: TaskpaneDeps["loadText"];
  readonly loadEvidence: TaskpaneDeps["loadEvidence"];
  /**
   * Mounts the pane once the facts, configuration and words for its first render are in, with the
   * body's first look (within the answer's wait, which starts then); without them when the words did
   * not download, so the pane says so in its own words. Called once the page can render (its styles
   * are in). `mount` gets every prop of the pane that comes from this start, so the production page
   * and the tests hand the pane the same ones.
   */
  mountWhenReady(mount: (props: StartProps) => void): Promise<void>;
}

/** The pane's props that come from its start: the reads under way, the boot words, and once ready their results. */
export type StartProps = Pick<PaneStart, "facts" | "boot" | "loadText" | "loadEvidence"> & Pick<TaskpaneDeps, "initial" | "bodyGlance">;

export function beginPane(inputs: StartInputs): PaneStart {
  const { gateway, config } = inputs;
  const facts = gateway.readFacts();
  // The body with the facts, not after them: the answer's button depends on it.
  const glance = gateway.glanceAtBody();
  // From here Outlook's own language is known; the browser's was only a guess for the frame.
  const boot = { ...bootTextOf(gateway.displayLanguage() ?? inputs.browserLanguage), reading: bootTextOf(inputs.browserLanguage).reading };
  const language = languageOf(gateway.displayLanguage());
  const text = inputs.likely?.language === language ? inputs.likely.text : inputs.loadText(language);
  text.catch(() => undefined); // the pane reports a failure once it asks for the text
  const loadText = (asked: Language) => (asked === language ? text : inputs.loadText(asked));
  let earlyEvidence = gateway.remembersAnyEvidence() ? inputs.loadEvidence(language) : undefined;
  earlyEvidence?.catch(() => undefined); // the pane reports a failure once it asks for the rules
  const loadEvidence = (asked: Language) => {
    const early = asked === language ? earlyEvidence : undefined;
    earlyEvidence = undefined; // used once: a failed download is asked again, not handed back
    return early ?? inputs.loadEvidence(asked);
  };
  const started = { facts, boot, loadText, loadEvidence };
  const mountWhenReady = (mount: (props: StartProps) => void) =>
    Promise.all([facts, config, text]).then(
      ([readFacts, readConfig, firstText]) =>
        withinAnswerWait(glance).then((bodyGlance) =>
          mount({ ...started, initial: { facts: readFacts, config: readConfig, text: firstText }, bodyGlance }),
        ),
      () => mount(started),
    );
  return { ...started, mountWhenReady };
}

/** The first look at the body, or why the answer did not wait for it any longer. */
function withinAnswerWait(glance: Promise<Outcome<BodyGlance>>): Promise<Outcome<BodyGlance>> {
  const late = failed(`body.getAsync did not answer within ${ANSWER_WAITS_FOR_BODY_MS} ms`, undefined, "timed-out");
  return Promise.race([
    glance.catch((error: unknown) => failed(String(error))),
    new Promise<Outcome<BodyGlance>>((resolve) => setTimeout(() => resolve(late), ANSWER_WAITS_FOR_BODY_MS)),
  ]);
}
