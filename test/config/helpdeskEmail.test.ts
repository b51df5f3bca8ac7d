import { parseConfig } from "../../src/config/parse";

describe("helpdeskEmail: where Send this to IT opens a message", () => {
  test("one plain address is kept, trimmed", () => {
    const { config, problems } = parseConfig({ helpdeskEmail: " help@contoso.com " });
    expect(config.helpdeskEmail).toBe("help@contoso.com");
    expect(problems).toEqual([]);
  });

  test.each<[string, unknown]>([
    ["a display name with the address", "IT <help@contoso.com>"],
    ["two addresses", "help@contoso.com, it@contoso.com"],
    ["no domain", "help@contoso"],
    ["a link", "mailto:help@contoso.com"],
    ["a number", 42],
    ["a line break", "help@contoso.com\nBcc: x@evil.example"],
  ])("%s is named in a warning and left out", (_name, value) => {
    const { config, problems } = parseConfig({ helpdeskEmail: value });
    expect(config.helpdeskEmail).toBeUndefined();
    expect(problems).toEqual([expect.objectContaining({ field: "helpdeskEmail" })]);
  });

  // A backtracking pattern would not finish on this within jest's timeout; a test does not time it.
  test("a long near-miss is refused", () => {
    const { config, problems } = parseConfig({ helpdeskEmail: `${"a.".repeat(120)}@${"b.".repeat(4)}` });
    expect(config.helpdeskEmail).toBeUndefined();
    expect(problems).toEqual([expect.objectContaining({ field: "helpdeskEmail" })]);
  }, 10_000);
});
