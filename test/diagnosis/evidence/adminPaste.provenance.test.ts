/**
 * Evidence says whose it is and where it came from (issue 28, security review M2, M3):
 * - cmdlet output that names no mailbox is shown and changes nothing (the two reported failures first);
 * - our block is used only as the answer to a request this pane issued for this pair, never from the
 *   future, and the addresses inside it never widen who counts as the owner or the assistant;
 * - in a reply thread the newest block for the pair is used, and blocks that disagree are a conflict.
 */
import { readAdminPaste } from "../../../src/diagnosis/evidence/adminPaste";
import type { ExpectedPair, PasteContext } from "../../../src/diagnosis/evidence/exchange";
import { concludeExchange } from "../../../src/diagnosis/evidence/exchangeConclusions";
import { outcomeOfPaste } from "../../../src/diagnosis/evidence/merge";
import { blockObject, blockText, evidenceOf, ISSUED, OWNER, PAIR, quoted, REQUEST_ID } from "./fixtures";

const read = (text: string, pair: ExpectedPair = PAIR, context: PasteContext = ISSUED) => readAdminPaste(text, pair, context);
const outcome = (text: string, context: PasteContext = ISSUED) => outcomeOfPaste(read(text, PAIR, context), concludeExchange, context.now);

/** Bob's calendar listing, as IT pasted it in the reported case: the table only, no command line. */
const FOLDER_TABLE = [
  "FolderName User        AccessRights SharingPermissionFlags",
  "---------- ----        ------------ ----------------------",
  "Calendar   Default     {AvailabilityOnly}",
  "Calendar   Megan Bowen {Editor}     Delegate",
].join("\n");

describe("output that names no mailbox changes nothing", () => {
  it("the folder table without its command line (the reported Mac case): unattributed, and says which cmdlet", () => {
    expect(read(FOLDER_TABLE)).toEqual({ kind: "unattributed", parts: ["folder-permission"] });
  });

  it("a bare GrantSendOnBehalfTo (the reported case): unattributed, never 'granted'", () => {
    const ilse: ExpectedPair = {
      owner: OWNER,
      delegate: { emailAddress: "ilse.vancriekinge@contoso.com", displayName: "Ilse Van Criekinge" },
    };
    expect(read("GrantSendOnBehalfTo : {Ilse Van Criekinge}", ilse)).toEqual({ kind: "unattributed", parts: ["mailbox"] });
  });

  it("the same output counts once the command line names the owner, and is another pair when it names someone else", () => {
    const alex = `PS C:\\> Get-MailboxFolderPermission -Identity alex.wilber@contoso.com:\\Calendar\n${FOLDER_TABLE}`;
    expect(concludeExchange(evidenceOf(read(alex))).calendarRole).toBe("editor");
    const bob = `PS C:\\> Get-MailboxFolderPermission bob@contoso.com:\\Calendar\n${FOLDER_TABLE}`;
    expect(read(bob).kind).toBe("other-pair");
    // An alias Outlook did not give for Alex is not Alex's mailbox either: not used.
    const alias = `PS C:\\> Get-MailboxFolderPermission bob:\\Calendar\n${FOLDER_TABLE}`;
    expect(read(alias)).toEqual({ kind: "unattributed", parts: ["folder-permission"] });
  });

  it("an Identity property naming the owner is enough; a name nobody can place is not", () => {
    const named = "PrimarySmtpAddress  : alex.wilber@contoso.com\nGrantSendOnBehalfTo : {Megan Bowen}";
    expect(concludeExchange(evidenceOf(read(named))).sendOnBehalf).toBe("granted");
    const folder =
      "FolderName   : Calendar\nUser         : Megan Bowen\nAccessRights : {Editor}\nIdentity     : alex.wilber@contoso.com:\\Calendar\\Megan Bowen";
    expect(concludeExchange(evidenceOf(read(folder))).calendarRole).toBe("editor");
    // "awilber" is no address or alias Outlook gave for Alex: it does not say whose mailbox this is.
    expect(read("Alias               : awilber\nGrantSendOnBehalfTo : {Megan Bowen}")).toEqual({
      kind: "unattributed",
      parts: ["mailbox"],
    });
  });

  it("Get-Mailbox | Select -ExpandProperty GrantSendOnBehalfTo lists every mailbox's delegates unless -Identity names one", () => {
    const all = "PS C:\\> Get-Mailbox | Select-Object -ExpandProperty GrantSendOnBehalfTo\nMegan Bowen\n";
    expect(read(all)).toEqual({ kind: "unattributed", parts: ["mailbox"] });
    const alex = "PS C:\\> Get-Mailbox alex.wilber@contoso.com | Select-Object -ExpandProperty GrantSendOnBehalfTo\nMegan Bowen\n";
    expect(concludeExchange(evidenceOf(read(alex))).sendOnBehalf).toBe("granted");
  });

  it("a mailbox's EWS settings need the owner named; the organisation's need no mailbox", () => {
    expect(read("EwsEnabled : False\nActiveSyncEnabled : True")).toEqual({ kind: "unattributed", parts: ["cas-mailbox"] });
    const org = "PS C:\\> Get-OrganizationConfig | fl Ews*\n\nEwsEnabled : False";
    expect(concludeExchange(evidenceOf(read(org))).ewsForTeams).toBe("blocked");
  });

  it("in a mixed paste only the named part is used, and the rest is reported as unattributed", () => {
    const text = `PS C:\\> Get-MailboxFolderPermission alex.wilber@contoso.com:\\Calendar\n${FOLDER_TABLE}\n\nGrantSendOnBehalfTo : {Megan Bowen}`;
    const reading = read(text);
    const evidence = evidenceOf(reading);
    expect(evidence.calendar.seen).toBe(true);
    expect(evidence.sendOnBehalf).toEqual({ seen: false });
    expect(reading.kind === "evidence" && reading.unattributed).toEqual(["mailbox"]);
    const pasted = outcomeOfPaste(reading, concludeExchange, ISSUED.now);
    expect(pasted.kind === "evidence" && pasted.unattributed).toEqual(["mailbox"]);
  });
});

