import type { ConfigProblem } from "../../config/types";
import { useFirstScreenText } from "../text";
import { Notice } from "./Notice";

/**
 * The organisation's config.json problems: the frame in the user's language; each problem names the
 * field and says what is wrong with it in English, on purpose: it is for the IT person who wrote the
 * file (and matches the README's field names), so it is marked translate="no".
 */
export function ConfigWarning({ problems }: { readonly problems: readonly ConfigProblem[] }) {
  const t = useFirstScreenText();
  if (problems.length === 0) return null;
  return (
    <Notice intent="warning" data-config-problems={problems.length}>
      <strong>{t.config.title}</strong> {t.config.body}
      <ul translate="no">
        {problems.slice(0, 10).map((p, i) => (
          <li key={i}>
            <code>{p.field}</code>: {p.reason}
          </li>
        ))}
      </ul>
    </Notice>
  );
}
