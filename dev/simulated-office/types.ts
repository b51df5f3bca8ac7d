/**
 * Types of the simulated Outlook host. The simulator speaks Office.js's loose, callback-based
 * language, so its public surface is typed with these small interfaces rather than @types/office-js
 * (which would promise members that the scenarios deliberately remove).
 */

export type BodyType = "html" | "text";

export interface SimError {
  readonly name: string;
  readonly message: string;
  readonly code: number;
}

/** Office.AsyncResult as the simulator delivers it. */
export interface SimAsyncResult<T = unknown> {
  readonly status: "succeeded" | "failed";
  readonly value: T | undefined;
  readonly error: SimError | undefined;
  readonly asyncContext: unknown;
  readonly diagnostics?: unknown;
}

export type SimCallback<T = unknown> = (result: SimAsyncResult<T>) => void;

export interface PersonDetails {
  readonly emailAddress: string;
  readonly displayName: string;
}

export interface SharedPropertiesDetails {
  readonly owner: string;
  readonly targetMailbox: string;
  readonly targetRestUrl: string;
  readonly delegatePermissions: number;
}

/**
 * How one Office method misbehaves in a scenario.
 * - absent: the member is not there at all (`typeof fn === "undefined"`), like an old client.
 * - fail: calls back (asynchronously) with status "failed" and the given error.
 * - throw: throws synchronously when called.
 * - silent: accepts the call and never calls back.
 * - undefined-result: calls back with `undefined` instead of an AsyncResult.
 * - succeed-with: calls back with status "succeeded" and this value instead of the real answer
 *   (a client that answers with the wrong shape, e.g. `null` for a body); nothing changes.
 * - slow: answers as usual, `ms` milliseconds after the call (in place of the scenario's latency).
 *
 * `onCall` (1-based) limits the fault to that one call of the member (counted per installed host);
 * the calls before and after it work. It means nothing for `absent`, which is decided at install.
 */
export type Fault = FaultKind & { readonly onCall?: number };

export type FaultKind =
  | { readonly kind: "absent" }
  | { readonly kind: "fail"; readonly error: SimError }
  | { readonly kind: "throw"; readonly message: string }
  | { readonly kind: "silent" }
  | { readonly kind: "undefined-result" }
  | { readonly kind: "succeed-with"; readonly value: unknown }
  | { readonly kind: "slow"; readonly ms: number };

/** Every member a scenario can break, named by its path from `Office.context.mailbox` (or Office.context). */
export type FaultTarget =
  | "item.organizer"
  | "item.organizer.getAsync"
  | "item.getSharedPropertiesAsync"
  | "item.subject.getAsync"
  | "item.subject.setAsync"
  | "item.location.getAsync"
  | "item.location.setAsync"
  | "item.start.getAsync"
  | "item.start.setAsync"
  | "item.end.getAsync"
  | "item.end.setAsync"
  | "item.body.getTypeAsync"
  | "item.body.getAsync"
  | "item.body.setAsync"
  | "item.body.prependAsync"
  | "item.body.setSelectedDataAsync"
  | "item.loadCustomPropertiesAsync"
  | "customProperties.saveAsync"
  /** Synchronous: "throw" or "fail" make `set` throw (Outlook refusing a value, e.g. over the size limit). */
  | "customProperties.set"
  | "item.notificationMessages.addAsync"
  | "item.notificationMessages.replaceAsync"
  | "item.notificationMessages.removeAsync"
  | "item.notificationMessages.getAllAsync"
  | "item.saveAsync"
  | "roamingSettings.saveAsync"
  | "mailbox.displayNewMessageFormAsync"
  | "mailbox.displayNewMessageForm";

export type FaultMap = Readonly<Partial<Record<FaultTarget, Fault>>>;

