import { makeResetStyles, tokens } from "@fluentui/react-components";
import { lazy, memo, Suspense, useEffect, useState } from "react";
import { shortNameOf } from "../../diagnosis/address";
import type { Check } from "../../diagnosis/types";
import { checkSummary, checkTitle } from "../../i18n/checkWords";
import type { Slice } from "../slices";
import type { PaneCommands } from "../useTaskpane";
import { useFirstScreenText } from "../text";
import { ErrorBoundary } from "./ErrorBoundary";
import { StatusBadge } from "./StatusBadge";
import { WithDetails } from "./WithDetails";

/**
 * Evidence, remedies and sources: their code is fetched once the checks are on screen (not before:
 * the first answer waits for nothing it does not show), so opening "Details" never waits on a
 * download; they render with the details part of the catalogue.
 */
const loadCheckDetails = () => import(/* webpackChunkName: "details" */ "./CheckDetails");
const CheckDetails = lazy(loadCheckDetails);

// Reset styles, one class each: see Answer.tsx.
const useRootClass = makeResetStyles({ display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS });
const useHeadingClass = makeResetStyles({ margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold });
const useListClass = makeResetStyles({
  listStyleType: "none",
  margin: 0,
  padding: 0,
  display: "flex",
  flexDirection: "column",
  gap: tokens.spacingVerticalS,
});
const useItemClass = makeResetStyles({
  borderTopWidth: "1px",
  borderTopStyle: "solid",
  borderTopColor: tokens.colorNeutralStroke2,
  paddingBlockStart: tokens.spacingVerticalS,
});
const useHeadClass = makeResetStyles({ display: "flex", gap: tokens.spacingHorizontalS, alignItems: "baseline", flexWrap: "wrap" });
const useTitleClass = makeResetStyles({
  margin: 0,
  fontSize: tokens.fontSizeBase300,
  fontWeight: tokens.fontWeightSemibold,
  overflowWrap: "anywhere",
});
const useSummaryClass = makeResetStyles({ margin: `${tokens.spacingVerticalXXS} 0 0`, overflowWrap: "anywhere" });
const useToggleClass = makeResetStyles({
  cursor: "pointer",
  color: tokens.colorBrandForegroundLink,
  fontSize: tokens.fontSizeBase200,
  ":focus-visible": { outlineWidth: "2px", outlineStyle: "solid", outlineColor: tokens.colorStrokeFocus2 },
});

/** The three checks, one line each (status and a sentence); details open per check on demand. */
type CheckListProps = Slice<"checkList"> & { readonly on: PaneCommands };

export const CheckList = memo(function CheckList(model: CheckListProps) {
  const t = useFirstScreenText();
  const styles = { root: useRootClass(), heading: useHeadingClass(), list: useListClass() };
  const checks = model.verdict?.checks ?? [];
  const shown = checks.length > 0;
  useEffect(() => {
    // A failure here is shown where it matters: by the Details that could not load, if opened.
    if (shown) void loadCheckDetails().catch(() => undefined);
  }, [shown]);
  if (!shown) return null;
  return (
    <section className={styles.root} aria-labelledby="checks-heading">
      <h2 id="checks-heading" className={styles.heading}>
        {t.checks.heading}
      </h2>
      <ul className={styles.list}>
        {checks.map((check) => (
          <CheckLine key={check.id} check={check} model={model} />
        ))}
      </ul>
    </section>
  );
});

function CheckLine({ check, model }: { readonly check: Check; readonly model: CheckListProps }) {
  const t = useFirstScreenText();
  const styles = {
    item: useItemClass(),
    head: useHeadClass(),
    title: useTitleClass(),
    summary: useSummaryClass(),
    toggle: useToggleClass(),
  };
  const [open, setOpen] = useState(false);
  const headingId = `check-${check.id}-title`;
  return (
    <li
      className={styles.item}
      data-check={check.id}
      data-status={check.status}
      data-service={check.service?.kind}
      aria-labelledby={headingId}
    >
      <div className={styles.head}>
        <StatusBadge status={check.status} />
        <h3 id={headingId} className={styles.title}>
          {checkTitle(check, t)}
        </h3>
      </div>
      <p className={styles.summary}>{checkSummary(check, shortNameOf(model.verdict?.parties.owner, t.people.owner), t, model.outside)}</p>
      {/* Native <details>: keyboard and screen-reader support for free. */}
      <details onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}>
        <summary className={styles.toggle}>{t.checks.details}</summary>
        {open && (
          <ErrorBoundary title={t.app.partFailed}>
            <WithDetails model={model}>
              <Suspense fallback={null}>
                <CheckDetails check={check} verdict={model.verdict} outside={model.outside} open={model.on.openLink} graph={model.graph} />
              </Suspense>
            </WithDetails>
          </ErrorBoundary>
        )}
      </details>
    </li>
  );
}
