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
 * One voice per remedy card (test/diagnosis/remedies.voice.test.ts), as in en, fr and de: "u" is the pane's
 * user everywhere but in a remedy card, which speaks to the one it is labelled for.
 * - The owner's card speaks to the owner: "u" is the owner ("uitnodigingen namens u verzenden", "uw agenda"),
 *   never "de eigenaar" or the owner's name. The assistant is a name or remedyPeople.delegate ("de aanvrager"),
 *   never "u". Its menu steps (remedies.addDelegate*, *.ownerClicks, sharing*.owner*) are infinitives
 *   ("… kiezen", "… toevoegen"), the usual form for Dutch instructions, which the assistant can pass on as they are.
 * - IT's card is plain imperatives ("Voer … uit", "Zorg dat …", "Controleer …") with no u/uw/je, since any
 *   second person there would read as the assistant: the assistant is "de gemachtigde", "de aanvrager" or a
 *   name, the calendar's holder "de eigenaar" or a name ("vervang … door het adres van de gemachtigde").
 * - The assistant's card says "u" to the assistant and never speaks as the owner ("namens u", "uw agenda").
 */
import { listOf } from "../format";

export const LOCALE = "nl";
export const list = (items: readonly string[]) => listOf(LOCALE, items);
/** Stands for the calendar's owner when Outlook gave no usable name: "de agenda van de eigenaar". */
export const OWNER = "de eigenaar";
/** The owner at the start of a sentence or label: the fallback gets its capital, a real name stays as it is. */
export const start = (name: string) => (name === OWNER ? "De eigenaar" : name);
