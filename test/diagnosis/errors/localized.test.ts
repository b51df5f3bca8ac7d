/**
 * The refusals as Microsoft's localized pages word them (issue 34). Every "source" row is a sentence a
 * public Microsoft page prints, named by its address or its docs repository and path. "Derived" rows
 * change one wording of a source for another that means the same (named in the row): they show the
 * recognition goes by meaning, so a second translation still matches; none of them is added to the
 * knowledge base as a wording.
 *
 * Not found in any public localized source, so not recognised by their words (see the report):
 * Teams' refusal in Dutch; Lync's in French and Dutch; "shared with only some of the recipients" in
 * Dutch, French and German; Outlook for Mac and new Outlook wordings of these refusals.
 *
 * Look-alikes, in each of the four languages, share words with the refusals but are about something
 * else (opening a mailbox, a password, a daily sending limit, a room, free/busy, a channel): they must
 * stay "not recognised", whichever language the pane speaks.
 */
import fc from "fast-check";
import { decodeError } from "../../../src/diagnosis/errors/decode";
import type { ErrorId } from "../../../src/diagnosis/errors/knowledgeBase";
import { de } from "../../../src/i18n/de";
import { en } from "../../../src/i18n/en";
import { fr } from "../../../src/i18n/fr";
import type { Messages } from "../../../src/i18n/messages";
import { nl } from "../../../src/i18n/nl";
import { PARTIES } from "./cases";

type PaneLanguage = "en" | "fr" | "nl" | "de";
const PANES: Readonly<Record<PaneLanguage, Messages>> = { en, fr, nl, de };

interface Row {
  readonly expected: ErrorId;
  readonly text: string;
  /** The public page that prints the wording, or "derived: …" naming the source and the word changed. */
  readonly source: string;
}

const TEAMS_DE = "https://learn.microsoft.com/de-de/microsoftteams/troubleshoot/known-issues/teams-exchange-interaction-issue";
const TEAMS_FR = "https://learn.microsoft.com/fr-fr/microsoftteams/troubleshoot/exchange-integration/teams-exchange-interaction-issue";
const SHARED_DE = "MicrosoftDocs/microsoft-365-docs-pr.de-DE, microsoft-365/admin/email/resolve-issues-with-shared-mailboxes.md";
const SHARED_FR = "MicrosoftDocs/microsoft-365-docs-pr.fr-FR, microsoft-365/admin/email/resolve-issues-with-shared-mailboxes.md";
const POLICY_EN = "https://learn.microsoft.com/troubleshoot/exchange/calendars/policy-permissions-issue (KB 3187524)";
const POLICY_KB = "https://learn.microsoft.com/troubleshoot/outlook/calendaring/error-occurs-when-sending-sharing-invitation (KB 983062)";
const ALCHEMY = (language: string, file: string) => `isabella232/OfficeDocs-AlchemyInsights-pr.${language}, AlchemyInsights/${file}`;

const TEAMS_DE_TEXT =
  "Sie scheinen keine Berechtigung zum Planen von Besprechungen für dieses Konto zu haben. Wenden Sie sich an den Besitzer, um die Berechtigung zu erhalten, und versuchen Sie es erneut.";
const TEAMS_FR_TEXT =
  "Il semble que vous n’êtes pas autorisé à planifier des réunions pour ce compte. Contactez le propriétaire pour obtenir l’autorisation et essayez à nouveau.";

