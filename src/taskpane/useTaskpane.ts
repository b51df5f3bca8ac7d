import { useEffect, useMemo, useState, useSyncExternalStore } from "react";
import type { ConfigResult, GraphSettings, OrgConfig } from "../config/types";
import type { DecodedError } from "../diagnosis/errors/decode";
import type { ExchangeFinding } from "../diagnosis/evidence/finding";
import type { PasteOutcome } from "../diagnosis/evidence/merge";
import type { SendCheckReach } from "../diagnosis/sendCheckReach";
import type { DelegationFacts, Verdict } from "../diagnosis/types";
import type { WordedAnswer } from "../i18n/answerWords";
import type { OutsideSay } from "../i18n/outsideWords";
import type { ExchangeMessages, FirstScreenMessages, Messages } from "../i18n/messages";
import type { MeetingProvider } from "../meeting/types";
import { createPaneController, type PaneCommands, type TaskpaneDeps } from "./controller/paneController";
import type { BlockService } from "./state/derive";
import type { Feedback, GraphState, MeetingView } from "./state/paneState";

export { ANSWER_WAITS_FOR_BODY_MAX_CHARS, ANSWER_WAITS_FOR_BODY_MS } from "./state/paneState";
export type { PaneCommands, TaskpaneDeps } from "./controller/paneController";

/** What "Check with Microsoft 365" needs and shows: the organisation's app, whose calendar, who is signed in. */
export interface GraphRequest {
  readonly app: GraphSettings;
  readonly owner: string;
  readonly loginHint?: string;
  /** NestedAppAuth 1.1: Outlook can hand the add-in a token. */
  readonly nestedAppAuth: boolean;
  /** The check for this owner (another owner's answer is never shown). */
  readonly state: GraphState;
  readonly check: () => void;
}

/** What the pane shows: values only; the commands are apart (PaneCommands), created once per pane. */
export interface TaskpaneView {
  /** The first screen's words: everything the pane shows before its details part has arrived. */
  readonly t?: FirstScreenMessages;
  /** The catalogue (or another file the first answer needs) could not be loaded. */
  readonly loadFailed: boolean;
  /** The whole catalogue, once its details part has arrived (fetched right after the first answer). */
  readonly text?: Messages;
  /** The details part of the catalogue could not be downloaded: each part of the pane that needs it says so. */
  readonly detailsFailed: boolean;
  readonly facts?: DelegationFacts;
  readonly verdict?: Verdict;
  readonly answer?: WordedAnswer;
  /** How the checks' reasons from Exchange and Graph are said, once the evidence chunk is in. */
  readonly outside?: OutsideSay;
  readonly config?: OrgConfig;
  readonly configProblems: ConfigResult["problems"];
  readonly provider?: MeetingProvider;
  /** The service of the link our block in the body holds, which may differ from the chosen provider. */
  readonly blockService?: BlockService;
  /** The link to paste by hand when the body is too long for the block. */
  readonly manualLink?: string;
  readonly meeting: MeetingView;
  /** Why "Add online meeting" cannot be used right now (permissions, a body too large or unreadable). */
  readonly insertBlocked?: string;
  readonly sendCheck?: SendCheckReach;
  readonly busy: boolean;
  readonly feedback?: Feedback;
  readonly decoded?: DecodedError;
  /** The decoder's code (its own chunk) could not be downloaded. */
  readonly decoderFailed: boolean;
  readonly errorText: string;
  /** "Check with Microsoft 365": present only when config.json names an Entra app and the meeting is delegated. */
  readonly graph?: GraphRequest;
  /** Exchange's answer the checks use or show: pasted just now, else remembered for this owner and delegate. */
  readonly exchange?: ExchangeFinding;
  /** Exchange's words, once the rules and words for an answer from Exchange or Graph have arrived. */
  readonly exchangeText?: ExchangeMessages;
  /** Those rules and words could not be downloaded: the checks show what Outlook alone can see, and say so. */
  readonly evidenceFailed: boolean;
  /** What the error box's text turned out to be, when it was an admin's output (it then is not decoded). */
  readonly pasted?: PasteOutcome;
  /** Whether a pasted answer was kept for the next meeting with this owner. */
  readonly memory?: "saved" | "not-saved";
}

/**
 * Binds the pane's controller (./controller/paneController.ts) to React: created once per pane, its
 * state read with useSyncExternalStore, the view derived by the pure selectors (./state/derive.ts).
 * Components take slices of the view and the commands, which never change, so memo() holds.
 */
export function useTaskpane(deps: TaskpaneDeps): { readonly view: TaskpaneView; readonly on: PaneCommands } {
  // The deps are given once by the composition root: the controller is made from the first ones.
  const [controller] = useState(() => createPaneController(deps));
  useEffect(() => {
    controller.start();
    return () => controller.dispose();
  }, [controller]);
  const state = useSyncExternalStore(controller.subscribe, controller.getState);
  const view = useMemo(() => controller.viewOf(state), [controller, state]);
  // The answer on screen: not while it is held for a remembered answer's rules, whose download the
  // prefetches after the answer must not compete with.
  const answerOnScreen = view.verdict !== undefined;
  useEffect(() => {
    if (answerOnScreen) controller.answerShown();
  }, [controller, answerOnScreen]);
  const { commands } = controller;
  const { config, pairOwner, pair, graphState } = view;
  const graph = useMemo<GraphRequest | undefined>(
    () =>
      config?.graph && pairOwner
        ? {
            app: config.graph,
            owner: pairOwner,
            ...(pair ? { loginHint: pair.delegate } : {}),
            nestedAppAuth: state.env.nestedAppAuth,
            state: graphState,
            check: commands.checkGraph,
          }
        : undefined,
    [config, pairOwner, pair, state.env.nestedAppAuth, graphState, commands],
  );
  const shown = useMemo<TaskpaneView>(() => (graph ? { ...view, graph } : view), [view, graph]);
  return { view: shown, on: commands };
}
