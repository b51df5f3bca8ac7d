import { FluentProvider, makeStyles, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { lazy, Suspense } from "react";
import { TextProvider } from "../text";
import { useTaskpane, type TaskpaneDeps } from "../useTaskpane";
import { Answer } from "./Answer";
import { CheckList } from "./CheckList";
import { ConfigWarning } from "./ConfigWarning";
import { ErrorBoundary } from "./ErrorBoundary";

// Below the first screen: each a chunk of its own, fetched as soon as the answer is on screen.
const MeetingPanel = lazy(() => import(/* webpackChunkName: "panels" */ "./MeetingPanel"));
const ErrorDecoder = lazy(() => import(/* webpackChunkName: "panels" */ "./ErrorDecoder"));
const Footer = lazy(() => import(/* webpackChunkName: "panels" */ "./Footer"));

const useStyles = makeStyles({
  provider: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1 },
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

export function App(props: TaskpaneDeps & { readonly frameText: string }) {
  const dark = props.gateway.prefersDarkTheme();
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} className={useStyles().provider}>
      <Pane {...props} />
    </FluentProvider>
  );
}

function Pane(props: TaskpaneDeps & { readonly frameText: string }) {
  const styles = useStyles();
  const model = useTaskpane(props);
  if (!model.t) {
    // Until the catalogue, the facts and the configuration are in: the same words as the page's frame.
    return (
      <main className={styles.main}>
        <section data-delegation="" aria-busy="true">
          <p className={styles.frame} data-frame="">
            {props.frameText}
          </p>
        </section>
      </main>
    );
  }
  return (
    <TextProvider text={model.t}>
      <ErrorBoundary text={model.t}>
        <main className={styles.main} lang={model.t.locale}>
          <Answer model={model} />
          <CheckList model={model} />
          <ConfigWarning problems={model.configProblems} />
          {model.verdict && (
            <Suspense fallback={null}>
              <MeetingPanel model={model} />
              <ErrorDecoder model={model} />
              <Footer model={model} />
            </Suspense>
          )}
        </main>
      </ErrorBoundary>
    </TextProvider>
  );
}