const ROWS: readonly Row[] = [
  // Teams' delegate refusal, Microsoft's Teams–Exchange interaction article.
  { expected: "teams-delegate", text: TEAMS_DE_TEXT, source: TEAMS_DE },
  {
    expected: "teams-delegate",
    text: "Sie scheinen keine Berechtigung zum Planen von Besprechungen für dieses Konto zu haben.",
    source: `${TEAMS_DE}, first sentence only`,
  },
  { expected: "teams-delegate", text: TEAMS_FR_TEXT, source: TEAMS_FR },
  {
    expected: "teams-delegate",
    text: "Il semble que vous n’êtes pas autorisé à planifier des réunions pour ce compte.",
    source: "https://learn.microsoft.com/fr-fr/microsoftteams/troubleshoot/known-issues/teams-exchange-interaction-issue, first sentence",
  },
  {
    expected: "teams-delegate",
    text: "Microsoft Teams : Contactez le propriétaire pour obtenir l’autorisation et essayez à nouveau.",
    source: `${TEAMS_FR}, second sentence, with the product's name`,
  },
  {
    expected: "teams-delegate",
    text: "Sie haben anscheinend keine Berechtigung, Besprechungen für dieses Konto zu planen.",
    source: `derived: ${TEAMS_DE}, "scheinen … zu haben" worded as "haben anscheinend"`,
  },
  {
    expected: "teams-delegate",
    text: "Il semble que vous n’avez pas l’autorisation de planifier des réunions pour ce compte.",
    source: `derived: ${TEAMS_FR}, "n'êtes pas autorisé à" worded as "n'avez pas l'autorisation de" (the wording of ${SHARED_FR})`,
  },
  {
    expected: "teams-delegate",
    text: "Offenbar verfügen Sie nicht über die Berechtigung, Besprechungen für dieses Konto einzuplanen.",
    source: `derived: ${TEAMS_DE}, worded as ${SHARED_DE} words its refusal ("verfügen nicht über die Berechtigung") and with "einzuplanen"`,
  },
  {
    expected: "teams-delegate",
    text: "Il semble que vous ne disposiez pas de l’autorisation de planifier des réunions pour ce compte.",
    source: `derived: ${TEAMS_FR}, "n'êtes pas autorisé à" worded as "ne disposiez pas de l'autorisation de"`,
  },
  {
    expected: "teams-delegate",
    text: "It seems you don't have permission to schedule meetings for this account.",
    source: 'derived: the English article, "Looks like" worded as "It seems"',
  },

  // Outlook's send-on-behalf refusal, each revision of Microsoft's localized shared-mailbox page.
  {
    expected: "send-on-behalf",
    text: "Diese Nachricht konnte nicht gesendet werden. Sie verfügen nicht über die Berechtigung, die Nachricht im Auftrag des angegebenen Benutzers zu senden.",
    source: `${SHARED_DE} (2021-01 revision)`,
  },
  {
    expected: "send-on-behalf",
    text: "Diese Nachricht konnte nicht gesendet werden. Sie haben nicht die Berechtigung, die Nachricht im Namen des angegebenen Benutzers zu senden.",
    source: `${SHARED_DE} (2021-05 revision)`,
  },
  {
    expected: "send-on-behalf",
    text: "Diese Nachricht konnte nicht gesendet werden. Sie verfügen nicht über die Berechtigung, die Nachricht im Namen des angegebenen Benutzers zu senden.",
    source: `${SHARED_DE} (a later revision)`,
  },
  {
    expected: "send-on-behalf",
    text: "Ce message n’a pas pu être envoyé. Vous n’êtes pas autorisé à envoyer le message au nom de l’utilisateur spécifié.",
    source: SHARED_FR,
  },
  {
    expected: "send-on-behalf",
    text: "Impossible d’envoyer ce message. Vous n’avez pas l’autorisation d’envoyer le message au nom de l’utilisateur spécifié.",
    source: `${SHARED_FR} (2022-10 revision)`,
  },
  {
    expected: "send-on-behalf",
    text: "Sie besitzen keine Berechtigung, die Nachricht im Namen des angegebenen Benutzers zu senden.",
    source: `derived: ${SHARED_DE}, "nicht die Berechtigung" worded as "keine Berechtigung"`,
  },
  {
    expected: "send-on-behalf",
    text: "U hebt geen machtiging om het bericht namens de opgegeven gebruiker te versturen.",
    source:
      'derived: MicrosoftDocs/microsoft-365-docs-pr.nl-NL, create-a-shared-mailbox.md, "toestemming" and "verzenden" worded as "machtiging" and "versturen"',
  },

  // Exchange's sharing policy refusing a permission level, and Outlook's "shared with some of the recipients".
  {
    expected: "sharing-policy-refused",
    text: "Policy does not allow granting permissions at this level to one or more of the recipient(s). Please select another permission level and send the sharing invite again.",
    source: POLICY_EN,
  },
  {
    expected: "sharing-policy-refused",
    text: "The Calendar was shared with some of the recipients. However, calendar sharing is not available with the following entries because of permission settings on your network:",
    source: POLICY_KB,
  },
  {
    expected: "sharing-policy-refused",
    text: "Richtlinie lässt nicht erteilen von Berechtigungen auf dieser Ebene an einen oder mehrere der Empfänger",
    source: `${ALCHEMY("de-DE", "412-policy-error-when-sharing-calendar.md")} and 618-calendar-sharing-policy.md`,
  },
  {
    expected: "sharing-policy-refused",
    text: "Stratégie n’autorise pas l’octroi d’autorisations à ce niveau pour une ou plusieurs des destinataires",
    source: ALCHEMY("fr-FR", "412-policy-error-when-sharing-calendar.md"),
  },
  {
    expected: "sharing-policy-refused",
    text: "La stratégie n’autorise pas l’octroi d’autorisations à ce niveau à un ou plusieurs destinataires",
    source: `${ALCHEMY("fr-FR", "618-calendar-sharing-policy.md")} (2020 revision)`,
  },
  {
    expected: "sharing-policy-refused",
    text: "Beleid staat niet toe dat machtigingen op dit niveau worden verleend aan een of meer van de ontvanger(s)",
    source: `${ALCHEMY("nl-NL", "618-calendar-sharing-policy.md")} (2020 revision)`,
  },
  {
    expected: "sharing-policy-refused",
    text: "Beleid kan geen machtigingen op dit niveau in een of meer van de ontvanger (s)",
    source: ALCHEMY("nl-NL", "412-policy-error-when-sharing-calendar.md"),
  },
  {
    expected: "sharing-policy-refused",
    text: "Die Richtlinie erlaubt nicht, Berechtigungen auf dieser Ebene für einen oder mehrere Empfänger zu erteilen.",
    source: `derived: ${ALCHEMY("de-DE", "412-policy-error-when-sharing-calendar.md")}, "lässt nicht erteilen" worded as "erlaubt nicht … zu erteilen"`,
  },
];

