/**
 * The pane's effects, outside React: it reads Outlook (through the gateway only) once at start, fetches
 * what the answer and the clicks need (each download once), and writes only on the user's explicit
 * actions. Every change is an event for the pure reducer (../state/paneState.ts); React subscribes to
 * the state and renders what ../state/derive.ts derives from it.
 *
 * What the first answer does not need (the body reader, the error decoder, the report, the request to
 * the owner, the writes and the details part of the catalogue) loads in chunks fetched right after the
 * answer is on screen; a click that needs one of them waits for it.
 */
import { parseUserChoice } from "../../config/parse";
import type { ConfigResult } from "../../config/types";
import type { ExchangeFinding } from "../../diagnosis/evidence/finding";
import type { GraphReading } from "../../diagnosis/evidence/graph";
import type { DelegationFacts } from "../../diagnosis/types";
import { languageOf, type Language } from "../../i18n/language";
import { withDetails, type DetailsMessages, type FirstScreenMessages, type Messages } from "../../i18n/messages";
import type { RandomBytes } from "../../meeting/types";
import type { BodyGlance, Outcome, OutlookGateway } from "../../office/gateway";
import type { EvidenceKit } from "../evidenceKit";
import { createDerive, type Derived, type Pair } from "../state/derive";
import { downloadOnce } from "../state/once";
import { ANSWER_WAITS_FOR_BODY_MS, initialState, reduce, type BootData, type PaneEvent, type PaneState } from "../state/paneState";

export interface TaskpaneDeps {
  readonly gateway: OutlookGateway;
  readonly loadConfig: () => Promise<ConfigResult>;
  /** The first screen's part of the active language's catalogue (a chunk of its own); tests pass English directly. */
  readonly loadText: (language: Language) => Promise<FirstScreenMessages>;
  /** The rest of that catalogue (a chunk of its own too), fetched only once the answer is on screen. */
  readonly loadDetails: (language: Language) => Promise<DetailsMessages>;
  /** The rules and words for Exchange's and Graph's answers (../evidenceKit.ts), fetched only when there is one. */
  readonly loadEvidence: (language: Language) => Promise<EvidenceKit>;
  readonly random: RandomBytes;
  readonly addinVersion: string;
  /** The wall clock (ISO 8601): when a paste was read, a report made, a remembered answer's age. */
  readonly now?: () => string;
  /** Facts already being read: the composition root starts the reads the moment Office is ready. */
  readonly facts?: Promise<DelegationFacts>;
  /**
   * What the composition root has already read and loaded when the pane mounts: the first render
   * then shows the answer, without a render of the frame and an effect in between.
   */
  readonly initial?: BootData;
  /** The first look at the body (without the body reader), when it answered before the pane mounted. */
  readonly bodyGlance?: Outcome<BodyGlance>;
}

/** The user's commands: created once per pane, so a component holding one never re-renders for it. */
export interface PaneCommands {
  /** Forgets Exchange's answer for this owner and delegate (and empties the box if it holds it). */
  forgetExchange(): void;
  /** "Send this to IT": a new message to the help desk's address when configured, else the report and check copied. */
  sendToIt(): Promise<void>;
  chooseProvider(id: string): void;
  insert(): void;
  replace(): void;
  remove(): void;
  /** Takes the words the answer quotes out of the location (nothing else). */
  fixLocation(): void;
  setErrorText(text: string): void;
  /** Opens a draft to the owner, or copies it; says which in the feedback. */
  askOwner(): Promise<void>;
  /** The report for IT, always with the current pasted error (and the read-only check for IT, unless withCheck is false). */
  report(withCheck?: boolean): Promise<string>;
  openLink(url: string): boolean;
  /** "Check with Microsoft 365" for this meeting's owner. */
  checkGraph(): void;
}

export interface PaneController {
  getState(): PaneState;
  subscribe(listener: () => void): () => void;
  /** What the screen shows for a state (the current one, normally). */
  viewOf(state: PaneState): Derived;
  /** Starts the effects (again after a dispose, as React's strict mode does); the state may already hold the answer. */
  start(): void;
  /**
   * The answer is on screen (the view tells, after its render): only now the details part of the
   * catalogue and the chunks the clicks need download, so the first verdict waits for nothing it does not show.
   */
  answerShown(): void;
  /** Stops: no event from an answer that arrives later changes anything. */
  dispose(): void;
  readonly commands: PaneCommands;
}

