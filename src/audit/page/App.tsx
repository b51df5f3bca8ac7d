import { ArrowDownloadRegular, DocumentArrowUpRegular } from "@fluentui/react-icons";
import { type DragEvent, useDeferredValue, useEffect, useMemo, useRef, useState } from "react";
import type { Messages } from "../../i18n/messages";
import { LiveRegion } from "../../taskpane/components/LiveRegion";
import { PaneButton } from "../../taskpane/components/PaneButton";
import type { AuditLanguage } from "../i18n/load";
import type { AuditText } from "../i18n/types";
import { type AuditRow, filterRows, NO_FILTER, ownersOf, type RowFilter, type SortKey, sortRows } from "../rows";
import { Detail } from "./Detail";
import { auditCsv, download } from "./exportCsv";
import { Filters } from "./Filters";
import { formatFor } from "./format";
import { PairGrid } from "./PairGrid";
import { LANGUAGE_NAMES, type ThemeChoice } from "./settings";
import { Summary } from "./Summary";
import { type AuditState, useAuditFile } from "./useAuditFile";
import { Choice } from "./Choice";

interface Props {
  readonly language: AuditLanguage;
  readonly onLanguage: (language: AuditLanguage) => void;
  readonly theme: ThemeChoice;
  readonly onTheme: (theme: ThemeChoice) => void;
  readonly text: AuditText;
  readonly pane: Messages;
}

export function AuditApp({ language, onLanguage, theme, onTheme, text, pane }: Props) {
  const { state, open } = useAuditFile();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  // On the root for scripts and tests (docs/scripting.md's spirit): set again on every new state, so a
  // second bad file after a first one is announced too.
  useEffect(() => {
    document.documentElement.dataset.auditState = state.kind;
  }, [state]);

  const onDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) open(file);
  };

  return (
    <main
      className="audit-page"
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <header className="audit-header">
        <h1>{text.title}</h1>
        <div className="audit-settings">
          <Choice
            label={text.language}
            value={language}
            options={(Object.keys(LANGUAGE_NAMES) as AuditLanguage[]).map((l) => ({ value: l, label: LANGUAGE_NAMES[l], lang: l }))}
            onChange={onLanguage}
            data={{ setting: "language" }}
          />
          <Choice
            label={text.theme.label}
            value={theme}
            options={(["auto", "light", "dark"] as const).map((choice) => ({ value: choice, label: text.theme[choice] }))}
            onChange={onTheme}
            data={{ setting: "theme" }}
          />
        </div>
      </header>
      <section className="audit-drop" data-dragging={dragging || undefined} aria-label={text.drop} data-drop>
        <p>{text.intro}</p>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          className="audit-file-input"
          data-audit-input
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) open(file);
            e.currentTarget.value = "";
          }}
        />
        <PaneButton appearance="primary" icon={<DocumentArrowUpRegular />} onClick={() => input.current?.click()}>
          {state.kind === "ready" ? text.otherFile : text.choose}
        </PaneButton>
        <Progress state={state} text={text} language={language} />
      </section>
      {state.kind === "ready" ? (
        <Report key={state.name + String(state.result.rows.length)} state={state} text={text} pane={pane} language={language} />
      ) : null}
    </main>
  );
}

function Progress({ state, text, language }: { readonly state: AuditState; readonly text: AuditText; readonly language: string }) {
  const format = formatFor(language);
  if (state.kind === "problem") {
    const p = state.problem;
    const sentence =
      p.kind === "unreadable"
        ? text.problems.unreadable
        : text.problems[p.kind]({ version: "version" in p ? p.version : "", limit: "limit" in p ? format.number(p.limit / 1048576) : "" });
    return (
      <p role="alert" className="audit-problem" data-problem={p.kind}>
        {sentence}
      </p>
    );
  }
  return (
    <LiveRegion>
      {state.kind === "reading"
        ? text.reading
        : state.kind === "deciding"
          ? text.deciding({ done: format.number(state.done), total: format.number(state.total) })
          : null}
    </LiveRegion>
  );
}

function Report({
  state,
  text,
  pane,
  language,
}: {
  readonly state: Extract<AuditState, { kind: "ready" }>;
  readonly text: AuditText;
  readonly pane: Messages;
  readonly language: string;
}) {
  const { result } = state;
  const format = useMemo(() => formatFor(language), [language]);
  const [filter, setFilter] = useState<RowFilter>(NO_FILTER);
  const [sort, setSort] = useState<SortKey>("problems");
  const [selectedId, setSelectedId] = useState<number | undefined>(undefined);
  // Typing in the search box stays immediate; the list follows when React has time.
  const deferredFilter = useDeferredValue(filter);
  const sorted = useMemo(() => (sort === "problems" ? result.rows : sortRows(result.rows, sort)), [result.rows, sort]);
  const rows = useMemo(() => filterRows(sorted, deferredFilter), [sorted, deferredFilter]);
  const owners = useMemo(() => ownersOf(result.rows), [result.rows]);
  const selected = useMemo(() => result.rows.find((row) => row.id === selectedId), [result.rows, selectedId]);
  const detail = useRef<HTMLElement>(null);

  useEffect(() => {
    performance.mark("audit-rows-visible");
  }, []);

  const openRow = (row: AuditRow) => {
    setSelectedId(row.id);
    // After React has drawn the row's details.
    setTimeout(() => detail.current?.focus(), 0);
  };

  return (
    <>
      <Summary summary={result.summary} text={text} format={format} />
      <Filters text={text} filter={filter} onFilter={setFilter} sort={sort} onSort={setSort} owners={owners} />
      <div className="audit-tools">
        <LiveRegion>
          <span data-rows-shown={rows.length}>
            {text.filters.shown({ shown: format.number(rows.length), total: format.number(result.rows.length) })}
          </span>
        </LiveRegion>
        <PaneButton icon={<ArrowDownloadRegular />} onClick={() => download(csvName(state.name), auditCsv(rows, text, pane))} data-export>
          {text.exportCsv}
        </PaneButton>
      </div>
      <div
        className="audit-work"
        onKeyDown={(event) => {
          if (event.key === "Escape" && detail.current?.contains(event.target as Node)) {
            document.querySelector<HTMLElement>('[data-audit-grid] [role="row"][tabindex="0"]')?.focus();
          }
        }}
      >
        <PairGrid rows={rows} text={text} selectedId={selectedId} onSelect={(row) => setSelectedId(row.id)} onOpen={openRow} />
        <Detail ref={detail} row={selected} text={text} pane={pane} />
      </div>
    </>
  );
}

function csvName(fileName: string): string {
  const base =
    fileName
      .replace(/\.json$/i, "")
      .replace(/[^\w.-]+/g, "-")
      .slice(0, 80) || "audit";
  return `${base}.csv`;
}
