/**
 * The pane's style sheets, all static files from 'self' (the page's CSP allows no inline styles):
 * - the components' styles, which the build extracts from Griffel's makeStyles (ours and Fluent's)
 *   into one file; taskpane.html only preloads it, because a <link rel="stylesheet"> in <head> would
 *   hold back the frame's first paint until it arrived;
 * - Office's themes: one sheet of Fluent's tokens for light and dark, written at build time by
 *   scripts/themeCss.js and preloaded too, so it is there before Office says which theme it shows;
 *   applyTheme then says which one applies, with no download in between.
 * The first render waits for both, so the pane never flashes unstyled.
 */

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

/** The theme Office reported applies to the page from here on (scripts/themeCss.js reads the attribute). */
export function applyTheme(dark: boolean, doc: Document = document): void {
  doc.documentElement.setAttribute("data-theme", dark ? "dark" : "light");
}

/** Applies every style sheet the page preloads (the build lists them; see webpack.config.js). */
export function loadPreloadedStyles(doc: Document = document): Promise<void> {
  const hrefs = [...doc.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="style"]')]
    .map((link) => link.getAttribute("href"))
    .filter((href): href is string => !!href);
  return Promise.all(hrefs.map((href) => loadStylesheet(href, doc))).then(() => undefined);
}
