/**
 * The audit page's own words, one module per language (en, fr, nl, de), each typed by this
 * interface so none misses a key. The permission statuses and the fix commands' words come from the
 * pane's catalogues (src/i18n), so the page and the pane say the same thing the same way.
 */
import type { AuditLayer, Reason } from "../decide";
import type { FileProblem } from "../readFile";
import type { Health, SortKey } from "../rows";

export interface AuditText {
  readonly title: string;
  readonly intro: string;
  readonly choose: string;
  readonly drop: string;
  readonly reading: string;
  readonly deciding: (p: { done: string; total: string }) => string;
  /** The file is not an audit file, or not a whole one: one sentence each, and what to do. */
  readonly problems: { readonly [K in FileProblem["kind"]]: (p: { version: string; limit: string }) => string } & {
    readonly unreadable: string;
  };
  readonly summary: {
    readonly heading: string;
    readonly ownersRead: string;
    readonly ownersFailed: string;
    readonly pairs: string;
    readonly problemPairs: string;
    readonly unclearPairs: string;
    readonly brokenIn: (p: { layer: string }) => string;
    readonly orphans: string;
    readonly started: string;
    readonly finished: string;
    readonly scriptVersion: string;
    readonly throttled: string;
    readonly partial: string;
    readonly organizationUnread: string;
    readonly unreadableOwners: (p: { count: string }) => string;
  };
  readonly layers: Readonly<Record<AuditLayer, string>>;
  readonly columns: { readonly owner: string; readonly delegate: string; readonly health: string };
  readonly health: Readonly<Record<Health, string>>;
  readonly filters: {
    readonly heading: string;
    readonly problemsOnly: string;
    readonly owner: string;
    readonly allOwners: string;
    readonly layer: string;
    readonly anyLayer: string;
    readonly search: string;
    readonly sort: string;
    readonly sortKeys: Readonly<Record<SortKey, string>>;
    readonly shown: (p: { shown: string; total: string }) => string;
    readonly nothing: string;
  };
  readonly row: {
    readonly notRead: (p: { cmdlet: string }) => string;
    readonly flag: { readonly yes: string; readonly no: string; readonly unknown: string };
    readonly unresolved: string;
  };
  /** One sentence per reason a pair needs attention or cannot be told. */
  readonly reasons: Readonly<Record<Reason, string>>;
  readonly detail: {
    readonly heading: string;
    readonly pick: string;
    readonly close: string;
    readonly rights: (p: { rights: string }) => string;
    readonly fixes: (p: { layer: string }) => string;
    readonly nothingToFix: string;
    readonly orphanFix: string;
    readonly notReadHeading: string;
    readonly notReadFix: string;
    readonly exchangeMessage: string;
  };
  readonly exportCsv: string;
  readonly csv: {
    readonly delegateName: string;
    readonly reasons: string;
    readonly error: string;
    readonly rights: string;
    readonly flag: string;
  };
  readonly theme: { readonly label: string; readonly auto: string; readonly light: string; readonly dark: string };
  readonly language: string;
  readonly otherFile: string;
}
