import { makeStyles, Spinner, tokens } from "@fluentui/react-components";
import type { Verdict } from "../../diagnosis/types";
import { strings } from "../strings";

const useStyles = makeStyles({
  root: { minHeight: "88px", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  kind: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, textTransform: "uppercase", letterSpacing: "0.04em" },
  headline: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
    lineHeight: tokens.lineHeightBase400,
  },
  evidence: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
  },
});

/** The top of the pane. `data-delegation` stays empty until the facts are read (scripted checks rely on it). */
export function Summary({ verdict }: { readonly verdict?: Verdict }) {
  const styles = useStyles();
  return (
    <section className={styles.root} data-delegation={verdict?.delegation ?? ""} aria-live="polite" aria-busy={!verdict}>
      {verdict ? (
        <>
          <span className={styles.kind}>{strings.delegation[verdict.delegation]}</span>
          <h2 className={styles.headline}>{verdict.headline}</h2>
          {verdict.delegationEvidence.length > 0 && (
            <ul className={styles.evidence}>
              {verdict.delegationEvidence.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          )}
        </>
      ) : (
        <Spinner size="small" labelPosition="after" label={strings.loading} />
      )}
    </section>
  );
}
