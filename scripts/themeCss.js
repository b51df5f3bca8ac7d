// @ts-check
/**
 * Office's two themes as one static style sheet, written at build time from Fluent UI's own tokens
 * (@fluentui/tokens' webLightTheme and webDarkTheme): each token the pane's styles read as a CSS custom
 * property on the root, light by default and dark where the root says `data-theme="dark"`, and the
 * page's text and background from them once the root says which theme Office reported.
 *
 * Why not FluentProvider: it takes the theme as a JavaScript object (~460 tokens, 6.7 KB gzip of
 * script per theme) and writes the same custom properties into the page at run time, plus a focus
 * tracker (keyborg) the pane does not use (its buttons and summaries style :focus-visible natively).
 * A style sheet does the same job with no script.
 *
 * Why one sheet with both themes, and only the tokens read: Office says its theme only when it is
 * ready, and a sheet asked for then is a download between Office's answer and the pane's. One sheet the
 * page preloads is there before Office answers; the pane reads about 90 of Fluent's ~460 tokens, so
 * both themes' values for those weigh less than one theme's full set did.
 * Fluent's components read only var(--token) values, which resolve against :root as well as
 * against FluentProvider's element (https://react.fluentui.dev/?path=/docs/concepts-developer-theming--docs).
 */
const { webDarkTheme, webLightTheme } = require("@fluentui/tokens");

/** A token value may only be what Fluent ships: no character that could end the declaration or rule. */
const SAFE_VALUE = /^[^;{}<>\\]*$/;
const SAFE_NAME = /^[A-Za-z][A-Za-z0-9]*$/;
/** The class of the pane's root element. */
const PANE_CLASS = "sob-pane";
/** The file the build writes and taskpane.html preloads. */
const THEME_FILE = "theme.css";
/** The class of taskpane.html's static frame ("Reading Outlook…"), shown until the first render. */
const FRAME_CLASS = "sob-frame";
/** The tokens the pane's root rule and the frame's rule below read. */
const PANE_TOKENS = [
  "colorNeutralBackground1",
  "colorNeutralForeground1",
  "colorNeutralForeground2",
  "fontFamilyBase",
  "fontSizeBase300",
  "lineHeightBase300",
  "fontWeightRegular",
];

/**
 * Fluent token names the given style sheets read through var(--name).
 * @param {string[]} sheets
 * @returns {Set<string>}
 */
function tokensRead(sheets) {
  const names = new Set(PANE_TOKENS);
  for (const css of sheets)
    for (const match of css.matchAll(/var\(\s*--([A-Za-z][A-Za-z0-9]*)/g)) names.add(/** @type {string} */ (match[1]));
  return names;
}

/**
 * @param {Record<string, string | number>} values
 * @param {string[]} names
 */
function declarations(values, names) {
  return names
    .map((name) => {
      const text = String(values[name]);
      if (!SAFE_NAME.test(name) || !SAFE_VALUE.test(text)) throw new Error(`themeCss: unexpected token ${name}: ${text}`);
      return `--${name}:${text};`;
    })
    .join("");
}

/**
 * The sheet for both themes, holding the tokens in `read` that Fluent defines.
 * @param {Set<string>} read
 * @param {{ light: Record<string, string | number>, dark: Record<string, string | number> }} [themes]
 */
function themeCss(read, themes = { light: /** @type {any} */ (webLightTheme), dark: /** @type {any} */ (webDarkTheme) }) {
  const names = Object.keys(themes.light).filter((name) => read.has(name));
  const darkNames = names.filter((name) => String(themes.dark[name]) !== String(themes.light[name]));
  // Before Office has said which theme (no data-theme yet), the page's frame keeps its own colours.
  return (
    `:root{${declarations(themes.light, names)}}\n` +
    `:root[data-theme=dark]{${declarations(themes.dark, darkNames)}}\n` +
    `:root[data-theme=light] .${PANE_CLASS}{color-scheme:light}\n` +
    `:root[data-theme=dark] .${PANE_CLASS}{color-scheme:dark}\n` +
    // The base text style FluentProvider gives its root, on the pane's root: taskpane.html's <body>
    // (whose background then fills the whole pane), the pane's box in the dev playground.
    `:root[data-theme] .${PANE_CLASS}{background-color:var(--colorNeutralBackground1);color:var(--colorNeutralForeground1);` +
    "font-family:var(--fontFamilyBase);font-size:var(--fontSizeBase300);line-height:var(--lineHeightBase300);font-weight:var(--fontWeightRegular);text-align:start;}\n" +
    // The frame's words follow Office's theme too once it is known: the frame may still be on screen
    // then, over the theme's background, and its own colour follows the system's scheme.
    `:root[data-theme] .${FRAME_CLASS} p{color:var(--colorNeutralForeground2)}\n`
  );
}

module.exports = { themeCss, tokensRead, THEME_FILE, PANE_CLASS };
