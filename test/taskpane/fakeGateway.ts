import type { DelegationFacts } from "../../src/diagnosis/types";
import type { MeetingState, OutlookGateway, RenderedBlock, WriteProblem, WriteResult } from "../../src/office/gateway";

export interface FakeOptions {
  readonly owner?: string;
  readonly ownerName?: string;
  readonly bits?: number;
  readonly sharedFails?: boolean;
  readonly bodyType?: "html" | "text";
  readonly hasBlock?: boolean;
  /** The problem every write reports, when writes should fail. */
  readonly writeFails?: WriteProblem;
  /** The technical detail that comes with it (an exception's message, Office's error text). */
  readonly writeDetail?: string;
  /** Length of the body, for the too-large check made before any click. */
  readonly bodyChars?: number;
  /** The signed-in user is the owner: one's own calendar. */
  readonly self?: boolean;
}

/** A gateway whose facts are given directly, recording every write, for component tests. */
export function fakeGateway(options: FakeOptions = {}) {
  const writes: { action: string; block?: RenderedBlock }[] = [];
  const drafts: unknown[] = [];
  const links: string[] = [];
  const owner = options.self ? "megan.bowen@contoso.com" : (options.owner ?? "alex.wilber@contoso.com");
  const facts: DelegationFacts = {
    user: { known: true, source: "userProfile", value: { emailAddress: "megan.bowen@contoso.com", displayName: "Megan Bowen" } },
    organizer: {
      known: true,
      source: "organizer",
      value: { emailAddress: owner, displayName: options.self ? "Megan Bowen" : (options.ownerName ?? "Alex Wilber") },
    },
    shared: options.sharedFails
      ? { known: false, source: "shared", why: "failed", reason: "item.getSharedPropertiesAsync failed: not shared" }
      : { known: true, source: "shared", value: { owner, delegatePermissions: options.bits ?? 63 } },
    host: { name: "OutlookWebApp", version: "20250101", platform: "OfficeOnline" },
    requirementSets: { "1.1": true, "1.7": true, "1.8": true, "1.13": true },
  };
  let state: MeetingState = {
    bodyType: options.bodyType ?? "html",
    bodyChars: options.bodyChars ?? 500,
    hasBlock: options.hasBlock ?? false,
  };
  const result = (next: MeetingState): WriteResult => {
    if (options.writeFails)
      return { ok: false, problem: options.writeFails, ...(options.writeDetail ? { detail: options.writeDetail } : {}) };
    state = next;
    return { ok: true, state, notes: [] };
  };
  const gateway: OutlookGateway = {
    readFacts: async () => facts,
    readMeetingState: async () => ({ ok: true, value: state }),
    insertBlock: async (block) => {
      writes.push({ action: "insert", block });
      return result({ bodyType: state.bodyType, bodyChars: state.bodyChars + 600, hasBlock: true, recorded: block.link });
    },
    replaceBlock: async (block) => {
      writes.push({ action: "replace", block });
      return result({ bodyType: state.bodyType, bodyChars: state.bodyChars, hasBlock: true, recorded: block.link });
    },
    removeBlock: async () => {
      writes.push({ action: "remove" });
      return result({ bodyType: state.bodyType, bodyChars: state.bodyChars - 600, hasBlock: false });
    },
    openDraft: async (draft) => {
      drafts.push(draft);
      return "opened";
    },
    readPreferredProvider: () => undefined,
    savePreferredProvider: async () => ({ ok: true, value: undefined }),
    prefersDarkTheme: () => false,
    openLink: (url) => {
      links.push(url);
      return true;
    },
    displayLanguage: () => "en-US",
    contentLanguage: () => "en-US",
    supportsNestedAppAuth: () => false,
  };
  return { gateway, writes, drafts, facts, links };
}
