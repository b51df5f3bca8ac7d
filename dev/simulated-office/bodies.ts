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
