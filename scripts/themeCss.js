// @ts-check
/**
 * Office's two themes as static style sheets, written at build time from Fluent UI's own tokens
 * (@fluentui/tokens' webLightTheme and webDarkTheme): every token as a CSS custom property on the
 * root, the page's text and background from them.
 *
 * Why not FluentProvider: it takes the theme as a JavaScript object (~460 tokens, 6.7 KB gzip of
 * script per theme) and writes the same custom properties into the page at run time, plus a focus
 * tracker (keyborg) the pane does not use (its buttons and summaries style :focus-visible natively).
 * A style sheet does the same job with no script: the browser parses it off the main thread's
 * critical path, and the pane's JavaScript before its first answer shrinks accordingly.
 * Fluent's components read only var(--token) values, which resolve against :root as well as
 * against FluentProvider's element (https://react.fluentui.dev/?path=/docs/concepts-developer-theming--docs).
 */
const { webDarkTheme, webLightTheme } = require("@fluentui/tokens");

/** A token value may only be what Fluent ships: no character that could end the declaration or rule. */
const SAFE_VALUE = /^[^;{}<>\\]*$/;
const SAFE_NAME = /^[A-Za-z][A-Za-z0-9]*$/;
/** The class of the pane's root element. */
const PANE_CLASS = "sob-pane";

/**
 * @param {Record<string, string | number>} theme
 * @param {"light" | "dark"} scheme
 */
function themeCss(theme, scheme) {
  const declarations = Object.entries(theme).map(([name, value]) => {
    const text = String(value);
    if (!SAFE_NAME.test(name) || !SAFE_VALUE.test(text)) throw new Error(`themeCss: unexpected token ${name}: ${text}`);
    return `--${name}:${text};`;
  });
  // The base text style FluentProvider gives its root, on the pane's root: taskpane.html's <body>
  // (whose background then fills the whole pane), the pane's box in the dev playground.
  return (
    `:root{${declarations.join("")}}\n` +
    `.${PANE_CLASS}{color-scheme:${scheme};background-color:var(--colorNeutralBackground1);color:var(--colorNeutralForeground1);` +
    "font-family:var(--fontFamilyBase);font-size:var(--fontSizeBase300);line-height:var(--lineHeightBase300);font-weight:var(--fontWeightRegular);text-align:start;}\n"
  );
}

/** The files the build writes: the pane links exactly one of them, the one Office reports. */
const THEME_STYLESHEETS = {
  "theme-light.css": () => themeCss(/** @type {any} */ (webLightTheme), "light"),
  "theme-dark.css": () => themeCss(/** @type {any} */ (webDarkTheme), "dark"),
};

module.exports = { themeCss, THEME_STYLESHEETS, PANE_CLASS };
