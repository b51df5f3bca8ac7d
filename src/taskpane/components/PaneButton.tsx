import { makeResetStyles, makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
import type { ButtonHTMLAttributes, ReactNode } from "react";

/**
 * A native button with the look of Fluent UI v9's Button (same theme tokens, sizes and states).
 * Fluent's own Button brings its full style sheet and the whole token map into the first download
 * (54 KB before compression, measured with `npm run bench -- --why`) for the two or three buttons
 * this pane shows; the pane keeps Fluent's theme, Griffel and its other components.
 */
/** One state's background, border and text colours (Griffel evaluates this at build time). */
function paint(background: string, border: string, color: string) {
  return { backgroundColor: background, ...shorthands.borderColor(border), color };
}

// One class for what every button shares (a reset style is a single rule, not a map of atomic classes
// carried in the first download); the appearances below are atomic and override it in every state.
const useBaseClass = makeResetStyles({
  display: "inline-flex",
  alignItems: "center",
  justifyContent: "center",
  gap: tokens.spacingHorizontalSNudge,
  boxSizing: "border-box",
  maxWidth: "100%",
  minHeight: "32px",
  minWidth: "96px",
  paddingBlock: tokens.spacingVerticalXS,
  paddingInline: tokens.spacingHorizontalM,
  ...shorthands.borderWidth(tokens.strokeWidthThin),
  ...shorthands.borderStyle("solid"),
  ...shorthands.borderColor(tokens.colorNeutralStroke1),
  borderRadius: tokens.borderRadiusMedium,
  backgroundColor: tokens.colorNeutralBackground1,
  color: tokens.colorNeutralForeground1,
  fontFamily: tokens.fontFamilyBase,
  fontSize: tokens.fontSizeBase300,
  fontWeight: tokens.fontWeightSemibold,
  lineHeight: tokens.lineHeightBase300,
  textAlign: "center",
  overflowWrap: "anywhere",
  cursor: "pointer",
  transitionProperty: "background, border, color",
  transitionDuration: tokens.durationFaster,
  transitionTimingFunction: tokens.curveEasyEase,
  ":hover": paint(tokens.colorNeutralBackground1Hover, tokens.colorNeutralStroke1Hover, tokens.colorNeutralForeground1Hover),
  ":hover:active": paint(tokens.colorNeutralBackground1Pressed, tokens.colorNeutralStroke1Pressed, tokens.colorNeutralForeground1Pressed),
  ":focus-visible": {
    outlineWidth: tokens.strokeWidthThick,
    outlineStyle: "solid",
    outlineColor: tokens.colorStrokeFocus2,
    outlineOffset: "1px",
  },
});

const useStyles = makeStyles({
  // Atomic like the appearances' own media rules, so their order against each other stays Griffel's.
  media: {
    "@media (forced-colors: active)": { ...shorthands.borderColor("ButtonText") },
    "@media (prefers-reduced-motion: reduce)": { transitionDuration: "0.01ms" },
  },
  primary: {
    ...paint(tokens.colorBrandBackground, "transparent", tokens.colorNeutralForegroundOnBrand),
    ":hover": paint(tokens.colorBrandBackgroundHover, "transparent", tokens.colorNeutralForegroundOnBrand),
    ":hover:active": paint(tokens.colorBrandBackgroundPressed, "transparent", tokens.colorNeutralForegroundOnBrand),
  },
  subtle: {
    ...paint(tokens.colorSubtleBackground, "transparent", tokens.colorNeutralForeground2),
    ":hover": paint(tokens.colorSubtleBackgroundHover, "transparent", tokens.colorNeutralForeground2Hover),
    ":hover:active": paint(tokens.colorSubtleBackgroundPressed, "transparent", tokens.colorNeutralForeground2Pressed),
  },
  small: {
    minHeight: "24px",
    minWidth: "64px",
    paddingBlock: "3px",
    paddingInline: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusSmall,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightRegular,
    lineHeight: tokens.lineHeightBase200,
  },
  disabled: {
    // After the appearances, so it wins over primary and subtle in every state.
    cursor: "not-allowed",
    ...paint(tokens.colorNeutralBackgroundDisabled, tokens.colorNeutralStrokeDisabled, tokens.colorNeutralForegroundDisabled),
    ":hover": paint(tokens.colorNeutralBackgroundDisabled, tokens.colorNeutralStrokeDisabled, tokens.colorNeutralForegroundDisabled),
    ":hover:active": paint(tokens.colorNeutralBackgroundDisabled, tokens.colorNeutralStrokeDisabled, tokens.colorNeutralForegroundDisabled),
    "@media (forced-colors: active)": { ...shorthands.borderColor("GrayText"), color: "GrayText" },
  },
  icon: { display: "inline-flex", flexShrink: 0, fontSize: "20px", "> svg": { width: "1em", height: "1em" } },
  smallIcon: { fontSize: "16px" },
});

type Props = Omit<ButtonHTMLAttributes<HTMLButtonElement>, "type"> & {
  readonly appearance?: "primary" | "secondary" | "subtle";
  readonly size?: "small" | "medium";
  readonly icon?: ReactNode;
};

export function PaneButton({ appearance = "secondary", size = "medium", icon, className, children, disabled, ...rest }: Props) {
  const base = useBaseClass();
  const styles = useStyles();
  return (
    <button
      type="button"
      className={mergeClasses(
        base,
        styles.media,
        appearance === "primary" && styles.primary,
        appearance === "subtle" && styles.subtle,
        size === "small" && styles.small,
        disabled && styles.disabled,
        className,
      )}
      disabled={disabled}
      {...rest}
    >
      {icon && (
        <span className={mergeClasses(styles.icon, size === "small" && styles.smallIcon)} aria-hidden>
          {icon}
        </span>
      )}
      {children}
    </button>
  );
}
