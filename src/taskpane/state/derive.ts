/**
 * What the screen derives from the pane's state, with pure functions: who is who, the context the
 * checks run in, the verdict (with its two gates), the answer, why "Add online meeting" is blocked.
 * Each stage keeps its last result while its inputs are the same objects, so a keystroke in the error
 * box does not diagnose the meeting again.
 */
import type { ConfigResult, OrgConfig } from "../../config/types";
import { helpdeskFor } from "../../config/helpdesk";
import { shortNameOf } from "../../diagnosis/address";
import { answerOf } from "../../diagnosis/answer";
import type { DecodedError } from "../../diagnosis/errors/decode";
import { toReportedError } from "../../diagnosis/errors/reported";
import type { ExchangeFinding } from "../../diagnosis/evidence/finding";
import type { GraphFinding } from "../../diagnosis/evidence/graph";
import type { PasteOutcome } from "../../diagnosis/evidence/merge";
import { sendCheckReach, type SendCheckReach } from "../../diagnosis/sendCheckReach";
import type { CheckedService, DelegationFacts, DiagnosisContext, Parties, Person, Verdict } from "../../diagnosis/types";
import { diagnose, meetingOwner } from "../../diagnosis/verdict";
import { answerWords, type WordedAnswer } from "../../i18n/answerWords";
import type { OutsideSay } from "../../i18n/outsideWords";
import { insertBlockedWords } from "../../i18n/checkWords";
import type { ExchangeMessages, FirstScreenMessages, Messages } from "../../i18n/messages";
import { MAX_BODY_CHARS } from "../../meeting/limits";
import { blockSignals } from "../../meeting/recognition";
import type { MeetingProvider } from "../../meeting/types";
import type { BlockSignals, MeetingState } from "../../office/gateway";
import type { EvidenceKit } from "../evidenceKit";
import { serviceLabel } from "../serviceLabel";
import type { Feedback, GraphState, MeetingView, PaneState } from "./paneState";

/** Room our largest block needs (a link of 2,048 characters, ten dial-in lines, labels and styles). */
const BLOCK_ROOM_CHARS = 6_000;

/** The owner and delegate of a delegated meeting: whose remembered answer, request ids and Graph check apply. */
export interface Pair {
  readonly owner: string;
  readonly delegate: string;
}

export type BlockService = CheckedService & { readonly providerId?: string };
type UnmetClaim = NonNullable<MeetingState["unmetClaims"]>[number];

