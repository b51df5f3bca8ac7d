/**
 * The decoder per language: the localized wordings we could confirm in a public source (each row
 * names it), the language-independent codes inside text in any language, and near misses in each
 * language that must stay "not recognised".
 *
 * Rows marked "wrapper" surround a real code with ordinary words of that language; they test that
 * the code is read whatever surrounds it, not that Outlook phrases it that way. Dutch wordings (Outlook's
 * send-on-behalf and sharing-policy refusals) are in publicSources.test.ts and localized.test.ts, so its
 * rows here are codes only.
 */
import { de } from "../../../src/i18n/de";
import { en } from "../../../src/i18n/en";
import { fr } from "../../../src/i18n/fr";
import { nl } from "../../../src/i18n/nl";
import { decodeError } from "../../../src/diagnosis/errors/decode";
import type { ErrorId } from "../../../src/diagnosis/errors/knowledgeBase";
import type { Messages } from "../../../src/i18n/messages";
import { PARTIES } from "./cases";

interface Row {
  readonly expected: ErrorId;
  readonly text: string;
  /** Where the wording comes from; "wrapper" when only the code inside it is real. */
  readonly source: string;
}

const SEND_AS_CODE = "[0x80070005-0x000004dc-0x00000524]";

const ROWS: Readonly<Record<"en" | "nl" | "fr" | "de", readonly Row[]>> = {
  en: [
    {
      expected: "send-on-behalf",
      text: `This message could not be sent. You do not have the permission to send the message on behalf of the specified user. Error is ${SEND_AS_CODE}.`,
      source: "https://github.com/microsoftgraph/microsoft-graph-docs/issues/4085",
    },
    {
      expected: "lync-delegate",
      text: "You do not have permissions to schedule Lync Meetings on behalf of the owner of this account. Please contact the owner of the account to get delegate permissions in Microsoft Lync.",
      source: "https://learn.microsoft.com/skypeforbusiness/troubleshoot/server-meetings/cannot-use-lync-meeting-add-in",
    },
    {
      expected: "webex-scheduling-permission",
      text: "Error: Unable to schedule on behalf of other user.",
      source: "https://help.webex.com/en-us/article/WBX28944",
    },
    {
      expected: "zoom-scheduling-privilege",
      // Zoom answers with the user id when schedule_for was not an address.
      text: "code: 3000, message: 'You cannot schedule a meeting for weYlvJUTRtmzWbX7hwD4Kg.'",
      source: "https://devforum.zoom.us/t/error-updating-meeting-host-with-server-to-server-oauth-account-level-app/129457",
    },
    {
      expected: "zoom-scheduling-privilege",
      text: '{"code":3000,"message":"You cannot schedule a meeting for alex.wilber@contoso.com"} (schedule_for)',
      source: "Zoom API: POST /users/{userId}/meetings with schedule_for",
    },
    {
      expected: "send-on-behalf",
      text: "554 5.2.252 SendAsDeniedException.Mapi; Cannot submit message.",
      source: "Exchange's SendAsDenied exception name (learn.microsoft.com aa494038); the 5.2.252 form itself is not in a public source",
    },
    {
      expected: "calendar-read-only",
      text: "You do not have sufficient permission to perform this operation on this object. See the folder contact or your system administrator.",
      source: "https://support.microsoft.com/kb/918717",
    },
  ],
  nl: [
    {
      expected: "send-on-behalf",
      text: `Dit bericht kon niet worden verzonden. Foutcode ${SEND_AS_CODE}.`,
      source: "wrapper; the code is the one in the English and German bounces above",
    },
    {
      expected: "send-on-behalf",
      text: "Onbestelbaar: 554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied",
      source: "wrapper; the exception name as in https://pastebin.com/kveGeNem",
    },
    {
      expected: "zoom-scheduling-privilege",
      text: "Zoom gaf een fout: code 3000, You cannot schedule a meeting for weYlvJUTRtmzWbX7hwD4Kg.",
      source: "wrapper; Zoom's API message stays English",
    },
  ],
  fr: [
    {
      expected: "calendar-read-only",
      text: "Vous ne disposez pas des autorisations suffisantes pour effectuer cette opération sur cet objet. Consultez le contact du dossier ou votre administrateur système.",
      source: "https://support.microsoft.com/fr-fr/topic/d84fb858-e896-e173-845f-a1902bd8bc72 (KB 918717)",
    },
    {
      expected: "send-on-behalf",
      text: `Ce message n’a pas pu être envoyé. L’erreur est ${SEND_AS_CODE}.`,
      source: "wrapper; the code is language-independent",
    },
    {
      expected: "webex-scheduling-permission",
      text: "Webex affiche : « Error: Unable to schedule on behalf of other user. »",
      source: "wrapper; https://help.webex.com/en-us/article/WBX28944",
    },
  ],
  de: [
    {
      expected: "send-on-behalf",
      text: [
        "Diese Nachricht konnte nicht gesendet werden. Sie besitzen nicht die Berechtigung, die Nachricht im Auftrag des angegebenen Benutzers zu senden.",
        "Diagnoseinformationen für Administratoren:",
        `Der Fehler lautet ${SEND_AS_CODE}.`,
      ].join("\n"),
      source: "https://pastebin.com/dUJNHrB0 (an Exchange Online bounce)",
    },
    {
      expected: "send-on-behalf",
      text: "Sie sind nicht berechtigt, im Auftrag des angegebenen Benutzers zu senden.",
      source: "https://technet.microsoft.com/de-de/library/dd298031",
    },
    {
      expected: "send-on-behalf",
      text: `Der Fehler lautet ${SEND_AS_CODE}.`,
      source: "the code alone, from the same bounce",
    },
    {
      expected: "calendar-read-only",
      text: "Sie besitzen nicht die erforderlichen Berechtigungen, um diesen Vorgang mit diesem Objekt auszuführen. Wenden Sie sich an die Kontaktperson dieses Ordners oder an Ihren Administrator.",
      source: "https://support.microsoft.com/de-lu/help/918717",
    },
    {
      expected: "calendar-read-only",
      text: "Sie verfügen nicht über ausreichende Berechtigungen, um diesen Vorgang für dieses Objekt auszuführen. Wenden Sie sich an den Ordnerkontakt oder Ihren Systemadministrator.",
      source: "http://support.microsoft.com/kb/2816258/de",
    },
    {
      expected: "lync-delegate",
      text: "Sie sind nicht berechtigt, Lync-Besprechungen im Namen des Besitzers dieses Kontos zu planen. Wenden Sie sich an den Besitzer des Kontos, um Stellvertretungsberechtigungen in Microsoft Lync zu erhalten.",
      source: "https://learn.microsoft.com/de-de/skypeforbusiness/troubleshoot/server-meetings/cannot-use-lync-meeting-add-in",
    },
    {
      expected: "lync-delegate",
      text: "Wenden Sie sich an den Besitzer des Kontos, um Stellvertretungsberechtigungen in Skype for Business zu erhalten.",
      source: "the same KB sentence after the rename to Skype for Business",
    },
  ],
};

