import { makeStyles, tokens } from "@fluentui/react-components";
import type { BootText } from "../../i18n/boot";
import { lazy, Suspense, useEffect } from "react";
import { TextProvider } from "../text";
import { useTaskpane, type TaskpaneDeps } from "../useTaskpane";
import { Answer } from "./Answer";
import { CheckList } from "./CheckList";
import { ConfigWarning } from "./ConfigWarning";
import { ErrorBoundary } from "./ErrorBoundary";
import { ExchangeStatus } from "./ExchangeStatus";
import { WithDetails } from "./WithDetails";

// Below the first screen: a chunk of its own, fetched as soon as the answer is on screen, side by side
// with the details part of the catalogue its text comes from.
const loadMeetingPanel = () => import(/* webpackChunkName: "panels" */ "./MeetingPanel");
const MeetingPanel = lazy(loadMeetingPanel);
const ErrorDecoder = lazy(() => import(/* webpackChunkName: "panels" */ "./ErrorDecoder"));
const Footer = lazy(() => import(/* webpackChunkName: "panels" */ "./Footer"));

const useStyles = makeStyles({
  main: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalM,
    maxWidth: "720px",
    minWidth: 0,
    boxSizing: "border-box",
    overflowWrap: "anywhere",
  },
  frame: { color: tokens.colorNeutralForeground2, margin: 0 },
});

/**
 * No FluentProvider: the theme Office reported is a style sheet the composition root has already
 * applied to the page (../styles.ts), and Fluent's components need nothing else from a provider here
 * (left-to-right text, the page's own document; focus rings are native :focus-visible).
 */
type AppProps = TaskpaneDeps & {
  /** The words shown before the catalogue arrives, or if it cannot. */
  readonly boot: Pick<BootText, "reading" | "filesMissing" | "crashTitle" | "crashBody">;
};

export function App(props: AppProps) {
  return (
    // Around the pane's state too: facts from Outlook are untrusted, and a throw must not blank the pane.
    <ErrorBoundary title={props.boot.crashTitle} body={props.boot.crashBody} detail>
      <Pane {...props} />
    </ErrorBoundary>
  );
}

function Pane(props: AppProps) {
  const styles = useStyles();
  const { view, on } = useTaskpane(props);
  const answered = view.verdict !== undefined;
  useEffect(() => {
    // The panels wait for the details text; their code need not wait for it too.
    if (answered) void loadMeetingPanel().catch(() => undefined);
  }, [answered]);
  if (!view.t) {
    // Until the catalogue, the facts and the configuration are in: the same words as the page's frame.
    return (
      <main className={styles.main}>
        <section data-delegation="" aria-busy={!view.loadFailed}>
          <p className={styles.frame} data-frame="" role={view.loadFailed ? "alert" : undefined}>
            {view.loadFailed ? props.boot.filesMissing : props.boot.reading}
          </p>
        </section>
      </main>
    );
  }
  const details = { text: view.text, detailsFailed: view.detailsFailed };
  return (
    <TextProvider first={view.t} all={view.text}>
      <main className={styles.main} lang={view.t.locale}>
        <Answer
          verdict={view.verdict}
          answer={view.answer}
          feedback={view.feedback}
          insertBlocked={view.insertBlocked}
          manualLink={view.manualLink}
          meeting={view.meeting}
          busy={view.busy}
          config={view.config}
          on={on}
        />
        <ExchangeStatus
          exchange={view.exchange}
          verdict={view.verdict}
          exchangeText={view.exchangeText}
          evidenceFailed={view.evidenceFailed}
          on={on}
        />
        <CheckList verdict={view.verdict} graph={view.graph} text={view.text} detailsFailed={view.detailsFailed} on={on} />
        <ConfigWarning problems={view.configProblems} />
        {view.verdict && (
          // A part that fails to download or to render takes only itself away, never the answer above.
          <ErrorBoundary title={view.t.app.partFailed}>
            <WithDetails model={details}>
              <Suspense fallback={null}>
                <MeetingPanel
                  verdict={view.verdict}
                  config={view.config}
                  provider={view.provider}
                  busy={view.busy}
                  meeting={view.meeting}
                  answer={view.answer}
                  blockService={view.blockService}
                  insertBlocked={view.insertBlocked}
                  sendCheck={view.sendCheck}
                  on={on}
                />
                <ErrorDecoder
                  decoded={view.decoded}
                  verdict={view.verdict}
                  errorText={view.errorText}
                  pasted={view.pasted}
                  decoderFailed={view.decoderFailed}
                  memory={view.memory}
                  exchangeText={view.exchangeText}
                  on={on}
                />
                <Footer report={on.report} errorText={view.errorText} verdict={view.verdict} config={view.config} />
              </Suspense>
            </WithDetails>
          </ErrorBoundary>
        )}
      </main>
    </TextProvider>
  );
}
