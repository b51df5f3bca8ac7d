/**
 * Reading a body in slices. Each reader is also a generator that yields between small slices of its
 * work (a few thousand nodes or characters) and returns its answer: run at once where nothing else
 * waits (tests, the edits), or paced where something must keep going meanwhile (the pane handling a
 * click, the send check's time limit). Pure: whoever runs the steps owns the clock and decides when a
 * yield really gives the thread away (src/office/pace.ts, src/launchevent/budget.ts).
 */
export type Steps<T> = Generator<void, T, void>;

/** Nodes, characters or links between two yields: small enough to be a fraction of a millisecond. */
export const SLICE = 2048;

/** Runs every step now and returns the answer. */
export function runNow<T>(steps: Steps<T>): T {
  let next = steps.next();
  while (!next.done) next = steps.next();
  return next.value;
}

/** Runs the steps, awaiting `pause` between slices; `pause` may reject to abandon the work. */
export async function runPaced<T>(steps: Steps<T>, pause: () => Promise<void>): Promise<T> {
  let next = steps.next();
  while (!next.done) {
    await pause();
    next = steps.next();
  }
  return next.value;
}
