import { makeResetStyles, shorthands, tokens } from "@fluentui/react-components";
import {
  CheckmarkCircleFilled,
  DismissCircleFilled,
  QuestionCircleFilled,
  SubtractCircleFilled,
  WarningFilled,
} from "@fluentui/react-icons";
import type { CheckStatus } from "../../diagnosis/types";
import { useFirstScreenText } from "../text";

/**
 * The look of Fluent's tinted, rounded Badge with the same theme tokens, drawn here: the Badge
 * package costs 13 KB of the first download for a label and an icon.
 */
// One class for the shape and every tone, chosen by data-tone (a reset style is one rule per selector
// in the extracted sheet, not a map of atomic classes in the first download: see Answer.tsx).
const useRootClass = makeResetStyles({
  display: "inline-flex",
  alignItems: "center",
  gap: tokens.spacingHorizontalXXS,
  flexShrink: 0,
  minHeight: "20px",
  paddingInline: `calc(${tokens.spacingHorizontalXS} + ${tokens.spacingHorizontalXXS})`,
  ...shorthands.borderWidth(tokens.strokeWidthThin),
  ...shorthands.borderStyle("solid"),
  borderRadius: tokens.borderRadiusMedium,
  fontSize: tokens.fontSizeBase200,
  lineHeight: tokens.lineHeightBase200,
  fontWeight: tokens.fontWeightSemibold,
  whiteSpace: "nowrap",
  "> svg": { fontSize: "12px", flexShrink: 0 },
  '&[data-tone="success"]': {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    color: tokens.colorPaletteGreenForeground1,
    ...shorthands.borderColor(tokens.colorPaletteGreenBorder1),
  },
  '&[data-tone="warning"]': {
    backgroundColor: tokens.colorPaletteDarkOrangeBackground1,
    color: tokens.colorPaletteDarkOrangeForeground1,
    ...shorthands.borderColor(tokens.colorPaletteDarkOrangeBorder1),
  },
  '&[data-tone="danger"]': {
    backgroundColor: tokens.colorPaletteRedBackground1,
    color: tokens.colorPaletteRedForeground1,
    ...shorthands.borderColor(tokens.colorPaletteRedBorder1),
  },
  '&[data-tone="informative"]': {
    backgroundColor: tokens.colorNeutralBackground4,
    color: tokens.colorNeutralForeground3,
    ...shorthands.borderColor(tokens.colorNeutralStroke2),
  },
  '&[data-tone="subtle"]': {
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground3,
    ...shorthands.borderColor(tokens.colorNeutralStroke2),
  },
});

type Tone = "success" | "warning" | "danger" | "informative" | "subtle";

const look: Record<CheckStatus, { tone: Tone; icon: JSX.Element }> = {
  granted: { tone: "success", icon: <CheckmarkCircleFilled aria-hidden /> },
  partial: { tone: "warning", icon: <WarningFilled aria-hidden /> },
  missing: { tone: "danger", icon: <DismissCircleFilled aria-hidden /> },
  unknown: { tone: "informative", icon: <QuestionCircleFilled aria-hidden /> },
  "not-needed": { tone: "subtle", icon: <SubtractCircleFilled aria-hidden /> },
  checking: { tone: "subtle", icon: <QuestionCircleFilled aria-hidden /> },
};

/** Status as words plus icon, so it never relies on colour alone. */
export function StatusBadge({ status }: { readonly status: CheckStatus }) {
  const t = useFirstScreenText();
  const root = useRootClass();
  const { tone, icon } = look[status];
  return (
    <span className={root} data-tone={tone}>
      {icon}
      {t.status[status]}
    </span>
  );
}
