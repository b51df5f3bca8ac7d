import { makeStyles, tokens } from "@fluentui/react-components";
import type { Remedy, RemedyStep } from "../../diagnosis/types";
import { strings } from "../strings";
import { CopyButton } from "./CopyButton";

const useStyles = makeStyles({
  remedy: { marginBlockEnd: tokens.spacingVerticalM },
  actor: { fontWeight: tokens.fontWeightSemibold },
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

export function RemedyList({ remedies }: { readonly remedies: readonly Remedy[] }) {
  const styles = useStyles();
  return (
    <div>
      {remedies.map((remedy, index) => (
        <section key={index} className={styles.remedy} data-actor={remedy.actor}>
          <div>
            <span className={styles.actor}>{strings.actor[remedy.actor]}: </span>
            {remedy.summary}
          </div>
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
  const styles = useStyles();
  switch (step.kind) {
    case "clicks":
      return (
        <>
          <span className={styles.where}>{step.client ? strings.client[step.client] : step.where}</span>
          {step.client && step.where ? `${step.where}: ` : ""}
          {step.text}
        </>
      );
    case "command":
      return (
        <>
          <span>{step.purpose}</span>
          <pre className={styles.command} data-command={step.shell}>
            {step.text}
          </pre>
          <CopyButton text={() => step.text} label={`${strings.copy}: ${step.purpose}`} />
        </>
      );
    case "note":
      return <>{step.text}</>;
  }
}
