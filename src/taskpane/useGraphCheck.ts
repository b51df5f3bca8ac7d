import { useCallback, useSyncExternalStore } from "react";
import type { GraphSettings } from "../config/types";
import type { GraphReading } from "../diagnosis/evidence/graph";

/** What "Check with Microsoft 365" needs: the organisation's app, whose calendar, who is signed in. */
export interface GraphRequest {
  readonly app: GraphSettings;
  readonly owner: string;
  readonly loginHint?: string;
  /** NestedAppAuth 1.1: Outlook can hand the add-in a token. */
  readonly nestedAppAuth: boolean;
  /** Hands each answer to the pane, whose checks take it as evidence (DiagnosisContext.evidence). */
  readonly onAnswer: (owner: string, reading: GraphReading) => void;
  /**
   * Fetches the rules that merge an answer into the checks (their own chunk). Started with the click and
   * awaited before an answer that is evidence is shown, so the panel and the checks change together.
   */
  readonly rulesReady: () => Promise<unknown>;
}

export type GraphState =
  { readonly kind: "ready" } | { readonly kind: "checking" } | { readonly kind: "done"; readonly reading: GraphReading };

/**
 * The check's state lives here, in the details chunk, not in the pane's first download: it outlives
 * a closed "Details" (the calendar and the meeting checks both show it), one pane, one owner.
 */
let state: GraphState = { kind: "ready" };
let stateOwner: string | undefined;
const listeners = new Set<() => void>();

function set(next: GraphState, owner: string): void {
  state = next;
  stateOwner = owner;
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The answer for this owner (another owner's answer is never shown), and the click that asks. */
export function useGraphCheck(request: GraphRequest): { readonly state: GraphState; check(): void } {
  const current = useSyncExternalStore(subscribe, () => (stateOwner === request.owner ? state : READY));
  const { app, owner, loginHint, onAnswer, rulesReady } = request;
  const check = useCallback(() => {
    if (stateOwner === owner && state.kind === "checking") return;
    set({ kind: "checking" }, owner);
    // Rules that did not download leave the checks as they were; the pane says so, the answer still shows.
    const rules = rulesReady().catch(() => undefined);
    // MSAL and the call load only now, in the "graph" chunk.
    void import(/* webpackChunkName: "graph" */ "../graph")
      .then(({ checkWithGraph }) => checkWithGraph({ app, owner, ...(loginHint ? { loginHint } : {}) }))
      .catch((): GraphReading => ({
        kind: "unknown",
        why: "unexpected",
        detail: "the Microsoft 365 part of the add-in could not be downloaded",
      }))
      .then((reading): Promise<GraphReading> => (reading.kind === "evidence" ? rules.then(() => reading) : Promise.resolve(reading)))
      .then((reading) => {
        set({ kind: "done", reading }, owner);
        onAnswer(owner, reading);
      });
  }, [app, owner, loginHint, onAnswer, rulesReady]);
  return { state: current, check };
}

const READY: GraphState = { kind: "ready" };
