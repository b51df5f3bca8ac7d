import { Button } from "@fluentui/react-components";
import { CheckmarkRegular, CopyRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { copyText } from "../clipboard";
import { strings } from "../strings";

interface Props {
  readonly text: () => string;
  /** Accessible name, e.g. "Copy command: grant Editor". */
  readonly label?: string;
  readonly children?: React.ReactNode;
  readonly onCopied?: (ok: boolean) => void;
  readonly appearance?: "secondary" | "subtle" | "primary";
}

export function CopyButton({ text, label, children, onCopied, appearance = "subtle" }: Props) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  const onClick = async () => {
    const ok = await copyText(text());
    setState(ok ? "copied" : "failed");
    onCopied?.(ok);
  };
  const shown = state === "copied" ? strings.copied : state === "failed" ? strings.copyFailed : (children ?? strings.copy);
  return (
    <Button
      size="small"
      appearance={appearance}
      icon={state === "copied" ? <CheckmarkRegular /> : <CopyRegular />}
      aria-label={label && state === "idle" ? label : undefined}
      onClick={() => void onClick()}
    >
      {shown}
    </Button>
  );
}
