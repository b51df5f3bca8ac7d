/**
 * CSV export (RFC 4180: fields quoted when they hold a comma, quote or line break, quotes doubled,
 * lines ended with CRLF). Names come from the directory and may be hostile: a cell starting with
 * = + - @, a tab or a carriage return would be a formula in a spreadsheet, so it gets a leading
 * apostrophe (OWASP's CSV injection advice) and reads as text.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export interface CsvColumn<R> {
  readonly header: string;
  readonly value: (row: R) => string;
}

export function toCsv<R>(rows: readonly R[], columns: readonly CsvColumn<R>[]): string {
  const lines = [columns.map((c) => csvCell(c.header)).join(",")];
  for (const row of rows) lines.push(columns.map((c) => csvCell(c.value(row))).join(","));
  return `${lines.join("\r\n")}\r\n`;
}
