import type { UiLanguage } from "../kernel/languages";
import type { MeetingProvider } from "../meeting/types";

/** The languages a help-desk text may be given in (config.json "helpdesk": { "en": …, "nl": … }). */
export type HelpdeskLanguage = UiLanguage;

/** Organisation configuration after validation: always usable, defaults filled in. */
export interface OrgConfig {
  /** Providers the user may pick from, in display order; never empty. */
  readonly providers: readonly MeetingProvider[];
  readonly defaultProviderId: string;
  readonly userMayChoose: boolean;
  /** e.g. "IT help desk, help@contoso.com, ext. 4357"; shown in remedies and reports. */
  readonly helpdesk?: string;
  /** The help-desk text per language, when config.json gives one per language (helpdeskFor picks). */
  readonly helpdeskByLanguage?: Readonly<Partial<Record<HelpdeskLanguage, string>>>;
  /** Add "Scheduled by {delegate} on behalf of {owner}" to inserted blocks. */
  readonly showScheduledBy: boolean;
  /** The help desk's address: "Send this to IT" opens a new message to it instead of copying the report. */
  readonly helpdeskEmail?: string;
  /** The organisation's Entra app for "Check with Microsoft 365"; absent: the feature is off. */
  readonly graph?: GraphSettings;
}

/** config.json's "graph" section, validated. */
export interface GraphSettings {
  /** The app's Application (client) ID, lower case. */
  readonly clientId: string;
  /** https://login.microsoftonline.com/<tenant> (default "common"). */
  readonly authority: string;
}

/** One thing wrong with config.json, named precisely enough for an admin to fix it. */
export interface ConfigProblem {
  /** JSON path of the offending field, e.g. "providers[1].urlTemplate". */
  readonly field: string;
  readonly reason: string;
}

export interface ConfigResult {
  readonly config: OrgConfig;
  readonly problems: readonly ConfigProblem[];
}
