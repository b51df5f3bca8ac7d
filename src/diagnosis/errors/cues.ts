/**
 * Recognition by meaning: the words that carry each piece of a refusal, per language. A localized
 * refusal is matched when one sentence holds every cue of its kind (for Teams: no permission,
 * scheduling, meetings, this account), so a second translation that words the same refusal
 * differently ("Sie verfügen nicht über die Berechtigung" / "Sie haben nicht die Berechtigung",
 * "im Auftrag" / "im Namen") still matches, while a sentence about something else (opening a
 * folder, a password, a daily sending limit) lacks a cue and does not.
 *
 * Each list is drawn from the wordings Microsoft's localized pages print (test/diagnosis/errors/
 * publicSources.test.ts names them) and from that language's ordinary ways of saying the same
 * thing. A language is left out of a kind where no localized wording of it was found: a cue list
 * without a real sentence behind it would be a guess.
 *
 * Patterns run on normalised text (normalize.ts). JavaScript's \b only knows ASCII letters, so no
 * \b stands next to an accented letter. Every pattern is a plain alternation: linear to run.
 */

export type CueLanguage = "en" | "fr" | "nl" | "de";

type PerLanguage = Readonly<Partial<Record<CueLanguage, RegExp>>>;

/** "You don't have permission", "not authorised", in each language. */
export const NO_PERMISSION: PerLanguage = {
  en: /\b(?:do|does|did) not have (?:the |any )?(?:necessary |required |sufficient )?permissions?\b|\bno permissions?\b|\bnot (?:authori[sz]ed|allowed|permitted)\b|\bwithout (?:the )?permissions?\b/,
  // "Sie scheinen keine Berechtigung", "Sie verfügen nicht über die Berechtigung", "Sie haben / besitzen nicht die Berechtigung", "nicht berechtigt".
  de: /\bkeine (?:erforderliche |ausreichende )?berechtigung|\bnicht (?:über )?die (?:erforderliche |notwendige )?berechtigung|\bnicht berechtigt\b/,
  // "vous n'êtes pas autorisé", "vous n'avez pas l'autorisation", "vous ne disposez pas de l'autorisation", "pas le droit".
  fr: /n'(?:ê|e)tes pas (?:autoris|habilit)|\bpas (?:l'|d')autorisation|\bpas la permission|\bpas le droit|\baucune autorisation|\bne dispos(?:ez|iez) pas (?:de l'|d'|des )autorisation/,
  // "U hebt geen toestemming", "U bent niet gemachtigd", "U hebt niet de machtiging".
  nl: /\bgeen (?:toestemming|machtiging|machtigingen|bevoegdheid)\b|\bniet (?:de )?(?:toestemming|machtiging)\b|\bniet (?:gemachtigd|bevoegd|toegestaan)\b/,
};

export const SCHEDULE: PerLanguage = {
  en: /\bschedul(?:e|ing)\b/,
  // "zu planen", "zum Planen", "einzuplanen".
  de: /planen\b|\bplanung\b|\bterminieren\b/,
  fr: /\bplanifi|\bprogrammer\b|\borganiser\b/,
};

export const MEETINGS: PerLanguage = {
  en: /\bmeetings?\b/,
  de: /besprechung|\bmeetings?\b/,
  fr: /\br(?:é|e)unions?\b|\bmeetings?\b/,
};

/** "for this account": what tells Teams' refusal from a channel's, a room's or a file's. */
export const THIS_ACCOUNT: PerLanguage = {
  en: /\b(?:this|that|the owner's) account\b/,
  de: /\b(?:dieses|diesem|des) kontos?\b/,
  fr: /\b(?:ce|cet) compte\b/,
};

export const SEND: PerLanguage = {
  en: /\bsend(?:ing)?\b/,
  de: /\b(?:senden|versenden)\b/,
  fr: /\benvoy|\benvoi\b/,
  nl: /\b(?:verzenden|versturen)\b/,
};

export const ON_BEHALF: PerLanguage = {
  en: /\bon behalf of\b/,
  de: /\bim (?:auftrag|namen) (?:des|der|von|dieses|dieser)\b/,
  fr: /\bau nom d|\bde la part d|\bpour le compte d/,
  nl: /\bnamens\b|\buit naam van\b/,
};

/** The person sent for: "the specified user", "this sender". */
export const OTHER_USER: PerLanguage = {
  en: /\b(?:the specified|this|that|the) (?:user|sender)\b/,
  de: /\b(?:benutzers?|absenders?)\b/,
  fr: /\butilisat(?:eur|rice)|\bexp(?:é|e)diteur/,
  nl: /\b(?:gebruiker|afzender)\b/,
};

/** Exchange's sharing policy refusing a permission level: policy, permissions, this level, recipients, and a "not". */
export const POLICY: PerLanguage = {
  en: /\bpolic(?:y|ies)\b/,
  de: /\brichtlinie/,
  fr: /\bstrat(?:é|e)gie|\bpolitique\b/,
  nl: /\bbeleid\b/,
};

export const PERMISSIONS: PerLanguage = {
  en: /\bpermissions?\b/,
  de: /\bberechtigung/,
  fr: /\bautorisations?\b/,
  nl: /\bmachtiging/,
};

export const THIS_LEVEL: PerLanguage = {
  en: /\bthis level\b|\bpermission level\b/,
  de: /\bdieser ebene\b|\bberechtigungsstufe/,
  fr: /\bce niveau\b|\bniveau d'autorisation/,
  nl: /\bdit niveau\b|\bmachtigingsniveau\b/,
};

export const RECIPIENTS: PerLanguage = {
  en: /\brecipient/,
  de: /\bempf(?:ä|ae)nger/,
  fr: /\bdestinataire/,
  nl: /\bontvanger|\bgeadresseerde/,
};

/** The Lync / Skype for Business refusal names "the owner of this account". */
export const OWNER_OF_ACCOUNT: PerLanguage = {
  en: /\bowner of (?:this|the) account\b/,
  de: /\bbesitzers? (?:dieses|des) kontos\b/,
};

export const LYNC_OR_SKYPE = /\blync\b|\bskype\b/;

/**
 * A room or equipment mailbox: Outlook's "You marked … as a resource. You cannot schedule a meeting
 * with … because you do not have the appropriate permissions for that account" is about booking it.
 */
export const RESOURCE = /\bress?ources?\b/;

/** The languages that have every cue of a kind. */
export function languagesWith(...kinds: readonly PerLanguage[]): CueLanguage[] {
  const all: CueLanguage[] = ["en", "fr", "nl", "de"];
  return all.filter((language) => kinds.every((kind) => kind[language] !== undefined));
}

/** A refusal, not a how-to: "does not allow", "lässt nicht", "n'autorise pas", "staat niet toe". */
export const NEGATION: PerLanguage = {
  en: /\bnot\b|\bno\b|\bcannot\b/,
  de: /\bnicht\b|\bkein/,
  fr: /\bpas\b|\bne\b|\bn'/,
  nl: /\bniet\b|\bgeen\b/,
};