/** What the lazily loaded commands (./meetingCommands.ts, ./documentCommands.ts) use of the pane. */
export interface PaneCore {
  readonly deps: TaskpaneDeps & { readonly now: () => string };
  state(): PaneState;
  view(): Derived;
  dispatch(event: PaneEvent): void;
  /** The whole catalogue: started once, shared by the panels and every click that needs it. */
  details(): Promise<Messages>;
  /** The rules and words for an answer from Exchange or Graph (downloaded once). */
  loadKit(): void;
  /** Exchange's answer remembered for this pair, as of now. */
  readRemembered(pair: Pair): ExchangeFinding | undefined;
  /** The request ids issued for this pair: those Outlook kept, and those kept here when it did not. */
  readRequestIds(pair: Pair): readonly string[];
  readonly issuedHere: string[];
  /** Reads the error box again (a new request id changes what a pasted block is checked against). */
  readInput(): void;
}

type WriteKind = "insert" | "replace" | "remove" | "fix-location";

export function createPaneController(given: TaskpaneDeps): PaneController {
  const deps = { ...given, now: given.now ?? (() => new Date().toISOString()) };
  const { gateway, initial } = deps;
  const language = languageOf(gateway.displayLanguage());
  const derive = createDerive();
  let state = initialState({
    language,
    nestedAppAuth: gateway.supportsNestedAppAuth(),
    initial,
    providerId: initial && preferredProvider(initial.config),
    bodyGlance: deps.bodyGlance,
  });
  const listeners = new Set<() => void>();
  let started = false;
  let disposed = false;
  /** Writes so far: a body read that started before one must not overwrite what the write reported. */
  let writes = 0;
  /** The error box's latest text: an answer for an older one is dropped. */
  let inputToken = 0;
  let waitTimer: ReturnType<typeof setTimeout> | undefined;
  let answeredOnce = false;
  let bodyReadStarted = false;
  // Request ids issued here when Outlook did not keep them: a block IT sends back may carry one.
  const issuedHere: string[] = [];

  /** A throw while deriving (hostile facts) is the render's to show: it derives the same and fails the same. */
  function safeView(): Derived | undefined {
    try {
      return view();
    } catch {
      return undefined;
    }
  }

  let viewed: { state: PaneState; view: Derived } | undefined;
  const view = (): Derived => viewOf(state);
  function viewOf(of: PaneState): Derived {
    if (viewed?.state !== of) viewed = { state: of, view: derive(of) };
    return viewed.view;
  }

  function dispatch(event: PaneEvent): void {
    if (disposed) return;
    const next = reduce(state, event);
    if (next === state) return;
    state = next;
    listeners.forEach((listener) => listener());
    if (started) settle();
  }

  function preferredProvider(config: ConfigResult): string | undefined {
    return parseUserChoice(gateway.readPreferredProvider(), config.config) ?? config.config.defaultProviderId;
  }

  const readRemembered = (pair: Pair) => gateway.readRememberedEvidence(pair.owner, pair.delegate, deps.now());
  const readRequestIds = (pair: Pair) => [...gateway.readRequestIds(pair.owner, pair.delegate), ...issuedHere];

  /** Exchange's answer and the request ids for this owner and delegate, read with the first verdict. */
  function readPair(): void {
    const pair = safeView()?.pair;
    if (pair) dispatch({ type: "pair-read", remembered: readRemembered(pair), requestIds: readRequestIds(pair) });
  }

  const details = downloadOnce(
    () => {
      const t = view().t;
      if (!t) return Promise.reject(new Error("The first screen's text has not arrived yet."));
      return deps.loadDetails(language).then((more) => withDetails(t, more));
    },
    (all) => dispatch({ type: "details", download: all ? { kind: "ready", value: all } : { kind: "failed" } }),
  );
  // The rules and words that read Exchange's and Graph's answers: fetched the first time there is one
  // (or a Graph check starts), and again with the next answer after a failed download.
  const kit = downloadOnce(
    () => deps.loadEvidence(language),
    (loaded) => dispatch({ type: "kit", download: loaded ? { kind: "ready", value: loaded } : { kind: "failed" } }),
  );
  const loadKit = () => void kit().catch(() => undefined);

  /** What follows from the state by itself: the answer's wait, the body read, the link to paste by hand. */
  function settle(): void {
    const v = safeView();
    if (!v) return;
    const pending = state.body.kind === "loading";
    if (v.verdictKnown && pending && !state.bodyWaitOver && !waitTimer) {
      waitTimer = setTimeout(() => dispatch({ type: "body-wait-over" }), ANSWER_WAITS_FOR_BODY_MS);
    }
    // A body that arrived in time ends the wait: nothing is left to change a second later.
    if (!pending && waitTimer) {
      clearTimeout(waitTimer);
      waitTimer = undefined;
    }
    // The body is read by the body reader once the answer can be given: at once when the first look
    // could not rule our block out (the answer waits for it), else right after the answer, which the
    // first look already made usable (the read adds what the item recorded). Read once per pane, with
    // the signals of that moment: later ones (a chosen provider) are applied by the writes themselves.
    if (v.signals && (pending || v.answered) && !bodyReadStarted) {
      bodyReadStarted = true;
      const writesBefore = writes;
      void gateway.readMeetingState(v.signals).then((read) => {
        if (writes !== writesBefore) return;
        dispatch({ type: "body-read", body: read.ok ? { kind: "ready", state: read.value } : { kind: "unreadable" } });
      });
    }
    manualLinkFor(v);
  }

  /** One link per pane for pasting by hand when the body is too long: built once per provider, so copying twice gives the same room. */
  function manualLinkFor(v: Derived): void {
    const provider = v.provider;
    if (!v.bodyTooLarge || !provider?.insertsLink || state.manualLink?.providerId === provider.id) return;
    let link: string | undefined;
    try {
      link = v.owner ? provider.build(v.owner, deps.random).joinUrl : undefined;
    } catch {
      link = undefined;
    }
    dispatch({ type: "manual-link", providerId: provider.id, link });
  }

  function boot(): void {
    void Promise.all([deps.facts ?? gateway.readFacts(), deps.loadConfig(), deps.loadText(language)]).then(
      ([facts, config, text]) => {
        dispatch({ type: "booted", facts, config, text, providerId: preferredProvider(config) });
        readPair();
        if (state.exchange.remembered) loadKit();
      },
      // Facts and configuration never reject (they resolve with reasons); a language chunk can.
      () => dispatch({ type: "boot-failed" }),
    );
  }

  /** The error box's text, read as IT's answer or decoded as an error (./inputCommands.ts, with the decoder). */
  function readInput(): void {
    const token = ++inputToken;
    const current = () => token === inputToken && !disposed;
    const text = state.input.text;
    const { parties, text: all } = view();
    if (!parties || !text.trim() || !all) dispatch({ type: "input-read", reading: undefined });
    if (!parties || !text.trim()) return;
    void import(/* webpackChunkName: "decoder" */ "./inputCommands").then(
      (input) => input.readInput(core, text, parties, current),
      // webpack forgets a failed chunk, so the next keystroke tries the download again.
      () => current() && dispatch({ type: "decoder-failed" }),
    );
  }

  const core: PaneCore = {
    deps,
    state: () => state,
    view,
    dispatch,
    details,
    loadKit,
    readRemembered,
    readRequestIds,
    readInput,
    issuedHere,
  };

  function write(kind: WriteKind): void {
    const v = view();
    const t = v.t;
    if (!t || state.activity !== "idle") return;
    if (kind === "fix-location" && v.claim?.where !== "location") return;
    writes++;
    dispatch({ type: "activity", activity: "writing", feedback: undefined });
    void import(/* webpackChunkName: "meeting-render" */ "./meetingCommands")
      .then((commands) => commands.write(core, kind, v))
      .catch(() => dispatch({ type: "write-done", feedback: { intent: "error", text: t.actions.failed } }));
  }

  /** One message per click: a second click while Outlook opens the first is ignored. */
  async function document(activity: "asking-owner" | "sending-to-it", clearFeedback: boolean): Promise<void> {
    const v = view();
    const t = v.t;
    if (!t || state.activity !== "idle") return;
    if (activity === "asking-owner" && (!v.verdict || !v.context)) return;
    dispatch({ type: "activity", activity, ...(clearFeedback ? { feedback: undefined } : {}) });
    try {
      const commands = await import(/* webpackChunkName: "actions" */ "./documentCommands");
      await (activity === "asking-owner" ? commands.askOwner(core, v) : commands.sendToIt(core));
    } catch {
      // The actions chunk or the details text did not download, or drafting threw: say so rather than do nothing.
      dispatch({ type: "feedback", feedback: { intent: "error", text: t.actions.failed } });
    } finally {
      dispatch({ type: "activity", activity: "idle" });
    }
  }

  const commands: PaneCommands = {
    forgetExchange() {
      const pair = view().pair;
      if (!pair) return;
      void gateway.forgetEvidence(pair.owner, pair.delegate).then(() => {
        const words = state.kit.kind === "ready" ? state.kit.value.words : undefined;
        dispatch({
          type: "forgotten",
          remembered: readRemembered(pair),
          ...(words ? { feedback: { intent: "info", text: words.status.forgotten } } : {}),
        });
      });
      if (view().pasted?.kind === "evidence") commands.setErrorText("");
    },
    sendToIt: () => document("sending-to-it", true),
    chooseProvider(id) {
      dispatch({ type: "provider-chosen", id });
      void gateway.savePreferredProvider(id);
    },
    insert: () => write("insert"),
    replace: () => write("replace"),
    remove: () => write("remove"),
    fixLocation: () => write("fix-location"),
    setErrorText(text) {
      dispatch({ type: "input-changed", text });
      readInput();
    },
    askOwner: () => document("asking-owner", false),
    report: (withCheck = true) =>
      import(/* webpackChunkName: "actions" */ "./documentCommands").then((documents) => documents.report(core, withCheck)),
    openLink: (url) => gateway.openLink(url),
    checkGraph() {
      const v = view();
      const owner = v.pairOwner;
      const app = v.config?.graph;
      if (!owner || !app) return;
      if (state.graph.owner === owner && state.graph.state.kind === "checking") return;
      dispatch({ type: "graph", owner, state: { kind: "checking" } });
      // Rules that did not download leave the checks as they were; the pane says so, the answer still shows.
      const rules = kit().catch(() => undefined);
      // MSAL and the call load only now, in the "graph" chunk.
      void import(/* webpackChunkName: "graph" */ "./graphCommand")
        .then(({ askGraph }) => askGraph(app, owner, v.pair?.delegate, rules))
        .catch((): GraphReading => ({
          kind: "unknown",
          why: "unexpected",
          detail: "the Microsoft 365 part of the add-in could not be downloaded",
        }))
        .then((reading) => dispatch({ type: "graph", owner, state: { kind: "done", reading } }));
    },
  };

  // Given at start: the first render already shows the answer, with this pair's remembered answer
  // (and the link to paste by hand, when the glance found a body too long for the block).
  if (initial) {
    readPair();
    const v = safeView();
    if (v) manualLinkFor(v);
  }

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    viewOf,
    start() {
      disposed = false;
      if (!started) {
        started = true;
        if (state.boot.kind === "reading") boot();
        else if (state.exchange.remembered) loadKit();
      }
      settle();
    },
    answerShown() {
      if (answeredOnce) return;
      answeredOnce = true;
      details().catch(() => undefined);
      // Prefetched right after the answer, so no click waits on a download.
      void import(/* webpackChunkName: "decoder" */ "./inputCommands").catch(() => undefined);
      void import(/* webpackChunkName: "actions" */ "./documentCommands").catch(() => undefined);
      void import(/* webpackChunkName: "meeting-render" */ "./meetingCommands").catch(() => undefined);
    },
    dispose() {
      disposed = true;
      if (waitTimer) clearTimeout(waitTimer);
      waitTimer = undefined;
    },
    commands,
  };
}
