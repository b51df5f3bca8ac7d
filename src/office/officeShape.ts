/**
 * The parts of the Office global this add-in touches, typed structurally and loosely on purpose:
 * every member may be missing on some client, so code reading through these types must
 * feature-detect. Using @types/office-js here would promise members that old clients lack.
 */

export interface OfficeLike {
  readonly context?: {
    readonly platform?: unknown;
    readonly officeTheme?: { readonly bodyBackgroundColor?: unknown } | null;
    readonly displayLanguage?: unknown;
    readonly contentLanguage?: unknown;
    readonly ui?: { readonly openBrowserWindow?: (url: string) => void } | null;
    readonly requirements?: { isSetSupported?: (name: string, version?: string) => boolean };
    readonly mailbox?: MailboxLike | null;
    /** Outlook keeps per-add-in settings here (Office.context.roamingSettings), not on the mailbox. */
    readonly roamingSettings?: RoamingSettingsLike | null;
  };
  readonly onReady?: (callback?: (info: unknown) => void) => Promise<unknown> | void;
}

export interface MailboxLike {
  readonly userProfile?: { readonly emailAddress?: unknown; readonly displayName?: unknown } | null;
  readonly diagnostics?: { readonly hostName?: unknown; readonly hostVersion?: unknown } | null;
  readonly item?: ItemLike | null;
  readonly displayNewMessageForm?: unknown;
  readonly displayNewMessageFormAsync?: unknown;
}

export interface ItemLike {
  readonly organizer?: unknown;
  readonly getSharedPropertiesAsync?: unknown;
  readonly body?: unknown;
  readonly location?: unknown;
  readonly loadCustomPropertiesAsync?: unknown;
  readonly notificationMessages?: unknown;
}

export interface RoamingSettingsLike {
  get?: (name: string) => unknown;
  set?: (name: string, value: unknown) => void;
  remove?: (name: string) => void;
  saveAsync?: (callback?: (result: unknown) => void) => void;
}

/** The Office global if Office.js loaded, else undefined (CDN blocked, opened outside Outlook). */
export function officeGlobal(): OfficeLike | undefined {
  const office = (globalThis as { Office?: unknown }).Office;
  return typeof office === "object" && office !== null ? (office as OfficeLike) : undefined;
}
