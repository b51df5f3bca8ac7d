/**
 * Pasted text as lines, with what mail clients add taken off again: quote marks ("> ", "> > ",
 * ">> ") at the start, spaces at the end. Linear in the length of the text: a whole ticket thread
 * must cost nothing, so there is no regular expression that could backtrack here.
 */

/** Exchange output plus a reply thread fits easily; beyond this the paste is refused, not cut. */
export const MAX_ADMIN_PASTE = 200_000;

export interface PasteLine {
  /** The line without quote marks, leading and trailing spaces. */
  readonly text: string;
  /** The line, quote marks removed, still with its own leading spaces (Format-List continuations). */
  readonly raw: string;
  /** The line ended in a space before it was trimmed: a soft wrap in the middle of a value. */
  readonly endedInSpace: boolean;
}

export function pasteLines(text: string): PasteLine[] {
  const lines: PasteLine[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text.charCodeAt(i);
    if (i === text.length || c === 10 || c === 13) {
      lines.push(cleanLine(text.slice(start, i)));
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  return lines;
}

function cleanLine(line: string): PasteLine {
  const raw = withoutQuoteMarks(line);
  const trimmedEnd = trimEndSpaces(raw);
  return { raw: trimmedEnd, text: trimmedEnd.trimStart(), endedInSpace: trimmedEnd.length < raw.length && trimmedEnd !== "" };
}

/** "> > text" and ">>text" become "text"; one space after the last mark belongs to the mark. */
function withoutQuoteMarks(line: string): string {
  let i = 0;
  let lastMark = -1;
  while (i < line.length) {
    const c = line[i];
    if (c === ">") {
      lastMark = i;
      i++;
    } else if (c === " " || c === "\t" || c === "\u00a0") {
      i++;
    } else {
      break;
    }
  }
  if (lastMark < 0) return replaceNbsp(line);
  let from = lastMark + 1;
  if (line[from] === " ") from++;
  return replaceNbsp(line.slice(from));
}

function trimEndSpaces(line: string): string {
  let end = line.length;
  while (end > 0 && (line[end - 1] === " " || line[end - 1] === "\t")) end--;
  return line.slice(0, end);
}

/** HTML mail turns runs of spaces into no-break spaces; table columns need plain ones. */
function replaceNbsp(line: string): string {
  return line.includes("\u00a0") ? line.split("\u00a0").join(" ") : line;
}
