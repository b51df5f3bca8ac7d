/** @jest-environment node */
/**
 * The layering the design review asked for (docs/reviews 2026-12-design, finding 2): the domain and
 * the catalogues share a vocabulary in src/kernel and never import each other both ways, and the
 * domain stays pure. Each test names the import path it found, so a failure says which line to move.
 */
import { cycles, importGraph, pathBetween, specifiersOf } from "./importGraph";

const graph = importGraph();
const inFolder = (folder: string) => (file: string) => file.startsWith(`src/${folder}/`);

describe("the import graph of src/", () => {
  test("reads type-only, re-export, side-effect and dynamic imports, not imports in comments", () => {
    const text = [
      `import type { A } from "./a";`,
      `import {\n  b,\n  type C,\n} from "./b";`,
      `export type { D } from "./d";`,
      `import "./e";`,
      `const f = () => import(/* webpackChunkName: "f" */ "./f");`,
      `// import { g } from "./g";`,
      `/** import { h } from "./h" */`,
    ].join("\n");
    expect(specifiersOf(text)).toEqual(["./a", "./b", "./d", "./e", "./f"]);
  });

  test("sees the whole tree (a graph that lost its files would pass everything below)", () => {
    expect(graph.size).toBeGreaterThan(150);
    expect(graph.get("src/diagnosis/types.ts")).toContain("src/kernel/kinds.ts");
  });

  test("no import cycle holds files of both src/diagnosis and src/i18n", () => {
    const mixed = cycles(graph).filter((cycle) => cycle.some(inFolder("diagnosis")) && cycle.some(inFolder("i18n")));
    expect(mixed).toEqual([]);
  });

  test("no import cycle at all touches the domain, the catalogues or the shared vocabulary (type-only imports included)", () => {
    const layered = (file: string) => ["diagnosis", "i18n", "kernel"].some((folder) => inFolder(folder)(file));
    expect(cycles(graph).filter((cycle) => cycle.some(layered))).toEqual([]);
  });

  test("src/i18n reaches nothing in src/diagnosis, directly or through another folder", () => {
    expect(pathBetween(graph, inFolder("i18n"), inFolder("diagnosis"))).toBeUndefined();
  });

  test("the documents (src/documents) are written from the domain and the catalogues, never the other way", () => {
    expect(pathBetween(graph, inFolder("diagnosis"), inFolder("documents"))).toBeUndefined();
    expect(pathBetween(graph, inFolder("i18n"), inFolder("documents"))).toBeUndefined();
    expect(graph.get("src/documents/report.ts")).toContain("src/i18n/checkWords.ts");
  });

  test("src/kernel imports nothing outside itself", () => {
    expect(pathBetween(graph, inFolder("kernel"), (file) => !inFolder("kernel")(file))).toBeUndefined();
  });

  test("src/diagnosis reaches neither React, Fluent nor Office.js, directly or through another folder", () => {
    const uiOrOffice = (file: string) =>
      /^(react|react-dom|@fluentui\/.*|@microsoft\/office-js|office-addin-.*)$/.test(file) ||
      inFolder("office")(file) ||
      inFolder("taskpane")(file);
    expect(pathBetween(graph, inFolder("diagnosis"), uiOrOffice)).toBeUndefined();
  });
});
