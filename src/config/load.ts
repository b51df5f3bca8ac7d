import { parseConfig, type GraphSectionReader } from "./parse";
import type { ConfigResult } from "./types";

/** config.json is optional and small; anything bigger is a mistake we refuse to parse. */
const MAX_CONFIG_BYTES = 64 * 1024;

/**
 * Loads the organisation's config.json from next to the add-in. Absent → built-in defaults with no
 * warning; unreadable or invalid → defaults plus a problem the taskpane shows. Never rejects.
 */
export async function loadOrgConfig(fetchImpl: typeof fetch | undefined = globalThis.fetch, url = "config.json"): Promise<ConfigResult> {
  if (typeof fetchImpl !== "function") return parseConfig(undefined);
  let response: Response;
  try {
    response = await fetchImpl(url, { cache: "no-cache", credentials: "same-origin", redirect: "error" });
  } catch {
    return parseConfig(undefined);
  }
  if (response.status === 404) return parseConfig(undefined);
  if (!response.ok) return withProblem(`could not be loaded (HTTP ${response.status})`);
  let text: string;
  try {
    text = await response.text();
  } catch {
    return withProblem("could not be read");
  }
  if (text.length > MAX_CONFIG_BYTES) return withProblem(`is larger than ${MAX_CONFIG_BYTES / 1024} KB`);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return withProblem(`is not valid JSON (${error instanceof Error ? error.message.slice(0, 120) : "parse error"})`);
  }
  return parseConfig(raw, await graphReaderFor(raw));
}

/** The "graph" section's reader is a chunk of its own, fetched only when config.json has that section. */
async function graphReaderFor(raw: unknown): Promise<GraphSectionReader | undefined> {
  if (typeof raw !== "object" || raw === null || !Object.prototype.hasOwnProperty.call(raw, "graph")) return undefined;
  try {
    return (await import(/* webpackChunkName: "config-graph" */ "./graphEntry")).readGraph;
  } catch {
    // parseConfig names the section as not checked, and the rest of config.json still applies.
    return undefined;
  }
}

function withProblem(reason: string): ConfigResult {
  const defaults = parseConfig(undefined);
  return {
    config: defaults.config,
    problems: [{ field: "config.json", reason: `${reason}; using built-in defaults` }, ...defaults.problems],
  };
}
