import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { MailRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { copyText } from "../clipboard";
import type { TaskpaneModel } from "../useTaskpane";
import { strings } from "../strings";
import { LiveRegion } from "./LiveRegion";
import { Notice } from "./Notice";
import { CopyButton } from "./CopyButton";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  helpdesk: { margin: 0, color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
});

export function ActionsPanel({ model }: { readonly model: TaskpaneModel }) {
  const styles = useStyles();
  const [message, setMessage] = useState<string>();
  const { verdict, config } = model;
  const ownerName = verdict?.delegation === "delegate" ? verdict.owner?.displayName : undefined;
  const needsOwner = verdict?.delegation === "delegate" && verdict.checks.some((c) => c.status !== "granted" && c.status !== "not-needed");

  const ask = async () => {
    const result = await model.askOwner();
    if (result === "opened") return setMessage(strings.askOwnerOpened);
    const copied = await copyText(model.ownerRequestText());
    setMessage(copied ? strings.askOwnerCopied : strings.copyFailed);
  };

  return (
    <section className={styles.root} aria-labelledby="actions-heading">
      <h2 id="actions-heading" className={styles.heading}>
        {strings.actionsHeading}
      </h2>
      <div className={styles.buttons}>
        {needsOwner && (
          <Button icon={<MailRegular />} onClick={() => void ask()}>
            {ownerName ? strings.askOwner(shorten(ownerName, 40)) : strings.askOwnerGeneric}
          </Button>
        )}
        <CopyButton
          appearance="secondary"
          text={model.report}
          onCopied={(ok) => setMessage(ok ? strings.reportCopied : strings.copyFailed)}
        >
          {strings.copyReport}
        </CopyButton>
      </div>
      <LiveRegion>{message && <Notice intent="info">{message}</Notice>}</LiveRegion>
      {config?.helpdesk && <p className={styles.helpdesk}>{strings.helpdesk(config.helpdesk)}</p>}
    </section>
  );
}

/** Display names can be hundreds of characters; a button label must stay one readable line. */
function shorten(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max - 1).join("")}…` : text;
}
