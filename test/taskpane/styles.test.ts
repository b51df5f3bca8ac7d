import { loadPreloadedStyles, loadTheme } from "../../src/taskpane/styles";

afterEach(() => document.head.querySelectorAll("link").forEach((link) => link.remove()));

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

test("links the style sheet of the theme Office reported, relative to the page, and waits for it", async () => {
  let applied = false;
  const loading = loadTheme(true).then(() => {
    applied = true;
  });
  const link = linked();
  expect(link.getAttribute("href")).toBe("theme-dark.css");
  await Promise.resolve();
  expect(applied).toBe(false); // the first render must not come before the theme
  link.dispatchEvent(new Event("load"));
  await loading;
  expect(applied).toBe(true);
});

test("the light theme is the other sheet", () => {
  void loadTheme(false);
  expect(linked().getAttribute("href")).toBe("theme-light.css");
});

test("a sheet that cannot load rejects, so the pane can say a file is missing", async () => {
  const loading = loadTheme(false);
  linked().dispatchEvent(new Event("error"));
  await expect(loading).rejects.toThrow(/theme-light\.css did not load/);
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

test("a preloaded sheet that cannot load rejects like the theme", async () => {
  preload("griffel.css");
  const loading = loadPreloadedStyles();
  linked().dispatchEvent(new Event("error"));
  await expect(loading).rejects.toThrow(/griffel\.css did not load/);
});

test("a page that preloads no style sheet (the playground links them itself) has nothing to wait for", async () => {
  await expect(loadPreloadedStyles()).resolves.toBeUndefined();
  expect(document.head.querySelectorAll("link[rel='stylesheet']")).toHaveLength(0);
});
