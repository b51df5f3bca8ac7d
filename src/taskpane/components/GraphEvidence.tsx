import { makeStyles, tokens } from "@fluentui/react-components";
import { shortNameOf } from "../../diagnosis/address";
import type { GraphEvidence as Evidence, GraphReading } from "../../diagnosis/evidence/graph";
import type { Check, Verdict } from "../../diagnosis/types";
import type { Messages } from "../../i18n/messages";
import { useText } from "../text";
import type { GraphRequest } from "../useTaskpane";
import { PaneButton } from "./PaneButton";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXS,
    margin: `${tokens.spacingVerticalS} 0`,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  lines: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2 },
  text: { margin: 0 },
});

/**
 * "Check with Microsoft 365" under the calendar check, and what Graph showed that no check carries
 * (whether it proves a delegate, what it cannot show). What it says about writing to the calendar and
 * about Teams is in the checks' own evidence, where the merge rule put it (evidence/merge.ts, rule 7).
 * Every value is rendered as text.
 */
export function GraphEvidence({
  request,
  check,
  verdict,
}: {
  readonly request: GraphRequest;
  readonly check: Check;
  readonly verdict: Verdict | undefined;
}) {
  const t = useText();
  const styles = useStyles();
  const owner = shortNameOf(verdict?.owner, t.people.owner);
  const { state, check: ask } = request;
  const reading = state.kind === "done" ? state.reading : undefined;
  if (check.id !== "calendar-editor") return null;
  if (!request.nestedAppAuth) {
    return (
      <div className={styles.root} data-graph="unsupported">
        <p className={styles.text}>{t.graph.unsupported}</p>
      </div>
    );
  }
  return (
    <div className={styles.root} data-graph={reading ? resultOf(reading) : state.kind} aria-live="polite">
      <h4 className={styles.heading}>{t.graph.heading}</h4>
      {reading ? <Reading reading={reading} owner={owner} /> : <p className={styles.text}>{t.graph.intro({ owner })}</p>}
      <PaneButton size="small" onClick={ask} disabled={state.kind === "checking"} aria-busy={state.kind === "checking"}>
        {state.kind === "checking" ? t.graph.checking : reading ? t.graph.again : t.graph.check}
      </PaneButton>
    </div>
  );
}

function Reading({ reading, owner }: { readonly reading: GraphReading; readonly owner: string }) {
  const t = useText();
  const styles = useStyles();
  switch (reading.kind) {
    case "evidence": {
      const { evidence } = reading;
      // canEdit and the Teams fact are in the checks' evidence above; these are what no check carries.
      const lines = [evidence.delegate === "yes" ? t.graph.delegate({ owner }) : t.graph.delegateNotShown, t.graph.notShown];
      return (
        <>
          <p className={styles.text} data-graph-source="">
            {sourceLine(t, evidence)}
          </p>
          <ul className={styles.lines}>
            {lines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </>
      );
    }
    case "other-owner":
      return <p className={styles.text}>{t.graph.otherOwner({ calendar: reading.owner })}</p>;
    case "no-access":
      return <p className={styles.text}>{t.graph.noAccess({ owner })}</p>;
    case "claims-challenge":
    case "unknown":
      // A challenge reaches the pane only if the adapter stopped retrying: Graph refused twice.
      return (
        <p className={styles.text}>
          {t.graph.unknown({ reason: t.graph.why[reading.kind === "unknown" ? reading.why : "still-unauthorized"] })}
        </p>
      );
  }
}

/** data-graph's value: what the answer was, for scripts and tests ("evidence", "no-access", "unknown:throttled"). */
function resultOf(reading: GraphReading): string {
  return reading.kind === "unknown" ? `unknown:${reading.why}` : reading.kind;
}

/** The day as the checks' own Graph lines write it, with the time: one answer, one way of dating it. */
function sourceLine(t: Messages, evidence: Evidence): string {
  return t.graph.source({ at: evidence.checkedAt });
}
