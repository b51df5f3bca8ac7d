/**
 * The pane's style sheets, all static files from 'self' (the page's CSP allows no inline styles):
 * - the components' styles, which the build extracts from Griffel's makeStyles (ours and Fluent's)
 *   into one file; taskpane.html only preloads it, because a <link rel="stylesheet"> in <head> would
 *   hold back the frame's first paint until it arrived;
 * - the theme Office reports: each theme is a sheet of Fluent's tokens written at build time by
 *   scripts/themeCss.js, so a pane downloads only the one it shows, and no script for it.
 * The first render waits for both, so the pane never flashes unstyled.
 */
export const THEME_STYLESHEET = { light: "theme-light.css", dark: "theme-dark.css" } as const;

/** Resolves once the sheet applies, rejects if it cannot load. */
export function loadStylesheet(href: string, doc: Document = document): Promise<void> {
  return new Promise((resolve, reject) => {
    const link = doc.createElement("link");
    link.rel = "stylesheet";
    link.href = href;
    link.addEventListener("load", () => resolve(), { once: true });
    link.addEventListener("error", () => reject(new Error(`${href} did not load`)), { once: true });
    doc.head.append(link);
  });
}

export function loadTheme(dark: boolean, doc: Document = document): Promise<void> {
  return loadStylesheet(dark ? THEME_STYLESHEET.dark : THEME_STYLESHEET.light, doc);
}

/** Applies every style sheet the page preloads (the build lists them; see webpack.config.js). */
export function loadPreloadedStyles(doc: Document = document): Promise<void> {
  const hrefs = [...doc.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="style"]')]
    .map((link) => link.getAttribute("href"))
    .filter((href): href is string => !!href);
  return Promise.all(hrefs.map((href) => loadStylesheet(href, doc))).then(() => undefined);
}