export interface Derived {
  /** The first screen's words: everything the pane shows before its details part has arrived. */
  readonly t?: FirstScreenMessages;
  /** The catalogue (or another file the first answer needs) could not be loaded. */
  readonly loadFailed: boolean;
  /** The whole catalogue, once its details part has arrived (fetched right after the first answer). */
  readonly text?: Messages;
  /** The details part of the catalogue could not be downloaded: each part of the pane that needs it says so. */
  readonly detailsFailed: boolean;
  readonly facts?: DelegationFacts;
  readonly config?: OrgConfig;
  readonly configProblems: ConfigResult["problems"];
  readonly provider?: MeetingProvider;
  /** The service of the link our block in the body holds, which may differ from the chosen provider. */
  readonly blockService?: BlockService;
  /** Whose calendar it is (for the link and the block's signals). */
  readonly owner?: Person;
  readonly parties?: Parties;
  /** The owner's address in a delegated meeting: whose calendar Graph is asked about. */
  readonly pairOwner?: string;
  readonly pair?: Pair;
  readonly signals?: BlockSignals;
  /** The context the checks run in, with the reported error and outside evidence. */
  readonly context?: DiagnosisContext;
  /** How the checks' reasons from Exchange and Graph are said, once the evidence chunk is in. */
  readonly outside?: OutsideSay;
  /** A verdict exists (before the gates): the answer's wait for the body starts then. */
  readonly verdictKnown: boolean;
  /** The answer may show: the body is read, or the wait for it is over. */
  readonly answered: boolean;
  /** Shown once answered and not held for a remembered answer's rules. */
  readonly verdict?: Verdict;
  /** The answer (src/diagnosis/answer.ts) in the pane's words. */
  readonly answer?: WordedAnswer;
  readonly meeting: MeetingView;
  readonly bodyTooLarge: boolean;
  /** The location's claim the answer quotes, in a delegate's meeting. */
  readonly claim?: UnmetClaim;
  /** The link to paste by hand when the body is too long for the block. */
  readonly manualLink?: string;
  /** Why "Add online meeting" cannot be used right now (permissions, a body too large or unreadable). */
  readonly insertBlocked?: string;
  readonly sendCheck?: SendCheckReach;
  readonly busy: boolean;
  readonly feedback?: Feedback;
  readonly errorText: string;
  readonly decoded?: DecodedError;
  /** The decoder's code (its own chunk) could not be downloaded. */
  readonly decoderFailed: boolean;
  /** What the error box's text turned out to be, when it was an admin's output (it then is not decoded). */
  readonly pasted?: PasteOutcome;
  /** Exchange's answer the checks use or show: pasted just now, else remembered for this pair. */
  readonly exchange?: ExchangeFinding;
  /** Exchange's words, once the rules and words for an answer from Exchange or Graph have arrived. */
  readonly exchangeText?: ExchangeMessages;
  /** Those rules and words could not be downloaded: the checks show what Outlook alone can see, and say so. */
  readonly evidenceFailed: boolean;
  /** Whether a pasted answer was kept for the next meeting with this owner. */
  readonly memory?: "saved" | "not-saved";
  /** Graph's check for this pair's owner. */
  readonly graphState: GraphState;
}

/** Remembers the last result while its inputs are the same objects. */
function lastOf<A extends readonly unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | undefined;
  return (...args: A) => {
    if (last && last.args.every((arg, i) => Object.is(arg, args[i]))) return last.result;
    last = { args, result: compute(...args) };
    return last.result;
  };
}

/** Facts, configuration and words of a pane that has booted, and what they alone settle. */
function coreOf(boot: PaneState["boot"], providerId: string | undefined, language: string) {
  if (boot.kind !== "ready") return undefined;
  const { facts, config: configResult, text: t } = boot;
  const config = configResult.config;
  const provider = config.providers.find((p) => p.id === providerId) ?? config.providers[0];
  const helpdesk = helpdeskFor(config, language);
  // Who the owner is comes from the diagnosis itself (one rule for it).
  const owner = meetingOwner(facts);
  return { t, facts, configResult, config, provider, helpdesk, owner };
}
type Core = NonNullable<ReturnType<typeof coreOf>>;

/** Whose link the body holds decides what the answer and the checks describe, not the picker. */
function blockServiceOf(core: Core, blockLink: string | undefined, blockKind: MeetingState["blockService"]): BlockService | undefined {
  if (!blockLink) return undefined;
  const { config, t, owner } = core;
  const maker = config.providers.find((p) => p.recognises(blockLink, owner)) ?? config.providers.find((p) => p.service === blockKind);
  if (maker) return { kind: maker.service, name: serviceLabel(maker, t), providerId: maker.id };
  return blockKind ? { kind: blockKind, name: t.services[blockKind] } : { kind: "other", name: t.services.other };
}

function baseContextOf(core: Core, blockService: BlockService | undefined): DiagnosisContext | undefined {
  const { t, provider, helpdesk } = core;
  if (!provider) return undefined;
  return {
    service: blockService?.kind ?? provider.service,
    serviceName: blockService?.name ?? serviceLabel(provider, t),
    serviceNames: t.services,
    reported: [],
    ...(helpdesk ? { helpdesk } : {}),
  };
}

/** The owner's address in a delegated meeting, else none (one's own calendar, or delegation unknown). */
function pairOwnerOf(verdict: Verdict | undefined): string | undefined {
  return verdict?.delegation === "delegate" ? verdict.parties.owner?.emailAddress : undefined;
}

