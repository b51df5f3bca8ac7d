/**
 * The import graph of src/, read from the source text the way a reviewer would: every `import … from`,
 * `export … from`, side-effect `import "…"` and dynamic `import("…")`, type-only imports included (a
 * type cycle costs people, not the bundle, and it is people this guards).
 */
import * as fs from "node:fs";
import * as path from "node:path";

export const ROOT = path.resolve(__dirname, "../..");
const SRC = path.join(ROOT, "src");
const EXTENSIONS = [".ts", ".tsx", "/index.ts", "/index.tsx"];

/** File (relative to the repository, forward slashes) → what it imports: files in src/, or package names. */
export type ImportGraph = ReadonlyMap<string, readonly string[]>;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

/** The specifiers one file imports. Comments are dropped first so prose that says "import" is not an edge. */
export function specifiersOf(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
  const found: string[] = [];
  const statics = /(?:^|[;\s])(?:import|export)\s+(?:type\s+)?(?:[\w*${}\s,]*?\s+from\s+)?["']([^"'\n]+)["']/g;
  const dynamics = /\bimport\(\s*["']([^"'\n]+)["']\s*\)/g;
  for (const match of code.matchAll(statics)) found.push(match[1] ?? "");
  for (const match of code.matchAll(dynamics)) found.push(match[1] ?? "");
  return found;
}

function resolve(from: string, specifier: string): string {
  if (!specifier.startsWith(".")) {
    const parts = specifier.split("/");
    return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] ?? specifier);
  }
  const base = path.resolve(path.dirname(from), specifier);
  const hit = [base, ...EXTENSIONS.map((ext) => base + ext)].find(
    (candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile(),
  );
  if (!hit) throw new Error(`${path.relative(ROOT, from)} imports ${specifier}, which is no file`);
  return path.relative(ROOT, hit).split(path.sep).join("/");
}

export function importGraph(): ImportGraph {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(SRC)) {
    const key = path.relative(ROOT, file).split(path.sep).join("/");
    graph.set(key, [...new Set(specifiersOf(fs.readFileSync(file, "utf8")).map((s) => resolve(file, s)))]);
  }
  return graph;
}

/** Strongly connected components with more than one file: each is an import cycle. */
export function cycles(graph: ImportGraph): string[][] {
  // Tarjan's algorithm, iterative enough for a few hundred files.
  let index = 0;
  const indexOf = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (node: string): void => {
    indexOf.set(node, index);
    low.set(node, index);
    index++;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (!indexOf.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node) ?? 0, indexOf.get(next) ?? 0));
      }
    }
    if (low.get(node) === indexOf.get(node)) {
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        if (member === undefined) break;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) out.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!indexOf.has(node)) visit(node);
  return out;
}

/** One import path from a file matching `from` to one matching `to`, or undefined (breadth first: the shortest). */
export function pathBetween(graph: ImportGraph, from: (file: string) => boolean, to: (file: string) => boolean): string[] | undefined {
  const queue: string[][] = [...graph.keys()].filter(from).map((file) => [file]);
  const seen = new Set(queue.map((trail) => trail[0]));
  while (queue.length > 0) {
    const trail = queue.shift() ?? [];
    const last = trail[trail.length - 1] ?? "";
    for (const next of graph.get(last) ?? []) {
      if (to(next)) return [...trail, next];
      if (seen.has(next) || !graph.has(next)) continue;
      seen.add(next);
      queue.push([...trail, next]);
    }
  }
  return undefined;
}
