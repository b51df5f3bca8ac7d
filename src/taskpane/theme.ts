/**
 * Office reports one theme when the pane opens; each is a static style sheet of Fluent's tokens
 * (written at build time by scripts/themeCss.js), so a pane downloads only the one it shows and no
 * script for it. The page's CSP allows style sheets from 'self', never inline ones.
 */
export const THEME_STYLESHEET = { light: "theme-light.css", dark: "theme-dark.css" } as const;

/** Resolves once the theme applies (the first render must not flash unthemed), rejects if it cannot load. */
export function loadTheme(dark: boolean, doc: Document = document): Promise<void> {
  const href = dark ? THEME_STYLESHEET.dark : THEME_STYLESHEET.light;
  return new Promise((resolve, reject) => {
    const link = doc.createElement("link");
    link.rel = "stylesheet";
    link.href = href;
    link.addEventListener("load", () => resolve(), { once: true });
    link.addEventListener("error", () => reject(new Error(`${href} did not load`)), { once: true });
    doc.head.append(link);
  });
}
