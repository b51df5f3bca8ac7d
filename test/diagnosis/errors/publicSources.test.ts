/**
 * Errors recognised because a public source quotes them, one row per wording with its source, and
 * near misses of the same words that must stay "not recognised" (a wrong confident match is worse).
 */
import { decodeError } from "../../../src/diagnosis/errors/decode";
import type { ErrorId } from "../../../src/diagnosis/errors/knowledgeBase";
import { en } from "../../../src/i18n/en";
import { PARTIES } from "./cases";

interface Row {
  readonly expected: ErrorId;
  readonly text: string;
  readonly source: string;
}

const NL_SHARED_MAILBOX = "MicrosoftDocs/microsoft-365-docs-pr.nl-NL, microsoft-365/admin/email/create-a-shared-mailbox.md";
const SKYPE_DELEGATE = "MicrosoftDocs/SupportArticles-docs, cannot-create-meeting-delegate.md";
const ZOOM_API = "Zoom Meeting API reference, error 3000 (POST /users/{userId}/meetings)";

const ROWS: readonly Row[] = [
  {
    expected: "send-on-behalf",
    text: "Dit bericht kan niet worden verzonden. U hebt geen toestemming om het bericht namens de opgegeven gebruiker te verzenden.",
    source: `${NL_SHARED_MAILBOX} (one revision)`,
  },
  {
    expected: "send-on-behalf",
    text: "Dit bericht kan niet worden verzonden. U bent niet gemachtigd om het bericht te verzenden namens de opgegeven gebruiker.",
    source: `${NL_SHARED_MAILBOX} (the other revision)`,
  },
  {
    expected: "send-on-behalf",
    text: "Dit bericht kan niet worden verzonden. U hebt niet de machtiging om het bericht namens de opgegeven gebruiker te verzenden. [0x80070005-0x000004dc-0x00000524]",
    source: `${NL_SHARED_MAILBOX} (a third translation), with Outlook's code`,
  },
  {
    expected: "lync-delegate",
    text: 'ms-diagnostics: 4268;reason="Delegate operation not allowed as delegate and delegator are in different deployments.";source="BLU2A16FES08.infra.lync.com"',
    source: SKYPE_DELEGATE,
  },
  {
    expected: "lync-delegate",
    text: "Content-Type: application/msrtc-fault+xml\nServer: RTC/7.0\n- <Fault>\n<Faultcode>Client.Delegate.Operation.NotAuthorized</Faultcode>",
    source: SKYPE_DELEGATE,
  },
  { expected: "zoom-scheduling-privilege", text: "You cannot schedule a meeting for {userId}.", source: ZOOM_API },
  { expected: "zoom-scheduling-privilege", text: "Error Code: `3000` You cannot schedule a meeting for {userId}", source: ZOOM_API },
];

const NEAR_MISSES: readonly string[] = [
  // The same Dutch words about something else than sending.
  "Vergaderingen plannen namens de opgegeven gebruiker is uitgeschakeld.",
  "Het bericht is namens u verzonden.",
  // Other ms-diagnostics codes, and a 4268 that is a different number.
  'ms-diagnostics: 1003;reason="User does not exist"',
  'ms-diagnostics: 42680;reason="Something else"',
  "Client.Delegate.Operation.Succeeded",
  // Zoom's other templates with braces, and the template's words about a date.
  "User does not exist: {userId}.",
  "You cannot schedule a meeting for a past date.",
];

test.each(ROWS.map((row) => [row.expected, row.source, row.text] as const))("%s is recognised (%s)", (expected, _source, text) => {
  expect(decodeError(text, PARTIES, en).id).toBe(expected);
});

test.each(NEAR_MISSES)("near miss stays not recognised: %s", (text) => {
  expect(decodeError(text, PARTIES, en).id).toBe("unknown");
});
