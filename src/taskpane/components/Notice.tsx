import { makeResetStyles, shorthands, tokens } from "@fluentui/react-components";
import { CheckmarkCircleFilled, DismissCircleFilled, InfoFilled, WarningFilled } from "@fluentui/react-icons";
import type { ReactNode } from "react";

export type NoticeIntent = "success" | "error" | "warning" | "info";

// One class each (see Answer.tsx); the root's look per intent is chosen by data-intent.
const useRootClass = makeResetStyles({
  display: "flex",
  gap: tokens.spacingHorizontalS,
  alignItems: "flex-start",
  paddingBlock: tokens.spacingVerticalS,
  paddingInline: tokens.spacingHorizontalM,
  ...shorthands.borderRadius(tokens.borderRadiusMedium),
  ...shorthands.borderWidth("1px"),
  ...shorthands.borderStyle("solid"),
  overflowWrap: "anywhere",
  minWidth: 0,
  '&[data-intent="success"]': {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    ...shorthands.borderColor(tokens.colorPaletteGreenBorder1),
    "& > span:first-child": { color: tokens.colorPaletteGreenForeground1 },
  },
  '&[data-intent="error"]': {
    backgroundColor: tokens.colorPaletteRedBackground1,
    ...shorthands.borderColor(tokens.colorPaletteRedBorder1),
    "& > span:first-child": { color: tokens.colorPaletteRedForeground1 },
  },
  '&[data-intent="warning"]': {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    ...shorthands.borderColor(tokens.colorPaletteYellowBorder1),
    "& > span:first-child": { color: tokens.colorPaletteDarkOrangeForeground1 },
  },
  '&[data-intent="info"]': {
    backgroundColor: tokens.colorNeutralBackground3,
    ...shorthands.borderColor(tokens.colorNeutralStroke2),
    "& > span:first-child": { color: tokens.colorNeutralForeground3 },
  },
});
const useIconClass = makeResetStyles({ flexShrink: 0, fontSize: "16px", lineHeight: "20px", display: "flex", paddingBlockStart: "2px" });
const useBodyClass = makeResetStyles({ minWidth: 0 });

const icons: Record<NoticeIntent, JSX.Element> = {
  success: <CheckmarkCircleFilled />,
  error: <DismissCircleFilled />,
  warning: <WarningFilled />,
  info: <InfoFilled />,
};

interface Props {
  readonly intent: NoticeIntent;
  readonly children: ReactNode;
  /** "alert" interrupts screen readers (errors); "status" waits its turn. */
  readonly role?: "alert" | "status";
  readonly [data: `data-${string}`]: string | number | undefined;
}

/**
 * A message strip in the Fluent look. Fluent's MessageBar pulls in an animation library the pane
 * does not otherwise need; this keeps the same semantics (icon + text, live region) for a few hundred bytes.
 */
export function Notice({ intent, children, role, ...data }: Props) {
  const root = useRootClass();
  const iconClass = useIconClass();
  const body = useBodyClass();
  return (
    <div className={root} data-intent={intent} role={role} {...data}>
      <span className={iconClass} aria-hidden="true">
        {icons[intent]}
      </span>
      <div className={body}>{children}</div>
    </div>
  );
}
