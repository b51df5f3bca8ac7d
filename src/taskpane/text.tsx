import { createContext, useContext, type ReactNode } from "react";
import type { FirstScreenMessages, Messages } from "../i18n/messages";

interface PaneText {
  readonly first: FirstScreenMessages;
  readonly all?: Messages;
}

const TextContext = createContext<PaneText | undefined>(undefined);

/**
 * Gives every component the active language's catalogue: the first screen's part at once, the whole
 * catalogue once its details part has arrived.
 */
export function TextProvider({
  first,
  all,
  children,
}: {
  readonly first: FirstScreenMessages;
  readonly all?: Messages | undefined;
  readonly children: ReactNode;
}) {
  return <TextContext.Provider value={all ? { first, all } : { first }}>{children}</TextContext.Provider>;
}

/** The first screen's words; components below TextProvider only. */
export function useFirstScreenText(): FirstScreenMessages {
  const text = useContext(TextContext);
  if (!text) throw new Error("useFirstScreenText() outside TextProvider");
  return text.first;
}

/** The whole catalogue; only in parts rendered once the details have arrived (see WithDetails). */
export function useText(): Messages {
  const text = useContext(TextContext);
  if (!text) throw new Error("useText() outside TextProvider");
  if (!text.all) throw new Error("useText() before the details part of the catalogue arrived");
  return text.all;
}
