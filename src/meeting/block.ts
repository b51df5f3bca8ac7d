/**
 * The join block in the two shapes an appointment body can have. Both carry the same facts; the
 * markers from marker.ts make them recognisable later from the body alone.
 */
import { checkHttpsUrl } from "./httpsUrl";
import { DISPLAY_LIMITS, displayText } from "./displayText";
import { BLOCK_ID, HTML_BLOCK_BEGIN, HTML_BLOCK_END, TEXT_BLOCK_BEGIN, TEXT_BLOCK_END } from "./marker";
import { BLOCK_LABELS, type BlockLabels } from "./blockLabels";
import { meetingStrings } from "./strings";
import { ProviderError, type MeetingLink } from "./types";

export interface BlockOptions {
  /** Display names for "Scheduled by {delegate} on behalf of {owner}"; omitted when absent or blank. */
  readonly scheduledBy?: { readonly delegate: string; readonly owner: string };
  /** The words of the block, in the language the meeting is written in (English when omitted). */
  readonly labels?: BlockLabels;
}

/** Value of the wrapper's data attribute; lets a later version tell its own older blocks apart. */
export const BLOCK_FORMAT_VERSION = "1";

/** Everything the block shows, already made safe to display; only escaping remains. */
interface BlockContent {
  readonly providerName: string;
  readonly joinUrl: string;
  readonly meetingId?: string;
  readonly dialIn: readonly string[];
  readonly scheduledBy?: string;
}

// Inline styles only: Outlook drops <style> and classes. Neutral colours that read in light and dark.
const STYLE = {
  wrapper:
    "margin:16px 0 0 0;padding:8px 12px;border-left:3px solid #5b5fc7;font-family:'Segoe UI',Helvetica,Arial,sans-serif;font-size:14px;line-height:20px;",
  title: "margin:0 0 4px 0;font-weight:600;",
  line: "margin:0;",
  link: "color:#0f6cbd;text-decoration:underline;word-break:break-all;",
  note: "margin:4px 0 0 0;font-size:12px;color:#616161;",
} as const;

/** One compact block, wrapped exactly in HTML_BLOCK_BEGIN … HTML_BLOCK_END. Throws ProviderError for a non-https link. */
export function renderHtmlBlock(link: MeetingLink, options: BlockOptions = {}): string {
  const content = blockContent(link, options);
  const labels = options.labels ?? BLOCK_LABELS.en;
  const lines = [
    `<p style="${STYLE.title}">${escapeHtml(content.providerName)}</p>`,
    `<p style="${STYLE.line}">${escapeHtml(labels.join)}: <a href="${escapeHtml(content.joinUrl)}" style="${STYLE.link}">${escapeHtml(content.joinUrl)}</a></p>`,
    ...(content.meetingId !== undefined
      ? [`<p style="${STYLE.line}">${escapeHtml(labels.meetingId)}: ${escapeHtml(content.meetingId)}</p>`]
      : []),
    ...content.dialIn.map((line) => `<p style="${STYLE.line}">${escapeHtml(labels.dialIn)}: ${escapeHtml(line)}</p>`),
    ...(content.scheduledBy !== undefined ? [`<p style="${STYLE.note}">${escapeHtml(content.scheduledBy)}</p>`] : []),
  ];
  return `${HTML_BLOCK_BEGIN}<div data-${BLOCK_ID}="${BLOCK_FORMAT_VERSION}" style="${STYLE.wrapper}">${lines.join("")}</div>${HTML_BLOCK_END}`;
}

/**
 * The same facts as plain text between the marker lines, joined with "\n" (insertBlock adapts line
 * endings to the body). Every line between the markers starts with a fixed label, so no value can
 * ever form a marker line. Throws ProviderError for a non-https link.
 */
export function renderTextBlock(link: MeetingLink, options: BlockOptions = {}): string {
  const content = blockContent(link, options);
  const labels = options.labels ?? BLOCK_LABELS.en;
  return [
    TEXT_BLOCK_BEGIN,
    `${labels.join} ${content.providerName}: ${content.joinUrl}`,
    ...(content.meetingId !== undefined ? [`${labels.meetingId}: ${content.meetingId}`] : []),
    ...content.dialIn.map((line) => `${labels.dialIn}: ${line}`),
    ...(content.scheduledBy !== undefined ? [content.scheduledBy] : []),
    TEXT_BLOCK_END,
  ].join("\n");
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}

const HTML_ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

function blockContent(link: MeetingLink, options: BlockOptions): BlockContent {
  // Providers already promise https; checked again because the block is what people click.
  const checked = checkHttpsUrl(link.joinUrl);
  if (!checked.ok) throw new ProviderError("bad-link", meetingStrings.errors.badJoinUrl(checked.reason));
  const meetingId = displayText(link.meetingId ?? "", DISPLAY_LIMITS.meetingId);
  const dialIn = (link.dialIn ?? [])
    .map((line) => displayText(line, DISPLAY_LIMITS.dialInLine))
    .filter((line) => line !== "")
    .slice(0, DISPLAY_LIMITS.dialInLines);
  const scheduledBy = scheduledByLine(options);
  return {
    providerName: displayText(link.providerName, DISPLAY_LIMITS.providerName) || (options.labels ?? BLOCK_LABELS.en).onlineMeeting,
    // The parser's serialisation: percent-encoded, so it has no spaces, quotes or line breaks.
    joinUrl: checked.url.href,
    ...(meetingId !== "" ? { meetingId } : {}),
    dialIn,
    ...(scheduledBy !== undefined ? { scheduledBy } : {}),
  };
}

function scheduledByLine(options: BlockOptions): string | undefined {
  if (!options.scheduledBy) return undefined;
  const delegate = displayText(options.scheduledBy.delegate, DISPLAY_LIMITS.personName);
  const owner = displayText(options.scheduledBy.owner, DISPLAY_LIMITS.personName);
  if (delegate === "" || owner === "") return undefined;
  return (options.labels ?? BLOCK_LABELS.en).scheduledBy(delegate, owner);
}
