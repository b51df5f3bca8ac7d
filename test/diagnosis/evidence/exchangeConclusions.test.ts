/**
 * Every rule that turns Exchange's evidence into a conclusion, one row each.
 * Sources:
 * - Roles and their single rights: https://learn.microsoft.com/powershell/module/exchange/add-mailboxfolderpermission
 *   (Editor = CreateItems, ReadItems, FolderVisible, EditOwnedItems, EditAllItems, DeleteOwnedItems, DeleteAllItems; Author lacks
 *   EditAllItems; Reviewer = FolderVisible, ReadItems; AvailabilityOnly/LimitedDetails are calendar free/busy roles).
 * - Teams needs Author or Editor with the Delegate flag, and "*SchedulingService*" in the EWS allow list of the organisation
 *   and of the delegator's mailbox under EnforceAllowList; EwsEnabled False blocks:
 *   https://learn.microsoft.com/troubleshoot/microsoftteams/meetings/teams-exchange-interaction-issue
 * - Both EwsEnabled levels must allow since April 2025 (MC1015893, "The way to control EWS usage in Exchange Online is changing",
 *   https://techcommunity.microsoft.com/blog/exchange/the-way-to-control-ews-usage-in-exchange-online-is-changing/4383083).
 * - An empty allow list admits nothing; EnforceBlockList without entries admits all:
 *   https://learn.microsoft.com/exchange/client-developer/exchange-web-services/how-to-control-access-to-ews-in-exchange
 */
import type { ExchangeCalendarEntry, ExchangeEvidence, ExchangeEws } from "../../../src/diagnosis/evidence/exchange";
import { allowListVerdict, blockListVerdict, wildcardMatch } from "../../../src/diagnosis/evidence/ewsAccess";
import { concludeExchange, delegateFlagOf, ewsForTeams, roleOf } from "../../../src/diagnosis/evidence/exchangeConclusions";

const entry = (accessRights: string[], sharingPermissionFlags?: string[]): ExchangeCalendarEntry => ({
  accessRights,
  ...(sharingPermissionFlags ? { sharingPermissionFlags } : {}),
});

describe("calendar role from AccessRights", () => {
  const rows: Array<[string, ExchangeCalendarEntry | null, string]> = [
    ["Owner", entry(["Owner"]), "editor"],
    ["PublishingEditor", entry(["PublishingEditor"]), "editor"],
    ["Editor", entry(["Editor"]), "editor"],
    ["editor in another case", entry([" editor "]), "editor"],
    ["PublishingAuthor", entry(["PublishingAuthor"]), "can-create"],
    ["Author", entry(["Author"]), "can-create"],
    ["NonEditingAuthor", entry(["NonEditingAuthor"]), "can-create"],
    ["Reviewer", entry(["Reviewer"]), "read-only"],
    ["None", entry(["None"]), "none"],
    ["AvailabilityOnly", entry(["AvailabilityOnly"]), "none"],
    ["LimitedDetails", entry(["LimitedDetails"]), "none"],
    ["FreeBusyTimeOnly (Exchange Server's name)", entry(["FreeBusyTimeOnly"]), "none"],
    ["no entry at all", null, "none"],
    [
      "single rights of Editor",
      entry(["CreateItems", "ReadItems", "FolderVisible", "EditOwnedItems", "EditAllItems", "DeleteOwnedItems", "DeleteAllItems"]),
      "editor",
    ],
    ["single rights of Author", entry(["CreateItems", "ReadItems", "FolderVisible", "EditOwnedItems", "DeleteOwnedItems"]), "can-create"],
    ["single rights of Reviewer", entry(["FolderVisible", "ReadItems"]), "read-only"],
    ["only FolderVisible", entry(["FolderVisible"]), "none"],
    ["Contributor-like: create without read", entry(["CreateItems", "FolderVisible"]), "unknown"],
    ["Contributor", entry(["Contributor"]), "unknown"],
    ["a right we do not know", entry(["ReadItems", "Teleport"]), "unknown"],
    ["two roles at once", entry(["Editor", "Reviewer"]), "unknown"],
    ["nothing printed", entry([]), "unknown"],
  ];
  it.each(rows)("%s", (_name, value, role) => expect(roleOf(value)).toBe(role));
});