describe("a block is used only as the answer to this pane's request for this pair", () => {
  it("a block without a request id (older versions of the add-in) is not used, and says why", () => {
    const old = blockObject();
    delete old.RequestId;
    expect(read(blockText(old))).toEqual({ kind: "unrequested", why: "no-id" });
  });

  it("an id this pane did not issue, or issued for another pair, is not an answer to the request", () => {
    expect(read(blockText(blockObject({ RequestId: "0123456789abcdef0123456789abcdef" })))).toEqual({
      kind: "unrequested",
      why: "not-issued",
    });
    // The ids the pane passes are the current pair's only: none issued for it, none accepted.
    expect(read(blockText(), PAIR, { ...ISSUED, requestIds: [] })).toEqual({ kind: "unrequested", why: "not-issued" });
    expect(read(blockText(blockObject({ RequestId: `${REQUEST_ID}${"0".repeat(60)}` }))).kind).toBe("unrequested");
  });

  it("a run time later than the paste is refused beyond 5 minutes of clock skew", () => {
    const at = (minutes: number) => new Date(Date.parse(ISSUED.now) + minutes * 60_000).toISOString();
    expect(read(blockText(blockObject({ RanAtUtc: at(10) })))).toEqual({ kind: "future-dated", ranAt: at(10) });
    expect(read(blockText(blockObject({ RanAtUtc: "2099-12-09T09:15:02Z" }))).kind).toBe("future-dated");
    expect(read(blockText(blockObject({ RanAtUtc: at(4) }))).kind).toBe("evidence");
    expect(read(blockText(blockObject({ RanAtUtc: "9 December" }))).kind).toBe("incomplete");
  });

  it("Exchange's addresses in the block only detect another pair: they never stand in for Outlook's", () => {
    // Exchange resolved the delegate to another address, and the list holds that address: before,
    // the block's address was added to Megan's and this read "granted".
    const widened = blockObject({
      DelegateRecipient: { PrimarySmtpAddress: "m.bowen@fabrikam.com", DisplayName: "M Bowen", Alias: "mb" },
      OwnerMailbox: {
        ...(blockObject().OwnerMailbox as object),
        GrantSendOnBehalfTo: [{ Listed: "M Bowen", PrimarySmtpAddress: "m.bowen@fabrikam.com" }],
      },
    });
    expect(read(blockText(widened)).kind).toBe("other-pair");
    const otherOwner = blockObject({ OwnerMailbox: { ...(blockObject().OwnerMailbox as object), PrimarySmtpAddress: "bob@contoso.com" } });
    expect(read(blockText(otherOwner)).kind).toBe("other-pair");
  });
});

