/**
 * The domain's closed vocabularies: the names of things the checks decide and the catalogues word.
 * Kept apart from src/diagnosis/types.ts (which re-exports them) so that a catalogue can type its
 * tables by them without importing the domain.
 */

/** The meeting service whose online-meeting-delegate right matters for this meeting. */
export type ServiceKind = "teams" | "skype" | "zoom" | "webex" | "jitsi" | "other";

export type CheckId = "calendar-editor" | "send-on-behalf" | "online-meeting-delegate";

export type CheckStatus = "checking" | "granted" | "partial" | "missing" | "unknown" | "not-needed";

export type Delegation = "self" | "delegate" | "unknown";

/** Outlook clients whose clicks differ. */
export type OutlookClient = "classic-windows" | "new-outlook-web" | "mac";