/** Ordinary messages in each language that share words with the real ones but prove nothing. */
const NEAR_MISSES: Readonly<Record<"en" | "nl" | "fr" | "de", readonly string[]>> = {
  en: ["Error 0x80070005: access is denied.", "You do not have permission to view this calendar.", "Unable to schedule. Try again later."],
  nl: [
    "U hebt geen machtiging om deze map te openen.",
    "Fout 0x80070005: toegang geweigerd.",
    "Neem contact op met de eigenaar van het document.",
    "Onbestelbaar: 550 5.7.1 bericht geweigerd door het spamfilter.",
    "Alex heeft u gemachtigd voor zijn agenda.",
  ],
  fr: [
    "Vous n’avez pas l’autorisation d’ouvrir ce fichier.",
    "Erreur 0x80070005 : accès refusé.",
    "Ce calendrier est en lecture seule.",
    "Contactez le propriétaire du document.",
    "Vous ne disposez pas des autorisations suffisantes.",
  ],
  de: [
    "Sie haben keine Berechtigung, diese Datei zu öffnen.",
    "Fehler 0x80070005: Zugriff verweigert.",
    "Wenden Sie sich an den Besitzer des Dokuments.",
    "Diese Nachricht konnte nicht gesendet werden. Das Postfach ist voll.",
    "Sie besitzen nicht die erforderliche Berechtigung, um diesen Vorgang auszuführen.",
    "Alex hat Ihnen Stellvertretungsberechtigungen für den Kalender erteilt.",
  ],
};

const CATALOGUES: Readonly<Record<"en" | "nl" | "fr" | "de", Messages>> = { en, nl, fr, de };

describe.each(Object.keys(ROWS) as Array<keyof typeof ROWS>)("pasted in %s", (language) => {
  test.each(ROWS[language].map((row) => [row.expected, row.source, row] as const))("%s is recognised (%s)", (expected, _source, row) => {
    const decoded = decodeError(row.text, PARTIES, CATALOGUES[language]);
    expect(decoded.id).toBe(expected);
    // The explanation is in the pane's language, whatever language the message was in.
    expect(decoded.entry.title).toBe(CATALOGUES[language].errors[expected].title);
  });

  test.each(NEAR_MISSES[language])("near miss stays not recognised: %s", (text) => {
    const decoded = decodeError(text, PARTIES, CATALOGUES[language]);
    expect(decoded.id).toBe("unknown");
    expect(decoded.recognised).toBe(false);
  });
});
