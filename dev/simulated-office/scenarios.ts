/**
 * The situations the simulated Outlook can be in. Each is a complete, stable description: who is
 * signed in, whose calendar the appointment is in, what the host is and which calls misbehave.
 */
import { ERRORS } from "./async";
import { AGENDA_HTML, AGENDA_TEXT, BODY_KINDS, bodyOfKind, HOSTILE_HTML, hugeHtml, type BodyKind } from "./bodies";
import type { HostDetails, InitialItem, PersonDetails, Scenario, ScenarioId, SharedPropertiesDetails, UserDetails } from "./types";

export const DEFAULT_SCENARIO_ID: ScenarioId = "delegate-editor";

const ALEX: PersonDetails = { emailAddress: "alex.wilber@contoso.com", displayName: "Alex Wilber" };
const MEGAN: UserDetails = {
  emailAddress: "megan.bowen@contoso.com",
  displayName: "Megan Bowen",
  timeZone: "W. Europe Standard Time",
  accountType: "enterprise",
};

export const CLASSIC_WINDOWS: HostDetails = { hostName: "Outlook", hostVersion: "16.0.18025.20104", platform: "PC" };
export const MAC: HostDetails = { hostName: "Outlook", hostVersion: "16.89.24091630", platform: "Mac" };
const NEW_OUTLOOK: HostDetails = { hostName: "newOutlookWindows", hostVersion: "15.20.8466.21", platform: "OfficeOnline" };
export const OUTLOOK_WEB: HostDetails = {
  hostName: "OutlookWebApp",
  hostVersion: "15.20.8466.21",
  platform: "OfficeOnline",
  owaView: "ThreeColumns",
};
/** Outlook 2019 / build 1908: Mailbox 1.7, before getSharedPropertiesAsync shipped. */
const OLD_WINDOWS: HostDetails = { hostName: "Outlook", hostVersion: "16.0.11929.20300", platform: "PC" };

const RETIRED_REST_URL = "https://outlook.office.com/api";

function sharedBy(owner: PersonDetails, delegatePermissions: number): SharedPropertiesDetails {
  return { owner: owner.emailAddress, targetMailbox: owner.emailAddress, targetRestUrl: RETIRED_REST_URL, delegatePermissions };
}

function item(overrides: Partial<InitialItem> = {}): InitialItem {
  return {
    subject: "Q3 planning review",
    location: "",
    body: AGENDA_HTML,
    bodyType: "html",
    start: "2025-09-16T08:00:00.000Z",
    end: "2025-09-16T09:00:00.000Z",
    ...overrides,
  };
}

/** Megan schedules in Alex's calendar on classic Outlook for Windows with the given folder rights. */
function delegate(id: ScenarioId, label: string, description: string, bits: number, extra: Partial<Scenario> = {}): Scenario {
  return {
    id,
    label,
    description,
    user: MEGAN,
    organizer: ALEX,
    shared: sharedBy(ALEX, bits),
    host: CLASSIC_WINDOWS,
    maxMailboxVersion: "1.14",
    item: item({ location: "Conf Room Adams (12)" }),
    ...extra,
  };
}

const HOSTILE_OWNER: PersonDetails = {
  emailAddress: "alex.wilber@contoso.com",
  displayName:
    `Alex <img src=x onerror=alert(1)>"'&; DROP TABLE delegates;-- \u202Egnp.exe ${"(Chief of Staff, EMEA & APAC) ".repeat(10)}`.trim(),
};

