import { makeResetStyles } from "@fluentui/react-components";
import type { ReactNode } from "react";

// Read by screen readers, not shown: the visible text carries the same words in its own place.
const useHiddenClass = makeResetStyles({
  position: "absolute",
  width: "1px",
  height: "1px",
  margin: "-1px",
  padding: 0,
  overflow: "hidden",
  clipPath: "inset(50%)",
  whiteSpace: "nowrap",
  border: 0,
});

/**
 * A polite live region that exists from the first render, so screen readers announce what later
 * appears in it (many ignore a live region that is inserted together with its text).
 */
export function LiveRegion({ children, hidden = false }: { readonly children?: ReactNode; readonly hidden?: boolean }) {
  const hiddenClass = useHiddenClass();
  return (
    <div role="status" aria-live="polite" aria-atomic="true" className={hidden ? hiddenClass : undefined}>
      {children}
    </div>
  );
}
