/**
 * French: the catalogue for Belgian and French assistants. Same keys and placeholders as English
 * (../en, the source; test/i18n checks both). Plain, polite French with "vous", typographic apostrophes (’) and a
 * narrow no-break space (U+202F) before ; : ! ? and inside « ».
 *
 * Outlook, Skype, Zoom and Webex labels: only French labels Microsoft publishes are used (the glossary's
 * sources: « Fichier > Paramètres du compte > Accès délégué > Ajouter », « Peut modifier », « Déléguer »,
 * « Partage et autorisations », « Réunion Teams », « Skype Entreprise »), each with its source in a
 * comment. A label no Microsoft page confirms stays in English between « » (for example « Skype
 * Meeting »), so nobody is sent looking for a French word that Outlook may not show. Microsoft names
 * with a French version are French: Accès total, Collaborateur, Voix Entreprise, Assistant Configuration hybride.
 *
 * Sending for someone is always « de la part de » (Microsoft's « Envoyer de la part de »), never « au
 * nom de », which reads as « Envoyer en tant que » (Send As). « vous » is the assistant everywhere but in
 * a remedy card, which speaks to the one it is labelled for, in the imperative: the owner's card says
 * « vous » to the owner (« Ajoutez Marie à vos délégués… de votre part »), IT's card to IT (« Donnez à
 * Marie… »; the assistant is « le délégué » there, never « vous »), the assistant's card to the assistant.
 * The assistant is never « délégué » as an attribute of « vous »/« je » (often a woman): « vous figurez
 * parmi les délégués de … », « m’ajouter à vos délégués ». Product names, PowerShell cmdlets, parameters
 * and values (Editor, Reviewer, Owner, MailUser…) stay as they are.
 *
 * Placeholders carry a name ("Alex", "alex@contoso.com") or the fallback people.owner ("la personne
 * propriétaire"); `de`, `a` and `start` below keep both readable: "le calendrier d’Alex" / "de la
 * personne propriétaire", "à Alex" / "à la personne propriétaire", and a capital at a sentence start.
 */
/* eslint-disable no-irregular-whitespace -- U+202F (narrow no-break space) is French typography before ; : ! ? and inside « ». */
import { listOf } from "../format";

export const LOCALE = "fr";
export const list = (items: readonly string[]) => listOf(LOCALE, items);

/** The fallback for a calendar owner Outlook gave no usable name for (people.owner); OWNER_START begins a sentence. */
export const OWNER = "la personne propriétaire";
const OWNER_START = "La personne propriétaire";

/** Starts with a vowel sound: a vowel, a mute h, or a y before a consonant ("Yves", not "Yann"). */
const VOWEL_START = /^(?:[aeiouhàâäéèêëîïôöûùüœæ]|y[^aeiouyàâäéèêëîïôöûùü])/i;

/**
 * "d’Alex", "de Marie", "de la personne propriétaire". A name's own article never contracts: "de Le
 * Goff Yann", "de La Fontaine" (fr review, finding 4), so there is no "du"/"des" branch.
 */
export const de = (name: string): string => (VOWEL_START.test(name) ? `d’${name}` : `de ${name}`);

/** "à Alex", "à Le Gall Anne", "à la personne propriétaire". */
export const a = (name: string): string => `à ${name}`;

/** The owner at the start of a sentence: the fallback gets its capital, a real name stays as it is. */
export const start = (name: string): string => (name === OWNER ? OWNER_START : name);

/** An interface label between « » (an English one when no French label is confirmed: « Skype Meeting »). */
export const q = (label: string): string => `« ${label} »`;
