import { webDarkTheme, webLightTheme } from "@fluentui/react-components";

const { themeCss, tokensRead } = require("../../scripts/themeCss.js") as {
  themeCss: (read: Set<string>, themes?: { light: Record<string, string | number>; dark: Record<string, string | number> }) => string;
  tokensRead: (sheets: string[]) => Set<string>;
};

/** The custom properties one rule of a sheet sets, as the browser would read them. */
function properties(css: string, selector: string): Map<string, string> {
  const start = css.indexOf(`${selector}{`);
  if (start < 0) return new Map();
  const body = css.slice(start + selector.length + 1, css.indexOf("}", start));
  return new Map(
    body
      .split(";")
      .filter((declaration) => declaration.startsWith("--"))
      .map((declaration) => {
        const colon = declaration.indexOf(":");
        return [declaration.slice(2, colon), declaration.slice(colon + 1)];
      }),
  );
}

/** What a token resolves to with the root's data-theme set to `theme`. */
function resolved(css: string, theme: "light" | "dark"): Map<string, string> {
  const light = properties(css, ":root");
  return theme === "light" ? light : new Map([...light, ...properties(css, ":root[data-theme=dark]")]);
}

const components =
  ".a{color:var(--colorNeutralForeground2)}.b{border-radius:var(--borderRadiusMedium);background:var( --colorBrandBackground)}";

describe("the theme style sheet the build writes", () => {
  test("holds the tokens the components' sheets read, plus the pane's own, each with Fluent's value in both themes", () => {
    const css = themeCss(tokensRead([components]));
    for (const theme of ["light", "dark"] as const) {
      const values = resolved(css, theme);
      const fluent = theme === "light" ? webLightTheme : webDarkTheme;
      for (const name of [
        "colorNeutralForeground2",
        "borderRadiusMedium",
        "colorBrandBackground",
        "colorNeutralBackground1",
        "fontFamilyBase",
      ]) {
        expect([name, values.get(name)]).toEqual([name, String((fluent as unknown as Record<string, string>)[name])]);
      }
    }
  });

  test("leaves out the tokens nobody reads", () => {
    const css = themeCss(tokensRead([components]));
    expect(properties(css, ":root").has("colorPaletteRedBackground1")).toBe(false);
    expect(properties(css, ":root").size).toBeLessThan(15);
  });

  test("the dark block repeats only what differs, and light and dark differ where Office's themes do", () => {
    const css = themeCss(tokensRead([components]));
    const dark = properties(css, ":root[data-theme=dark]");
    expect(dark.has("borderRadiusMedium")).toBe(false);
    expect(resolved(css, "dark").get("colorNeutralBackground1")).not.toBe(resolved(css, "light").get("colorNeutralBackground1"));
  });

  test("the pane's root takes the theme's text and background only once Office has said which theme, never the whole page", () => {
    const css = themeCss(tokensRead([]));
    expect(css).toMatch(
      /:root\[data-theme\] \.sob-pane\{background-color:var\(--colorNeutralBackground1\);color:var\(--colorNeutralForeground1\);/,
    );
    expect(css).toMatch(/:root\[data-theme=dark\] \.sob-pane\{color-scheme:dark\}/);
    expect(css).not.toMatch(/(^|[\s,}])(html|body)[\s,{]/);
  });

  test.each(["red;}body{display:none", "x{", "</style>", "a\\62"])(
    "a value that could break out of its declaration stops the build: %s",
    (value) => {
      expect(() => themeCss(new Set(["colorBrandBackground"]), { light: { colorBrandBackground: value }, dark: {} })).toThrow(
        /unexpected token colorBrandBackground/,
      );
    },
  );
});
