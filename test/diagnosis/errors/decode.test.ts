import { en } from "../../../src/i18n/en";
import { decodeError, MAX_ERROR_TEXT } from "../../../src/diagnosis/errors/decode";
import { toReportedError } from "../../../src/diagnosis/errors/reported";
import { KNOWN_ERRORS, UNKNOWN_ERROR, type KnownErrorId } from "../../../src/diagnosis/errors/knowledgeBase";
import type { Parties } from "../../../src/diagnosis/remedies";
import { DELEGATE_ADDRESS, NEAR_MISSES, OWNER_ADDRESS, PARTIES, RECOGNISED } from "./cases";

const NO_PARTIES: Parties = {};

const entryOf = (id: KnownErrorId) => {
  const entry = KNOWN_ERRORS.find((e) => e.id === id);
  if (!entry) throw new Error(`no entry ${id}`);
  return entry;
};

const recognisedRows = (Object.keys(RECOGNISED) as KnownErrorId[]).flatMap((id) =>
  RECOGNISED[id].map((v) => [id, v.name, v.text] as const),
);

describe("decodeError names the cause of real messages", () => {
  test.each(recognisedRows)("%s: %s", (id, _name, text) => {
    const decoded = decodeError(text, PARTIES, en);
    expect(decoded.id).toBe(id);
    expect(decoded.recognised).toBe(true);
    expect(decoded.matched.length).toBeGreaterThan(0);
    const entry = entryOf(id);
    expect(decoded.entry).toMatchObject({
      title: en.errors[id].title,
      cause: en.errors[id].cause,
      layer: entry.layer,
      whoFixes: entry.whoFixes,
      sources: entry.sources,
    });
    expect(decoded.entry.remedies.length).toBeGreaterThan(0);
  });

  test("every entry in the knowledge base has real variants in the table", () => {
    for (const entry of KNOWN_ERRORS) expect(RECOGNISED[entry.id].length).toBeGreaterThanOrEqual(2);
  });

  test("what matched is reported in the entry's own words", () => {
    const decoded = decodeError("Please contact the owner of the account to get delegate permissions in Lync", PARTIES, en);
    const labels = entryOf("lync-delegate").markers.map((m) => m.label);
    for (const label of decoded.matched) expect(labels).toContain(label);
    expect(decoded.matched).toContain('"get delegate permissions in Lync / Skype for Business"');
  });

  test("the owner's address in the text supports a phrase that would not decide alone", () => {
    const text = "You are not authorized to send on behalf of alex.wilber@contoso.com";
    expect(decodeError(text, NO_PARTIES, en).recognised).toBe(false);
    const decoded = decodeError(text, PARTIES, en);
    expect(decoded.id).toBe("send-on-behalf");
    expect(decoded.matched).toContain(`the owner's address (${OWNER_ADDRESS})`);
  });

  test("the owner's address is matched whatever its case in either place", () => {
    const parties: Parties = { owner: { emailAddress: "Alex.Wilber@Contoso.com", displayName: "Alex" } };
    const decoded = decodeError("You are not authorized to send on behalf of ALEX.WILBER@CONTOSO.COM", parties, en);
    expect(decoded.id).toBe("send-on-behalf");
  });

  test("a decisive phrase needs no help from the parties", () => {
    expect(decodeError("Looks like you don't have permission to schedule meetings for this account.", NO_PARTIES, en).id).toBe(
      "teams-delegate",
    );
  });

  test("when two causes match, the better-supported one wins", () => {
    const text =
      "Sorry, but we can't connect to the server right now.\nLooks like you don't have permission to schedule meetings for this account. Microsoft Teams";
    expect(decodeError(text, PARTIES, en).id).toBe("teams-delegate");
  });
});

describe("decodeError stays honest about what it does not recognise", () => {
  test.each(NEAR_MISSES.map((v) => [v.name, v.text] as const))("%s", (_name, text) => {
    for (const parties of [PARTIES, NO_PARTIES]) {
      const decoded = decodeError(text, parties, en);
      expect(decoded.id).toBe("unknown");
      expect(decoded.recognised).toBe(false);
      expect(decoded.matched).toEqual([]);
      expect(toReportedError(decoded)).toBeUndefined();
    }
  });

  test("the unknown answer adds no advice of its own: the checks above already say what to verify", () => {
    const decoded = decodeError("Something went wrong", PARTIES, en);
    expect(decoded.entry.title).toBe(en.errors[UNKNOWN_ERROR.id].title);
    expect(decoded.entry.layer).toBe("none");
    expect(decoded.entry.whoFixes).toEqual([]);
    expect(decoded.entry.remedies).toEqual([]);
    expect(decoded.entry.sources.length).toBeGreaterThan(0);
  });
});

