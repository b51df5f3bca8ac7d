/**
 * The join block's own words in every language the add-in writes. The block is written in one
 * language, but recognised in all of them: an assistant working in Dutch may open a meeting whose
 * block a French colleague inserted. Outlook rewrites markup, not what a reader sees, so these
 * visible labels (with the link) are what finds our block again (src/body/block.ts).
 *
 * Kept apart from the UI catalogues on purpose: recognition needs every language at once, and the
 * pane loads only the catalogue of the language it shows.
 */
import type { BlockShape } from "../body/block";
import type { UiLanguage } from "../kernel/languages";

export interface BlockLabels {
  readonly join: string;
  readonly meetingId: string;
  readonly dialIn: string;
  /** Title of a block whose service has no name of its own. */
  readonly onlineMeeting: string;
  readonly scheduledBy: (delegate: string, owner: string) => string;
  /** Recognises this language's scheduled-by line, whatever the names in it. */
  readonly scheduledByLine: RegExp;
}

export const BLOCK_LABELS: Readonly<Record<UiLanguage, BlockLabels>> = {
  en: {
    join: "Join",
    meetingId: "Meeting ID",
    dialIn: "Dial-in",
    onlineMeeting: "Online meeting",
    scheduledBy: (delegate, owner) => `Scheduled by ${delegate} on behalf of ${owner}`,
    scheduledByLine: /^Scheduled by .+ on behalf of .+$/i,
  },
  nl: {
    join: "Deelnemen",
    meetingId: "Vergader-id",
    dialIn: "Inbellen",
    onlineMeeting: "Onlinevergadering",
    scheduledBy: (delegate, owner) => `Gepland door ${delegate} namens ${owner}`,
    scheduledByLine: /^Gepland door .+ namens .+$/i,
  },
  fr: {
    join: "Rejoindre",
    meetingId: "ID de réunion",
    dialIn: "Accès téléphonique",
    onlineMeeting: "Réunion en ligne",
    scheduledBy: (delegate, owner) => `Planifiée par ${delegate} au nom de ${owner}`,
    scheduledByLine: /^Planifiée par .+ au nom de .+$/i,
  },
  de: {
    join: "Teilnehmen",
    meetingId: "Besprechungs-ID",
    dialIn: "Einwahl",
    onlineMeeting: "Onlinebesprechung",
    scheduledBy: (delegate, owner) => `Geplant von ${delegate} im Auftrag von ${owner}`,
    scheduledByLine: /^Geplant von .+ im Auftrag von .+$/i,
  },
};

/** Service names a block may carry as its title without any configuration. */
export const BUILT_IN_TITLES: readonly string[] = ["Jitsi Meet", "Zoom", "Webex", "Microsoft Teams", "Skype for Business"];

const ALL = Object.values(BLOCK_LABELS);

/** Our block's shape in every language, with extra titles (the configured providers' names). */
export function blockShape(extraTitles: readonly string[] = []): BlockShape {
  return {
    joinLabels: ALL.map((l) => l.join),
    meetingIdLabels: ALL.map((l) => l.meetingId),
    dialInLabels: ALL.map((l) => l.dialIn),
    titles: [...BUILT_IN_TITLES, ...ALL.map((l) => l.onlineMeeting), ...extraTitles],
    isScheduledByLine: (line) => ALL.some((l) => l.scheduledByLine.test(line)),
  };
}
