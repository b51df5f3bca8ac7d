/**
 * config.json's optional "graph" section: the organisation's Entra app through which the pane may
 * ask Microsoft 365 about the owner's calendar. Absent → the feature does not exist (no button, no
 * download). Any wrong value turns the whole section off with a warning: a half-configured sign-in
 * is worse than none.
 */
import { describe, field, isJsonObject, readText, reportUnknownKeys, type JsonObject, type Problems } from "./fields";
import type { GraphSettings } from "./types";

const KEYS = ["clientId", "tenant"] as const;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A verified domain ("contoso.onmicrosoft.com", "contoso.com"). */
const DOMAIN = /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
/** Microsoft's sample for NAA in Outlook signs in through "common"; a tenant id or domain narrows it. */
export const DEFAULT_GRAPH_TENANT = "common";
const LOGIN = "https://login.microsoftonline.com/";

export function readGraph(raw: JsonObject, problems: Problems): GraphSettings | undefined {
  const value = field(raw, "graph");
  if (value === undefined) return undefined;
  if (!isJsonObject(value)) {
    problems.push({
      field: "graph",
      reason: `must be an object ({ "clientId": "…" }), not ${describe(value)}; Microsoft 365 checks are off`,
    });
    return undefined;
  }
  reportUnknownKeys(value, KEYS, "graph", problems);
  const before = problems.length;
  const clientId = readText(value, "clientId", "graph", { maxLength: 36, required: true, check: guidProblem }, problems);
  const tenant = readText(value, "tenant", "graph", { maxLength: 253, check: tenantProblem }, problems);
  if (clientId === undefined || problems.length > before) {
    problems.push({ field: "graph", reason: "is not usable; Microsoft 365 checks are off" });
    return undefined;
  }
  return { clientId: clientId.toLowerCase(), authority: `${LOGIN}${(tenant ?? DEFAULT_GRAPH_TENANT).toLowerCase()}` };
}

function guidProblem(value: string): string | undefined {
  return GUID.test(value) ? undefined : "must be the app's Application (client) ID, a GUID like 00000000-0000-0000-0000-000000000000";
}

function tenantProblem(value: string): string | undefined {
  if (GUID.test(value) || DOMAIN.test(value) || value === "common" || value === "organizations") return undefined;
  return 'must be the Directory (tenant) ID, a verified domain such as contoso.onmicrosoft.com, "organizations" or "common"';
}
