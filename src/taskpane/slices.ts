/**
 * What each panel renders: its slice of the pane's view, named once here (in the first download, so the
 * lazy panels' chunks stay lazy). A panel's props are its slice plus the pane's commands; memo() then
 * re-renders a panel only when one of its own fields changed.
 */
import type { TaskpaneView } from "./useTaskpane";

export const SLICES = {
  answer: ["verdict", "answer", "feedback", "insertBlocked", "manualLink", "meeting", "busy", "config"],
  exchangeStatus: ["exchange", "verdict", "exchangeText", "evidenceFailed"],
  checkList: ["verdict", "outside", "graph", "text", "detailsFailed"],
  meetingPanel: ["verdict", "config", "provider", "busy", "meeting", "answer", "blockService", "insertBlocked", "sendCheck"],
  errorDecoder: ["decoded", "verdict", "errorText", "pasted", "decoderFailed", "memory", "exchangeText"],
  footer: ["errorText", "verdict", "config"],
} as const satisfies Record<string, readonly (keyof TaskpaneView)[]>;

export type Slice<Name extends keyof typeof SLICES> = Pick<TaskpaneView, (typeof SLICES)[Name][number]>;

/** The panel's fields of the view, as props to spread (each compared on its own by memo). */
export function sliceOf<Name extends keyof typeof SLICES>(view: TaskpaneView, name: Name): Slice<Name> {
  const slice: Partial<Record<keyof TaskpaneView, unknown>> = {};
  for (const key of SLICES[name]) slice[key] = view[key];
  return slice as Slice<Name>;
}
