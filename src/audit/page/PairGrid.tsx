import { ErrorCircleFilled, PersonQuestionMarkFilled } from "@fluentui/react-icons";
import { type KeyboardEvent, useEffect, useLayoutEffect, useRef, useState } from "react";
import { StatusBadge } from "../../taskpane/components/StatusBadge";
import { AUDIT_LAYERS } from "../decide";
import type { AuditText } from "../i18n/types";
import type { AuditRow, PairRow } from "../rows";

/** Every row is this tall (.audit-row in audit.css), so which rows are in view is arithmetic (rows are virtualised). */
export const ROW_HEIGHT = 64;
/** Rows drawn above and below the visible ones, so a fast scroll does not show blanks. */
const OVERSCAN = 8;
const PAGE_ROWS = 10;

interface Props {
  readonly rows: readonly AuditRow[];
  readonly text: AuditText;
  readonly selectedId: number | undefined;
  readonly onSelect: (row: AuditRow) => void;
  /** Enter on a row: open its details and move there. */
  readonly onOpen: (row: AuditRow) => void;
}

/**
 * The pairs as an ARIA grid of rows, drawn only where they are in view: 10,000 rows cost the DOM of
 * a screenful. One row at a time is in the tab order (roving tabindex); the arrow keys, Page Up/Down,
 * Home and End move it, Enter opens the row's details. aria-rowcount and aria-rowindex tell screen
 * readers where they are in the whole list, not just the rows drawn.
 */
export function PairGrid({ rows, text, selectedId, onSelect, onOpen }: Props) {
  const viewport = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(640);
  const [active, setActive] = useState(0);
  const focusPending = useRef(false);

  useLayoutEffect(() => {
    const element = viewport.current;
    if (!element) return;
    setHeight(element.clientHeight || 640);
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(() => setHeight(element.clientHeight || 640));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // A new filter or sort: back to the first row.
  useEffect(() => {
    setActive(0);
    if (viewport.current) viewport.current.scrollTop = 0;
    setScrollTop(0);
  }, [rows]);

  useEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    viewport.current?.querySelector<HTMLElement>(`[data-index="${active}"]`)?.focus({ preventScroll: true });
  }, [active, scrollTop]);

  const moveTo = (index: number) => {
    const target = Math.max(0, Math.min(rows.length - 1, index));
    const element = viewport.current;
    if (element) {
      const top = target * ROW_HEIGHT;
      if (top < element.scrollTop) element.scrollTop = top;
      else if (top + ROW_HEIGHT > element.scrollTop + element.clientHeight) element.scrollTop = top + ROW_HEIGHT - element.clientHeight;
      setScrollTop(element.scrollTop);
    }
    focusPending.current = true;
    setActive(target);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const keys: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowUp: active - 1,
      PageDown: active + PAGE_ROWS,
      PageUp: active - PAGE_ROWS,
      Home: 0,
      End: rows.length - 1,
    };
    const target = keys[event.key];
    if (target !== undefined) {
      event.preventDefault();
      moveTo(target);
      return;
    }
    const row = rows[active];
    if (row && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      onSelect(row);
      if (event.key === "Enter") onOpen(row);
    }
  };

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
  const shown = rows.slice(first, last);
  const activeIndex = Math.min(active, Math.max(0, rows.length - 1));

  return (
    <div role="grid" aria-label={text.title} aria-rowcount={rows.length + 1} aria-colcount={5} className="audit-grid" data-audit-grid>
      <div role="rowgroup">
        <div role="row" aria-rowindex={1} className="audit-columns audit-grid-header">
          <div role="columnheader">{text.columns.owner}</div>
          <div role="columnheader">{text.columns.delegate}</div>
          {AUDIT_LAYERS.map((layer) => (
            <div role="columnheader" key={layer}>
              {text.layers[layer]}
            </div>
          ))}
        </div>
      </div>
      <div
        role="rowgroup"
        ref={viewport}
        className="audit-viewport"
        onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
        onKeyDown={onKeyDown}
      >
        {rows.length === 0 ? (
          <div role="row" aria-rowindex={2} className="audit-empty">
            <div role="gridcell">{text.filters.nothing}</div>
          </div>
        ) : (
          <div ref={(el) => el && (el.style.height = `${rows.length * ROW_HEIGHT}px`)}>
            {shown.map((row, offset) => {
              const index = first + offset;
              return (
                <div
                  key={row.id}
                  role="row"
                  aria-rowindex={index + 2}
                  aria-selected={row.id === selectedId}
                  tabIndex={index === activeIndex ? 0 : -1}
                  data-index={index}
                  data-row-id={row.id}
                  data-health={row.health}
                  data-owner={row.owner}
                  data-delegate={row.kind === "pair" ? row.people.delegate : undefined}
                  className="audit-columns audit-row"
                  ref={(el) => el && (el.style.top = `${index * ROW_HEIGHT}px`)}
                  onClick={() => {
                    setActive(index);
                    onSelect(row);
                  }}
                  onDoubleClick={() => onOpen(row)}
                  onFocus={() => setActive(index)}
                >
                  {row.kind === "pair" ? <PairCells row={row} text={text} /> : <FailedCells row={row} text={text} />}
                </div>
              );
            })}
          </div>
        )}
      </div>
    </div>
  );
}

function PairCells({ row, text }: { readonly row: PairRow; readonly text: AuditText }) {
  const { people, decision } = row;
  const flag = decision.conclusions?.delegateFlag ?? "unknown";
  const rights = decision.accessRights?.join(", ");
  return (
    <>
      <div role="gridcell" className="audit-cell" data-cell="owner">
        <span className="audit-line">{people.ownerName ?? row.owner}</span>
        {people.ownerName ? <span className="audit-line audit-sub">{row.owner}</span> : null}
      </div>
      <div role="gridcell" className="audit-cell" data-cell="delegate">
        <span className="audit-line">{people.delegateName ?? people.delegate}</span>
        {people.resolved ? (
          people.delegateName ? (
            <span className="audit-line audit-sub">{people.delegateAddress ?? people.delegate}</span>
          ) : null
        ) : (
          <span className="audit-line audit-sub audit-warn">
            <PersonQuestionMarkFilled aria-hidden />
            {text.row.unresolved}
          </span>
        )}
      </div>
      {AUDIT_LAYERS.map((layer) => (
        <div role="gridcell" className="audit-cell" key={layer} data-cell={layer} data-status={decision[layer]}>
          <span>
            <StatusBadge status={decision[layer]} />
          </span>
          {layer === "calendar" && decision.conclusions ? (
            <span className="audit-line audit-sub">{[rights, text.row.flag[flag]].filter(Boolean).join(" · ")}</span>
          ) : null}
        </div>
      ))}
    </>
  );
}

function FailedCells({ row, text }: { readonly row: Extract<AuditRow, { kind: "failed" }>; readonly text: AuditText }) {
  return (
    <>
      <div role="gridcell" className="audit-cell" data-cell="owner">
        <span className="audit-line">{row.owner}</span>
      </div>
      <div role="gridcell" aria-colspan={4} className="audit-failed" data-cell="error">
        <ErrorCircleFilled aria-hidden />
        <span className="audit-line">{text.row.notRead({ cmdlet: row.error.cmdlet ?? "Exchange" })}</span>
      </div>
    </>
  );
}
