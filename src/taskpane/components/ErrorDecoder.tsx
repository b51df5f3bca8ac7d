import { Field, makeStyles, Textarea, tokens } from "@fluentui/react-components";
import { MAX_ERROR_TEXT } from "../../diagnosis/errors/limits";
import { singleLine } from "../../diagnosis/address";
import type { UnattributedPart } from "../../diagnosis/evidence/exchange";
import type { PasteOutcome } from "../../diagnosis/evidence/merge";
import type { Messages } from "../../i18n/messages";
import { memo } from "react";
import type { Slice } from "../slices";
import type { PaneCommands } from "../useTaskpane";
import { useText } from "../text";
import { shortNameOf } from "../../diagnosis/address";
import { LiveRegion } from "./LiveRegion";
import { RemedyList } from "./RemedyList";
import { SourceLinks } from "./SourceLinks";
import { checkTitle } from "../../i18n/checkWords";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  result: {
    borderInlineStartWidth: "3px",
    borderInlineStartStyle: "solid",
    borderInlineStartColor: tokens.colorBrandStroke1,
    paddingInlineStart: tokens.spacingHorizontalS,
    overflowWrap: "anywhere",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  unknown: { borderInlineStartColor: tokens.colorNeutralStroke1 },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  text: { margin: 0 },
  note: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, margin: 0 },
});

/**
 * IT's answer can be long (a whole table of cmdlet output); one character past the admin reader's
 * limit is kept so it can say the paste was too long. The reader's own limit lives with it.
 */
const MAX_KEPT_TEXT = 200_001;

/**
 * Paste the message you got: the pane says what it means and which check it concerns. When it concerns
 * a check, the fix lives once, in that check's details (a decoded error updates the check); only a
 * cause no check carries (Teams unable to reach the mailbox, a sharing email that failed) shows its
 * own fix here.
 */
type ErrorDecoderProps = Slice<"errorDecoder"> & { readonly on: PaneCommands };

function ErrorDecoder(model: ErrorDecoderProps) {
  const t = useText();
  const styles = useStyles();
  const { decoded, verdict } = model;
  const concerned = decoded?.recognised ? verdict?.checks.find((check) => check.id === decoded.entry.layer) : undefined;
  const ownCalendar = decoded?.recognised && decoded.entry.layer !== "none" && verdict?.delegation === "self";
  const ownFix = decoded?.recognised && decoded.entry.layer === "none" ? decoded.entry.remedies : [];
  return (
    <section className={styles.root} aria-labelledby="error-heading">
      <h2 id="error-heading" className={styles.heading}>
        {t.decoder.heading}
      </h2>
      <Field label={t.decoder.label} hint={t.decoder.hint}>
        <Textarea
          resize="vertical"
          rows={3}
          value={model.errorText}
          // Cap what we keep in state as well as what we decode, so a pasted megabyte stays harmless.
          onChange={(_, data) => model.on.setErrorText(data.value.slice(0, MAX_KEPT_TEXT))}
        />
      </Field>
      <p className={styles.note}>{t.adminPaste.also}</p>
      {/* One short line per result: the whole explanation would be re-read on every keystroke. */}
      <LiveRegion hidden>
        {model.pasted
          ? model.pasted.kind === "evidence"
            ? t.adminPaste.announce
            : t.adminPaste.announceIgnored
          : decoded
            ? decoded.recognised
              ? t.decoder.announce({ title: decoded.entry.title })
              : t.decoder.announceUnknown
            : ""}
      </LiveRegion>
      {model.decoderFailed && (
        <p className={styles.text} role="alert">
          {t.decoder.unavailable}
        </p>
      )}
      {model.pasted && (
        <div
          className={model.pasted.kind === "evidence" ? styles.result : `${styles.result} ${styles.unknown}`}
          data-admin-paste={model.pasted.kind}
        >
          <h3 className={styles.title}>{t.adminPaste.heading}</h3>
          {pasteLines(model.pasted, model, t).map((line, i) => (
            <p key={i} className={styles.text}>
              {line}
            </p>
          ))}
        </div>
      )}
      {decoded && (
        <div className={decoded.recognised ? styles.result : `${styles.result} ${styles.unknown}`} data-error-id={decoded.id}>
          <h3 className={styles.title}>{decoded.recognised ? decoded.entry.title : t.decoder.notRecognised}</h3>
          <p className={styles.text}>{decoded.recognised ? decoded.entry.cause : t.decoder.notRecognisedBody}</p>
          {decoded.recognised && (
            <p className={styles.text} data-concerns={concerned?.id ?? "none"}>
              {ownCalendar ? t.decoder.ownCalendar : concerned ? t.decoder.concerns({ check: checkTitle(concerned, t) }) : t.decoder.concernsNone}
            </p>
          )}
          {/* Text in another language: say what was not read, and what was found all the same. */}
          {!decoded.sentenceRead && (
            <p className={styles.note} data-sentence-read="false">
              {t.decoder.notRead}
            </p>
          )}
          {decoded.signals.length > 0 && (!decoded.recognised || !decoded.sentenceRead) && (
            <p className={styles.note} data-signals>
              {/* Codes and product names as they are, in every language: no "and", nothing translated. */}
              {t.decoder.seen({ items: decoded.signals.join(", ") })}
            </p>
          )}
          {ownFix.length > 0 && (
            <>
              <h4 className={styles.title}>{t.decoder.whoFixes}</h4>
              <RemedyList remedies={ownFix} owner={shortNameOf(verdict?.owner, t.people.owner)} />
            </>
          )}
          {decoded.truncated && <p className={styles.note}>{t.decoder.truncated({ max: MAX_ERROR_TEXT })}</p>}
          {decoded.recognised && <SourceLinks sources={decoded.entry.sources} open={model.on.openLink} />}
        </div>
      )}
    </section>
  );
}

