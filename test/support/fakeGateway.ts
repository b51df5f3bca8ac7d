import type { DelegationFacts } from "../../src/diagnosis/types";
import type { MeetingState, OutlookGateway, RenderedBlock, WriteProblem, WriteResult } from "../../src/office/gateway";
import type { RoamingSettingsLike } from "../../src/office/officeShape";
import { readRememberedEvidence, readRequestIds, remembersAnyEvidence } from "../../src/office/roaming";
import { forgetEvidence, issueRequest, rememberEvidence } from "../../src/office/roamingWrites";

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
  /** Roaming settings as Outlook keeps them (shared between two panes to "reopen" one). */
  readonly roaming?: Record<string, unknown>;
}

/** Roaming settings held in a plain object, saved at once, like Office's property bag. */
export function fakeRoaming(values: Record<string, unknown> = {}): RoamingSettingsLike {
  return {
    get: (name) => values[name],
    set: (name, value) => {
      values[name] = JSON.parse(JSON.stringify(value)) as unknown;
    },
    remove: (name) => {
      delete values[name];
    },
    saveAsync: (callback) => callback?.({ status: "succeeded" }),
  };
}

/**
 * Outlook one level up, for the pane's tests: the gateway (src/office/gateway.ts) with facts given
 * directly, recording every write, draft and link. What Office.js itself does is the simulated host's
 * (./simulatedOutlook.ts); the gateway's own tests run against that.
 */
export function fakeGateway(options: FakeOptions = {}) {
  const writes: { action: string; block?: RenderedBlock }[] = [];
  const drafts: unknown[] = [];
  const links: string[] = [];
  const roaming = fakeRoaming(options.roaming ?? {});
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
    glanceAtBody: async () => ({
      ok: true,
      value: {
        bodyType: state.bodyType,
        bodyChars: state.bodyChars,
        mayHoldBlock: state.hasBlock,
        mayClaim: (state.unmetClaims?.length ?? 0) > 0,
      },
    }),
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
    removeLocationClaim: async (quote) => {
      writes.push({ action: `location without ${quote}` });
      return result({ ...state, unmetClaims: [] });
    },
    openDraft: async (draft) => {
      drafts.push(draft);
      return "opened";
    },
    readPreferredProvider: () => undefined,
    savePreferredProvider: async () => ({ ok: true, value: undefined }),
    readRememberedEvidence: (owner, delegate, now) => readRememberedEvidence(roaming, owner, delegate, now),
    remembersAnyEvidence: () => remembersAnyEvidence(roaming),
    rememberEvidence: (owner, delegate, finding, savedAt) => rememberEvidence(roaming, owner, delegate, finding, savedAt),
    forgetEvidence: (owner, delegate) => forgetEvidence(roaming, owner, delegate),
    readRequestIds: (owner, delegate) => readRequestIds(roaming, owner, delegate),
    issueRequest: (owner, delegate, now, random) => issueRequest(roaming, owner, delegate, now, random),
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
