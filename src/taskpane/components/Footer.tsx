import { makeStyles, tokens } from "@fluentui/react-components";
import { memo, useEffect, useState } from "react";
import { helpdeskFor } from "../../config/helpdesk";
import type { Slice } from "../slices";
import { useText } from "../text";
import { CopyButton } from "./CopyButton";
import { LiveRegion } from "./LiveRegion";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  note: { margin: 0, color: tokens.colorNeutralForeground2, overflowWrap: "anywhere", fontSize: tokens.fontSizeBase200 },
  toggle: { cursor: "pointer", color: tokens.colorBrandForegroundLink },
  record: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    backgroundColor: tokens.colorNeutralBackground3,
    padding: tokens.spacingHorizontalS,
    margin: `${tokens.spacingVerticalXS} 0 0`,
  },
});

/** What the report says changes with the pasted text and the verdict; `report` builds it (a stable command). */
type FooterProps = Slice<"footer"> & { readonly report: () => Promise<string> };

/** The complete technical record: the report for IT, to copy or to read under "Technical details". */
function Footer({ report, errorText, verdict, config }: FooterProps) {
  const t = useText();
  const helpdesk = helpdeskFor(config, t.locale);
  const styles = useStyles();
  const [copied, setCopied] = useState<boolean>();
  const [record, setRecord] = useState<string>();
  const [open, setOpen] = useState(false);
  // The confirmation is about the report as it was: a new pasted error (or a new verdict) makes it stale.
  useEffect(() => setCopied(undefined), [errorText, verdict]);
  // Built when the record is opened, and again only when what it reports changes while it is open.
  useEffect(() => {
    if (!open) return;
    let current = true;
    void report().then(
      (text) => current && setRecord(text),
      () => current && setRecord(t.actions.failed),
    );
    return () => {
      current = false;
    };
  }, [open, report, errorText, verdict, t]);
  return (
    <footer className={styles.root}>
      <div className={styles.buttons}>
        <CopyButton appearance="secondary" text={report} contentKey={errorText} onCopied={setCopied}>
          {t.actions.copyReport}
        </CopyButton>
      </div>
      <LiveRegion>
        {copied !== undefined && <p className={styles.note}>{copied ? t.actions.reportCopied : t.actions.copyFailed}</p>}
      </LiveRegion>
      {helpdesk && <p className={styles.note}>{t.actions.helpdesk({ contact: helpdesk })}</p>}
      <details onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)} data-technical="">
        <summary className={styles.toggle}>{t.checks.technical}</summary>
        {open && record !== undefined && (
          <pre className={styles.record} translate="no">
            {record}
          </pre>
        )}
      </details>
    </footer>
  );
}

export default memo(Footer);
