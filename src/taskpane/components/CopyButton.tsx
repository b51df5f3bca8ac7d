import { CheckmarkRegular, CopyRegular } from "@fluentui/react-icons";
import { useEffect, useState } from "react";
import { copyText } from "../clipboard";
import { useFirstScreenText } from "../text";
import { PaneButton } from "./PaneButton";

/** How long "Copied" stays before the button reads as a button again. */
export const COPIED_FOR_MS = 4000;

interface Props {
  readonly text: () => string | Promise<string>;
  /** Accessible name, e.g. "Copy: grant Editor". */
  readonly label?: string;
  readonly children?: React.ReactNode;
  readonly onCopied?: (ok: boolean) => void;
  readonly appearance?: "secondary" | "subtle" | "primary";
  /** Anything that changes what would be copied; "Copied" no longer holds once it changes. */
  readonly contentKey?: unknown;
}

export function CopyButton({ text, label, children, onCopied, appearance = "subtle", contentKey }: Props) {
  const t = useFirstScreenText();
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  useEffect(() => setState("idle"), [contentKey]);
  useEffect(() => {
    if (state === "idle") return;
    const timer = setTimeout(() => setState("idle"), COPIED_FOR_MS);
    return () => clearTimeout(timer);
  }, [state]);
  const onClick = async () => {
    let ok: boolean;
    try {
      ok = await copyText(await text());
    } catch {
      // The text could not be made (its code did not download): the copy failed, and says so.
      ok = false;
    }
    setState(ok ? "copied" : "failed");
    onCopied?.(ok);
  };
  const shown = state === "copied" ? t.actions.copied : state === "failed" ? t.actions.copyFailed : (children ?? t.actions.copy);
  return (
    <PaneButton
      size="small"
      appearance={appearance}
      icon={state === "copied" ? <CheckmarkRegular /> : <CopyRegular />}
      aria-label={label && state === "idle" ? label : undefined}
      onClick={() => void onClick()}
    >
      {shown}
    </PaneButton>
  );
}
