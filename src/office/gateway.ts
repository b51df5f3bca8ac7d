import type { DelegationFacts } from "../diagnosis/types";
import { AppointmentWriter, type MeetingState, type RenderedBlock, type WriteResult } from "./appointment";
import type { Outcome } from "./call";
import { readFacts } from "./facts";
import { openDraft, type Draft, type OpenResult } from "./newMessage";
import { officeGlobal, type OfficeLike } from "./officeShape";
import { readPreferredProvider, savePreferredProvider } from "./roaming";
import { prefersDarkTheme } from "./theme";

export type { Draft, MeetingState, OpenResult, RenderedBlock, WriteResult };
/** The composition root (taskpane/index.tsx) finds Office through here, never directly. */
export { officeGlobal };

/**
 * Everything the taskpane may ask of Outlook. Components receive it as a prop and never touch
 * Office.js, so tests and the playground can pass a fake or the simulated host.
 */
export interface OutlookGateway {
  readFacts(): Promise<DelegationFacts>;
  readMeetingState(): Promise<Outcome<MeetingState>>;
  insertBlock(block: RenderedBlock): Promise<WriteResult>;
  replaceBlock(block: RenderedBlock): Promise<WriteResult>;
  removeBlock(): Promise<WriteResult>;
  openDraft(draft: Draft): Promise<OpenResult>;
  readPreferredProvider(): unknown;
  savePreferredProvider(providerId: string): Promise<Outcome<unknown>>;
  prefersDarkTheme(): boolean;
}

export function createOutlookGateway(office: OfficeLike | undefined): OutlookGateway {
  const mailbox = () => office?.context?.mailbox ?? undefined;
  const writer = () => new AppointmentWriter(mailbox()?.item ?? undefined);
  const roaming = () => office?.context?.roamingSettings ?? undefined;
  return {
    readFacts: () => readFacts(office),
    readMeetingState: () => writer().readState(),
    insertBlock: (block) => writer().insert(block),
    replaceBlock: (block) => writer().replace(block),
    removeBlock: () => writer().remove(),
    openDraft: (draft) => openDraft(mailbox(), draft),
    readPreferredProvider: () => readPreferredProvider(roaming()),
    savePreferredProvider: (id) => savePreferredProvider(roaming(), id),
    prefersDarkTheme: () => prefersDarkTheme(office),
  };
}
