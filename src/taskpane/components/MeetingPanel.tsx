import { Field, makeStyles, Select, tokens } from "@fluentui/react-components";
import { ArrowSyncRegular, DeleteRegular } from "@fluentui/react-icons";
import { shortNameOf } from "../../diagnosis/address";
import type { MeetingProvider } from "../../meeting/types";
import { memo } from "react";
import type { Slice } from "../slices";
import type { PaneCommands } from "../useTaskpane";
import { serviceLabel } from "../serviceLabel";
import { useText } from "../text";
import { Notice } from "./Notice";
import { PaneButton } from "./PaneButton";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  reason: { color: tokens.colorPaletteRedForeground1, overflowWrap: "anywhere", margin: 0 },
  note: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, margin: 0 },
});

/** The service, the block's Replace and Remove, and where the send-time check runs. A chunk of its own. */
type MeetingPanelProps = Slice<"meetingPanel"> & { readonly on: PaneCommands };

function MeetingPanel(model: MeetingPanelProps) {
  const t = useText();
  const styles = useStyles();
  const { verdict, config, provider, busy } = model;
  if (!verdict || !provider) return null;
  const choosable = config && config.userMayChoose && config.providers.length > 1;
  return (
    <section className={styles.root} aria-labelledby="meeting-heading" data-meeting={model.meeting.kind}>
      <h2 id="meeting-heading" className={styles.heading}>
        {t.meeting.heading}
      </h2>
      {choosable ? (
        <Field label={t.meeting.service}>
          <Select value={provider.id} onChange={(_, data) => model.on.chooseProvider(data.value)} disabled={busy} translate="no">
            {config.providers.map((p) => (
              <option key={p.id} value={p.id}>
                {serviceLabel(p, t)}
              </option>
            ))}
          </Select>
        </Field>
      ) : (
        <span>{t.labelled({ label: t.meeting.service, text: serviceLabel(provider, t) })}</span>
      )}
      <Actions model={model} provider={provider} />
      {verdict.delegation === "delegate" && model.sendCheck && (
        <p className={styles.note} data-send-check={model.sendCheck}>
          {t.sendCheck[model.sendCheck]}
        </p>
      )}
    </section>
  );
}

function Actions({ model, provider }: { readonly model: MeetingPanelProps; readonly provider: MeetingProvider }) {
  const t = useText();
  const styles = useStyles();
  const { meeting, busy, answer, verdict } = model;
  if (meeting.kind === "unreadable") return <Notice intent="warning">{t.insert.bodyUnreadable}</Notice>;
  if (meeting.kind === "ready" && meeting.state.hasBlock) {
    const canReplace = provider.insertsLink && verdict?.insert.allowed === true;
    // The picker names what Replace would put in, the note what the body holds now.
    const other = model.blockService && model.blockService.providerId !== provider.id ? model.blockService : undefined;
    return (
      <>
        <p className={styles.note}>{t.meeting.alreadyThere}</p>
        {other && (
          <p className={styles.note} data-block-service={other.kind}>
            {t.meetingFix.blockIs({ service: other.name })}
          </p>
        )}
        <div className={styles.buttons}>
          <PaneButton icon={<ArrowSyncRegular />} onClick={model.on.replace} disabled={busy || !canReplace}>
            {other ? t.meetingFix.replaceWith({ service: provider.displayName }) : t.meeting.replace}
          </PaneButton>
          <PaneButton icon={<DeleteRegular />} onClick={model.on.remove} disabled={busy}>
            {t.meeting.remove}
          </PaneButton>
        </div>
      </>
    );
  }
  if (!provider.insertsLink) {
    const owner = shortNameOf(verdict?.owner, t.people.owner);
    const self = verdict?.delegation === "self";
    const guidance =
      provider.service === "teams"
        ? self
          ? t.meeting.guidance.teamsSelf
          : t.meeting.guidance.teamsDelegate({ owner })
        : self
          ? t.meeting.guidance.skypeSelf
          : t.meeting.guidance.skypeDelegate({ owner });
    return (
      <Notice intent="info" data-guidance={provider.id}>
        {guidance}
      </Notice>
    );
  }
  const recorded =
    meeting.kind === "ready" && meeting.state.recorded ? <p className={styles.note}>{t.meeting.recordedButChanged}</p> : null;
  // The answer already offers Add when it is a step; otherwise it lives here, with why it can't be used.
  const inAnswer = answer && [answer.primary, ...answer.secondary].some((step) => step?.kind === "add-meeting");
  if (inAnswer) return recorded;
  const reason = model.insertBlocked;
  return (
    <>
      {recorded}
      <div className={styles.buttons}>
        <PaneButton
          onClick={model.on.insert}
          disabled={busy || meeting.kind === "loading" || reason !== undefined}
          aria-describedby={reason ? "insert-reason" : undefined}
        >
          {t.actions.addMeeting}
        </PaneButton>
      </div>
      {reason && (
        <p id="insert-reason" className={styles.reason} data-insert-reason="">
          {reason}
        </p>
      )}
    </>
  );
}

export default memo(MeetingPanel);
