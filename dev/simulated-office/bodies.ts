/** Initial appointment bodies: realistic enough to catch careless edits (tables, entities, emoji). */

export const AGENDA_HTML = [
  '<html><head><meta charset="utf-8"><style>p { margin: 0 0 8px; } td, th { padding: 4px 8px; }</style></head><body>',
  "<p>Hi all,</p>",
  "<p>Agenda for the Q3 planning review &mdash; please read the budget notes before we meet &#128197;.</p>",
  '<table border="1" style="border-collapse: collapse">',
  "<tr><th>Time</th><th>Topic</th><th>Lead</th></tr>",
  "<tr><td>10:00</td><td>Budget &amp; headcount</td><td>Alex</td></tr>",
  "<tr><td>10:30</td><td>R&amp;D roadmap &lt;draft&gt;</td><td>Megan</td></tr>",
  "<tr><td>11:00</td><td>Caf&eacute; opening &ndash; &quot;Zurich&quot; office</td><td>Lee</td></tr>",
  "</table>",
  "<p>Thanks! 🙂<br>Alex</p>",
  "</body></html>",
].join("\n");

export const AGENDA_TEXT = [
  "Hi all,",
  "",
  "Agenda for the Q3 planning review - please read the budget notes before we meet 📅.",
  "",
  "10:00  Budget & headcount        Alex",
  "10:30  R&D roadmap <draft>       Megan",
  '11:00  Café opening – "Zurich"   Lee',
  "",
  "Thanks! 🙂",
  "Alex",
].join("\n");

/** A body that tries to run script: the playground must show it inert. */
export const HOSTILE_HTML = [
  "<html><body>",
  "<p>Quarterly review</p>",
  "<script>alert('body script ran')</script>",
  '<img src="x" onerror="alert(\'img onerror ran\')">',
  '<p onclick="alert(1)">Click me &lt;not&gt; a link</p>',
  "</body></html>",
].join("\n");

/** An HTML body of exactly `length` characters (default 999,900): just under Outlook's 1,000,000 write limit. */
export function hugeHtml(length = 999_900): string {
  const head = '<html><head><meta charset="utf-8"></head><body>\n<p>Minutes of the annual planning offsite (very long).</p>\n';
  const tail = "\n<p>End of minutes.</p>\n</body></html>";
  const paragraph = "<p>Item: revenue &amp; margin review for region EMEA, action owners noted, follow-up in two weeks. 📈</p>\n";
  const room = length - head.length - tail.length;
  const whole = paragraph.repeat(Math.floor(room / paragraph.length));
  const gap = room - whole.length;
  const filler = gap >= 7 ? `<!--${"x".repeat(gap - 7)}-->` : " ".repeat(gap);
  return head + whole + filler + tail;
}

/**
 * Bodies that made the body readers slow before issue 29 (quadratic link and block searches, a
 * backtracking regex, nested links), and the plain one they are compared with. Shared by the unit
 * and browser tests and `npm run bench`.
 */
export type BodyKind = "plain-paragraphs" | "join-paragraphs" | "punctuation-run" | "nested-links" | "plain-text";

export const BODY_KINDS: readonly BodyKind[] = ["plain-paragraphs", "join-paragraphs", "punctuation-run", "nested-links", "plain-text"];

/** A body of `kind`, exactly `length` characters long when length allows its frame (999,900 by default). */
export function bodyOfKind(kind: BodyKind, length = 999_900): { readonly body: string; readonly bodyType: "html" | "text" } {
  switch (kind) {
    case "plain-paragraphs":
      return { body: hugeHtml(length), bodyType: "html" };
    case "join-paragraphs":
      return { body: framed('<p>Join: <a href="https://a.example/j/1">x</a></p>', length), bodyType: "html" };
    case "punctuation-run":
      return { body: framed("", length, "<p>Agenda: https://a.example/", "x</p>", ".,;:!?)]}"), bodyType: "html" };
    case "nested-links":
      return { body: framed('<a href="https://a.example/">', length), bodyType: "html" };
    case "plain-text":
      return {
        body: repeatTo(`-- Online meeting --------------------------------\nJoin: https://a.example/j/1${").".repeat(20)}\n`, length),
        bodyType: "text",
      };
  }
}

function framed(unit: string, length: number, before = "", after = "", fill = unit): string {
  const head = `<html><head><meta charset="utf-8"></head><body>${before}`;
  const tail = `${after}</body></html>`;
  return head + repeatTo(fill, Math.max(0, length - head.length - tail.length)) + tail;
}

/** `unit` repeated, cut to exactly `length` characters. */
function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}
