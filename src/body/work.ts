/**
 * A count of the steps the body readers take (nodes visited, lines classified, links looked at).
 * Tests read it to check that the work grows linearly with the body (test/body/linearWork.test.ts):
 * counting steps, unlike timing, gives the same answer on a loaded machine. In production it is one
 * addition per step and nobody reads it.
 */
export const bodyWork = { steps: 0 };

export function countWork(steps = 1): void {
  bodyWork.steps += steps;
}

/** Outlook refuses longer links, and our block never writes one: a longer "URL" is not a join link. */
export const MAX_URL_CHARS = 2048;
