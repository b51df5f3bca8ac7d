/**
 * One entry of config.json's "providers" list, validated into a ProviderSpec. Fields that decide
 * where a link points or whose it is (id, type, service, urlTemplate, baseUrl) make the whole entry
 * unusable when wrong; cosmetic ones (name, meetingId, a dial-in line) are dropped on their own.
 */
import {
  jitsiBaseUrlProblem,
  PROVIDER_TYPES,
  textTemplateProblem,
  urlTemplateProblem,
  type PersonalRoomService,
  type ProviderSpec,
  type ProviderType,
} from "../meeting/providers";
import { describe, field, isJsonObject, path, readText, reportUnknownKeys, textProblem, type JsonObject, type Problems } from "./fields";

export const PROVIDER_LIMITS = {
  id: 40,
  name: 60,
  url: 2048,
  meetingId: 100,
  dialInLine: 100,
  dialInLines: 10,
} as const;

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const PERSONAL_ROOM_SERVICES: readonly PersonalRoomService[] = ["zoom", "webex", "other"];

const KEYS: Readonly<Record<ProviderType, readonly string[]>> = {
  jitsi: ["id", "type", "name", "baseUrl"],
  "personal-room": ["id", "type", "name", "service", "urlTemplate", "meetingId", "dialIn"],
  teams: ["id", "type", "name"],
  skype: ["id", "type", "name"],
};

export function parseProviderEntry(raw: unknown, at: string, problems: Problems): ProviderSpec | undefined {
  if (!isJsonObject(raw)) {
    problems.push({ field: at, reason: `must be an object ({ "id": …, "type": … }), not ${describe(raw)}` });
    return undefined;
  }
  const id = readText(raw, "id", at, { maxLength: PROVIDER_LIMITS.id, required: true, check: idProblem }, problems);
  const type = readType(raw, at, problems);
  reportUnknownKeys(raw, type ? KEYS[type] : ["id", "type", ...new Set(Object.values(KEYS).flat())], at, problems);
  const name = readText(raw, "name", at, { maxLength: PROVIDER_LIMITS.name }, problems);
  if (id === undefined || type === undefined) return undefined;
  const common = { id, ...(name !== undefined ? { name } : {}) };

  switch (type) {
    case "jitsi": {
      if (field(raw, "baseUrl") === undefined) return { type, ...common };
      // An unusable server address must not quietly become the public meet.jit.si: the organisation
      // may have chosen its own server so meetings stay in-house.
      const baseUrl = readText(raw, "baseUrl", at, { maxLength: PROVIDER_LIMITS.url, check: jitsiBaseUrlProblem }, problems);
      return baseUrl === undefined ? undefined : { type, ...common, baseUrl };
    }
    case "personal-room":
      return readPersonalRoom(raw, at, common, problems);
    case "teams":
    case "skype":
      return { type, ...common };
  }
}

function readType(raw: JsonObject, at: string, problems: Problems): ProviderType | undefined {
  const value = field(raw, "type");
  const expected = PROVIDER_TYPES.map((t) => `"${t}"`).join(", ");
  if (value === undefined) {
    problems.push({ field: path(at, "type"), reason: `is required (one of ${expected})` });
    return undefined;
  }
  if (typeof value === "string" && (PROVIDER_TYPES as readonly string[]).includes(value)) return value as ProviderType;
  problems.push({ field: path(at, "type"), reason: `must be one of ${expected}` });
  return undefined;
}

function readPersonalRoom(
  raw: JsonObject,
  at: string,
  common: { id: string; name?: string },
  problems: Problems,
): ProviderSpec | undefined {
  const service = readService(raw, at, problems);
  const urlTemplate = readText(
    raw,
    "urlTemplate",
    at,
    { maxLength: PROVIDER_LIMITS.url, required: true, check: urlTemplateProblem },
    problems,
  );
  const meetingId = readText(raw, "meetingId", at, { maxLength: PROVIDER_LIMITS.meetingId, check: textTemplateProblem }, problems);
  const dialIn = readDialIn(raw, at, problems);
  if (service === undefined || urlTemplate === undefined) return undefined;
  return {
    type: "personal-room",
    ...common,
    service,
    urlTemplate,
    ...(meetingId !== undefined ? { meetingId } : {}),
    ...(dialIn.length > 0 ? { dialIn } : {}),
  };
}

function readService(raw: JsonObject, at: string, problems: Problems): PersonalRoomService | undefined {
  const value = field(raw, "service");
  if (typeof value === "string" && (PERSONAL_ROOM_SERVICES as readonly string[]).includes(value)) return value as PersonalRoomService;
  const expected = PERSONAL_ROOM_SERVICES.map((s) => `"${s}"`).join(", ");
  // It decides which meeting service's delegate permission the pane checks, so it is never guessed.
  problems.push({
    field: path(at, "service"),
    reason: value === undefined ? `is required (one of ${expected})` : `must be one of ${expected}`,
  });
  return undefined;
}

function readDialIn(raw: JsonObject, at: string, problems: Problems): string[] {
  const value = field(raw, "dialIn");
  const here = path(at, "dialIn");
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.push({ field: here, reason: `must be a list of text lines ([ "…" ]), not ${describe(value)}` });
    return [];
  }
  if (value.length > PROVIDER_LIMITS.dialInLines) {
    problems.push({
      field: here,
      reason: `has more than ${PROVIDER_LIMITS.dialInLines} lines; only the first ${PROVIDER_LIMITS.dialInLines} are used`,
    });
  }
  const lines: string[] = [];
  value.slice(0, PROVIDER_LIMITS.dialInLines).forEach((line: unknown, index) => {
    const reason = textProblem(line, { maxLength: PROVIDER_LIMITS.dialInLine, check: textTemplateProblem });
    if (reason) problems.push({ field: path(here, index), reason });
    else lines.push(line as string);
  });
  return lines;
}

function idProblem(id: string): string | undefined {
  return ID_PATTERN.test(id) ? undefined : "must use only letters, digits, '.', '_' and '-', starting with a letter or digit";
}
