import { makeStyles, shorthands, tokens } from "@fluentui/react-components";
import { WarningFilled } from "@fluentui/react-icons";
import { AUDIT_LAYERS } from "../decide";
import type { AuditText } from "../i18n/types";
import type { AuditSummary } from "../rows";
import type { Format } from "./format";

const useStyles = makeStyles({
  list: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(13rem, 1fr))",
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    margin: 0,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    ...shorthands.borderLeft(tokens.strokeWidthThick, "solid", tokens.colorNeutralStroke2),
    paddingInlineStart: tokens.spacingHorizontalS,
  },
  term: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  value: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  alert: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "flex-start",
    marginBlock: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorPaletteDarkOrangeBackground1,
    color: tokens.colorNeutralForeground1,
    ...shorthands.border(tokens.strokeWidthThin, "solid", tokens.colorPaletteDarkOrangeBorder1),
  },
});

export function Summary({ summary, text, format }: { readonly summary: AuditSummary; readonly text: AuditText; readonly format: Format }) {
  const styles = useStyles();
  const t = text.summary;
  const items: [string, string, string][] = [
    ["owners-read", t.ownersRead, format.number(summary.ownersRead)],
    ["owners-failed", t.ownersFailed, format.number(summary.ownersFailed)],
    ["pairs", t.pairs, format.number(summary.pairs)],
    ["problem-pairs", t.problemPairs, format.number(summary.problemPairs)],
    ...AUDIT_LAYERS.map((layer): [string, string, string] => [
      `broken-${layer}`,
      t.brokenIn({ layer: text.layers[layer] }),
      format.number(summary.brokenByLayer[layer]),
    ]),
    ["orphans", t.orphans, format.number(summary.orphans)],
    ["unclear-pairs", t.unclearPairs, format.number(summary.unclearPairs)],
    ...(summary.startedAt ? [["started", t.started, format.date(summary.startedAt)] as [string, string, string]] : []),
    ...(summary.finishedAt ? [["finished", t.finished, format.date(summary.finishedAt)] as [string, string, string]] : []),
    ...(summary.scriptVersion ? [["script-version", t.scriptVersion, summary.scriptVersion] as [string, string, string]] : []),
    ...(summary.throttled !== undefined ? [["throttled", t.throttled, format.number(summary.throttled)] as [string, string, string]] : []),
  ];
  const alerts = [
    ...(summary.finishedAt === null ? [["partial", t.partial]] : []),
    ...(!summary.organizationConfigRead ? [["organization", t.organizationUnread]] : []),
    ...(summary.unreadableOwners > 0 ? [["damaged", t.unreadableOwners({ count: format.number(summary.unreadableOwners) })]] : []),
  ];
  return (
    <section aria-labelledby="audit-summary">
      <h2 id="audit-summary">{t.heading}</h2>
      {alerts.map(([key, sentence]) => (
        <p key={key} className={styles.alert} data-alert={key}>
          <WarningFilled aria-hidden />
          <span>{sentence}</span>
        </p>
      ))}
      <dl className={styles.list}>
        {items.map(([key, term, value]) => (
          <div key={key} className={styles.item} data-summary={key}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.value}>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