describe("Delegate flag from SharingPermissionFlags", () => {
  const rows: Array<[string, ExchangeCalendarEntry | null, string]> = [
    ["Delegate", entry(["Editor"], ["Delegate"]), "yes"],
    ["Delegate, CanViewPrivateItems", entry(["Editor"], ["Delegate", "CanViewPrivateItems"]), "yes"],
    ["empty column", entry(["Editor"], []), "no"],
    ["no such column (Exchange Server, or a narrowed Select)", entry(["Editor"]), "unknown"],
    ["no entry", null, "no"],
  ];
  it.each(rows)("%s", (_name, value, flag) => expect(delegateFlagOf(value)).toBe(flag));
});

const evidence = (parts: Partial<ExchangeEvidence>): ExchangeEvidence => ({
  source: "exchange",
  form: "list",
  calendar: { seen: false },
  sendOnBehalf: { seen: false },
  ownerMailbox: { seen: false },
  ews: { seen: false },
  ...parts,
});

describe("send on behalf", () => {
  const rows: Array<[ExchangeEvidence["sendOnBehalf"], string]> = [
    [{ seen: true, value: "listed" }, "granted"],
    [{ seen: true, value: "not-listed" }, "missing"],
    [{ seen: true, value: "ambiguous" }, "unknown"],
    [{ seen: false }, "unknown"],
  ];
  it.each(rows)("%j → %s", (sendOnBehalf, result) => expect(concludeExchange(evidence({ sendOnBehalf })).sendOnBehalf).toBe(result));

  it("unseen calendar stays unknown for both role and flag", () => {
    expect(concludeExchange(evidence({}))).toEqual({
      calendarRole: "unknown",
      delegateFlag: "unknown",
      sendOnBehalf: "unknown",
      ewsForTeams: "unknown",
    });
  });
});

const OPEN: ExchangeEws = {
  mailboxEnabled: true,
  mailboxAccessPolicy: null,
  mailboxAllowList: null,
  mailboxBlockList: null,
  orgEnabled: true,
  orgAccessPolicy: null,
  orgAllowList: null,
  orgBlockList: null,
  orgAllowedAppIds: null,
};