const SCENARIOS_WITH_BODIES: Scenario[] = [
  {
    id: "own-calendar",
    label: "Own calendar",
    description:
      "Megan creates a meeting in her own calendar. getSharedPropertiesAsync fails, as real Outlook does for an item that is not in a shared folder.",
    user: MEGAN,
    organizer: MEGAN,
    host: NEW_OUTLOOK,
    maxMailboxVersion: "1.15",
    item: item({ subject: "1:1 with Lee" }),
  },
  {
    id: "own-calendar-shared-self",
    label: "Own calendar (shared properties name the user)",
    description: "Megan's own calendar, but Outlook on the web answers getSharedPropertiesAsync with Megan as the owner and full rights.",
    user: MEGAN,
    organizer: MEGAN,
    shared: sharedBy(MEGAN, 63),
    host: OUTLOOK_WEB,
    maxMailboxVersion: "1.15",
    item: item({ subject: "1:1 with Lee" }),
  },
  delegate(
    "delegate-editor",
    "Delegate: Editor (63)",
    "Megan schedules in Alex Wilber's calendar with Editor rights (63) on classic Outlook for Windows.",
    63,
  ),
  delegate(
    "delegate-author",
    "Delegate: Author (23)",
    "Megan schedules in Alex's calendar with Author rights (Read, Write, DeleteOwn, EditOwn = 23).",
    23,
  ),
  delegate("delegate-reviewer", "Delegate: Reviewer (1)", "Megan has read-only (Reviewer, 1) access to Alex's calendar.", 1),
  delegate(
    "delegate-zero",
    "Delegate: no folder rights (0, Windows)",
    "getSharedPropertiesAsync reports 0 permission bits on Windows (free/busy-only sharing).",
    0,
  ),
  delegate(
    "delegate-zero-mac",
    "Delegate: 0 on Mac",
    "Outlook for Mac reports 0 permission bits for a real delegate (known bug): should read as unknown.",
    0,
    { host: MAC },
  ),
  delegate(
    "old-client",
    "Old client (Mailbox 1.7)",
    "Outlook 2019: no getSharedPropertiesAsync, no displayNewMessageFormAsync; the organizer is Alex.",
    63,
    {
      host: OLD_WINDOWS,
      maxMailboxVersion: "1.7",
    },
  ),
  delegate(
    "shared-props-failing",
    "Shared properties fail",
    "getSharedPropertiesAsync fails with an internal error; the organizer is Alex.",
    63,
    {
      faults: {
        "item.getSharedPropertiesAsync": { kind: "fail", error: ERRORS.internal("The shared properties could not be retrieved.") },
      },
    },
  ),
  delegate(
    "organizer-undefined",
    "Organizer undefined",
    "item.organizer is undefined (seen on some Windows builds); shared properties say Editor of Alex's calendar.",
    63,
    {
      faults: { "item.organizer": { kind: "absent" } },
    },
  ),
  delegate(
    "plain-text-body",
    "Plain-text body",
    "Delegate Editor, but the appointment body is plain text: HTML writes fail with InvalidFormatError.",
    63,
    {
      item: item({ location: "Conf Room Adams (12)", body: AGENDA_TEXT, bodyType: "text" }),
    },
  ),
  delegate(
    "hostile-name",
    "Hostile owner name",
    "The owner's display name holds markup, quotes, an RTL override and 300+ characters; the address is valid.",
    63,
    {
      organizer: HOSTILE_OWNER,
      shared: sharedBy(HOSTILE_OWNER, 63),
      item: item({ subject: `<b>Sync</b> "with" 'Alex' & co \u202Eevil`, body: HOSTILE_HTML }),
    },
  ),
  delegate("never-calls-back", "Shared properties never answer", "getSharedPropertiesAsync accepts the call and never calls back.", 63, {
    faults: { "item.getSharedPropertiesAsync": { kind: "silent" } },
  }),
  delegate("throws", "Organizer throws", "item.organizer.getAsync throws synchronously.", 63, {
    faults: { "item.organizer.getAsync": { kind: "throw", message: "Object doesn't support property or method 'getAsync'" } },
  }),
  delegate(
    "huge-body",
    "Huge body (999,900 characters)",
    "Delegate Editor; the HTML body is 999,900 characters, so adding a join block would pass Outlook's 1,000,000 limit.",
    63,
    {
      item: item({ location: "Conf Room Adams (12)", body: hugeHtml() }),
    },
  ),
];

/**
 * "body-<kind>": a delegated Teams meeting without its link, whose body is one of the 1 MB bodies of
 * issue 29 (bodies.ts). The body is built on first read, so loading the host does not build five.
 */
function bodyScenario(kind: BodyKind): Scenario {
  let built: ReturnType<typeof bodyOfKind> | undefined;
  const make = () => (built ??= bodyOfKind(kind));
  const base = item({ location: "Microsoft Teams Meeting" });
  const lazy = Object.defineProperties(
    { ...base },
    {
      body: { enumerable: true, get: () => make().body },
      bodyType: { enumerable: true, get: () => make().bodyType },
    },
  );
  return delegate(
    `body-${kind}` as ScenarioId,
    `1 MB body: ${kind}`,
    `Delegated Teams meeting without its link; the body is ${kind} (issue 29).`,
    63,
    {
      item: lazy,
    },
  );
}

SCENARIOS_WITH_BODIES.push(...BODY_KINDS.map(bodyScenario));
export const SCENARIOS: readonly Scenario[] = SCENARIOS_WITH_BODIES;

export function findScenario(id: string | null | undefined): Scenario | undefined {
  return SCENARIOS.find((scenario) => scenario.id === id);
}

export function getScenario(id: string | null | undefined): Scenario {
  return findScenario(id) ?? (findScenario(DEFAULT_SCENARIO_ID) as Scenario);
}
