/**
 * German (de): the same keys and placeholders as English (../en; test/i18n checks both). Written for
 * executive assistants in Germany, Austria, Switzerland and Belgium's German-speaking community:
 * plain, short, polite German with "Sie".
 *
 * The owner placeholder and German cases: ${p.owner} is a name ("Alex"), an address, or the fallback
 * people.owner. A name or an address reads the same in every case, but a fallback noun does not
 * ("die Führungskraft" / "der Führungskraft"). So every sentence puts the owner in the dative only
 * ("Kalender von …", "im Auftrag von …", "bei …", "mit …", "Sie werden von … hinzugefügt",
 * "Der Kalender gehört …"), never as a subject, a direct object or after "für", and the fallback is
 * the dative "der Führungskraft". The owner is never referred to with "sein"/"ihr" (the gender is
 * unknown); sentences repeat the placeholder or say "diese Person".
 *
 * Outlook labels: only German labels confirmed in /work/research/i18n-sources.md are used, each with
 * its source in a comment. Unconfirmed labels stay in English inside "…" (German labels use „…“).
 * Role and parameter values inside IT notes next to PowerShell commands (Editor, Reviewer, Delegate,
 * Owner) stay English, because that is what the commands take.
 */
import { listOf } from "../format";

export const LOCALE = "de";
export const list = (items: readonly string[]) => listOf(LOCALE, items);
