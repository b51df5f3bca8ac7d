import type { ReactNode } from "react";
import { useFirstScreenText } from "../text";
import type { TaskpaneView } from "../useTaskpane";
import { PartFailed } from "./ErrorBoundary";


/**
 * Shows its children only once the details part of the catalogue is in (it is fetched right after the
 * answer, so normally before anyone clicks); if it could not be downloaded, says so in the pane's
 * language, like a part of the pane that failed to load, and leaves the rest of the pane as it is.
 */
export function WithDetails({ model, children }: { readonly model: Pick<TaskpaneView, "text" | "detailsFailed">; readonly children: ReactNode }) {
  const t = useFirstScreenText();
  if (model.text) return <>{children}</>;
  return model.detailsFailed ? <PartFailed title={t.app.partFailed} /> : null;
}