describe("EWS for Teams' scheduling service", () => {
  const rows: Array<[string, ExchangeEws, string]> = [
    ["everything enabled, no application policy", OPEN, "allowed"],
    ["mailbox EwsEnabled empty (not enforced there)", { ...OPEN, mailboxEnabled: null }, "allowed"],
    ["owner's mailbox EwsEnabled False", { ...OPEN, mailboxEnabled: false }, "blocked"],
    ["organisation EwsEnabled False, mailbox True (both must allow since April 2025)", { ...OPEN, orgEnabled: false }, "blocked"],
    ["organisation EwsEnabled empty: may be blocked since October 2026", { ...OPEN, orgEnabled: null }, "unknown"],
    ["organisation EwsEnabled not seen", { ...OPEN, orgEnabled: undefined }, "unknown"],
    [
      "org allow list with *SchedulingService*",
      { ...OPEN, orgAccessPolicy: "EnforceAllowList", orgAllowList: ["OWA/*", "*SchedulingService*"] },
      "allowed",
    ],
    ["org allow list without it", { ...OPEN, orgAccessPolicy: "EnforceAllowList", orgAllowList: ["OWA/*", "Outlook-iOS/*"] }, "blocked"],
    ["org allow list empty ({})", { ...OPEN, orgAccessPolicy: "EnforceAllowList", orgAllowList: [] }, "blocked"],
    ["org allow list printed empty ($null)", { ...OPEN, orgAccessPolicy: "EnforceAllowList", orgAllowList: null }, "blocked"],
    ["org allow list not seen", { ...OPEN, orgAccessPolicy: "EnforceAllowList", orgAllowList: undefined }, "unknown"],
    [
      "org allow list with the calendar app's entries only (not documented for scheduling)",
      { ...OPEN, orgAccessPolicy: "EnforceAllowList", orgAllowList: ["MicrosoftNinja/*", "*Teams/*", "SkypeSpaces/*"] },
      "unknown",
    ],
    [
      "org allow list with a case-only variant",
      { ...OPEN, orgAccessPolicy: "EnforceAllowList", orgAllowList: ["*schedulingservice*"] },
      "unknown",
    ],
    ["org allow list admitting everything", { ...OPEN, orgAccessPolicy: "EnforceAllowList", orgAllowList: ["*"] }, "allowed"],
    ["mailbox allow list without it", { ...OPEN, mailboxAccessPolicy: "EnforceAllowList", mailboxAllowList: ["OWA/*"] }, "blocked"],
    [
      "mailbox allow list with it",
      { ...OPEN, mailboxAccessPolicy: "EnforceAllowList", mailboxAllowList: ["*SchedulingService*"] },
      "allowed",
    ],
    ["block list without Teams entries", { ...OPEN, orgAccessPolicy: "EnforceBlockList", orgBlockList: ["OWA/*"] }, "allowed"],
    ["block list empty", { ...OPEN, orgAccessPolicy: "EnforceBlockList", orgBlockList: [] }, "allowed"],
    [
      "block list with *SchedulingService*",
      { ...OPEN, orgAccessPolicy: "EnforceBlockList", orgBlockList: ["*SchedulingService*"] },
      "blocked",
    ],
    ["block list with *", { ...OPEN, mailboxAccessPolicy: "EnforceBlockList", mailboxBlockList: ["*"] }, "blocked"],
    ["block list with MicrosoftNinja/*", { ...OPEN, orgAccessPolicy: "EnforceBlockList", orgBlockList: ["MicrosoftNinja/*"] }, "unknown"],
    ["a policy name we do not know", { ...OPEN, orgAccessPolicy: "EnforceSomething" }, "unknown"],
    ["policy not seen", { ...OPEN, mailboxAccessPolicy: undefined }, "unknown"],
    ["one level blocks while another is unknown", { ...OPEN, orgEnabled: null, mailboxEnabled: false }, "blocked"],
    [
      "organisation EwsAllowedAppIDs set (June 2026): which ID Teams' scheduling service uses is not documented",
      { ...OPEN, orgAllowedAppIds: "00000003-0000-0ff1-ce00-000000000000,1fec8e78-bce4-4aaf-ab1b-5451cc387264" },
      "unknown",
    ],
    ["organisation EwsAllowedAppIDs not shown (output from before June 2026)", { ...OPEN, orgAllowedAppIds: undefined }, "unknown"],
  ];
  it.each(rows)("%s", (_name, ews, result) => expect(ewsForTeams(ews)).toBe(result));

  it("unseen EWS is unknown", () => expect(concludeExchange(evidence({})).ewsForTeams).toBe("unknown"));
});

describe("wildcard entries", () => {
  it.each([
    ["*SchedulingService*", "x SchedulingService/1.0 y", true],
    ["MicrosoftNinja/*", "MicrosoftNinja/1.0 Teams/1.0 (ExchangeServicesClient/0.0.0.0) SkypeSpaces/1.0a$*+", true],
    ["*Teams/*", "MicrosoftNinja/1.0 Teams/1.0 (ExchangeServicesClient/0.0.0.0) SkypeSpaces/1.0a$*+", true],
    ["OWA/*", "MicrosoftNinja/1.0", false],
    ["a*b*c", "aXbYc", true],
    ["a*b*c", "aXbY", false],
  ])("%s matches %s: %s", (pattern, text, result) => expect(wildcardMatch(pattern, text)).toBe(result));

  it("an allow list needs an entry that admits every agent containing SchedulingService", () => {
    expect(allowListVerdict(["*Service*"])).toBe("admits");
    expect(allowListVerdict(["SchedulingService/*"])).toBe("unsure");
    expect(allowListVerdict(["OWA/*"])).toBe("refuses");
    expect(blockListVerdict(["*Scheduling*"])).toBe("refuses");
  });

  // A backtracking matcher would not finish this within jest's timeout; speed is not timed in a test.
  it("finishes on hostile patterns", () => {
    expect(wildcardMatch(`${"*a".repeat(128)}b`, "a".repeat(256))).toBe(false);
  }, 10_000);
});
