/**
 * Client profiles: which Outlook client the simulated host behaves like. A profile is data: the HTML
 * transform it applies to every body write, the host it reports, and its quirks, each with the
 * public report it comes from. "faithful" (the default) stores HTML byte for byte, so tests can
 * compare bodies exactly; the others rewrite the body as real clients do (rewrite.ts).
 */
import { rewriteForClassic, rewriteForMac, rewriteForWeb } from "./rewrite";
import { CLASSIC_WINDOWS, MAC, OUTLOOK_WEB } from "./scenarios";
import type { HostDetails } from "./types";

export type ClientId = "faithful" | "web" | "classic" | "mac";

/** Outlook on the web: is the meeting composed in the embedded form or in a separate (popped-out) window? */
export type ComposeMode = "popout" | "embedded";

export interface Evidence {
  /** "OfficeDev/office-js #5296", "Office.js reference: Body.getAsync", … */
  readonly source: string;
  readonly url: string;
  /** What the report says, quoted. */
  readonly quote: string;
}

export interface Quirk {
  readonly id: string;
  /** What the simulator does, in one sentence. */
  readonly summary: string;
  /** Empty only for an explicit assumption (the summary says so). */
  readonly evidence: readonly Evidence[];
}

export interface ClientProfile {
  readonly id: ClientId;
  readonly label: string;
  readonly description: string;
  /** The host this client reports (overrides the scenario's); undefined keeps the scenario's host. */
  readonly host: HostDetails | undefined;
  /** Applied to the whole HTML body after every write (setAsync, prependAsync, setSelectedDataAsync). */
  readonly rewriteHtml: (html: string) => string;
  /** The first body.getAsync after each write returns the body as it was before that write (once). */
  readonly staleFirstReadAfterWrite: boolean;
  /** What a reopened pane sees of saved custom properties: all of them, or those of the last item.saveAsync. */
  readonly customPropertiesOnReopen: "kept" | "as-of-item-save";
  /** OnAppointmentSend runs only when the meeting is composed in a separate (popped-out) window. */
  readonly sendCheckOnlyWhenPoppedOut: boolean;
  readonly quirks: readonly Quirk[];
}

/** A profile as plain data (what window.__sim and describeScenario report). */
export interface ClientSummary {
  readonly id: ClientId;
  readonly label: string;
  readonly description: string;
  readonly quirks: readonly Quirk[];
}

export const DEFAULT_CLIENT_ID: ClientId = "faithful";

// --- Evidence ---------------------------------------------------------------------------------

const GET_ASYNC_REFERENCE: Evidence = {
  source: "Office.js reference: Body.getAsync",
  url: "https://learn.microsoft.com/javascript/api/outlook/office.body#outlook-office-body-getasync-member(1)",
  quote:
    "the value returned by the `Body.getAsync` method won't necessarily be the exact same value that was previously passed in the `Body.setAsync` method. The client may modify the value passed to `setAsync` to make it render efficiently with its rendering engine.",
};

const ISSUE = (repo: string, number: number, quote: string): Evidence => ({
  source: `${repo} #${number}`,
  url: `https://github.com/${repo}/issues/${number}`,
  quote,
});

const OFFICE_JS = "OfficeDev/office-js";

const MAC_PROPERTIES_VANISH = ISSUE(
  OFFICE_JS,
  1557,
  "Custom property will disappeared after saving about 30 minutes on shared calendar ... Only read '{}' and status 'success'",
);

// --- Profiles ---------------------------------------------------------------------------------

export const FAITHFUL: ClientProfile = {
  id: "faithful",
  label: "Faithful (stores HTML exactly)",
  description: "Not a real client: HTML is stored byte for byte as the add-in wrote it, so tests can compare bodies exactly.",
  host: undefined,
  rewriteHtml: (html) => html,
  staleFirstReadAfterWrite: false,
  customPropertiesOnReopen: "kept",
  sendCheckOnlyWhenPoppedOut: false,
  quirks: [],
};