/** Same words, other subjects: each must stay "not recognised" in every pane language. */
const LOOK_ALIKES: Readonly<Record<PaneLanguage, readonly string[]>> = {
  en: [
    "You don't have permission to open this mailbox. Contact your administrator.",
    "You don't have permission to reset this user's password.",
    "Your message couldn't be sent because you have reached the daily sending limit for this account.",
    "You don't have permission to book this room. The room's booking policy only lets some people schedule meetings there.",
    "You do not have permission to view free/busy information for this account.",
    "You don't have permission to schedule meetings in this channel.",
    "You don't have permission to send email from this mailbox.",
    "Your password policy does not allow this password. Choose one that meets the requirements.",
    "The sharing policy for this account shares only free/busy information with people outside your organization.",
    // Outlook 2007 booking a room: https://learn.microsoft.com/previous-versions/troubleshoot/outlook/mailbox-declined-your-meeting-because-recurring-error
    'You marked "Room 4.1" as a resource. You cannot schedule a meeting with "Room 4.1" because you do not have the appropriate permissions for that account. Either enter the name as a required or optional attendee or talk to your administrator about giving you permission to schedule "Room 4.1".',
    "You do not have the required permissions to schedule meetings with Room 4.1 for that account. Room 4.1 is a resource.",
    // Opening a shared mailbox and the daily limit, in English as the AlchemyInsights pages below translate them (124, 5-1-90).
    "Something went wrong. You don't have permission to open this mailbox.",
    "5.1.90 Your message can't be sent because you've reached your daily limit for message recipients.",
  ],
  de: [
    "Sie haben keine Berechtigung, dieses Postfach zu öffnen. Wenden Sie sich an Ihren Administrator.",
    "Sie haben keine Berechtigung, das Kennwort dieses Benutzers zurückzusetzen.",
    "Diese Nachricht konnte nicht gesendet werden, weil Sie das tägliche Sendelimit für dieses Konto erreicht haben.",
    "Sie haben keine Berechtigung, diesen Raum zu buchen. Die Buchungsrichtlinie des Raums erlaubt nur bestimmten Personen, dort Besprechungen zu planen.",
    "Sie haben keine Berechtigung, die Frei/Gebucht-Informationen für dieses Konto anzuzeigen.",
    "Sie haben keine Berechtigung, Besprechungen in diesem Kanal zu planen.",
    "Sie haben keine Berechtigung, Nachrichten aus diesem Postfach zu senden.",
    "Die Kennwortrichtlinie lässt dieses Kennwort nicht zu.",
    "Die Freigaberichtlinie für dieses Konto gibt für Personen außerhalb der Organisation nur Frei/Gebucht-Informationen frei.",
    // The same, de-de: https://learn.microsoft.com/de-de/previous-versions/troubleshoot/outlook/mailbox-declined-your-meeting-because-recurring-error
    "Sie haben „Raum 4.1“ als Ressource markiert. Sie können keine Besprechung mit „Raum 4.1“ planen, da Sie nicht über die entsprechenden Berechtigungen für dieses Konto verfügen. Geben Sie entweder den Namen als verpflichtenden oder optionalen Teilnehmer ein, oder sprechen Sie mit Ihrem Administrator, damit Sie die Berechtigung erhalten, „Raum 4.1“ zu planen.",
    "Sie haben keine Berechtigung, Besprechungen mit „Raum 4.1“ für dieses Konto zu planen: „Raum 4.1“ ist eine Ressource.",
    // isabella232/OfficeDocs-AlchemyInsights-pr.de-DE, AlchemyInsights/124-getting-a-permission-error-when-accessing-a-shared-mailbox-in-owa.md and 5-1-90-your-message-cant-be-sent-daily-limit.md
    "Sie sind nicht berechtigt, dieses Postfach zu öffnen.",
    "5.1.90 Ihre Nachricht kann nicht gesendet werden, weil Sie Ihren täglichen Empfängerratengrenzwert erreicht haben.",
    // Free/busy only: http://support.microsoft.com/kb/2816258/de
    "Sie sind nicht berechtigt, diesen Kalender anzuzeigen. Möchten Sie den Benutzer bitten, seinen Kalender für Sie freizugeben?",
  ],
  fr: [
    "Vous n’avez pas l’autorisation d’ouvrir cette boîte aux lettres. Contactez votre administrateur.",
    "Vous n’êtes pas autorisé à réinitialiser le mot de passe de cet utilisateur.",
    "Ce message n’a pas pu être envoyé, car vous avez atteint la limite d’envoi quotidienne de ce compte.",
    "Vous n’êtes pas autorisé à réserver cette salle. La stratégie de réservation de la salle limite qui peut y planifier des réunions.",
    "Vous n’avez pas l’autorisation d’afficher les informations de disponibilité de ce compte.",
    "Vous n’êtes pas autorisé à planifier des réunions dans ce canal.",
    "Vous n’avez pas l’autorisation d’envoyer des messages depuis cette boîte aux lettres.",
    "La stratégie de mot de passe n’autorise pas ce mot de passe.",
    "La stratégie de partage de ce compte ne partage que les informations de disponibilité avec les personnes extérieures.",
    // isabella232/OfficeDocs-AlchemyInsights-pr.fr-FR, the same two pages
    "Un problème. Vous n’êtes pas autorisé à ouvrir cette boîte aux lettres.",
    "5.1.90 Votre message ne peut pas être envoyé car vous avez atteint votre limite quotidienne pour les destinataires du message",
  ],
  nl: [
    "U hebt geen toestemming om dit postvak te openen. Neem contact op met uw beheerder.",
    "U bent niet gemachtigd om het wachtwoord van deze gebruiker opnieuw in te stellen.",
    "Dit bericht kan niet worden verzonden omdat u de dagelijkse verzendlimiet voor dit account hebt bereikt.",
    "U hebt geen toestemming om deze ruimte te reserveren. Het reserveringsbeleid van de ruimte bepaalt wie er vergaderingen mag plannen.",
    "U hebt geen toestemming om de beschikbaarheidsgegevens van dit account te bekijken.",
    "U hebt geen toestemming om vergaderingen in dit kanaal te plannen.",
    "U hebt geen toestemming om e-mail te verzenden vanuit dit postvak.",
    "Het wachtwoordbeleid staat dit wachtwoord niet toe.",
    "Het deelbeleid van dit account deelt alleen beschikbaarheid met personen buiten uw organisatie.",
    // isabella232/OfficeDocs-AlchemyInsights-pr.nl-NL, the same two pages
    "Is er iets misgegaan. U hebt geen machtiging voor het openen van deze mailbox.",
    "5.1.90 Uw bericht kan niet worden verzonden omdat u uw dagelijkse limiet voor geadresseerden van berichten hebt bereikt",
  ],
};

