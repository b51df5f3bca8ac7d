/**
 * English: the source catalogue, in two parts (./firstScreen.ts and ./details.ts, see ../messages.ts).
 * Every sentence the pane, the diagnosis, the remedies, the request to the owner and the report show
 * comes from here or from its translations (../nl, ../fr, ../de), which must have the same keys and
 * use the same placeholders (test/i18n checks both).
 *
 * Placeholders are named values in one object; values arrive already flattened to one safe line.
 * Lists and plurals go through Intl (./format.ts), never through string concatenation. Facts that go
 * into reports verbatim (addresses, bits, commands, error ids, requirement sets) are never in here.
 *
 * Voice: "you" is the person using the pane (the delegate) everywhere but in a remedy card, which speaks
 * to the one it is labelled for, in the imperative: the owner's card says "you" to the owner ("Add Megan
 * as your delegate"), IT's card never says "you" (there the user is "the delegate", the calendar's holder
 * "the owner"), and the user's own card speaks to the user (test/diagnosis/remedies.voice.test.ts).
 */
import { listOf } from "../format";

export const LOCALE = "en";
/** Stands for the calendar's owner when Outlook gave no usable name. */
export const OWNER = "the owner";
const OWNER_START = "The owner";
export const list = (items: readonly string[]) => listOf(LOCALE, items);
/** "Alex's", "the owner's": the modern house style also reads right after an address. */
export const of = (name: string) => `${name}'s`;
/** The owner at the start of a sentence: the fallback gets its capital, a real name or address stays as it is. */
export const start = (name: string) => (name === OWNER ? OWNER_START : name);
/** Stands for the delegate when Outlook gave no usable name (remedyPeople.delegate): "you" to nobody. */
export const DELEGATE = "the delegate";
/**
 * The delegate in an owner's "Add … as your delegate": "Megan", or "the person who schedules for you"
 * rather than "Add the delegate as your delegate".
 */
export const delegateToAdd = (name: string) => (name === DELEGATE ? "the person who schedules for you" : name);
