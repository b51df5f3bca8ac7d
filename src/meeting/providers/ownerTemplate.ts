import type { Person } from "../../diagnosis/types";
import { authorityOf, checkHttpsUrl, MAX_URL_CHARS } from "../httpsUrl";
import { meetingStrings } from "../strings";
import { ProviderError } from "../types";

/** What an admin may write in a personal-room template; each is filled from the meeting OWNER. */
export const PLACEHOLDERS = ["{owner.email}", "{owner.alias}", "{owner.name}"] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

const BRACED = /\{[^{}]*\}/g;
const PLACEHOLDER_LIST = "{owner.email}, {owner.alias} or {owner.name}";

/** Used only to test a template's shape; never appears in a built link. */
const SAMPLE_VALUE = "sample";

/**
 * Why a URL template cannot be used, or undefined when it can. The host must be written out by the
 * admin: a placeholder there would let a display name or address decide which server gets the link.
 */
export function urlTemplateProblem(template: string): string | undefined {
  const placeholders = placeholderProblem(template);
  if (placeholders) return placeholders;
  if (/^https:\/\//i.test(template) && authorityOf(template).includes("{")) return "must not use a placeholder in the server name";
  const sample = checkHttpsUrl(substitute(template, () => SAMPLE_VALUE));
  return sample.ok ? undefined : sample.reason;
}

/** Why a text template (meeting ID, dial-in line) cannot be used, or undefined when it can. */
export function textTemplateProblem(template: string): string | undefined {
  return placeholderProblem(template);
}

/** The owner's link: each placeholder URL-encoded, the result re-checked as https. Throws ProviderError. */
export function fillUrlTemplate(template: string, owner: Person): string {
  const problem = urlTemplateProblem(template);
  if (problem) throw new ProviderError("bad-link", meetingStrings.errors.badTemplate(problem));
  const filled = substitute(template, (placeholder) => encodeURIComponent(ownerValue(placeholder, owner)));
  // Told apart from other failures: the admin's template is fine, this owner's details are just long.
  if (filled.length > MAX_URL_CHARS) throw new ProviderError("too-long", meetingStrings.errors.linkTooLong);
  const checked = checkHttpsUrl(filled);
  if (!checked.ok) throw new ProviderError("bad-link", meetingStrings.errors.badJoinUrl(checked.reason));
  return checked.url.href;
}

/** The owner's text (meeting ID, dial-in); escaping is the renderer's job, not ours. Throws ProviderError. */
export function fillTextTemplate(template: string, owner: Person): string {
  return substitute(template, (placeholder) => ownerValue(placeholder, owner));
}

function placeholderProblem(template: string): string | undefined {
  for (const match of template.matchAll(BRACED)) {
    if (!isPlaceholder(match[0])) return `uses the unknown placeholder ${match[0].slice(0, 40)}; use ${PLACEHOLDER_LIST}`;
  }
  if (/[{}]/.test(template.replace(BRACED, ""))) return `has a "{" or "}" that is not part of ${PLACEHOLDER_LIST}`;
  return undefined;
}

function substitute(template: string, valueOf: (placeholder: Placeholder) => string): string {
  // A replacer function, not a replacement string: "$&" and friends in a value stay literal.
  return template.replace(BRACED, (braced) => (isPlaceholder(braced) ? valueOf(braced) : braced));
}

function isPlaceholder(text: string): text is Placeholder {
  return (PLACEHOLDERS as readonly string[]).includes(text);
}

function ownerValue(placeholder: Placeholder, owner: Person): string {
  const source = (placeholder === "{owner.name}" ? owner.displayName : owner.emailAddress).trim();
  if (source === "") throw new ProviderError("owner-missing", meetingStrings.errors.ownerDetailMissing(placeholder));
  const value = placeholder === "{owner.name}" ? source : addressPart(source, placeholder);
  // "." and ".." survive encodeURIComponent and would climb out of the room's path.
  if (value === undefined || value === "." || value === "..") {
    throw new ProviderError("owner-unusable", meetingStrings.errors.ownerDetailUnusable(placeholder));
  }
  return value;
}

/** Undefined when Outlook gave something that is not an SMTP address (e.g. a legacy Exchange DN). */
function addressPart(address: string, placeholder: "{owner.email}" | "{owner.alias}"): string | undefined {
  // The last "@" separates the domain; a quoted local part may itself contain "@".
  const at = address.lastIndexOf("@");
  if (at <= 0 || at === address.length - 1) return undefined;
  return placeholder === "{owner.alias}" ? address.slice(0, at) : address;
}
