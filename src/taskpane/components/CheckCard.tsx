import { makeStyles, tokens } from "@fluentui/react-components";
import type { Check } from "../../diagnosis/types";
import { strings } from "../strings";
import { RemedyList } from "./RemedyList";
import { StatusBadge } from "./StatusBadge";

const useStyles = makeStyles({
  card: {
    borderTopWidth: "1px",
    borderTopStyle: "solid",
    borderTopColor: tokens.colorNeutralStroke2,
    paddingBlock: tokens.spacingVerticalS,
  },
  head: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-start", justifyContent: "space-between", flexWrap: "wrap" },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
    flex: "1 1 150px",
  },
  fix: { marginBlockStart: tokens.spacingVerticalXS },
  summary: {
    cursor: "pointer",
    color: tokens.colorBrandForegroundLink,
    fontWeight: tokens.fontWeightSemibold,
    paddingBlock: tokens.spacingVerticalXS,
    ":focus-visible": { outlineWidth: "2px", outlineStyle: "solid", outlineColor: tokens.colorStrokeFocus2 },
  },
  evidence: {
    margin: `${tokens.spacingVerticalXS} 0`,
    paddingInlineStart: tokens.spacingHorizontalL,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
  },
});

export function CheckCard({ check }: { readonly check: Check }) {
  const styles = useStyles();
  const headingId = `check-${check.id}-title`;
  const needsFixing = check.status === "missing" || check.status === "partial";
  return (
    <article
      className={styles.card}
      data-check={check.id}
      data-status={check.status}
      data-service={check.service?.kind}
      aria-labelledby={headingId}
    >
      <div className={styles.head}>
        <h3 id={headingId} className={styles.title}>
          {check.title}
        </h3>
        <StatusBadge status={check.status} />
      </div>
      {check.evidence.length > 0 && (
        <ul className={styles.evidence} aria-label={strings.evidenceLabel}>
          {check.evidence.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
      {check.remedies.length > 0 && (
        // Native <details>: keyboard and screen-reader support for free, and no animation library to download.
        <details className={styles.fix} open={needsFixing}>
          <summary className={styles.summary}>{strings.howToFix}</summary>
          <RemedyList remedies={check.remedies} />
        </details>
      )}
    </article>
  );
}
