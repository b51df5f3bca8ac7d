import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, makeStyles, tokens } from "@fluentui/react-components";
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
    <article className={styles.card} data-check={check.id} data-status={check.status} aria-labelledby={headingId}>
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
        <Accordion collapsible defaultOpenItems={needsFixing ? ["fix"] : []}>
          <AccordionItem value="fix">
            <AccordionHeader size="small">{strings.howToFix}</AccordionHeader>
            <AccordionPanel>
              <RemedyList remedies={check.remedies} />
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      )}
    </article>
  );
}
