import { makeResetStyles, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { findingDate } from "../../diagnosis/evidence/finding";
import { memo } from "react";
import type { Slice } from "../slices";
import type { PaneCommands } from "../useTaskpane";
import { useFirstScreenText } from "../text";
import { PaneButton } from "./PaneButton";

// The shapes as reset styles (one class each, see Answer.tsx); "old" is atomic, so its colour always
// wins over the text's whatever order the sheet lists them in.
const useRootClass = makeResetStyles({ display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap", margin: 0 });
const useTextClass = makeResetStyles({ margin: 0, color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" });
const useStyles = makeStyles({
  old: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

/**
 * Where the checks' Exchange facts come from, under the answer: "According to Exchange, as IT sent it on
 * 3 December 2026", or, after 30 days, that it is old and IT should check again; and Forget, one click.
 * `data-exchange` is "confirmed", "old", or "failed" when the rules and words for Exchange's or Graph's
 * answer did not download.
 */
type ExchangeStatusProps = Slice<"exchangeStatus"> & { readonly on: PaneCommands };

export const ExchangeStatus = memo(function ExchangeStatus(model: ExchangeStatusProps) {
  const t = useFirstScreenText();
  const root = useRootClass();
  const text = useTextClass();
  const old = mergeClasses(text, useStyles().old);
  const { exchange, verdict, exchangeText: words } = model;
  if (verdict?.delegation !== "delegate") return null;
  if (!words) {
    // The rules and words for Exchange's or Graph's answer did not download: the checks above are
    // Outlook's alone, whichever source answered.
    return model.evidenceFailed ? (
      <p className={old} data-exchange="failed">
        {t.app.partFailed}
      </p>
    ) : null;
  }
  if (!exchange) return null;
  const at = findingDate(exchange);
  return (
    <div className={root} data-exchange={exchange.stale ? "old" : "confirmed"}>
      <p className={exchange.stale ? old : text}>
        {exchange.stale ? words.status.old({ at }) : words.status.confirmed({ at })}
      </p>
      <PaneButton size="small" appearance="subtle" onClick={model.on.forgetExchange}>
        {words.status.forget}
      </PaneButton>
    </div>
  );
});
