import { Field, makeStyles, Textarea, tokens } from "@fluentui/react-components";
import { MAX_ERROR_TEXT } from "../../diagnosis/errors/decode";
import type { TaskpaneModel } from "../useTaskpane";
import { strings } from "../strings";
import { LiveRegion } from "./LiveRegion";
import { RemedyList } from "./RemedyList";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  result: {
    borderInlineStartWidth: "3px",
    borderInlineStartStyle: "solid",
    borderInlineStartColor: tokens.colorBrandStroke1,
    paddingInlineStart: tokens.spacingHorizontalS,
    overflowWrap: "anywhere",
  },
  unknown: {
    borderInlineStartWidth: "3px",
    borderInlineStartStyle: "solid",
    borderInlineStartColor: tokens.colorNeutralStroke1,
    paddingInlineStart: tokens.spacingHorizontalS,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  note: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, margin: 0 },
  sources: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
  },
});

export function ErrorDecoder({ model }: { readonly model: TaskpaneModel }) {
  const styles = useStyles();
  const { decoded } = model;
  return (
    <section className={styles.root} aria-labelledby="error-heading">
      <h2 id="error-heading" className={styles.heading}>
        {strings.errorHeading}
      </h2>
      <Field label={strings.errorLabel} hint={strings.errorHint}>
        <Textarea
          resize="vertical"
          rows={3}
          value={model.errorText}
          // Cap what we keep in state as well as what we decode, so a pasted megabyte stays harmless.
          onChange={(_, data) => model.setErrorText(data.value.slice(0, MAX_ERROR_TEXT * 2))}
        />
      </Field>
      {/* One short line per result: the whole explanation would be re-read on every keystroke. */}
      <LiveRegion hidden>{decoded ? strings.errorAnnouncement(decoded.recognised ? decoded.entry.title : undefined) : ""}</LiveRegion>
      {decoded && (
        <div className={decoded.recognised ? styles.result : styles.unknown} data-error-id={decoded.id}>
          <h3 className={styles.title}>{decoded.recognised ? decoded.entry.title : strings.errorNotRecognised}</h3>
          <p>{decoded.recognised ? decoded.entry.cause : strings.errorNotRecognisedBody}</p>
          {decoded.truncated && <p className={styles.note}>{strings.errorTruncated(MAX_ERROR_TEXT)}</p>}
          {decoded.recognised && decoded.entry.whoFixes.length > 0 && (
            <p>
              <strong>{strings.errorWhoFixes}: </strong>
              {decoded.entry.whoFixes.map((actor) => strings.actor[actor]).join(", ")}
            </p>
          )}
          <RemedyList remedies={decoded.entry.remedies} />
          {decoded.entry.sources.length > 0 && (
            <>
              <span className={styles.note}>{strings.errorSources}</span>
              <ul className={styles.sources}>
                {decoded.entry.sources.map((source, i) => (
                  <li key={i}>{source}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </section>
  );
}
