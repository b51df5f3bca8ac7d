import { useCallback, useRef, useState } from "react";
import { type FileProblem, readAuditText, sizeProblem } from "../readFile";
import { type AuditResult, decideRun } from "../rows";

export type AuditState =
  | { readonly kind: "idle" }
  | { readonly kind: "reading"; readonly name: string }
  | { readonly kind: "deciding"; readonly name: string; readonly done: number; readonly total: number }
  | { readonly kind: "problem"; readonly name: string; readonly problem: FileProblem | { readonly kind: "unreadable" } }
  | { readonly kind: "ready"; readonly name: string; readonly result: AuditResult };

/** A macrotask: the page paints and answers input between two slices of work. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Reads a dropped or chosen file: refused before reading when too large, read with File.text(),
 * parsed, then decided in slices (rows.ts) with the progress on screen. A file dropped while another
 * is still being read replaces it: the older run's result is dropped.
 */
export function useAuditFile(): { readonly state: AuditState; readonly open: (file: File) => void } {
  const [state, setState] = useState<AuditState>({ kind: "idle" });
  // The file being read or decided: a newer file stops its work rather than only ignoring its result.
  const deciding = useRef<AbortController | undefined>(undefined);
  const open = useCallback((file: File) => {
    deciding.current?.abort();
    const stop = new AbortController();
    deciding.current = stop;
    const current = () => !stop.signal.aborted;
    const name = file.name;
    const tooLarge = sizeProblem(file.size);
    if (tooLarge) {
      setState({ kind: "problem", name, problem: tooLarge });
      return;
    }
    setState({ kind: "reading", name });
    void (async () => {
      let text: string;
      try {
        text = await file.text();
      } catch {
        if (current()) setState({ kind: "problem", name, problem: { kind: "unreadable" } });
        return;
      }
      performance.mark("audit-file-read");
      await nextTask();
      if (!current()) return;
      const reading = readAuditText(text);
      if (reading.kind === "problem") {
        setState({ kind: "problem", name, problem: reading.problem });
        return;
      }
      let result;
      try {
        result = await decideRun(reading.run, {
          pause: nextTask,
          every: 1000,
          signal: stop.signal,
          onProgress: (done, total) => {
            if (current()) setState({ kind: "deciding", name, done, total });
          },
        });
      } catch (error) {
        if (stop.signal.aborted) return;
        throw error;
      }
      if (current()) setState({ kind: "ready", name, result });
    })();
  }, []);
  return { state, open };
}