describe("a reply thread with several blocks", () => {
  const listed = blockObject({ RanAtUtc: "2026-12-05T08:00:00Z" });
  const notListed = blockObject({
    RanAtUtc: "2026-12-04T08:00:00Z",
    OwnerMailbox: { ...(blockObject().OwnerMailbox as object), GrantSendOnBehalfTo: [] },
  });

  it("the same answer quoted in the thread: the newest block is used, wherever it stands", () => {
    const older = blockObject({ RanAtUtc: "2026-12-01T08:00:00Z" });
    const text = [blockText(older), quoted(blockText(listed)), quoted(blockText(older), "> > ")].join("\n\n");
    expect(evidenceOf(read(text)).ranAt).toBe("2026-12-05T08:00:00Z");
    const pasted = outcome(text);
    expect(pasted.kind === "evidence" && pasted.finding.conclusions.sendOnBehalf).toBe("granted");
  });

  it("blocks for the pair that disagree are a conflict: none used, both dates named, the layer named", () => {
    const pasted = outcome([blockText(listed), quoted(blockText(notListed))].join("\n\n"));
    expect(pasted).toEqual({ kind: "conflict", ranAt: ["2026-12-05T08:00:00Z", "2026-12-04T08:00:00Z"], layers: ["sendOnBehalf"] });
  });

  it("a layer one block did not see is no conflict: the newest is used", () => {
    const unseen = blockObject({ RanAtUtc: "2026-12-06T08:00:00Z", OwnerMailbox: null });
    const pasted = outcome([blockText(unseen), blockText(listed)].join("\n"));
    expect(pasted.kind).toBe("evidence");
    expect(pasted.kind === "evidence" && pasted.finding.ranAt).toBe("2026-12-06T08:00:00Z");
  });

  it("a forged block on top, unrequested or from the future, does not hide or outrank the genuine answer", () => {
    const forged = blockObject({ RequestId: "0123456789abcdef0123456789abcdef", RanAtUtc: "2026-12-09T09:00:00Z", OwnerMailbox: null });
    const future = blockObject({
      RanAtUtc: "2099-12-09T09:15:02Z",
      OwnerMailbox: { ...(blockObject().OwnerMailbox as object), GrantSendOnBehalfTo: [] },
    });
    const pasted = outcome([blockText(forged), blockText(future), quoted(blockText(listed))].join("\n\n"));
    expect(pasted.kind === "evidence" && pasted.finding.ranAt).toBe("2026-12-05T08:00:00Z");
    expect(pasted.kind === "evidence" && pasted.finding.conclusions.sendOnBehalf).toBe("granted");
  });

  it("with no block usable, the refusal closest to an answer is named", () => {
    const future = blockObject({ RanAtUtc: "2099-12-09T09:15:02Z" });
    const other = blockObject({ Owner: "lee.gu@contoso.com", OwnerMailbox: null });
    expect(read([blockText(other), blockText(future)].join("\n")).kind).toBe("future-dated");
    const unasked = blockObject({ RequestId: "0123456789abcdef0123456789abcdef" });
    expect(read([blockText(other), blockText(unasked)].join("\n")).kind).toBe("unrequested");
  });
});

describe("dates", () => {
  it("an answer's age counts from the earlier of its run time and its paste", () => {
    // Said to have run after it was pasted (within the skew): dated by the paste.
    const pastedAt = "2026-12-09T10:00:00.000Z";
    const reading = read(blockText(blockObject({ RanAtUtc: "2026-12-09T10:04:00Z" })), PAIR, { ...ISSUED, now: pastedAt });
    const pasted = outcomeOfPaste(reading, concludeExchange, pastedAt);
    expect(pasted.kind === "evidence" && pasted.finding.stale).toBe(false);
    expect(pasted.kind === "evidence" && pasted.finding.ranAt).toBe("2026-12-09T10:04:00Z");
  });
});