/** The pair of a delegated meeting, else none (one's own calendar, or delegation unknown). */
function pairOf(verdict: Verdict | undefined): Pair | undefined {
  const owner = pairOwnerOf(verdict);
  const delegate = verdict?.delegation === "delegate" ? verdict.parties.delegate?.emailAddress : undefined;
  return owner && delegate ? { owner, delegate } : undefined;
}

/** Graph's answer for this owner, once the whole catalogue is there to word it. */
function graphFindingOf(graph: PaneState["graph"], text: Messages | undefined, owner: string | undefined): GraphFinding | undefined {
  return graph.owner === owner && graph.state.kind === "done" && graph.state.reading.kind === "evidence" && text
    ? { evidence: graph.state.reading.evidence, words: text.graph }
    : undefined;
}

function contextOf(
  baseContext: DiagnosisContext | undefined,
  decoded: DecodedError | undefined,
  exchange: ExchangeFinding | undefined,
  graph: GraphFinding | undefined,
  kit: EvidenceKit | undefined,
): DiagnosisContext | undefined {
  const reported = decoded && toReportedError(decoded);
  const evidence =
    kit && (exchange || graph)
      ? { ...(exchange ? { exchange } : {}), ...(graph ? { graph } : {}), rules: kit.rules, words: kit.words }
      : undefined;
  if (!baseContext || (!reported && !evidence)) return baseContext;
  return { ...baseContext, ...(reported ? { reported: [reported] } : {}), ...(evidence ? { evidence } : {}) };
}

function answerFor(
  t: FirstScreenMessages | undefined,
  say: OutsideSay | undefined,
  verdict: Verdict | undefined,
  context: DiagnosisContext | undefined,
  provider: MeetingProvider | undefined,
  hasBlock: boolean,
  bodyTooLarge: boolean,
  claim: UnmetClaim | undefined,
): WordedAnswer | undefined {
  if (!t || !verdict || !context || !provider) return undefined;
  const answer = answerOf(verdict, context, {
    hasBlock,
    insertsLink: provider.insertsLink,
    bodyTooLarge,
    ...(claim
      ? {
          unmetClaim: {
            service: t.services[claim.service],
            where: claim.where,
            quote: claim.quote,
            ours: claim.service === "other",
          },
        }
      : {}),
  });
  return answerWords(answer, shortNameOf(verdict.owner, t.people.owner), t, say);
}

function insertBlockedOf(
  t: FirstScreenMessages | undefined,
  verdict: Verdict | undefined,
  meeting: MeetingView,
  bodyTooLarge: boolean,
): string | undefined {
  if (!t || !verdict) return undefined;
  if (!verdict.insert.allowed) return insertBlockedWords(verdict.insert, shortNameOf(verdict.parties.owner, t.people.owner), t);
  if (meeting.kind === "unreadable") return t.insert.bodyUnreadable;
  // Known before any click: Outlook refuses a body over its limit, so the button says so up front.
  if (bodyTooLarge) return t.insert.bodyTooLarge({ limit: MAX_BODY_CHARS });
  return undefined;
}

