import type { Check } from "../types";
import { calendarEditorCheck } from "./calendarEditor";
import type { CheckInput } from "./input";
import { onlineMeetingDelegateCheck } from "./onlineMeetingDelegate";
import { sendOnBehalfCheck } from "./sendOnBehalf";

export type { CheckInput } from "./input";
export { calendarEditorCheck, onlineMeetingDelegateCheck, sendOnBehalfCheck };

/** The three layers in the order people fix them: calendar, sending, then the meeting service. */
export function runChecks(input: CheckInput): Check[] {
  const calendarEditor = calendarEditorCheck(input);
  const sendOnBehalf = sendOnBehalfCheck(input);
  return [calendarEditor, sendOnBehalf, onlineMeetingDelegateCheck(input, calendarEditor, sendOnBehalf)];
}
