/**
 * How the pane reads a long body without freezing: the readers run in slices (src/body/steps.ts),
 * and after SLICE_MS of them the thread is given away for one macrotask, so a click, a key or a
 * paint waits at most about that long. A short body never yields at all.
 */

/** Longest run of work between two yields: well inside the 100 ms a click may wait. */
export const SLICE_MS = 16;

export function paneSlices(now: () => number = () => performance.now()): () => Promise<void> {
  let lastYield = now();
  return () => {
    const at = now();
    if (at - lastYield < SLICE_MS) return Promise.resolve();
    return nextTask().then(() => {
      lastYield = now();
    });
  };
}

/** A fresh macrotask: a message to ourselves where there is MessageChannel (no 4 ms clamp), else a timer. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof MessageChannel === "function") {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(undefined);
    } else setTimeout(resolve, 0);
  });
}
