import { forwardRef } from "react";
import { CopyButton } from "../../taskpane/components/CopyButton";
import { RemedyList } from "../../taskpane/components/RemedyList";
import { StatusBadge } from "../../taskpane/components/StatusBadge";
import type { Messages } from "../../i18n/messages";
import { AUDIT_LAYERS, REASON_LAYER, type AuditLayer } from "../decide";
import { fixesFor, orphanListing } from "../fixes";
import type { AuditText } from "../i18n/types";
import type { AuditRow, PairRow } from "../rows";

interface Props {
  readonly row: AuditRow | undefined;
  readonly text: AuditText;
  readonly pane: Messages;
}

/** The selected row: each layer with why, and the pane's fix commands for what is broken. Focusable, so Enter on a row lands here. */
export const Detail = forwardRef<HTMLElement, Props>(function Detail({ row, text, pane }, ref) {
  return (
    <section ref={ref} tabIndex={-1} aria-labelledby="audit-detail" className="audit-detail" data-audit-detail>
      <h2 id="audit-detail">{text.detail.heading}</h2>
      {!row ? (
        <p>{text.detail.pick}</p>
      ) : row.kind === "failed" ? (
        <Failed row={row} text={text} />
      ) : (
        <Pair row={row} text={text} pane={pane} />
      )}
    </section>
  );
});

function Failed({ row, text }: { readonly row: Extract<AuditRow, { kind: "failed" }>; readonly text: AuditText }) {
  return (
    <div data-detail-owner={row.owner}>
      <h3>{text.detail.notReadHeading}</h3>
      <p>{row.owner}</p>
      <p>
        {text.detail.exchangeMessage}
        {row.error.cmdlet ? ` (${row.error.cmdlet})` : ""}
      </p>
      <pre className="audit-command" translate="no" data-error>
        {row.error.message}
      </pre>
      <p>{text.detail.notReadFix}</p>
    </div>
  );
}

function Pair({ row, text, pane }: { readonly row: PairRow; readonly text: AuditText; readonly pane: Messages }) {
  const { people, decision } = row;
  const fixes = fixesFor(row, pane);
  const orphan = decision.reasons.includes("orphan") ? orphanListing(row, pane) : undefined;
  const reasonsOf = (layer: AuditLayer) => decision.reasons.filter((r) => REASON_LAYER[r] === layer);
  const general = decision.reasons.filter((r) => r === "unreadable");
  const owner = people.ownerName ?? row.owner;
  return (
    <div data-detail-owner={row.owner} data-detail-delegate={people.delegate}>
      <h3>
        {owner} → {people.delegateName ?? people.delegate}
      </h3>
      <p className="audit-sub">
        {row.owner} → {people.delegateAddress ?? people.delegate}
      </p>
      {general.map((r) => (
        <p key={r} data-reason={r}>
          {text.reasons[r]}
        </p>
      ))}
      <ul className="audit-layers">
        {AUDIT_LAYERS.map((layer) => (
          <li key={layer} data-detail-layer={layer}>
            <div className="audit-layer">
              <strong>{text.layers[layer]}</strong>
              <StatusBadge status={decision[layer]} />
            </div>
            {layer === "calendar" && decision.accessRights ? (
              <div className="audit-sub">
                {text.detail.rights({
                  rights: [decision.accessRights.join(", "), ...(decision.sharingPermissionFlags ?? [])].join(" · "),
                })}
              </div>
            ) : null}
            <ul className="audit-reasons">
              {reasonsOf(layer).map((r) => (
                <li key={r} data-reason={r}>
                  {text.reasons[r]}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {orphan ? (
        <section data-fix="orphan">
          <h3>{text.detail.fixes({ layer: text.layers.sending })}</h3>
          <p>{text.detail.orphanFix}</p>
          <pre className="audit-command" translate="no" data-command="exchange-powershell">
            {orphan.text}
          </pre>
          <CopyButton
            text={() => orphan.text}
            label={pane.labelled({ label: pane.actions.copy, text: orphan.purpose })}
            contentKey={orphan.text}
          />
        </section>
      ) : null}
      {fixes.map((fix) => (
        <section key={fix.layer} data-fix={fix.layer}>
          <h3>{text.detail.fixes({ layer: text.layers[fix.layer] })}</h3>
          <RemedyList remedies={fix.remedies} owner={owner} />
        </section>
      ))}
      {fixes.length === 0 && !orphan ? <p>{text.detail.nothingToFix}</p> : null}
    </div>
  );
}