export const WEB: ClientProfile = {
  id: "web",
  label: "Outlook on the web / new Outlook",
  description:
    'Sanitises what the add-in writes: comments, class and data-* attributes go, divs and paragraphs come back as class="elementToProof", and every write wraps the body in one more <div><span>…</span><br></div>.',
  host: OUTLOOK_WEB,
  rewriteHtml: rewriteForWeb,
  staleFirstReadAfterWrite: false,
  customPropertiesOnReopen: "kept",
  sendCheckOnlyWhenPoppedOut: true,
  quirks: [
    {
      id: "html-rewritten",
      summary: "getAsync does not return what setAsync wrote.",
      evidence: [GET_ASYNC_REFERENCE],
    },
    {
      id: "class-and-data-removed",
      summary: "Every class and data-* attribute is removed.",
      evidence: [
        ISSUE(
          OFFICE_JS,
          5296,
          "these attributes will be removed during the HTML sanitization process in Outlook Web and the new Outlook, and unfortunately, this behavior cannot be bypassed.",
        ),
        ISSUE(
          OFFICE_JS,
          5320,
          "only the `elementToProof` class from the first `<div>` is present in the returned HTML. Other class attributes, including nested ones, are missing.",
        ),
      ],
    },
    {
      id: "element-to-proof",
      summary: 'Divs and paragraphs are rebuilt with class="elementToProof".',
      evidence: [
        ISSUE(
          OFFICE_JS,
          5482,
          'setAsync(\'<div style="color: red"><p>Hello</p></div>\') reads back as <p class="elementToProof"><span style="…">Hello</span></p><div class="elementToProof" …><br></div> (closed: by design)',
        ),
        ISSUE(
          OFFICE_JS,
          5853,
          "In some cases, the outer elements are `<div>`, in others, they might be `<span>, <p>,` or mixed elements. (closed: by design)",
        ),
      ],
    },
    {
      id: "wrapper-and-br-per-write",
      summary:
        "Every write wraps the whole body in <div><span>…</span><br></div>: read-and-write-back grows the body by one wrapper and one <br>.",
      evidence: [
        ISSUE(
          OFFICE_JS,
          6778,
          "an extra `div` wrapper around all pre-existing content, with a child `span`, and most notably, an extra `<br>` at the end (after the `span`) ... with each `body.setAsync` call, the body grows structurally with no bounds.",
        ),
        ISSUE(
          OFFICE_JS,
          6643,
          "wrapping the html in a new <div><span> combination and is adding a <br> at the end of the new content. ... Every time that the email is rewritten, a new <br> is added. (Microsoft: this only repros on New Outlook and Outlook on the Web)",
        ),
      ],
    },
    {
      id: "comments-removed",
      summary: "HTML comments are removed. Assumption: whether they survive is documented nowhere.",
      evidence: [],
    },
    {
      id: "send-check-popout-only",
      summary:
        "OnAppointmentSend runs only when the meeting is composed in a separate (popped-out) window (?compose=embedded turns it off).",
      evidence: [
        {
          source: "Smart Alerts: Limitations",
          url: "https://learn.microsoft.com/office/dev/add-ins/outlook/onmessagesend-onappointmentsend-events#limitations",
          quote:
            "In Outlook on the web and in new Outlook on Windows, the `OnAppointmentSend` event only occurs when a meeting is sent from a separate window. The event doesn't occur when a meeting is sent from an embedded meeting form or when a meeting is forwarded.",
        },
      ],
    },
  ],
};

