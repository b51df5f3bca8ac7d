/**
 * A fact read from Outlook, as plain data: src/office produces it, src/diagnosis reads it.
 */

/**
 * Why Outlook did not give a fact, as the pane says it to people: the member is missing on this
 * client, the call failed, it did not answer in time, it answered with nothing useful, or there is
 * no meeting. The technical reason (API name, error name) goes to the IT report only.
 */
export type UnknownWhy = "absent" | "failed" | "timed-out" | "empty" | "unexpected" | "no-item";

/** A fact read from Outlook: either its value or why it could not be read. */
export type Fact<T> =
  | { readonly known: true; readonly value: T; readonly source: string }
  | { readonly known: false; readonly why: UnknownWhy; readonly reason: string; readonly source: string };
