import { WarningFilled } from "@fluentui/react-icons";
import { AUDIT_LAYERS } from "../decide";
import type { AuditText } from "../i18n/types";
import type { AuditSummary } from "../rows";
import type { Format } from "./format";

export function Summary({ summary, text, format }: { readonly summary: AuditSummary; readonly text: AuditText; readonly format: Format }) {
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
        <p key={key} className="audit-alert" data-alert={key}>
          <WarningFilled aria-hidden />
          <span>{sentence}</span>
        </p>
      ))}
      <dl className="audit-summary">
        {items.map(([key, term, value]) => (
          <div key={key} data-summary={key}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