describe("refusals as Microsoft's localized pages word them", () => {
  test.each(ROWS.map((row) => [row.expected, row.source, row] as const))("%s: %s", (expected, _source, row) => {
    for (const language of Object.keys(PANES) as PaneLanguage[]) {
      const decoded = decodeError(row.text, PARTIES, PANES[language]);
      expect(decoded.id).toBe(expected);
      // The explanation is in the pane's language, whatever language the message was in.
      expect(decoded.entry.title).toBe(PANES[language].errors[expected].title);
      expect(decoded.sentenceRead).toBe(true);
    }
  });

  test("case, quote style and line breaks never change the answer, in any language", () => {
    const restyle = fc.record({ upper: fc.boolean(), straight: fc.boolean(), breaks: fc.boolean() });
    fc.assert(
      fc.property(fc.constantFrom(...ROWS), restyle, (row, style) => {
        let variant = style.upper ? row.text.toUpperCase() : row.text;
        if (style.straight) variant = variant.replace(/\u2019/g, "'");
        if (style.breaks) variant = variant.replace(/ /g, (space, offset: number) => (offset % 4 === 0 ? "\r\n" : space));
        expect(decodeError(variant, PARTIES, en).id).toBe(row.expected);
      }),
      { numRuns: 300 },
    );
  });

  test("every row names a public source, or the source it was derived from", () => {
    for (const row of ROWS)
      expect(row.source).toMatch(
        /^(?:derived: )?(?:https:\/\/(?:learn|support)\.microsoft\.com\/|MicrosoftDocs\/|isabella232\/|the English)/,
      );
  });
});

