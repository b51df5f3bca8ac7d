import { makeResetStyles, tokens } from "@fluentui/react-components";
import type { BootText } from "../../i18n/boot";
import { lazy, Suspense, useEffect } from "react";
import { sliceOf } from "../slices";
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

// Reset styles, one class each: see Answer.tsx.
const useMainClass = makeResetStyles({
  display: "flex",
  flexDirection: "column",
  gap: tokens.spacingVerticalL,
  padding: tokens.spacingHorizontalM,
  maxWidth: "720px",
  minWidth: 0,
  boxSizing: "border-box",
  overflowWrap: "anywhere",
});
const useFrameClass = makeResetStyles({ color: tokens.colorNeutralForeground2, margin: 0 });

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
  const styles = { main: useMainClass(), frame: useFrameClass() };
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
  return (
    <TextProvider first={view.t} all={view.text}>
      <main className={styles.main} lang={view.t.locale}>
        <Answer {...sliceOf(view, "answer")} on={on} />
        <ExchangeStatus {...sliceOf(view, "exchangeStatus")} on={on} />
        <CheckList {...sliceOf(view, "checkList")} on={on} />
        <ConfigWarning problems={view.configProblems} />
        {view.verdict && (
          // A part that fails to download or to render takes only itself away, never the answer above.
          <ErrorBoundary title={view.t.app.partFailed}>
            <WithDetails model={view}>
              <Suspense fallback={null}>
                <MeetingPanel {...sliceOf(view, "meetingPanel")} on={on} />
                <ErrorDecoder {...sliceOf(view, "errorDecoder")} on={on} />
                <Footer {...sliceOf(view, "footer")} report={on.report} />
              </Suspense>
            </WithDetails>
          </ErrorBoundary>
        )}
      </main>
    </TextProvider>
  );
}
