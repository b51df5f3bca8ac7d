import type { BlockSignals } from "../body/block";
import type { DelegationFacts } from "../diagnosis/types";
import { AppointmentWriter, type MeetingState, type RenderedBlock, type WriteResult } from "./appointment";
import type { Outcome } from "./call";
import { readFacts } from "./facts";
import { openDraft, type Draft, type OpenResult } from "./newMessage";
import { officeGlobal, type OfficeLike } from "./officeShape";
import { readPreferredProvider, savePreferredProvider } from "./roaming";
import { prefersDarkTheme } from "./theme";

export type { BlockSignals, Draft, MeetingState, OpenResult, RenderedBlock, WriteResult };
/** The composition root (taskpane/index.tsx) finds Office through here, never directly. */
export { officeGlobal };

/**
 * Everything the taskpane may ask of Outlook. Components receive it as a prop and never touch
 * Office.js, so tests and the playground can pass a fake or the simulated host.
 */
export interface OutlookGateway {
  readFacts(): Promise<DelegationFacts>;
  /** `signals` find our block once Outlook has dropped its markers (see src/body/block.ts). */
  readMeetingState(signals?: BlockSignals): Promise<Outcome<MeetingState>>;
  insertBlock(block: RenderedBlock, signals?: BlockSignals): Promise<WriteResult>;
  replaceBlock(block: RenderedBlock, signals?: BlockSignals): Promise<WriteResult>;
  removeBlock(signals?: BlockSignals): Promise<WriteResult>;
  openDraft(draft: Draft): Promise<OpenResult>;
  readPreferredProvider(): unknown;
  savePreferredProvider(providerId: string): Promise<Outcome<unknown>>;
  prefersDarkTheme(): boolean;
}

export function createOutlookGateway(office: OfficeLike | undefined): OutlookGateway {
  const mailbox = () => office?.context?.mailbox ?? undefined;
  // One writer for the pane's life: it remembers its last write to see through Mac's stale reads.
  let appointment: AppointmentWriter | undefined;
  const writer = () => (appointment ??= new AppointmentWriter(mailbox()?.item ?? undefined));
  const roaming = () => office?.context?.roamingSettings ?? undefined;
  return {
    readFacts: () => readFacts(office),
    readMeetingState: (signals) => writer().readState(signals),
    insertBlock: (block, signals) => writer().insert(block, signals),
    replaceBlock: (block, signals) => writer().replace(block, signals),
    removeBlock: (signals) => writer().remove(signals),
    openDraft: (draft) => openDraft(mailbox(), draft),
    readPreferredProvider: () => readPreferredProvider(roaming()),
    savePreferredProvider: (id) => savePreferredProvider(roaming(), id),
    prefersDarkTheme: () => prefersDarkTheme(office),
  };
}