export const CLASSIC: ClientProfile = {
  id: "classic",
  label: "Classic Outlook for Windows",
  description:
    "Stores Word HTML (a generated <html> with Office namespaces and <head>, <p class=MsoNormal> inside <div class=WordSection1>, CRLF line ends); custom properties survive a reopen only as of the last item.saveAsync.",
  host: CLASSIC_WINDOWS,
  rewriteHtml: rewriteForClassic,
  staleFirstReadAfterWrite: false,
  customPropertiesOnReopen: "as-of-item-save",
  sendCheckOnlyWhenPoppedOut: false,
  quirks: [
    {
      id: "html-rewritten",
      summary: "getAsync does not return what setAsync wrote.",
      evidence: [GET_ASYNC_REFERENCE],
    },
    {
      id: "word-html",
      summary:
        "The body becomes a Word HTML document: Office namespaces, a generated <head> whose style sheet sits inside <!-- -->, inline content in <p class=MsoNormal> inside <div class=WordSection1>, CRLF between tags. class and data-* stay.",
      evidence: [
        ISSUE(
          "OfficeDev/office-js-docs-reference",
          827,
          'the Desktop Outlook messes the text up. Replacing almost everything with paragraphs and spans. <div><a href=\'{url}\'>{name}</a></div> came back as <div> <p class="x_MsoNormal" …><span …><a href="{url}" …>{name}</a></span></p> </div>',
        ),
        ISSUE(
          OFFICE_JS,
          2101,
          'This is what arrives after sending: <html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://s…',
        ),
        ISSUE(
          "Sicos1977/MSGReader",
          324,
          'it has lots of "\\r\\n": <head><meta name=ProgId content=Word1.Document><style><!-- p.MsoNormal, div.MsoNormal {margin:0cm;} --></style></head><body><div><p class=MsoNormal>1',
        ),
        ISSUE(OFFICE_JS, 5296, "This issue does not occur in Outlook Classic (Windows), where `class` attributes work as expected."),
      ],
    },
    {
      id: "comments-removed",
      summary: "The add-in's HTML comments do not survive the conversion to Word HTML. Assumption: not documented.",
      evidence: [],
    },
    {
      id: "custom-properties-need-item-save",
      summary: "A reopened pane (page reload) sees custom properties only as of the last item.saveAsync.",
      evidence: [
        {
          source: "Get and set add-in metadata for an Outlook add-in",
          url: "https://learn.microsoft.com/office/dev/add-ins/outlook/metadata-for-an-outlook-add-in",
          quote:
            "In classic Outlook on Windows, custom properties saved while in compose mode only persist after the item being composed is closed or after `Office.context.mailbox.item.saveAsync` is called.",
        },
      ],
    },
  ],
};

export const MAC_CLIENT: ClientProfile = {
  id: "mac",
  label: "Outlook for Mac",
  description:
    "body.getAsync returns a whole <html> document, and its first read after each write returns the body as it was before that write. Custom properties that vanish: add ?props=lost.",
  host: MAC,
  rewriteHtml: rewriteForMac,
  staleFirstReadAfterWrite: true,
  customPropertiesOnReopen: "kept",
  sendCheckOnlyWhenPoppedOut: false,
  quirks: [
    {
      id: "html-rewritten",
      summary: "getAsync does not return what setAsync wrote.",
      evidence: [GET_ASYNC_REFERENCE],
    },
    {
      id: "whole-document",
      summary: "The body is returned as a whole Word-generated <html> document (one, however often it is written back).",
      evidence: [
        ISSUE(
          OFFICE_JS,
          2426,
          'When using the "New Outlook" version on macOS, `Office.context.mailbox.item.body.getAsync("html")` returns the whole email content, including `<html>`, `<head>` and `<body>` tags.',
        ),
      ],
    },
    {
      id: "stale-first-read",
      summary: "The first body.getAsync after each write returns the previous body (once); the next one returns the new body.",
      evidence: [
        ISSUE(
          OFFICE_JS,
          5983,
          "On the New Outlook for Mac, when calling `body.setAsync` to set the email body, the email body retrieved from `body.getAsync` in the setAsync callback still has the old email body. `body.getAsync` returns the updated email body after additional delays.",
        ),
      ],
    },
    {
      id: "custom-properties-vanish",
      summary:
        "Custom properties have vanished about 30 minutes after saving (delegate calendar): emulated by ?props=lost (a reload starts without them).",
      evidence: [MAC_PROPERTIES_VANISH],
    },
  ],
};

export const CLIENTS: readonly ClientProfile[] = [FAITHFUL, WEB, CLASSIC, MAC_CLIENT];

export function findClient(id: unknown): ClientProfile | undefined {
  return CLIENTS.find((client) => client.id === id);
}

export function getClient(id: unknown): ClientProfile {
  return findClient(id) ?? FAITHFUL;
}

export function summarizeClient(client: ClientProfile): ClientSummary {
  return JSON.parse(
    JSON.stringify({ id: client.id, label: client.label, description: client.description, quirks: client.quirks }),
  ) as ClientSummary;
}

/** The lose-custom-properties-on-reopen quirk, offered for every profile (?props=lost). */
export const LOSE_PROPS_QUIRK: Quirk = {
  id: "custom-properties-lost-on-reopen",
  summary: "A reopened pane (page reload) starts with no custom properties (?props=lost / __SIM_LOSE_PROPS__).",
  evidence: [MAC_PROPERTIES_VANISH],
};
