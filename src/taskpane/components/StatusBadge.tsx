import { Badge } from "@fluentui/react-components";
import {
  CheckmarkCircleFilled,
  DismissCircleFilled,
  QuestionCircleFilled,
  SubtractCircleFilled,
  WarningFilled,
} from "@fluentui/react-icons";
import type { CheckStatus } from "../../diagnosis/types";
import { useText } from "../text";

const look: Record<CheckStatus, { color: "success" | "warning" | "danger" | "informative" | "subtle"; icon: JSX.Element }> = {
  granted: { color: "success", icon: <CheckmarkCircleFilled /> },
  partial: { color: "warning", icon: <WarningFilled /> },
  missing: { color: "danger", icon: <DismissCircleFilled /> },
  unknown: { color: "informative", icon: <QuestionCircleFilled /> },
  "not-needed": { color: "subtle", icon: <SubtractCircleFilled /> },
  checking: { color: "subtle", icon: <QuestionCircleFilled /> },
};

/** Status as words plus icon, so it never relies on colour alone. */
export function StatusBadge({ status }: { readonly status: CheckStatus }) {
  const t = useText();
  const { color, icon } = look[status];
  return (
    <Badge appearance="tint" color={color} icon={icon} shape="rounded">
      {t.status[status]}
    </Badge>
  );
}
