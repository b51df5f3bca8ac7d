import { Button, Field, makeStyles, Select, Spinner, tokens } from "@fluentui/react-components";
import { DeleteRegular, ArrowSyncRegular, VideoAddRegular } from "@fluentui/react-icons";
import { sendCheckReach, type SendCheckReach } from "../../diagnosis/sendCheckReach";
import type { TaskpaneModel } from "../useTaskpane";
import { strings } from "../strings";
import { LiveRegion } from "./LiveRegion";
import { Notice } from "./Notice";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  reason: { color: tokens.colorPaletteRedForeground1, overflowWrap: "anywhere", margin: 0 },
  note: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, margin: 0 },
  warnings: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
});

export function MeetingPanel({ model }: { readonly model: TaskpaneModel }) {
  const styles = useStyles();
  const { verdict, config, provider, meeting, busy, feedback } = model;
  const choosable = config && config.userMayChoose && config.providers.length > 1;
  return (
    <section className={styles.root} aria-labelledby="meeting-heading">
      <h2 id="meeting-heading" className={styles.heading}>
        {strings.meetingHeading}
      </h2>
      {choosable && provider && (
        <Field label={strings.service}>
          <Select value={provider.id} onChange={(_, data) => model.chooseProvider(data.value)} disabled={busy}>
            {config.providers.map((p) => (
              <option key={p.id} value={p.id}>
                {p.displayName}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {!choosable && provider && <span>{`${strings.service}: ${provider.displayName}`}</span>}
      <Actions model={model} />
      <LiveRegion>
        {feedback && (
          // An error interrupts: the user pressed a button and nothing happened.
          <Notice intent={feedback.intent} {...(feedback.intent === "error" ? { role: "alert" } : {})} data-feedback={feedback.intent}>
            {feedback.text}
          </Notice>
        )}
      </LiveRegion>
      {verdict?.delegation === "delegate" && model.facts && (
        <SendCheckNote reach={sendCheckReach(model.facts.host, model.facts.requirementSets)} />
      )}
      {verdict &&
        meeting.kind === "ready" &&
        !meeting.state.hasBlock &&
        verdict.insert.allowed &&
        verdict.insert.warnings.length > 0 &&
        provider?.insertsLink && (
          <div>
            <span>{strings.warningsHeading}</span>
            <ul className={styles.warnings}>
              {verdict.insert.warnings.map((w, i) => (
                <li key={i}>{w}</li>
              ))}
            </ul>
          </div>
        )}
    </section>
  );
}

/** Where the send-time check runs on this client: it is silent when it does not, so the pane says so. */
function SendCheckNote({ reach }: { readonly reach: SendCheckReach }) {
  const styles = useStyles();
  return (
    <p className={styles.note} data-send-check={reach}>
      {strings.sendCheck[reach]}
    </p>
  );
}

function Actions({ model }: { readonly model: TaskpaneModel }) {
  const styles = useStyles();
  const { verdict, provider, meeting, busy } = model;
  if (!verdict || !provider || meeting.kind === "loading") {
    return (
      <div className={styles.buttons}>
        <Button appearance="primary" icon={<VideoAddRegular />} disabled>
          {strings.addMeeting}
        </Button>
      </div>
    );
  }
  if (meeting.kind === "unreadable") {
    return <Notice intent="warning">{`${strings.meetingStateUnknown} (${meeting.reason})`}</Notice>;
  }
  if (meeting.state.hasBlock) {
    const canReplace = provider.insertsLink && verdict.insert.allowed;
    return (
      <>
        <p>{strings.alreadyThere}</p>
        <div className={styles.buttons}>
          <Button icon={<ArrowSyncRegular />} onClick={model.replace} disabled={busy || !canReplace}>
            {strings.replaceMeeting}
          </Button>
          <Button icon={<DeleteRegular />} onClick={model.remove} disabled={busy}>
            {strings.removeMeeting}
          </Button>
        </div>
      </>
    );
  }
  if (!provider.insertsLink) {
    return (
      <Notice intent="info" data-guidance={provider.id}>
        {provider.guidance ?? ""}
      </Notice>
    );
  }
  const reason = verdict.insert.allowed ? undefined : verdict.insert.reason;
  return (
    <>
      {meeting.state.recorded && <p>{strings.recordedButChanged}</p>}
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          icon={busy ? <Spinner size="tiny" /> : <VideoAddRegular />}
          onClick={model.insert}
          disabled={busy || !verdict.insert.allowed}
          aria-describedby={reason ? "insert-reason" : undefined}
        >
          {strings.addMeeting}
        </Button>
      </div>
      {reason && (
        <p id="insert-reason" className={styles.reason} data-insert-reason="">
          {reason}
        </p>
      )}
    </>
  );
}