export interface HostDetails {
  /** Office.context.mailbox.diagnostics.hostName: "Outlook", "newOutlookWindows", "OutlookWebApp", … */
  readonly hostName: string;
  readonly hostVersion: string;
  /** Office.context.platform / Office.PlatformType value: "PC", "Mac", "OfficeOnline", … */
  readonly platform: string;
  /** Outlook on the web only: "OneColumn" | "TwoColumns" | "ThreeColumns". */
  readonly owaView?: string;
}

export interface UserDetails extends PersonDetails {
  readonly timeZone: string;
  readonly accountType: string;
}

export interface InitialItem {
  readonly subject: string;
  readonly location: string;
  readonly body: string;
  readonly bodyType: BodyType;
  /** ISO date-times of the appointment. */
  readonly start: string;
  readonly end: string;
}

export type ScenarioId =
  | "own-calendar"
  | "own-calendar-shared-self"
  | "delegate-editor"
  | "delegate-author"
  | "delegate-reviewer"
  | "delegate-zero"
  | "delegate-zero-mac"
  | "old-client"
  | "shared-props-failing"
  | "organizer-undefined"
  | "plain-text-body"
  | "hostile-name"
  | "never-calls-back"
  | "throws"
  | "huge-body"
  | "body-plain-paragraphs"
  | "body-join-paragraphs"
  | "body-punctuation-run"
  | "body-nested-links"
  | "body-plain-text";

export interface Scenario {
  /** Stable id used in ?scenario=, window.__SIM_SCENARIO__ and the sessionStorage key. */
  readonly id: ScenarioId | string;
  readonly label: string;
  readonly description: string;
  readonly user: UserDetails;
  /** Who item.organizer.getAsync reports. */
  readonly organizer: PersonDetails;
  /** What getSharedPropertiesAsync succeeds with; undefined means "not a shared item" (the call fails). */
  readonly shared?: SharedPropertiesDetails;
  readonly host: HostDetails;
  /** Highest Mailbox requirement set, e.g. "1.13"; members newer than this are absent. */
  readonly maxMailboxVersion: string;
  /**
   * Mailbox sets below the highest that isSetSupported still answers false for (it answers per set;
   * nothing makes the answers cumulative). Members stay as maxMailboxVersion says. Tests only.
   */
  readonly unsupportedMailboxSets?: readonly string[];
  readonly item: InitialItem;
  readonly faults?: FaultMap;
  /** Delay before callbacks run; 0 still defers to a later task, like Outlook. */
  readonly latencyMs?: number;
}

export interface NotificationEntry {
  readonly key: string;
  readonly type: string;
  readonly message: string;
  readonly icon?: string;
  readonly persistent?: boolean;
}

export interface OpenedMessage {
  readonly via: "displayNewMessageFormAsync" | "displayNewMessageForm";
  readonly toRecipients: readonly string[];
  readonly ccRecipients: readonly string[];
  readonly subject: string;
  readonly htmlBody: string;
  readonly at: string;
}

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** Everything the "Outlook form" holds; what a reopened taskpane on the same item sees. */
export interface ItemState {
  readonly subject: string;
  readonly location: string;
  readonly body: string;
  readonly bodyType: BodyType;
  readonly start: string;
  readonly end: string;
  /** Saved custom properties only (set without saveAsync lives in the add-in's in-memory copy). */
  readonly customProperties: Readonly<Record<string, JsonValue>>;
  readonly notifications: readonly NotificationEntry[];
  readonly openedMessages: readonly OpenedMessage[];
  /** Saved roaming settings only. */
  readonly roamingSettings: Readonly<Record<string, JsonValue>>;
  /** Set by item.saveAsync (the draft's id once saved). */
  readonly itemId?: string;
  /**
   * The saved custom properties as of the last item.saveAsync: what classic Outlook for Windows
   * still has when the pane is reopened (custom properties persist there only once the item is saved).
   */
  readonly customPropertiesAtItemSave?: Readonly<Record<string, JsonValue>>;
  readonly saveCount: number;
}

export type StateListener = (state: ItemState) => void;
