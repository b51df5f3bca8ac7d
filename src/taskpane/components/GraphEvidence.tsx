import { makeStyles, tokens } from "@fluentui/react-components";
import { shortNameOf } from "../../diagnosis/address";
import { calendarAgreement, graphConclusions, type GraphEvidence as Evidence, type GraphReading } from "../../diagnosis/evidence/graph";
import type { Check, Verdict } from "../../diagnosis/types";
import type { Messages } from "../../i18n/messages";
import { useText } from "../text";
import { useGraphCheck, type GraphRequest } from "../useGraphCheck";
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
 * Microsoft 365's answer about the owner's calendar, beside Outlook's evidence and never in its
 * place: the check's status stays Outlook's (see calendarAgreement). Every value is rendered as text.
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
  const { state, check: ask } = useGraphCheck(request);
  const reading = state.kind === "done" ? state.reading : undefined;
  if (check.id === "online-meeting-delegate") {
    // Only the Teams fact belongs here, and only once Graph answered for this owner.
    if (reading?.kind !== "evidence" || reading.evidence.teams === "unknown" || check.service?.kind !== "teams") return null;
    return (
      <div className={styles.root} data-graph-evidence={check.id}>
        <p className={styles.text}>{sourceLine(t, reading.evidence)}</p>
        <ul className={styles.lines}>
          <li>{reading.evidence.teams === "allowed" ? t.graph.teamsAllowed({ owner }) : t.graph.teamsNotAllowed({ owner })}</li>
        </ul>
      </div>
    );
  }
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
      {reading ? <Reading reading={reading} check={check} owner={owner} /> : <p className={styles.text}>{t.graph.intro({ owner })}</p>}
      <PaneButton size="small" onClick={ask} disabled={state.kind === "checking"} aria-busy={state.kind === "checking"}>
        {state.kind === "checking" ? t.graph.checking : reading ? t.graph.again : t.graph.check}
      </PaneButton>
    </div>
  );
}

function Reading({ reading, check, owner }: { readonly reading: GraphReading; readonly check: Check; readonly owner: string }) {
  const t = useText();
  const styles = useStyles();
  switch (reading.kind) {
    case "evidence": {
      const { evidence } = reading;
      const conclusions = graphConclusions(evidence);
      const lines = [
        evidence.canEdit ? t.graph.canEdit({ owner }) : t.graph.cannotEdit({ owner }),
        evidence.delegate === "yes" ? t.graph.delegate({ owner }) : t.graph.delegateNotShown,
        ...(evidence.teams === "allowed" ? [t.graph.teamsAllowed({ owner })] : []),
        ...(evidence.teams === "not-allowed" ? [t.graph.teamsNotAllowed({ owner })] : []),
        t.graph.notShown,
        ...(calendarAgreement(check.status, conclusions) === "disagrees" ? [t.graph.disagree] : []),
      ];
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

function sourceLine(t: Messages, evidence: Evidence): string {
  const date = new Intl.DateTimeFormat(t.locale, { day: "numeric", month: "long", hour: "2-digit", minute: "2-digit" }).format(
    new Date(evidence.checkedAt),
  );
  return t.graph.source({ date });
}
