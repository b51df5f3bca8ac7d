/**
 * config.json → OrgConfig. Always returns a usable configuration: every invalid setting is named in
 * a ConfigProblem and replaced by its default, so one typo never takes the add-in down.
 *
 * Schema (all keys optional; see README "Organisation settings"):
 *   providers        list of { id, type: "jitsi" | "personal-room" | "teams" | "skype", name?, … }
 *   defaultProvider  id of one of the providers (default: the first usable one)
 *   userMayChoose    boolean (default true): users may pick another listed provider
 *   helpdesk         text shown in remedies and reports, or one per language ({ "en": …, "nl": … })
 *   helpdeskEmail    the help desk's address: "Send this to IT" opens a new message to it
 *   showScheduledBy  boolean (default false): add "Scheduled by … on behalf of …" to the block
 *   graph            { clientId, tenant? }: the Entra app for "Check with Microsoft 365" (default: off)
 */
import { builtInProvider, createProvider } from "../meeting/providers";
import { ProviderError, type MeetingProvider } from "../meeting/types";
import { DEFAULT_SHOW_SCHEDULED_BY, DEFAULT_USER_MAY_CHOOSE, defaultConfig, defaultProviders } from "./defaults";
import { describe, field, isJsonObject, path, readBoolean, reportUnknownKeys, type JsonObject, type Problems } from "./fields";
import { HELPDESK_MAX_LENGTH, readHelpdesk } from "./helpdesk";
import { readHelpdeskEmail } from "./helpdeskEmail";
import { parseProviderEntry } from "./providerEntry";
import type { ConfigResult, GraphSettings, OrgConfig } from "./types";

/**
 * Reads config.json's "graph" section (./graphEntry.ts). The loader passes it only when the file has
 * that section, from a chunk of its own: organisations without Microsoft 365 checks do not download it.
 */
export type GraphSectionReader = (raw: JsonObject, problems: Problems) => GraphSettings | undefined;

export const CONFIG_LIMITS = { providers: 20, helpdesk: HELPDESK_MAX_LENGTH } as const;

/** "$schema" lets admins point their editor at a JSON schema; it has no effect here. */
const TOP_LEVEL_KEYS = [
  "$schema",
  "providers",
  "defaultProvider",
  "userMayChoose",
  "helpdesk",
  "showScheduledBy",
  "helpdeskEmail",
  "graph",
] as const;

export function parseConfig(raw: unknown, readGraph?: GraphSectionReader): ConfigResult {
  // An absent file is the normal case for organisations that accept the defaults: no warning.
  if (raw === undefined || raw === null) return { config: defaultConfig(), problems: [] };
  if (!isJsonObject(raw)) {
    return {
      config: defaultConfig(),
      problems: [{ field: "config.json", reason: `must be a JSON object ({ … }), not ${describe(raw)}; using built-in defaults` }],
    };
  }
  try {
    return parseObject(raw, readGraph);
  } catch {
    // Unreachable for JSON.parse output; kept so a hand-built object with throwing getters cannot break the pane.
    return { config: defaultConfig(), problems: [{ field: "config.json", reason: "could not be read; using built-in defaults" }] };
  }
}

/** A "graph" section with no reader to check it (its chunk did not download) turns the feature off, named. */
function readGraphSection(raw: JsonObject, problems: Problems, readGraph: GraphSectionReader | undefined): GraphSettings | undefined {
  if (field(raw, "graph") === undefined) return undefined;
  if (readGraph) return readGraph(raw, problems);
  problems.push({ field: "graph", reason: "could not be checked (part of the add-in did not load); Microsoft 365 checks are off" });
  return undefined;
}

/**
 * The provider id the user saved in roaming settings, when the organisation lets users choose and
 * the id is still offered; otherwise undefined (the caller uses the organisation's default).
 */
