import { makeResetStyles, tokens } from "@fluentui/react-components";
import { readableNameOf } from "../../diagnosis/address";
import type { WordedStep } from "../../i18n/answerWords";
import { calendarOfWords } from "../../i18n/checkWords";
import { memo } from "react";
import type { Slice } from "../slices";
import type { PaneCommands } from "../useTaskpane";
import { useFirstScreenText } from "../text";
import { CopyButton } from "./CopyButton";
import { LiveRegion } from "./LiveRegion";
import { Notice } from "./Notice";
import { PaneButton } from "./PaneButton";

// Reset styles: each is one class in the extracted sheet, where atomic makeStyles would carry a map of
// classes per property in the first download (docs/speed.md).
const useRootClass = makeResetStyles({ display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minHeight: "96px" });
const useEyebrowClass = makeResetStyles({ fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" });
const useHeadlineClass = makeResetStyles({
  margin: 0,
  fontSize: tokens.fontSizeBase500,
  lineHeight: tokens.lineHeightBase500,
  fontWeight: tokens.fontWeightSemibold,
});
const useLineClass = makeResetStyles({ margin: 0, color: tokens.colorNeutralForeground1 });
const useButtonsClass = makeResetStyles({ display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" });
const useReasonClass = makeResetStyles({ color: tokens.colorPaletteRedForeground1, margin: 0, overflowWrap: "anywhere" });
const useLinkClass = makeResetStyles({
  margin: 0,
  fontFamily: tokens.fontFamilyMonospace,
  fontSize: tokens.fontSizeBase200,
  overflowWrap: "anywhere",
});

/**
 * The answer to the assistant's question, and directly under it the one next step. `data-delegation`
 * stays empty until the facts are read (admins' scripts rely on it), `data-answer` names the answer.
 */
type AnswerProps = Slice<"answer"> & { readonly on: PaneCommands };

export const Answer = memo(function Answer(model: AnswerProps) {
  const styles = { root: useRootClass(), eyebrow: useEyebrowClass(), headline: useHeadlineClass(), line: useLineClass() };
  const t = useFirstScreenText();
  const { verdict, answer } = model;
  return (
    <section className={styles.root} data-delegation={verdict?.delegation ?? ""} data-answer={answer?.kind ?? ""} aria-busy={!answer}>
      {verdict && answer && (
        <>
          <span className={styles.eyebrow}>{calendarOfWords(verdict.delegation, readableNameOf(verdict.owner, t.people.owner), t)}</span>
          <h1 className={styles.headline}>{answer.headline}</h1>
          <p className={styles.line}>{answer.line}</p>
          <Steps model={model} />
        </>
      )}
      <LiveRegion>
        {model.feedback && (
          // An error interrupts: the user pressed a button and nothing happened.
          <Notice
            intent={model.feedback.intent}
            {...(model.feedback.intent === "error" ? { role: "alert" } : {})}
            data-feedback={model.feedback.intent}
          >
            {model.feedback.text}
          </Notice>
        )}
      </LiveRegion>
    </section>
  );
});

function Steps({ model }: { readonly model: AnswerProps }) {
  const styles = { buttons: useButtonsClass(), link: useLinkClass(), reason: useReasonClass() };
  const t = useFirstScreenText();
  const { answer } = model;
  if (!answer) return null;
  const steps = [...(answer.primary ? [answer.primary] : []), ...answer.secondary];
  const addShown = steps.some((step) => step.kind === "add-meeting");
  const addBlocked = addShown ? model.insertBlocked : undefined;
  if (steps.length === 0) return null;
  return (
    <>
      <div className={styles.buttons}>
        {steps.map((step, index) => (
          <StepButton key={step.kind} step={step} primary={index === 0 && step === answer.primary} model={model} />
        ))}
      </div>
      {steps.some((step) => step.kind === "copy-link") && model.manualLink && (
        // The link as text too: selectable where the clipboard is refused, and readable before copying.
        <p className={styles.link} data-manual-link="" translate="no">
          {t.labelled({ label: t.meetingTruth.link, text: model.manualLink })}
        </p>
      )}
      {addBlocked && (
        <p id="insert-reason" className={styles.reason} data-insert-reason="">
          {addBlocked}
        </p>
      )}
    </>
  );
}

function StepButton({ step, primary, model }: { readonly step: WordedStep; readonly primary: boolean; readonly model: AnswerProps }) {
  const t = useFirstScreenText();
  const appearance = primary ? "primary" : "secondary";
  switch (step.kind) {
    case "add-meeting": {
      const loading = model.meeting.kind === "loading";
      return (
        <PaneButton
          appearance={appearance}
          onClick={model.on.insert}
          disabled={model.busy || loading || model.insertBlocked !== undefined}
          aria-describedby={model.insertBlocked ? "insert-reason" : undefined}
        >
          {model.busy ? t.actions.working : step.label}
        </PaneButton>
      );
    }
    case "ask-owner":
    case "confirm-with-owner":
      return (
        <PaneButton appearance={appearance} onClick={() => void model.on.askOwner()}>
          {step.label}
        </PaneButton>
      );
    case "copy-link": {
      const link = model.manualLink;
      if (!link) return null;
      return (
        <CopyButton appearance={appearance} text={() => link} contentKey={link}>
          {step.label}
        </CopyButton>
      );
    }
    case "fix-location":
      return (
        <PaneButton appearance={appearance} onClick={model.on.fixLocation} disabled={model.busy}>
          {model.busy ? t.actions.working : step.label}
        </PaneButton>
      );
    case "send-to-it":
      // Only with the help desk's address does the button send; otherwise it says it copies.
      return (
        <PaneButton appearance={appearance} onClick={() => void model.on.sendToIt()}>
          {model.config?.helpdeskEmail ? step.label : t.actions.copyReport}
        </PaneButton>
      );
  }
}
