/**
 * German (de): the same keys and placeholders as English (../en; test/i18n checks both). Written for
 * executive assistants in Germany, Austria, Switzerland and Belgium's German-speaking community:
 * plain, short, polite German with "Sie".
 *
 * One word for the owner: "Kalenderbesitzer", Microsoft's own term (glossary: support.microsoft.com
 * de-de, page c78e29c6), in the pane, the request, the report, the send-time message, the manifest
 * and the help page alike.
 *
 * The owner placeholder and German cases: ${p.owner} is a name ("Alex"), an address, or the fallback
 * people.owner (OWNER below). A name or an address reads the same in every case, but the fallback
 * noun does not, so a sentence never writes the placeholder bare: it goes through the helpers below,
 * which give "Kalender von Alex" but "Kalender des Kalenderbesitzers", "bei Alex" but "beim
 * Kalenderbesitzer", "gehört Alex" but "gehört dem Kalenderbesitzer". The owner is never referred to
 * with "sein"/"ihr" (the gender is unknown); sentences repeat the placeholder or say "diese Person".
 *
 * Outlook labels: only German labels confirmed on a Microsoft (or the vendor's) page are used, each with
 * its source in a comment (the list: shared/docs/glossary.md). Unconfirmed labels stay in English inside
 * "…" (German labels use „…“), or the step says what the option does instead of guessing its name.
 *
 * One word per permission: „Berechtigung“ (Microsoft's word), „Bearbeitungsrechte“ for the calendar and
 * „Senden im Auftrag von“ for sending; never „Senderecht“ (a broadcasting right in German law).
 * One voice per card: in the owner's steps „Sie“ is the owner and the assistant is „Ihre Stellvertretung“
 * or a name; in IT's steps „Sie“ is IT and the assistant is „die Stellvertretung“.
 * Role and parameter values inside IT notes next to PowerShell commands (Editor, Reviewer, Delegate,
 * Owner) stay English, because that is what the commands take.
 */
import { listOf } from "../format";

export const LOCALE = "de";
export const list = (items: readonly string[]) => listOf(LOCALE, items);

/** Stands for the calendar's owner when Outlook gave no usable name (nominative; see the helpers). */
export const OWNER = "der Kalenderbesitzer";
const fallback = (name: string) => name === OWNER;
/** After a noun, possession: "Kalender von Alex", "Kalender des Kalenderbesitzers". */
export const von = (name: string) => (fallback(name) ? "des Kalenderbesitzers" : `von ${name}`);
/** Who did or gives something: "von Alex", "vom Kalenderbesitzer". */
export const vom = (name: string) => (fallback(name) ? "vom Kalenderbesitzer" : `von ${name}`);
/** "bei Alex", "beim Kalenderbesitzer". */
export const bei = (name: string) => (fallback(name) ? "beim Kalenderbesitzer" : `bei ${name}`);
/** The same at the start of a sentence or label: "Bei Alex", "Beim Kalenderbesitzer". */
export const Bei = (name: string) => (fallback(name) ? "Beim Kalenderbesitzer" : `Bei ${name}`);
/** The dative object: "gehört Alex", "mit dem Kalenderbesitzer". */
export const dem = (name: string) => (fallback(name) ? "dem Kalenderbesitzer" : name);

/**
 * Stands for the delegate when Outlook gave no usable name (remedyPeople.delegate), in the owner's steps:
 * „Ihre Stellvertretung“, the polite „Ihre“ being the owner's. Two places cannot take it as it is:
 */
export const DELEGATE = "Ihre Stellvertretung";
const namelessDelegate = (name: string) => name === DELEGATE;
/**
 * The delegate opening an owner's step that goes on to say „als Stellvertretung“: "Megan", or „Die Person,
 * die für Sie plant,“ (with the relative clause's closing comma) rather than „Ihre Stellvertretung als Stellvertretung“.
 */
export const delegateFirst = (name: string) => (namelessDelegate(name) ? "Die Person, die für Sie plant," : name);
/** The delegate in IT's steps, where „Ihre“ would mean IT's: "Megan", „die planende Person“. */
export const delegateForIt = (name: string) => (namelessDelegate(name) ? "die planende Person" : name);
