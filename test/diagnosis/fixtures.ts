import type {
  Check,
  DelegationFacts,
  DocumentContext,
  Fact,
  HostInfo,
  Person,
  ReportedError,
  SharedProperties,
  UnknownWhy,
  Verdict,
} from "../../src/diagnosis/types";
import { readableNameOf, shortNameOf } from "../../src/diagnosis/address";
import { calendarOfWords, checkSummary, checkTitle } from "../../src/i18n/checkWords";
import { checkEvidence } from "../../src/i18n/evidenceWords";
import { outsideSentence, type OutsideSay, type OutsideWords } from "../../src/i18n/outsideWords";
import { evidenceRules } from "../../src/diagnosis/checks/evidenceRules";
import type { ExchangeFinding } from "../../src/diagnosis/evidence/finding";
import type { GraphFinding } from "../../src/diagnosis/evidence/graph";
import { en } from "../../src/i18n/en";
import type { Catalogue, Messages } from "../../src/i18n/messages";

/** The English catalogue: tests read the sentences the pane shows in English. */
export const t = en;

export const MEGAN: Person = { emailAddress: "megan@contoso.com", displayName: "Megan Bowen" };
export const ALEX: Person = { emailAddress: "alex@contoso.com", displayName: "Alex Wilber" };

export const HOSTS = {
  classicWindows: { name: "Outlook", version: "16.0.17928.20114", platform: "PC" },
  classicMac: { name: "Outlook", version: "16.89.1", platform: "Mac" },
  newOutlook: { name: "newOutlookWindows", version: "1.2024.1030.400", platform: "OfficeOnline" },
  web: { name: "OutlookWebApp", version: "20241101001.12", platform: "OfficeOnline" },
} as const satisfies Record<string, HostInfo>;

export function known<T>(value: T, source = "test source"): Fact<T> {
  return { known: true, value, source };
}

export function unknown<T>(reason: string, source = "test source", why: UnknownWhy = "failed"): Fact<T> {
  return { known: false, why, reason, source };
}

export const NOT_SHARED = unknown<SharedProperties>(
  "item.getSharedPropertiesAsync failed: GenericResponseError: The current item is not in a shared folder",
  "item.getSharedPropertiesAsync",
);

/** Megan scheduling in Alex's calendar with the given bits, on classic Windows. */
export function delegateFacts(overrides: Partial<DelegationFacts> = {}, bits = 63): DelegationFacts {
  return {
    user: known(MEGAN, "Office.context.mailbox.userProfile"),
    organizer: known(ALEX, "item.organizer.getAsync (Mailbox 1.7)"),
    shared: known({ owner: ALEX.emailAddress, delegatePermissions: bits }, "item.getSharedPropertiesAsync (Mailbox 1.8)"),
    host: HOSTS.classicWindows,
    requirementSets: { "1.1": true, "1.7": true, "1.8": true, "1.13": true, "1.10": true, "1.9": true },
    ...overrides,
  };
}

export function sharedBits(bits: number, owner = ALEX.emailAddress): Fact<SharedProperties> {
  return known({ owner, delegatePermissions: bits }, "item.getSharedPropertiesAsync (Mailbox 1.8)");
}

/** The whole English catalogue, as the report and the request to the owner need it. */
/** A context's settings, with Exchange's or Graph's answer given as the pane gives them: with their rules and words. */
export type ContextOverrides = Partial<Omit<DocumentContext, "t" | "evidence">> & {
  readonly t?: Catalogue;
  readonly exchange?: ExchangeFinding;
  readonly graph?: GraphFinding;
};

export function context(overrides: ContextOverrides = {}): DocumentContext {
  const { exchange, graph, t: catalogue = en, ...rest } = overrides;
  const heard = exchange !== undefined || graph !== undefined;
  const evidence = { ...(exchange ? { exchange } : {}), ...(graph ? { graph } : {}), rules: evidenceRules, words: catalogue.exchange };
  return {
    t: catalogue,
    serviceNames: catalogue.services,
    service: "teams",
    serviceName: "Microsoft Teams",
    reported: [],
    ...rest,
    ...(heard ? { evidence } : {}),
  };
}

export const REPORTED = {
  readOnly: {
    errorId: "calendar-read-only",
    layer: "calendar-editor",
    quote: "You don't have permission to create an entry in this folder.",
  },
  sendOnBehalf: {
    errorId: "send-on-behalf",
    layer: "send-on-behalf",
    quote: "You do not have the permission to send the message on behalf of the specified user.",
  },
  teams: {
    errorId: "teams-delegate",
    layer: "online-meeting-delegate",
    quote: "Looks like you don't have permission to schedule meetings for this account.",
  },
  zoom: {
    errorId: "zoom-scheduling-privilege",
    layer: "online-meeting-delegate",
    quote: "You cannot schedule a meeting for alex@contoso.com",
  },
  hybrid: { errorId: "teams-hybrid-oauth", layer: "none", quote: "Something went wrong" },
} as const satisfies Record<string, ReportedError>;

/** A check as the pane words it (src/i18n/checkWords.ts): for tests that pin what people read. */
export interface ShownCheck extends Omit<Check, "summary" | "evidence"> {
  readonly title: string;
  readonly summary: string;
  readonly evidence: readonly string[];
}

/** How the pane says Exchange's and Graph's reasons, with these words (the evidence chunk's). */
export function sayWith(words: OutsideWords | undefined): OutsideSay {
  return (reason, owner) => outsideSentence(reason, owner, words);
}

/** Exchange's and Graph's lines are said in the same language's words, as the pane says them. */
export function shown(check: Check, verdict: Pick<Verdict, "parties">, words: Catalogue = en): ShownCheck {
  const owner = shortNameOf(verdict.parties.owner, words.people.owner);
  const outside = sayWith({ words: words.exchange, graph: { words: words.graph } });
  return {
    ...check,
    title: checkTitle(check, words),
    summary: checkSummary(check, owner, words, outside),
    evidence: checkEvidence(check, owner, words, outside),
  };
}

/** The verdict's check with this id, worded. */
export function shownCheck(verdict: Verdict, id: Check["id"], words: Catalogue = en): ShownCheck {
  const check = verdict.checks.find((c) => c.id === id);
  if (!check) throw new Error(`no ${id} check`);
  return shown(check, verdict, words);
}

/** Whose calendar the pane says this is (Answer's eyebrow, the report), in these words. */
export function headlineOf(verdict: Verdict, words: Messages = en): string {
  return calendarOfWords(verdict.delegation, readableNameOf(verdict.owner, words.people.owner), words);
}
