import { makeStyles, tokens } from "@fluentui/react-components";
import { sourceSite } from "../../diagnosis/sources";
import type { Source } from "../../diagnosis/types";
import { useText } from "../text";

const useStyles = makeStyles({
  root: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  link: { color: tokens.colorBrandForegroundLink, overflowWrap: "anywhere" },
});

/**
 * Sources as real links, labelled by site ("learn.microsoft.com") with the document's title on hover.
 * Classic Outlook for Windows and Mac open them in the browser (openBrowserWindow); elsewhere the
 * link's own new tab does.
 */
export function SourceLinks({ sources, open }: { readonly sources: readonly Source[]; readonly open: (url: string) => boolean }) {
  const t = useText();
  const styles = useStyles();
  if (sources.length === 0) return null;
  return (
    <p className={styles.root}>
      {t.labelled({ label: t.checks.sources, text: "" })}
      {sources.map((source, i) => (
        <span key={source.url}>
          {i > 0 && " · "}
          <a
            className={styles.link}
            href={source.url}
            target="_blank"
            rel="noopener noreferrer"
            title={source.title}
            // Two documents can share a site; the title tells them apart for screen readers too.
            aria-label={source.title}
            translate="no"
            onClick={(event) => {
              if (open(source.url)) event.preventDefault();
            }}
          >
            {sourceSite(source)}
          </a>
        </span>
      ))}
    </p>
  );
}
