import { loadTheme } from "../../src/taskpane/theme";

afterEach(() => document.head.querySelectorAll("link").forEach((link) => link.remove()));

function linked(): HTMLLinkElement {
  const links = document.head.querySelectorAll<HTMLLinkElement>("link[rel='stylesheet']");
  expect(links).toHaveLength(1);
  return links[0] as HTMLLinkElement;
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
