/**
 * One download shared by everyone who needs it: started on the first call, handed to the later ones,
 * and forgotten when it fails (webpack forgets a failed chunk too), so the next call tries again.
 * `settled` hears the value, or undefined for a failure.
 */
export function downloadOnce<T>(start: () => Promise<T>, settled: (value: T | undefined) => void): () => Promise<T> {
  let current: Promise<T> | undefined;
  return () => {
    if (!current) {
      const load = start();
      current = load;
      load.then(settled, () => {
        if (current === load) current = undefined;
        settled(undefined);
      });
    }
    return current;
  };
}
