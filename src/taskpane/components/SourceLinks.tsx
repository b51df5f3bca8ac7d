import { makeStyles, tokens } from "@fluentui/react-components";
import type { Source } from "../../diagnosis/types";
import { useText } from "../text";

const useStyles = makeStyles({
  root: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  link: { color: tokens.colorBrandForegroundLink, overflowWrap: "anywhere" },
});

/**
 * Sources as real links, one per line, each labelled with its document's title (several documents
 * often share a site, so the site alone told them apart for nobody). Classic Outlook for Windows and
 * Mac open them in the browser (openBrowserWindow); elsewhere the link's own new tab does.
 */
export function SourceLinks({ sources, open }: { readonly sources: readonly Source[]; readonly open: (url: string) => boolean }) {
  const t = useText();
  const styles = useStyles();
  if (sources.length === 0) return null;
  return (
    <div className={styles.root}>
      {t.labelled({ label: t.checks.sources, text: "" })}
      <ul className={styles.list}>
        {sources.map((source) => (
          <li key={source.url}>
            <a
              className={styles.link}
              href={source.url}
              target="_blank"
              rel="noopener noreferrer"
              // Titles are the publisher's own words (English), not ours to translate.
              translate="no"
              data-document=""
              onClick={(event) => {
                if (open(source.url)) event.preventDefault();
              }}
            >
              {source.title}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
