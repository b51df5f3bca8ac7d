import { useEffect, useMemo, useState, useSyncExternalStore } from "react";
import type { GraphSettings } from "../config/types";
import { createPaneController, type PaneCommands, type TaskpaneDeps } from "./controller/paneController";
import type { Derived } from "./state/derive";
import type { GraphState } from "./state/paneState";

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

/**
 * What the pane shows: values only, the selectors' own (./state/derive.ts, where each is described);
 * the commands are apart (PaneCommands), created once per pane.
 */
export type TaskpaneView = Pick<
  Derived,
  | "t"
  | "loadFailed"
  | "text"
  | "detailsFailed"
  | "facts"
  | "verdict"
  | "answer"
  | "outside"
  | "config"
  | "configProblems"
  | "provider"
  | "blockService"
  | "manualLink"
  | "meeting"
  | "insertBlocked"
  | "sendCheck"
  | "busy"
  | "feedback"
  | "decoded"
  | "decoderFailed"
  | "errorText"
  | "exchange"
  | "exchangeText"
  | "evidenceFailed"
  | "pasted"
  | "memory"
> & {
  /** "Check with Microsoft 365": present only when config.json names an Entra app and the meeting is delegated. */
  readonly graph?: GraphRequest;
};

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