/** A deriver of its own (each pane, each test): its stages remember their last inputs. */
export function createDerive(): (state: PaneState) => Derived {
  const core = lastOf(coreOf);
  const blockService = lastOf(blockServiceOf);
  const baseContext = lastOf(baseContextOf);
  const baseVerdict = lastOf((facts: DelegationFacts, context: DiagnosisContext) => diagnose(facts, context));
  const signals = lastOf((providers: readonly MeetingProvider[], owner: Person | undefined) => blockSignals(providers, owner));
  const pair = lastOf(pairOf);
  const graphFinding = lastOf(graphFindingOf);
  const context = lastOf(contextOf);
  const verdictOf = lastOf((facts: DelegationFacts, ctx: DiagnosisContext) => diagnose(facts, ctx));
  const answer = lastOf(answerFor);
  const outside = lastOf((kit: EvidenceKit | undefined, evidence: DiagnosisContext["evidence"]): OutsideSay | undefined =>
    kit && evidence ? (reason, owner) => kit.say(reason, owner, evidence) : undefined,
  );

  return (state) => {
    const c = core(state.boot, state.providerId, state.env.language);
    const meeting = state.body;
    const ready = meeting.kind === "ready" ? meeting.state : undefined;
    const service = c ? blockService(c, ready?.hasBlock ? ready.blockLink : undefined, ready?.blockService) : undefined;
    const base = c ? baseContext(c, service) : undefined;
    const first = c && base ? baseVerdict(c.facts, base) : undefined;
    const thePair = pair(first);
    const text = state.details.kind === "ready" ? state.details.value : undefined;
    const kit = state.kit.kind === "ready" ? state.kit.value : undefined;
    const reading = state.input.reading;
    const decoded = reading?.kind === "decoded" ? reading.decoded : undefined;
    const pasted = reading?.kind === "paste" ? reading.outcome : undefined;
    const remembered = state.exchange.remembered;
    const exchange = pasted?.kind === "evidence" ? pasted.finding : remembered;
    const pairOwner = pairOwnerOf(first);
    const graph = graphFinding(state.graph, text, pairOwner);
    const ctx = context(base, decoded, exchange, graph, kit);
    // A remembered answer belongs in the first answer: it waits for the rules that read it (one small
    // download), unless they could not be fetched. A paste or Graph's answer updates the answer shown.
    const holdForEvidence = remembered !== undefined && !kit && state.kit.kind !== "failed";
    const verdictKnown = first !== undefined;
    // The answer waits for the body, but never long (ANSWER_WAITS_FOR_BODY_MS).
    const answered = verdictKnown && (meeting.kind !== "loading" || state.bodyWaitOver);
    const held = c && ctx && !holdForEvidence ? (ctx === base ? first : verdictOf(c.facts, ctx)) : undefined;
    const verdict = answered ? held : undefined;
    const hasBlock = ready?.hasBlock === true;
    const bodyTooLarge = ready !== undefined && !ready.hasBlock && ready.bodyChars + BLOCK_ROOM_CHARS > MAX_BODY_CHARS;
    // The send check's rule (claims.ts), applied where the send check applies it: a delegate's meeting.
    const claim = ready && held?.delegation === "delegate" ? ready.unmetClaims?.[0] : undefined;
    const say = outside(kit, ctx?.evidence);
    const theAnswer = answered ? answer(c?.t, say, held, ctx, c?.provider, hasBlock, bodyTooLarge, claim) : undefined;
    const link = state.manualLink && bodyTooLarge && state.manualLink.providerId === c?.provider?.id ? state.manualLink.link : undefined;
    const insertBlocked = insertBlockedOf(c?.t, held, meeting, bodyTooLarge);
    // Another owner's answer is never shown.
    const graphState = state.graph.owner === pairOwner ? state.graph.state : READY;
    // Absent values stay undefined keys: every reader asks for a value, never whether the key is there.
    return {
      loadFailed: state.boot.kind === "failed",
      detailsFailed: state.details.kind === "failed",
      decoderFailed: state.input.decoderFailed,
      evidenceFailed: state.kit.kind === "failed",
      configProblems: c?.configResult.problems ?? [],
      meeting,
      verdictKnown,
      answered,
      bodyTooLarge,
      busy: state.activity === "writing",
      errorText: state.input.text,
      graphState,
      t: c?.t,
      facts: c?.facts,
      config: c?.config,
      sendCheck: c && sendCheckReach(c.facts.host, c.facts.requirementSets),
      provider: c?.provider,
      owner: c?.owner,
      signals: c?.provider && signals(c.config.providers, c.owner),
      text,
      blockService: service,
      parties: first?.parties,
      pairOwner,
      pair: thePair,
      context: ctx,
      outside: say,
      verdict,
      answer: theAnswer,
      claim,
      manualLink: link,
      insertBlocked,
      feedback: state.feedback,
      decoded,
      pasted,
      exchange,
      exchangeText: kit?.words,
      memory: state.exchange.memory,
    };
  };
}

const READY: GraphState = { kind: "ready" };
