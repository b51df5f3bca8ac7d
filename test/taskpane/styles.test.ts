import { applyTheme, loadPreloadedStyles } from "../../src/taskpane/styles";

afterEach(() => {
  document.head.querySelectorAll("link").forEach((link) => link.remove());
  document.documentElement.removeAttribute("data-theme");
});

function linked(): HTMLLinkElement {
  const links = document.head.querySelectorAll<HTMLLinkElement>("link[rel='stylesheet']");
  expect(links).toHaveLength(1);
  return links[0] as HTMLLinkElement;
}

function preload(href: string): void {
  const link = document.createElement("link");
  link.rel = "preload";
  link.setAttribute("as", "style");
  link.href = href;
  document.head.append(link);
}

test.each([
  [true, "dark"],
  [false, "light"],
])("the theme Office reported (dark: %s) applies through the root's data-theme, with nothing to download", (dark, theme) => {
  applyTheme(dark);
  expect(document.documentElement.getAttribute("data-theme")).toBe(theme);
  expect(document.head.querySelectorAll("link")).toHaveLength(0);
});

test("the components' styles the page preloads are applied, and the first render waits for them", async () => {
  preload("griffel.css");
  let applied = false;
  const loading = loadPreloadedStyles().then(() => {
    applied = true;
  });
  const link = linked();
  expect(link.getAttribute("href")).toBe("griffel.css");
  await Promise.resolve();
  expect(applied).toBe(false);
  link.dispatchEvent(new Event("load"));
  await loading;
  expect(applied).toBe(true);
});

test("a preloaded sheet that cannot load rejects, so the pane can say a file is missing", async () => {
  preload("griffel.css");
  const loading = loadPreloadedStyles();
  linked().dispatchEvent(new Event("error"));
  await expect(loading).rejects.toThrow(/griffel\.css did not load/);
});

test("a page that preloads no style sheet (the playground links them itself) has nothing to wait for", async () => {
  await expect(loadPreloadedStyles()).resolves.toBeUndefined();
  expect(document.head.querySelectorAll("link[rel='stylesheet']")).toHaveLength(0);
});