describe("quote and truncation", () => {
  test("the quote is the pasted text, trimmed", () => {
    const decoded = decodeError("  \n Permission denied \n", PARTIES, en);
    expect(decoded.quote).toBe("Permission denied");
    expect(decoded.truncated).toBe(false);
  });

  test("text up to the cap is read whole", () => {
    const text = "x".repeat(MAX_ERROR_TEXT);
    const decoded = decodeError(text, PARTIES, en);
    expect(decoded.truncated).toBe(false);
    expect(decoded.quote).toHaveLength(MAX_ERROR_TEXT);
  });

  test("longer text is cut at the cap and says so", () => {
    const decoded = decodeError(
      "Please contact the owner of the account to get delegate permissions in Lync\n" + "header: value\n".repeat(1000),
      PARTIES,
      en,
    );
    expect(decoded.truncated).toBe(true);
    expect(decoded.quote.length).toBeLessThanOrEqual(MAX_ERROR_TEXT);
    expect(decoded.id).toBe("lync-delegate");
  });

  test("a message after the cap is not read, and the answer says not recognised", () => {
    const decoded = decodeError(
      "x".repeat(MAX_ERROR_TEXT) + " Please contact the owner of the account to get delegate permissions in Lync",
      PARTIES,
      en,
    );
    expect(decoded.truncated).toBe(true);
    expect(decoded.id).toBe("unknown");
  });

  test("the cap never splits a surrogate pair", () => {
    const text = "a" + "\u{1F600}".repeat(MAX_ERROR_TEXT);
    const decoded = decodeError(text, PARTIES, en);
    expect(decoded.truncated).toBe(true);
    const last = decoded.quote.charCodeAt(decoded.quote.length - 1);
    expect(last >= 0xd800 && last <= 0xdbff).toBe(false);
  });

  test("a megabyte paste is cut, not read", () => {
    const decoded = decodeError("Permission denied. ".repeat(60_000), PARTIES, en);
    expect(decoded.truncated).toBe(true);
    expect(decoded.quote.length).toBeLessThanOrEqual(MAX_ERROR_TEXT);
  });
});

describe("toReportedError", () => {
  test.each(KNOWN_ERRORS.map((e) => [e.id, e.layer] as const))("%s reports layer %s only when it proves one", (id, layer) => {
    const sample = RECOGNISED[id][0];
    if (!sample) throw new Error(`no sample for ${id}`);
    const decoded = decodeError(sample.text, PARTIES, en);
    const reported = toReportedError(decoded);
    if (layer === "none") {
      expect(reported).toBeUndefined();
    } else {
      expect(reported).toEqual({ errorId: id, layer, quote: decoded.quote });
    }
  });
});

describe("remedies carry the real addresses", () => {
  test.each(KNOWN_ERRORS.map((e) => [e.id] as const))("%s names the owner or the delegate by address", (id) => {
    const sample = RECOGNISED[id][0];
    if (!sample) throw new Error(`no sample for ${id}`);
    const text = JSON.stringify(decodeError(sample.text, PARTIES, en).entry.remedies);
    expect(text.includes(OWNER_ADDRESS) || text.includes(DELEGATE_ADDRESS)).toBe(true);
  });

  test("the sharing-invitation fix names both owner and delegate in its command", () => {
    const remedies = decodeError("The sharing invitation couldn't be sent.", PARTIES, en).entry.remedies;
    const commands = remedies.flatMap((r) => r.steps).filter((s) => s.kind === "command");
    expect(commands).toHaveLength(1);
    const command = commands[0];
    expect(command?.kind === "command" ? command.text : "").toBe(
      `Set-Mailbox -Identity '${OWNER_ADDRESS}' -GrantSendOnBehalfTo @{Add='${DELEGATE_ADDRESS}'}`,
    );
  });

  test.each([...KNOWN_ERRORS.map((e) => e.id), "unknown" as const])("%s: without parties, remedies use readable placeholders", (id) => {
    const sample = id === "unknown" ? "???" : (RECOGNISED[id][0]?.text ?? "");
    const text = JSON.stringify(decodeError(sample, NO_PARTIES, en).entry.remedies);
    expect(text).not.toMatch(/undefined|null|\[object Object\]/);
  });

  test("a hostile owner address cannot break out of the PowerShell quotes", () => {
    const parties: Parties = {
      owner: { emailAddress: "x'; Remove-Mailbox -Identity boss@contoso.com; '@contoso.com", displayName: "Evil" },
    };
    const commands = decodeError("???", parties, en)
      .entry.remedies.flatMap((r) => r.steps)
      .flatMap((s) => (s.kind === "command" ? [s.text] : []));
    for (const command of commands) expect(command).not.toContain("'; Remove-Mailbox");
  });
});
