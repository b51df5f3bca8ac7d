import { makeStyles, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import { shortNameOf } from "../../diagnosis/address";
import { remediesFor } from "../../diagnosis/remedies";
import { sourcesFor } from "../../diagnosis/sources";
import type { Check, Verdict } from "../../diagnosis/types";
import { checkEvidence } from "../../i18n/evidenceWords";
import type { OutsideSay } from "../../i18n/outsideWords";
import { useText } from "../text";
import type { GraphRequest } from "../useTaskpane";
import { GraphEvidence } from "./GraphEvidence";
import { RemedyList } from "./RemedyList";
import { SourceLinks } from "./SourceLinks";

const useStyles = makeStyles({
  evidence: {
    margin: `${tokens.spacingVerticalXS} 0`,
    paddingInlineStart: tokens.spacingHorizontalL,
    color: tokens.colorNeutralForeground2,
  },
  heading: {
    margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
});

/** What a check saw, who can fix it and how, and the documents it rests on: opened on demand. */
export default function CheckDetails({
  check,
  verdict,
  outside,
  open,
  graph,
}: {
  readonly check: Check;
  /** The verdict the check belongs to: whom its remedies are written for. */
  readonly verdict: Verdict | undefined;
  /** How the lines Exchange and Graph gave are said. */
  readonly outside: OutsideSay | undefined;
  readonly open: (url: string) => boolean;
  /** "Check with Microsoft 365", where the organisation turned it on. */
  readonly graph?: GraphRequest | undefined;
}) {
  const t = useText();
  const styles = useStyles();
  const parties = verdict?.parties;
  const remedies = useMemo(() => (parties ? remediesFor(check, parties, t) : []), [check, parties, t]);
  const evidence = checkEvidence(check, shortNameOf(parties?.owner, t.people.owner), t, outside);
  return (
    <div data-check-details={check.id}>
      {evidence.length > 0 && (
        <ul className={styles.evidence}>
          {evidence.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
      {graph && <GraphEvidence request={graph} check={check} verdict={verdict} />}
      {remedies.length > 0 && (
        <>
          <h4 className={styles.heading}>{t.checks.whoDoesWhat}</h4>
          <RemedyList remedies={remedies} owner={shortNameOf(verdict?.owner, t.people.owner)} />
        </>
      )}
      <SourceLinks sources={sourcesFor(check)} open={open} />
    </div>
  );
}
