// @ts-check
/** One plain-text table: aligned columns, with full-width section lines between groups of rows. */

/** @typedef {{ section: string } | { cells: string[] }} TableRow */

/**
 * @param {string[]} header
 * @param {TableRow[]} rows
 * @returns {string}
 */
function renderTable(header, rows) {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => ("cells" in row ? (row.cells[column] ?? "").length : 0))),
  );
  const line = (/** @type {string[]} */ cells) =>
    cells
      .map((cell, column) => cell.padEnd(/** @type {number} */ (widths[column])))
      .join("  ")
      .trimEnd();
  const total = widths.reduce((a, b) => a + b, 0) + 2 * (widths.length - 1);
  const out = [line(header), "─".repeat(total)];
  for (const row of rows) out.push("section" in row ? row.section : line(row.cells));
  return out.join("\n");
}

module.exports = { renderTable };
