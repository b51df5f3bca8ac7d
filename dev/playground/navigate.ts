/** How the playground changes its URL; tests replace these (jsdom cannot navigate). */
export const navigation = {
  /** Reopens the page at `url` (a new query parameter means reopening the pane, as in Outlook). */
  assign(url: string): void {
    window.location.assign(url);
  },
  /** Updates the address bar without reloading (a setting the page applies live). */
  replace(url: string): void {
    window.history.replaceState(window.history.state, "", url);
  },
};

/** The current URL with `name` set to `value`, or removed when `value` is null. */
export function urlWith(name: string, value: string | null): string {
  const url = new URL(window.location.href);
  if (value === null) url.searchParams.delete(name);
  else url.searchParams.set(name, value);
  return url.toString();
}
