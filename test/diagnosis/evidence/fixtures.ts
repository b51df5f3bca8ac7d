import { BLOCK_BEGIN, BLOCK_END } from "../../../src/diagnosis/evidence/blockFormat";
import type { AdminPasteReading, ExchangeEvidence, ExpectedPair, PasteContext } from "../../../src/diagnosis/evidence/exchange";

export const OWNER = { emailAddress: "alex.wilber@contoso.com", displayName: "Alex Wilber" };
export const DELEGATE = { emailAddress: "megan.bowen@contoso.com", displayName: "Megan Bowen" };
export const PAIR: ExpectedPair = { owner: OWNER, delegate: DELEGATE };

type BlockObject = Record<string, unknown>;

/** The request id the pane issued for Alex and Megan in these tests (32 hex digits, as the pane makes them). */
export const REQUEST_ID = "5f0c2a9e7b1d4c3a8e6f0b2d9c4a7e13";
/** The pane issued REQUEST_ID and reads the paste on 9 December 2026, after every fixture block ran. */
export const ISSUED: PasteContext = { requestIds: [REQUEST_ID], now: "2026-12-09T10:00:00Z" };

/** What our block prints for Alex (owner) and Megan (delegate) with Editor + Delegate + send on behalf. */
export function blockObject(overrides: BlockObject = {}): BlockObject {
  return {
    Version: 1,
    RanAtUtc: "2026-12-03T09:15:02.1234567Z",
    RequestId: REQUEST_ID,
    Owner: OWNER.emailAddress,
    Delegate: DELEGATE.emailAddress,
    OwnerMailbox: {
      PrimarySmtpAddress: OWNER.emailAddress,
      DisplayName: "Alex Wilber",
      Alias: "alex.wilber",
      RecipientTypeDetails: "UserMailbox",
      HiddenFromAddressListsEnabled: false,
      GrantSendOnBehalfTo: [
        { Listed: "Adele Vance", PrimarySmtpAddress: "adele.vance@contoso.com" },
        { Listed: "Megan Bowen", PrimarySmtpAddress: DELEGATE.emailAddress },
      ],
    },
    DelegateRecipient: { PrimarySmtpAddress: DELEGATE.emailAddress, DisplayName: "Megan Bowen", Alias: "megan.bowen" },
    CalendarFolder: { Name: "Calendar", FolderPath: "/Calendar" },
    CalendarPermission: {
      EntriesRead: 3,
      DelegateEntry: { User: "Megan Bowen", AccessRights: ["Editor"], SharingPermissionFlags: "Delegate" },
    },
    CasMailbox: { EwsEnabled: true, EwsApplicationAccessPolicy: null, EwsAllowList: null, EwsBlockList: null },
    OrganizationConfig: {
      EwsEnabled: true,
      EwsApplicationAccessPolicy: null,
      EwsAllowList: null,
      EwsBlockList: null,
      EwsAllowedAppIDs: null,
    },
    ...overrides,
  };
}

export function blockText(object: BlockObject = blockObject(), before = "", after = ""): string {
  return [before, BLOCK_BEGIN, JSON.stringify(object), BLOCK_END, after].join("\n");
}

/** The evidence of a reading that must be evidence (fails the test otherwise). */
export function evidenceOf(reading: AdminPasteReading): ExchangeEvidence {
  if (reading.kind !== "evidence") throw new Error(`expected evidence, got ${JSON.stringify(reading)}`);
  return reading.evidence;
}

/** Wraps text the way a mail client does: hard breaks every `width` characters. */
export function hardWrap(line: string, width: number): string {
  const parts: string[] = [];
  for (let i = 0; i < line.length; i += width) parts.push(line.slice(i, i + width));
  return parts.join("\n");
}

/** Wraps at spaces like format=flowed mail, keeping the space at the end of the broken line. */
export function flowedWrap(line: string, width: number): string {
  const out: string[] = [];
  let current = "";
  for (const word of line.split(/(?<= )/)) {
    if (current.length + word.length > width && current !== "") {
      out.push(current);
      current = "";
    }
    current += word;
  }
  if (current !== "") out.push(current);
  return out.join("\n");
}

export function quoted(text: string, marks = "> "): string {
  return text
    .split("\n")
    .map((l) => `${marks}${l}`)
    .join("\n");
}
