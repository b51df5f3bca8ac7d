import type { Theme } from "@fluentui/react-components";

/**
 * Office reports one theme when the pane opens; each is its own chunk, so a pane downloads only the
 * one it shows (the two together are most of @fluentui/tokens' weight in the first download).
 */
export function loadTheme(dark: boolean): Promise<Theme> {
  return dark
    ? import(/* webpackChunkName: "theme-dark" */ "./themes/dark").then((m) => m.theme)
    : import(/* webpackChunkName: "theme-light" */ "./themes/light").then((m) => m.theme);
}