export function parseUserChoice(raw: unknown, config: OrgConfig): string | undefined {
  if (!config.userMayChoose || typeof raw !== "string") return undefined;
  return config.providers.some((provider) => provider.id === raw) ? raw : undefined;
}

function parseObject(raw: JsonObject, readGraph: GraphSectionReader | undefined): ConfigResult {
  const problems: Problems = [];
  reportUnknownKeys(raw, TOP_LEVEL_KEYS, "", problems);
  const providers = readProviders(raw, problems);
  const helpdesk = readHelpdesk(raw, problems);
  const graph = readGraphSection(raw, problems, readGraph);
  const config: OrgConfig = {
    providers,
    defaultProviderId: readDefaultProvider(raw, providers, problems),
    userMayChoose: readBoolean(raw, "userMayChoose", "", DEFAULT_USER_MAY_CHOOSE, problems),
    ...helpdesk,
    showScheduledBy: readBoolean(raw, "showScheduledBy", "", DEFAULT_SHOW_SCHEDULED_BY, problems),
    ...(graph ? { graph } : {}),
  };
  const helpdeskEmail = readHelpdeskEmail(raw, problems);
  return { config: helpdeskEmail ? { ...config, helpdeskEmail } : config, problems };
}

function readProviders(raw: JsonObject, problems: Problems): MeetingProvider[] {
  const list = field(raw, "providers");
  if (list === undefined) return defaultProviders();
  if (!Array.isArray(list)) {
    problems.push({ field: "providers", reason: `must be a list ([ … ]), not ${describe(list)}; using Jitsi Meet` });
    return [builtInProvider()];
  }
  if (list.length > CONFIG_LIMITS.providers) {
    problems.push({
      field: "providers",
      reason: `lists more than ${CONFIG_LIMITS.providers} providers; only the first ${CONFIG_LIMITS.providers} are used`,
    });
  }
  const providers: MeetingProvider[] = [];
  const firstIndexOfId = new Map<string, number>();
  list.slice(0, CONFIG_LIMITS.providers).forEach((entry: unknown, index) => {
    const at = path("providers", index);
    const spec = parseProviderEntry(entry, at, problems);
    const provider = spec && buildProvider(() => createProvider(spec), at, problems);
    if (!provider) return;
    // Ids are compared without case: "Zoom" and "zoom" side by side can only be a mistake.
    const key = provider.id.toLowerCase();
    const earlier = firstIndexOfId.get(key);
    if (earlier !== undefined) {
      problems.push({ field: path(at, "id"), reason: `duplicates providers[${earlier}].id; this entry is ignored` });
      return;
    }
    firstIndexOfId.set(key, index);
    providers.push(provider);
  });
  if (providers.length === 0) {
    problems.push({ field: "providers", reason: "has no usable provider; using Jitsi Meet" });
    return [builtInProvider()];
  }
  return providers;
}

/** Entries were validated already; a ProviderError here means a rule only the provider knows. */
function buildProvider(build: () => MeetingProvider, at: string, problems: Problems): MeetingProvider | undefined {
  try {
    return build();
  } catch (error) {
    if (!(error instanceof ProviderError)) throw error;
    problems.push({ field: at, reason: error.message });
    return undefined;
  }
}

function readDefaultProvider(raw: JsonObject, providers: readonly MeetingProvider[], problems: Problems): string {
  const first = providers[0]?.id ?? builtInProvider().id;
  const value = field(raw, "defaultProvider");
  if (value === undefined) return first;
  if (typeof value !== "string") {
    problems.push({ field: "defaultProvider", reason: `must be the id of a provider in quotes, not ${describe(value)}; using "${first}"` });
    return first;
  }
  if (providers.some((provider) => provider.id === value)) return value;
  const shown = value.replace(/[\p{Cc}\p{Cf}]/gu, "?").slice(0, 40);
  problems.push({ field: "defaultProvider", reason: `names "${shown}", which is not among the usable providers; using "${first}"` });
  return first;
}
