/**
 * The send check's time budget. The rule reads the body in slices (src/body/steps.ts); between two
 * slices this either lets it go on at once, gives the thread away for one macrotask (so the handler's
 * overall cap, a timer, can fire even while the rule is busy), or, once the budget is spent, stops it.
 */
import { startTimer } from "./asyncCall";

/** Thrown into the rule's slices once the budget is spent; the handler then allows the send. */
export class BudgetSpent extends Error {
  constructor() {
    super("The send check's time budget is spent.");
    this.name = "BudgetSpent";
  }
}

/** Longest run of slices before the thread is given away: far below Outlook's 5 s, above a timer's delay. */
export const YIELD_EVERY_MS = 50;

/** A pause for runPaced: `budgetMs` counted from `started` (Date.now()), `now` injectable for tests. */
export function pacedBudget(started: number, budgetMs: number, now: () => number = Date.now): () => Promise<void> {
  let lastYield = now();
  return () => {
    const at = now();
    if (at - started > budgetMs) return Promise.reject(new BudgetSpent());
    if (at - lastYield < YIELD_EVERY_MS) return Promise.resolve();
    lastYield = at;
    return new Promise<void>((resolve) => {
      // Without timers (never seen, but the runtime is not ours) the rule simply goes on.
      if (startTimer(0, resolve) === undefined) resolve();
    });
  };
}
