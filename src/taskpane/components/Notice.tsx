import { makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
import { CheckmarkCircleFilled, DismissCircleFilled, InfoFilled, WarningFilled } from "@fluentui/react-icons";
import type { ReactNode } from "react";

export type NoticeIntent = "success" | "error" | "warning" | "info";

const useStyles = makeStyles({
  root: {
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
  },
  icon: { flexShrink: 0, fontSize: "16px", lineHeight: "20px", display: "flex", paddingBlockStart: "2px" },
  body: { minWidth: 0 },
  success: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    ...shorthands.borderColor(tokens.colorPaletteGreenBorder1),
    "& > span:first-child": { color: tokens.colorPaletteGreenForeground1 },
  },
  error: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    ...shorthands.borderColor(tokens.colorPaletteRedBorder1),
    "& > span:first-child": { color: tokens.colorPaletteRedForeground1 },
  },
  warning: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    ...shorthands.borderColor(tokens.colorPaletteYellowBorder1),
    "& > span:first-child": { color: tokens.colorPaletteDarkOrangeForeground1 },
  },
  info: {
    backgroundColor: tokens.colorNeutralBackground3,
    ...shorthands.borderColor(tokens.colorNeutralStroke2),
    "& > span:first-child": { color: tokens.colorNeutralForeground3 },
  },
});

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
  readonly className?: string;
  readonly [data: `data-${string}`]: string | number | undefined;
}

/**
 * A message strip in the Fluent look. Fluent's MessageBar pulls in an animation library the pane
 * does not otherwise need; this keeps the same semantics (icon + text, live region) for a few hundred bytes.
 */
export function Notice({ intent, children, role, className, ...data }: Props) {
  const styles = useStyles();
  return (
    <div className={mergeClasses(styles.root, styles[intent], className)} role={role} {...data}>
      <span className={styles.icon} aria-hidden="true">
        {icons[intent]}
      </span>
      <div className={styles.body}>{children}</div>
    </div>
  );
}
