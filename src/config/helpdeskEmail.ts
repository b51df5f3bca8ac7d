import { readText, type JsonObject, type Problems } from "./fields";

/** RFC 5321's limit on a whole address. */
const MAX_ADDRESS = 254;
/** One plain address: no display name, no list, no spaces; linear (no nested quantifiers). */
const ADDRESS = /^[^\s@<>()",;:\\[\]]+@[^\s@<>()",;:\\[\].]+(?:\.[^\s@<>()",;:\\[\].]+)+$/;

/**
 * `helpdeskEmail`: the help desk's address, where "Send this to IT" opens a new message. A value
 * that is not one plain address is named in a warning and left out (the button then copies instead).
 */
export function readHelpdeskEmail(raw: JsonObject, problems: Problems): string | undefined {
  const value = readText(
    raw,
    "helpdeskEmail",
    "",
    {
      maxLength: MAX_ADDRESS,
      check: (text) => (ADDRESS.test(text.trim()) ? undefined : "must be one email address, like help@contoso.com"),
    },
    problems,
  );
  return value?.trim();
}