/** What became of IT's answer, in plain sentences (every value from the paste as text, one line). */
function pasteLines(pasted: PasteOutcome, model: ErrorDecoderProps, t: Messages): string[] {
  const a = t.adminPaste;
  switch (pasted.kind) {
    case "evidence": {
      const owner = shortNameOf(model.verdict?.owner, t.people.owner);
      return [
        a.applied,
        ...(pasted.unattributed?.length ? [a.unattributedPart({ cmdlets: cmdletsOf(pasted.unattributed, t) })] : []),
        ...(pasted.ambiguities.length > 0 ? [a.ambiguous] : []),
        ...(model.memory === "saved"
          ? [a.remembered({ owner })]
          : model.memory === "not-saved" && model.exchangeText
            ? [model.exchangeText.status.notSaved]
            : []),
      ];
    }
    case "other-pair": {
      const who = [pasted.owner, pasted.delegate].filter((name): name is string => !!name?.trim()).map((name) => singleLine(name, 120));
      return [who.length > 0 ? a.otherPair({ who: t.list(who) }) : a.otherPairUnnamed];
    }
    case "unattributed":
      return [a.unattributed({ cmdlets: cmdletsOf(pasted.parts, t) })];
    case "unrequested":
      return [pasted.why === "no-id" ? a.noRequestId : a.notRequested];
    case "future-dated":
      return [a.futureDated({ at: pasted.ranAt })];
    case "conflict":
      return [
        a.conflict({
          newer: pasted.ranAt[0] ?? "",
          older: pasted.ranAt[pasted.ranAt.length - 1] ?? "",
          layers: t.list(pasted.layers.map((layer) => a.layers[layer])),
        }),
      ];
    case "incomplete":
      return [a.incomplete];
    case "too-long":
      return [a.tooLong({ limit: pasted.limit })];
    case "not-admin-output":
      return [];
  }
}

/** The cmdlets whose output named no mailbox, by their own (untranslated) names. */
const CMDLETS: Readonly<Record<UnattributedPart, string>> = {
  "folder-permission": "Get-MailboxFolderPermission",
  mailbox: "Get-Mailbox",
  "cas-mailbox": "Get-CASMailbox",
};

function cmdletsOf(parts: readonly UnattributedPart[], t: Messages): string {
  return t.list(parts.map((part) => CMDLETS[part]));
}

export default memo(ErrorDecoder);
