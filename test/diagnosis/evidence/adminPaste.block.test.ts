import { readAdminPaste, MAX_ADMIN_PASTE } from "../../../src/diagnosis/evidence/adminPaste";
import { BLOCK_BEGIN, BLOCK_END } from "../../../src/diagnosis/evidence/blockFormat";
import { concludeExchange } from "../../../src/diagnosis/evidence/exchangeConclusions";
import { blockObject, blockText, DELEGATE, evidenceOf, flowedWrap, hardWrap, ISSUED, OWNER, PAIR, quoted } from "./fixtures";

describe("our block, pasted back whole", () => {
  it("reads every part and keeps when it ran", () => {
    const reading = readAdminPaste(blockText(), PAIR, ISSUED);
    const evidence = evidenceOf(reading);
    expect(evidence).toMatchObject({
      source: "exchange",
      form: "block",
      ranAt: "2026-12-03T09:15:02.1234567Z",
      blockVersion: 1,
      owner: OWNER.emailAddress,
      delegate: DELEGATE.emailAddress,
      calendar: { seen: true, value: { folder: "Calendar", accessRights: ["Editor"], sharingPermissionFlags: ["Delegate"] } },
      sendOnBehalf: { seen: true, value: "listed" },
      ownerMailbox: { seen: true, value: { recipientTypeDetails: "UserMailbox", hiddenFromAddressLists: false } },
      ews: { seen: true, value: { mailboxEnabled: true, orgEnabled: true, mailboxAccessPolicy: null, orgAccessPolicy: null } },
    });
    expect(concludeExchange(evidence)).toEqual({
      calendarRole: "editor",
      delegateFlag: "yes",
      sendOnBehalf: "granted",
      ewsForTeams: "allowed",
    });
  });

  it("is found inside a whole ticket thread, with text before and after", () => {
    const thread = blockText(
      blockObject(),
      "Hi Megan,\n\nhere is what the check printed:\n",
      "\nRegards,\nIT service desk\n\n-----Original Message-----\nFrom: Megan",
    );
    expect(readAdminPaste(thread, PAIR, ISSUED).kind).toBe("evidence");
  });

  it("survives a mail client that broke the long line every 76 characters", () => {
    const text = [BLOCK_BEGIN, hardWrap(JSON.stringify(blockObject()), 76), BLOCK_END].join("\r\n");
    expect(concludeExchange(evidenceOf(readAdminPaste(text, PAIR, ISSUED))).sendOnBehalf).toBe("granted");
  });

  it("survives format=flowed wrapping at spaces, keeping the spaces inside names", () => {
    const object = blockObject({ CalendarFolder: { Name: "Mein Kalender", FolderPath: "/Mein Kalender" } });
    const text = [BLOCK_BEGIN, flowedWrap(JSON.stringify(object), 20), BLOCK_END].join("\n");
    const evidence = evidenceOf(readAdminPaste(text, PAIR, ISSUED));
    expect(evidence.calendar).toMatchObject({ seen: true, value: { folder: "Mein Kalender" } });
  });

  it("survives reply quote marks, nested, and trailing spaces", () => {
    const once = quoted(blockText());
    const nested = quoted(quoted([BLOCK_BEGIN, hardWrap(JSON.stringify(blockObject()), 60), BLOCK_END].join("\n")), ">");
    const spaced = blockText()
      .split("\n")
      .map((l) => `${l}   `)
      .join("\n");
    for (const text of [once, nested, spaced]) expect(readAdminPaste(text, PAIR, ISSUED).kind).toBe("evidence");
  });

  it("reads the delegate as missing when the resolved list does not hold them", () => {
    const object = blockObject();
    const mailbox = {
      ...(object.OwnerMailbox as object),
      GrantSendOnBehalfTo: [{ Listed: "Adele Vance", PrimarySmtpAddress: "adele.vance@contoso.com" }],
    };
    const evidence = evidenceOf(readAdminPaste(blockText({ ...object, OwnerMailbox: mailbox }), PAIR, ISSUED));
    expect(evidence.sendOnBehalf).toEqual({ seen: true, value: "not-listed" });
  });

  it("reads an empty GrantSendOnBehalfTo as not listed", () => {
    const object = blockObject();
    const mailbox = { ...(object.OwnerMailbox as object), GrantSendOnBehalfTo: [] };
    expect(evidenceOf(readAdminPaste(blockText({ ...object, OwnerMailbox: mailbox }), PAIR, ISSUED)).sendOnBehalf).toEqual({
      seen: true,
      value: "not-listed",
    });
  });

  it("says ambiguous when an unresolved entry carries only a name two people could have", () => {
    const object = blockObject({ DelegateRecipient: null });
    const mailbox = {
      ...(object.OwnerMailbox as object),
      GrantSendOnBehalfTo: [
        { Listed: "Megan Bowen", PrimarySmtpAddress: null },
        { Listed: "Megan Bowen", PrimarySmtpAddress: null },
      ],
    };
    const reading = readAdminPaste(blockText({ ...object, OwnerMailbox: mailbox }), PAIR, ISSUED);
    expect(evidenceOf(reading).sendOnBehalf).toEqual({ seen: true, value: "ambiguous" });
    expect(reading.kind === "evidence" && reading.ambiguities.join(" ")).toMatch(/did not resolve it to the delegate's address/);
  });

  it("says ambiguous when the delegate's name is listed but Exchange resolved it to someone else", () => {
    const object = blockObject();
    const mailbox = {
      ...(object.OwnerMailbox as object),
      GrantSendOnBehalfTo: [{ Listed: "Megan Bowen", PrimarySmtpAddress: "megan.bowen@fabrikam.com" }],
    };
    const reading = readAdminPaste(blockText({ ...object, OwnerMailbox: mailbox }), PAIR, ISSUED);
    expect(evidenceOf(reading).sendOnBehalf).toEqual({ seen: true, value: "ambiguous" });
  });

  it("reads the organisation's EwsAllowedAppIDs, and a block without it (made before June 2026) as not shown", () => {
    const org = blockObject().OrganizationConfig as Record<string, unknown>;
    const withIds = blockObject({ OrganizationConfig: { ...org, EwsAllowedAppIDs: "1fec8e78-bce4-4aaf-ab1b-5451cc387264" } });
    const evidence = evidenceOf(readAdminPaste(blockText(withIds), PAIR, ISSUED));
    expect(evidence.ews.seen && evidence.ews.value.orgAllowedAppIds).toBe("1fec8e78-bce4-4aaf-ab1b-5451cc387264");
    expect(concludeExchange(evidence).ewsForTeams).toBe("unknown");
    const { EwsAllowedAppIDs: _dropped, ...older } = org;
    const before = evidenceOf(readAdminPaste(blockText(blockObject({ OrganizationConfig: older })), PAIR, ISSUED));
    expect(before.ews.seen && "orgAllowedAppIds" in before.ews.value).toBe(false);
    expect(concludeExchange(before).ewsForTeams).toBe("unknown");
    expect(concludeExchange(evidenceOf(readAdminPaste(blockText(), PAIR, ISSUED))).ewsForTeams).toBe("allowed");
  });

  it("keeps a part a cmdlet could not read as not seen (null in the JSON)", () => {
    const object = blockObject({ OwnerMailbox: null, CalendarPermission: null, CasMailbox: null, OrganizationConfig: null });
    const evidence = evidenceOf(readAdminPaste(blockText(object), PAIR, ISSUED));
    expect(evidence.sendOnBehalf).toEqual({ seen: false });
    expect(evidence.calendar).toEqual({ seen: false });
    expect(evidence.ownerMailbox).toEqual({ seen: false });
    expect(evidence.ews).toEqual({ seen: false });
    expect(concludeExchange(evidence)).toEqual({
      calendarRole: "unknown",
      delegateFlag: "unknown",
      sendOnBehalf: "unknown",
      ewsForTeams: "unknown",
    });
  });

  it("reads no entry for the delegate as 'no entry' only when Exchange found the delegate", () => {
    const noEntry = blockObject({ CalendarPermission: { EntriesRead: 2, DelegateEntry: null } });
    expect(evidenceOf(readAdminPaste(blockText(noEntry), PAIR, ISSUED)).calendar).toEqual({ seen: true, value: null });
    const unknownDelegate = { ...noEntry, DelegateRecipient: null };
    expect(evidenceOf(readAdminPaste(blockText(unknownDelegate), PAIR, ISSUED)).calendar).toEqual({ seen: false });
  });

  it("reads SharingPermissionFlags null (Exchange Server has none) as an absent column, and None as no flags", () => {
    const withNull = blockObject({
      CalendarPermission: {
        EntriesRead: 3,
        DelegateEntry: { User: "Megan Bowen", AccessRights: ["Editor"], SharingPermissionFlags: null },
      },
    });
    const calendar = evidenceOf(readAdminPaste(blockText(withNull), PAIR, ISSUED)).calendar;
    expect(calendar.seen && calendar.value && "sharingPermissionFlags" in calendar.value).toBe(false);
    const none = blockObject({
      CalendarPermission: {
        EntriesRead: 3,
        DelegateEntry: { User: "Megan Bowen", AccessRights: ["Editor"], SharingPermissionFlags: "None" },
      },
    });
    expect(concludeExchange(evidenceOf(readAdminPaste(blockText(none), PAIR, ISSUED))).delegateFlag).toBe("no");
  });
});

describe("a block that is not whole is incomplete, never evidence", () => {
  const full = blockText();
  const cases: Array<[string, string]> = [
    ["END line missing", full.slice(0, full.indexOf(BLOCK_END))],
    ["BEGIN line missing", full.slice(full.indexOf("{"))],
    ["JSON cut in the middle", [BLOCK_BEGIN, JSON.stringify(blockObject()).slice(0, 200), BLOCK_END].join("\n")],
    ["JSON edited into invalid text", full.replace('"Editor"', "Editor")],
    ["unknown version", blockText(blockObject({ Version: 7 }))],
    ["a required key removed", blockText(Object.fromEntries(Object.entries(blockObject()).filter(([k]) => k !== "CasMailbox")))],
    ["nothing between the markers", [BLOCK_BEGIN, "", BLOCK_END].join("\n")],
    ["a JSON array", [BLOCK_BEGIN, "[1,2]", BLOCK_END].join("\n")],
  ];
  it.each(cases)("%s", (_name, text) => {
    const reading = readAdminPaste(text, PAIR, ISSUED);
    expect(reading.kind).toBe("incomplete");
    expect(reading.kind === "incomplete" && reading.why.length).toBeGreaterThan(0);
  });
});

describe("a block for another pair changes nothing", () => {
  it("names another owner", () => {
    const other = blockObject({
      Owner: "adele.vance@contoso.com",
      OwnerMailbox: { ...(blockObject().OwnerMailbox as object), PrimarySmtpAddress: "adele.vance@contoso.com" },
    });
    expect(readAdminPaste(blockText(other), PAIR, ISSUED)).toEqual({
      kind: "other-pair",
      owner: "adele.vance@contoso.com",
      delegate: DELEGATE.emailAddress,
    });
  });

  it("names another delegate", () => {
    const other = blockObject({
      Delegate: "lynne.robbins@contoso.com",
      DelegateRecipient: { PrimarySmtpAddress: "lynne.robbins@contoso.com", DisplayName: "Lynne Robbins", Alias: "lynner" },
    });
    expect(readAdminPaste(blockText(other), PAIR, ISSUED).kind).toBe("other-pair");
  });

  it("accepts an owner alias it cannot place when nothing names someone else", () => {
    expect(readAdminPaste(blockText(blockObject({ Owner: "alexw", OwnerMailbox: null })), PAIR, ISSUED).kind).toBe("evidence");
  });

  it("names a block about the delegate's own mailbox as another pair", () => {
    const own = blockObject({ Owner: DELEGATE.emailAddress, OwnerMailbox: null });
    expect(readAdminPaste(blockText(own), PAIR, ISSUED).kind).toBe("other-pair");
  });

  it("accepts the owner given by alias when Exchange resolved it to the owner's address", () => {
    expect(readAdminPaste(blockText(blockObject({ Owner: "alexw" })), PAIR, ISSUED).kind).toBe("evidence");
  });
});

describe("size", () => {
  it("refuses a paste over the limit and says the limit", () => {
    expect(readAdminPaste(blockText() + " ".repeat(MAX_ADMIN_PASTE), PAIR, ISSUED)).toEqual({ kind: "too-long", limit: MAX_ADMIN_PASTE });
  });
});