test("a sharing-policy refusal says who fixes it: the owner shares again, IT checks the owner's sharing policy", () => {
  const decoded = decodeError(
    "Beleid staat niet toe dat machtigingen op dit niveau worden verleend aan een of meer van de ontvanger(s)",
    PARTIES,
    nl,
  );
  expect(decoded.id).toBe("sharing-policy-refused");
  // It proves no permission of yours missing, so no check changes; its own fix is shown instead.
  expect(decoded.entry.layer).toBe("none");
  expect(decoded.entry.remedies.map((remedy) => remedy.actor)).toEqual(["owner", "admin"]);
  const commands = decoded.entry.remedies.flatMap((remedy) => remedy.steps).filter((step) => step.kind === "command");
  expect(commands.map((step) => step.text)).toEqual(["Get-Mailbox -Identity 'alex.wilber@contoso.com' | Format-List SharingPolicy"]);
  expect(decoded.entry.remedies[0]?.summary).toBe(nl.remedies.sharingPolicy.owner({ delegate: "Megan" }));
});

describe.each(Object.keys(LOOK_ALIKES) as PaneLanguage[])("look-alikes in %s", (language) => {
  test.each(LOOK_ALIKES[language])("stays not recognised in every pane: %s", (text) => {
    for (const pane of Object.values(PANES)) {
      const decoded = decodeError(text, PARTIES, pane);
      expect(decoded.id).toBe("unknown");
      expect(decoded.recognised).toBe(false);
      // It is in a language the pane reads, so the pane does not claim otherwise.
      expect(decoded.sentenceRead).toBe(true);
    }
  });
});

