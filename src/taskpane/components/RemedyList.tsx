import { makeStyles, tokens } from "@fluentui/react-components";
import type { Remedy, RemedyStep } from "../../diagnosis/types";
import { useText } from "../text";
import { CopyButton } from "./CopyButton";

const useStyles = makeStyles({
  remedy: { marginBlockEnd: tokens.spacingVerticalM },
  steps: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  step: { marginBlockEnd: tokens.spacingVerticalS },
  where: { fontWeight: tokens.fontWeightSemibold, display: "block" },
  command: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    margin: `${tokens.spacingVerticalXS} 0`,
  },
});

/** Who does what: the owner's clicks per Outlook client, IT's commands (with the real addresses), notes. */
export function RemedyList({ remedies, owner }: { readonly remedies: readonly Remedy[]; readonly owner: string }) {
  const t = useText();
  const styles = useStyles();
  const actor = (remedy: Remedy) => (remedy.actor === "owner" ? t.actor.owner({ owner }) : t.actor[remedy.actor]);
  return (
    <div>
      {remedies.map((remedy, index) => (
        <section key={index} className={styles.remedy} data-actor={remedy.actor}>
          <div>{t.labelled({ label: actor(remedy), text: remedy.summary })}</div>
          <ul className={styles.steps}>
            {remedy.steps.map((step, i) => (
              <li key={i} className={styles.step}>
                <Step step={step} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function Step({ step }: { readonly step: RemedyStep }) {
  const t = useText();
  const styles = useStyles();
  switch (step.kind) {
    case "clicks":
      return (
        <>
          <span className={styles.where}>{step.client ? t.client[step.client] : step.where}</span>
          {step.client && step.where ? t.labelled({ label: step.where, text: step.text }) : step.text}
        </>
      );
    case "command":
      return (
        <>
          <span>{step.purpose}</span>
          <pre className={styles.command} data-command={step.shell} translate="no">
            {step.text}
          </pre>
          <CopyButton text={() => step.text} label={t.labelled({ label: t.actions.copy, text: step.purpose })} contentKey={step.text} />
        </>
      );
    case "note":
      return <>{step.text}</>;
  }
}
