import { Divider, FluentProvider, makeStyles, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { strings } from "../strings";
import { useTaskpane, type TaskpaneDeps } from "../useTaskpane";
import { ActionsPanel } from "./ActionsPanel";
import { CheckCard } from "./CheckCard";
import { ConfigWarning } from "./ConfigWarning";
import { ErrorBoundary } from "./ErrorBoundary";
import { ErrorDecoder } from "./ErrorDecoder";
import { MeetingPanel } from "./MeetingPanel";
import { Summary } from "./Summary";

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
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  checks: { minHeight: "120px" },
});

export function App(props: TaskpaneDeps) {
  const dark = props.gateway.prefersDarkTheme();
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} className={useStyles().provider}>
      <ErrorBoundary>
        <Pane {...props} />
      </ErrorBoundary>
    </FluentProvider>
  );
}

function Pane(props: TaskpaneDeps) {
  const styles = useStyles();
  const model = useTaskpane(props);
  const { verdict } = model;
  return (
    <main className={styles.main}>
      <Summary verdict={verdict} />
      <ConfigWarning problems={model.configProblems} />
      <MeetingPanel model={model} />
      {verdict && verdict.checks.length > 0 && (
        <section className={styles.checks} aria-labelledby="checks-heading">
          <h2 id="checks-heading" className={styles.heading}>
            {strings.checksHeading}
          </h2>
          {verdict.checks.map((check) => (
            <CheckCard key={check.id} check={check} />
          ))}
        </section>
      )}
      <Divider />
      <ErrorDecoder model={model} />
      <ActionsPanel model={model} />
    </main>
  );
}
