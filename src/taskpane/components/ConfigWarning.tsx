import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { ConfigProblem } from "../../config/types";
import { strings } from "../strings";

export function ConfigWarning({ problems }: { readonly problems: readonly ConfigProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline" data-config-problems={problems.length}>
      <MessageBarBody>
        <MessageBarTitle>{strings.configProblemsTitle}</MessageBarTitle>
        {strings.configProblemsBody}
        <ul>
          {problems.slice(0, 10).map((p, i) => (
            <li key={i}>
              <code>{p.field}</code>: {p.reason}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