describe("text in a language the pane does not read", () => {
  const NOT_READ: ReadonlyArray<{ text: string; source: string; expected: ErrorId; signals: readonly string[] }> = [
    {
      text: "Sembra che non si disponga dell'autorizzazione per pianificare riunioni per questo account. Rivolgersi al proprietario per ottenere il permesso e riprovare.",
      source: "https://learn.microsoft.com/it-it/microsoftteams/troubleshoot/exchange-integration/teams-exchange-interaction-issue",
      expected: "unknown",
      signals: [],
    },
    {
      text: "Microsoft Teams: Du verkar inte ha behörighet att schemalägga möten för det här kontot. Prata med ägaren för att få behörighet och försök igen.",
      source:
        "https://learn.microsoft.com/sv-se/microsoftteams/troubleshoot/exchange-integration/teams-exchange-interaction-issue, with the product's name",
      expected: "unknown",
      signals: ["Microsoft Teams"],
    },
    {
      text: "Vypadá to, že pro tento účet nemáte oprávnění plánovat schůzky. Promluvte si s majitelem o získání povolení a zkuste to znovu.",
      source: "https://docs.microsoft.com/cs-cz/microsoftteams/troubleshoot/known-issues/teams-exchange-interaction-issue",
      expected: "unknown",
      signals: [],
    },
    {
      text: "No se pudo entregar el mensaje. 554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied",
      source: "wrapper (Spanish words around Exchange's exception name)",
      expected: "send-on-behalf",
      signals: ["SMTP 5.2.0", "SendAsDenied"],
    },
    {
      text: "Errore: ErrorSendAsDenied. Impossibile inviare il messaggio per conto di questo utente.",
      source: "wrapper (Italian words around EWS's ErrorSendAsDenied)",
      expected: "send-on-behalf",
      signals: ["ErrorSendAsDenied"],
    },
    {
      text: "El mensaje no se pudo entregar: 550 5.7.1 no tiene permiso para enviar en nombre de este usuario.",
      source: "wrapper (Spanish words around an SMTP status)",
      expected: "unknown",
      signals: ["SMTP 5.7.1"],
    },
    {
      text: "Erro da API do Zoom: code 3000, não é possível agendar a reunião para este usuário.",
      source: "wrapper (Portuguese words around Zoom's error code)",
      expected: "unknown",
      signals: ["Zoom 3000", "Zoom"],
    },
  ];

  test.each(NOT_READ.map((row) => [row.source, row] as const))("%s", (_source, row) => {
    for (const pane of Object.values(PANES)) {
      const decoded = decodeError(row.text, PARTIES, pane);
      expect(decoded.id).toBe(row.expected);
      expect(decoded.sentenceRead).toBe(false);
      expect(decoded.signals).toEqual(row.signals);
    }
  });

  test("codes and fragments too short to have a language are not called foreign", () => {
    for (const text of ["5.7.1", "ErrorSendAsDenied", "[0x80070005-0x000004dc-0x00000524]", "Permission denied"])
      expect(decodeError(text, PARTIES, en).sentenceRead).toBe(true);
  });
});
