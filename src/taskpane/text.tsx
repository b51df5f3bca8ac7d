import { createContext, useContext, type ReactNode } from "react";
import type { Messages } from "../i18n/messages";

const TextContext = createContext<Messages | undefined>(undefined);

/** Gives every component the active language's catalogue. */
export function TextProvider({ text, children }: { readonly text: Messages; readonly children: ReactNode }) {
  return <TextContext.Provider value={text}>{children}</TextContext.Provider>;
}

/** The active catalogue; components below TextProvider only. */
export function useText(): Messages {
  const text = useContext(TextContext);
  if (!text) throw new Error("useText() outside TextProvider");
  return text;
}
