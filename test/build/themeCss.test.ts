import { webDarkTheme, webLightTheme } from "@fluentui/react-components";

const { themeCss, THEME_STYLESHEETS } = require("../../scripts/themeCss.js") as {
  themeCss: (theme: Record<string, string | number>, scheme: "light" | "dark") => string;
  THEME_STYLESHEETS: Record<string, () => string>;
};

/** The custom properties a sheet sets on :root, as the browser would read them. */
function rootProperties(css: string): Map<string, string> {
  const root = /:root\{([^}]*)\}/.exec(css)?.[1] ?? "";
  return new Map(
    root
      .split(";")
      .filter((declaration) => declaration.startsWith("--"))
      .map((declaration) => {
        const colon = declaration.indexOf(":");
        return [declaration.slice(2, colon), declaration.slice(colon + 1)];
      }),
  );
}

describe("the theme style sheets the build writes", () => {
  test.each([
    ["theme-light.css", webLightTheme, "light"],
    ["theme-dark.css", webDarkTheme, "dark"],
  ] as const)("%s sets every Fluent token Fluent's components read, with Fluent's value", (file, theme, scheme) => {
    const css = THEME_STYLESHEETS[file]?.() ?? "";
    const properties = rootProperties(css);
    expect(properties.size).toBe(Object.keys(theme).length);
    for (const [name, value] of Object.entries(theme)) expect([name, properties.get(name)]).toEqual([name, String(value)]);
    // The pane's root takes the theme's text and background, as FluentProvider's root did; the
    // rest of a page (the dev playground around the pane) keeps its own.
    expect(css).toMatch(
      new RegExp(
        `\\.sob-pane\\{color-scheme:${scheme};background-color:var\\(--colorNeutralBackground1\\);color:var\\(--colorNeutralForeground1\\);`,
      ),
    );
    expect(css).not.toMatch(/(^|[\s,}])(html|body)[\s,{]/);
  });

  test("light and dark differ where Office's themes differ", () => {
    const light = rootProperties(THEME_STYLESHEETS["theme-light.css"]?.() ?? "");
    const dark = rootProperties(THEME_STYLESHEETS["theme-dark.css"]?.() ?? "");
    expect(light.get("colorNeutralBackground1")).not.toBe(dark.get("colorNeutralBackground1"));
  });

  test.each(["red;}body{display:none", "x{", "</style>", "a\\62"])(
    "a value that could break out of its declaration stops the build: %s",
    (value) => {
      expect(() => themeCss({ colorBrandBackground: value }, "light")).toThrow(/unexpected token colorBrandBackground/);
    },
  );
});
