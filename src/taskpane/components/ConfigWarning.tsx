import type { ConfigProblem } from "../../config/types";
import { strings } from "../strings";
import { Notice } from "./Notice";

export function ConfigWarning({ problems }: { readonly problems: readonly ConfigProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <Notice intent="warning" data-config-problems={problems.length}>
      <strong>{strings.configProblemsTitle}</strong>
      {strings.configProblemsBody}
      <ul>
        {problems.slice(0, 10).map((p, i) => (
          <li key={i}>
            <code>{p.field}</code>: {p.reason}
          </li>
        ))}
      </ul>
    </Notice>
  );
}
