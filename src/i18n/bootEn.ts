/**
 * The boot words in English, and the name under which frame.js hands every language's boot words to
 * taskpane.js. Both scripts are in the first bytes every user loads: the table of four languages is
 * carried once, by frame.js, and taskpane.js keeps only this English for when frame.js did not run.
 */
export interface BootText {
  readonly reading: string;
  readonly notInOutlook: string;
  readonly officeMissing: string;
  /** One of the pane's own files (a language, a theme) did not arrive. */
  readonly filesMissing: string;
  /** The pane itself failed: shown by its outermost error boundary, which cannot wait for a catalogue. */
  readonly crashTitle: string;
  readonly crashBody: string;
}

/** frame.js sets this global to bootText (./boot.ts); taskpane.js reads it (./bootShared.ts). */
export const BOOT_TEXT_GLOBAL = "__scheduleOnBehalfBootText";

export const EN_BOOT: BootText = {
  reading: "Reading Outlook…",
  notInOutlook:
    "Schedule on behalf works inside Outlook. Open a meeting in Outlook (a new one, or one you organise) and choose Schedule on behalf on its ribbon.",
  officeMissing:
    "Outlook's add-in library did not load, so this pane cannot read the meeting. Open it from a meeting in Outlook, or ask IT to check that appsforoffice.microsoft.com is reachable.",
  filesMissing: "Part of this add-in did not load. Close the pane and open it again; if it keeps happening, tell IT.",
  crashTitle: "Something went wrong in this pane",
  crashBody: "Nothing in your meeting was changed. Close and reopen the pane; if it happens again, send the details below to IT.",
};
