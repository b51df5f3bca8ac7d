/** @jest-environment node */
/**
 * The README is the first page people read, and the pages under docs/ carry the detail: every relative
 * link and #anchor in them resolves on GitHub, every docs page is reachable from the README, and the
 * README stays short enough to read (at most 15 KB).
 */
import * as fs from "node:fs";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
const README_MAX_BYTES = 15 * 1024;

const docsPages = fs
  .readdirSync(path.join(ROOT, "docs"))
  .filter((file) => file.endsWith(".md"))
  .map((file) => `docs/${file}`)
  .sort();
const pages = ["README.md", "CHANGELOG.md", "CONTRIBUTING.md", "SECURITY.md", ...docsPages];

/** The text without fenced code blocks and inline code, where a bracket is not a link. */
function prose(markdown: string): string {
  return markdown.replace(/^```[\s\S]*?^```/gm, "").replace(/`[^`\n]*`/g, "code");
}

/** Targets of [text](target) and ![alt](target), titles left out. */
function linkTargets(markdown: string): string[] {
  return [...prose(markdown).matchAll(/!?\[(?:[^\]\n]|\][^(])*?\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((match) => match[1] ?? "");
}

/**
 * GitHub's heading anchors: the heading as rendered (code, emphasis and link syntax gone), lower-cased,
 * every character that is not a letter, digit, space, hyphen or underscore dropped, spaces made hyphens;
 * a repeated anchor gets -1, -2, … (github-slugger, which github.com follows).
 */
function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const found = new Set<string>();
  for (const line of markdown.replace(/^```[\s\S]*?^```/gm, "").split("\n")) {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)?.[1];
    if (heading === undefined) continue;
    const text = heading
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/[`*_~]|<[^>]+>/g, (m) => (m === "_" ? "_" : ""))
      .toLowerCase();
    const base = text.replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "").replace(/ /g, "-");
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    found.add(count === 0 ? base : `${base}-${count}`);
  }
  return found;
}

describe.each(pages)("%s", (page) => {
  const text = fs.readFileSync(path.join(ROOT, page), "utf8");
  const relative = linkTargets(text).filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target));

  test("every relative link points at a file or folder that exists", () => {
    const missing = relative
      .map((target) => target.split("#")[0] ?? "")
      .filter((file) => file !== "")
      .filter((file) => !fs.existsSync(path.resolve(ROOT, path.dirname(page), decodeURIComponent(file))));
    expect(missing).toEqual([]);
  });

  test("every #anchor names a heading of the page it points at", () => {
    const broken = relative
      .filter((target) => target.includes("#"))
      .filter((target) => {
        const [file, anchor] = target.split("#") as [string, string];
        const targetPage = file === "" ? page : path.join(path.dirname(page), file);
        if (!targetPage.endsWith(".md") || !fs.existsSync(path.join(ROOT, targetPage))) return true;
        return !anchors(fs.readFileSync(path.join(ROOT, targetPage), "utf8")).has(decodeURIComponent(anchor));
      });
    expect(broken).toEqual([]);
  });

  test("links out only over https", () => {
    const insecure = linkTargets(text).filter((target) => /^http:/i.test(target));
    expect(insecure).toEqual([]);
  });
});

describe("README.md", () => {
  const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");

  test(`is at most ${README_MAX_BYTES / 1024} KB`, () => {
    expect(Buffer.byteLength(readme, "utf8")).toBeLessThanOrEqual(README_MAX_BYTES);
  });

  test("links to every page under docs/", () => {
    const linked = new Set(linkTargets(readme).map((target) => path.normalize(target.split("#")[0] ?? "")));
    expect(docsPages.filter((page) => !linked.has(path.normalize(page)))).toEqual([]);
  });

  test("keeps the two commands to run it and to check it, verbatim", () => {
    expect(readme).toContain("npm ci && npm start");
    expect(readme).toContain("npm ci && npm test");
  });
});

describe("GitHub's anchor rules, as this test applies them", () => {
  test.each([
    ["## Organisation settings: `config.json`", "organisation-settings-configjson"],
    ["## Deploy to your organisation (admins)", "deploy-to-your-organisation-admins"],
    ["### The round trip, as the assistant sees it", "the-round-trip-as-the-assistant-sees-it"],
    ["## Send-time check (Smart Alerts)", "send-time-check-smart-alerts"],
    ["## Über **Kalender** und [Links](x.md)", "über-kalender-und-links"],
  ])("%s → #%s", (heading, slug) => {
    expect(anchors(heading).has(slug)).toBe(true);
  });

  test("a repeated heading gets -1", () => {
    expect([...anchors("## Notes\n## Notes")]).toEqual(["notes", "notes-1"]);
  });
});
