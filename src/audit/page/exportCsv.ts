import type { Messages } from "../../i18n/messages";
import { type CsvColumn, toCsv } from "../csv";
import type { AuditText } from "../i18n/types";
import type { AuditLayer } from "../decide";
import type { AuditRow } from "../rows";

/** The rows as shown (filters and sort applied), in the page's language, reason codes kept stable. */
export function auditCsv(rows: readonly AuditRow[], text: AuditText, pane: Messages): string {
  const status = (row: AuditRow, layer: AuditLayer) => (row.kind === "pair" ? pane.status[row.decision[layer]] : "");
  const columns: CsvColumn<AuditRow>[] = [
    { header: text.columns.owner, value: (r) => r.owner },
    { header: `${text.columns.owner} (${text.columns.health})`, value: (r) => text.health[r.health] },
    { header: text.columns.delegate, value: (r) => (r.kind === "pair" ? r.people.delegate : "") },
    { header: text.csv.delegateName, value: (r) => (r.kind === "pair" ? (r.people.delegateName ?? "") : "") },
    { header: text.layers.calendar, value: (r) => status(r, "calendar") },
    { header: text.csv.rights, value: (r) => (r.kind === "pair" ? (r.decision.accessRights ?? []).join(" ") : "") },
    {
      header: text.csv.flag,
      value: (r) => (r.kind === "pair" && r.decision.conclusions ? text.row.flag[r.decision.conclusions.delegateFlag] : ""),
    },
    { header: text.layers.sending, value: (r) => status(r, "sending") },
    { header: text.layers.teams, value: (r) => status(r, "teams") },
    { header: text.csv.reasons, value: (r) => (r.kind === "pair" ? r.decision.reasons.join(" ") : "") },
    { header: text.csv.error, value: (r) => (r.kind === "failed" ? `${r.error.cmdlet ?? ""}: ${r.error.message}` : "") },
  ];
  return toCsv(rows, columns);
}

/** Saves text as a file through a blob: link the user clicked for; nothing goes over the network. */
export function download(name: string, text: string): void {
  // A byte order mark, so Excel opens the UTF-8 names as UTF-8.
  const url = URL.createObjectURL(new Blob(["\uFEFF", text], { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
