/**
 * Dutch (nl, for Belgium and the Netherlands): the same keys and placeholders as English (../en). Plain, polite
 * Dutch with "u", for executive assistants rather than IT; texts meant for IT (PowerShell purposes)
 * keep cmdlet names, parameters and their values (Editor, Delegate, FullAccess) exactly as typed.
 *
 * Placeholders: an owner placeholder is a name ("Alex") or people.owner ("de eigenaar"), so the
 * owner is always written "de agenda van …", never with a possessive ("Alex' agenda"), and sentences
 * avoid starting with the owner (the fallback is lower case).
 *
 * Outlook labels: only the Dutch labels confirmed in /work/research/i18n-sources.md (§1a–1f) are used,
 * each with its source next to it. A label not confirmed there stays in English, in double quotes,
 * with a comment saying so. Role names: Redacteur, Auteur and Inzender (Contributor) are confirmed on
 * Microsoft's nl-nl page b2e0440c (not MT), Lezer on MT pages; "Nonediting Author" is not confirmed
 * in Dutch and stays in English in quotes.
 *
 * Sending for someone is "verzenden", as in Microsoft's permission Verzenden namens and the Send
 * button Verzenden (nl review, finding 5), never "versturen".
 *
 * Skype voor Bedrijven is Microsoft's Dutch product name (glossary [17]:
 * https://support.microsoft.com/nl-nl/office/16bb9209-a0ab-4005-94b1-fb2e99c85e84), "namens iemand anders" its wording for acting
 * for someone (the same page), hence the product name "Namens iemand anders plannen".
 *
 * Menu steps the owner has to click (remedies.addDelegate*, *.ownerClicks) are written as infinitives
 * ("… kiezen", "… toevoegen"): the reader is the assistant, the clicks are the owner's, so "u" is
 * never the owner there and people.you ("u") reads right as the object.
 */
import { listOf } from "../format";

export const LOCALE = "nl";
export const list = (items: readonly string[]) => listOf(LOCALE, items);
/** Stands for the calendar's owner when Outlook gave no usable name: "de agenda van de eigenaar". */
export const OWNER = "de eigenaar";
/** The owner at the start of a sentence or label: the fallback gets its capital, a real name stays as it is. */
export const start = (name: string) => (name === OWNER ? "De eigenaar" : name);
