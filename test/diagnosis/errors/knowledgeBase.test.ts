import { en } from "../../../src/i18n/en";
import { KNOWN_ERRORS, UNKNOWN_ERROR, patternsOf, type ErrorEntry } from "../../../src/diagnosis/errors/knowledgeBase";

const ALL: readonly ErrorEntry[] = [...KNOWN_ERRORS, UNKNOWN_ERROR];
const REQUIRED_IDS = [
  "lync-delegate",
  "teams-delegate",
  "send-on-behalf",
  "calendar-read-only",
  "webex-scheduling-permission",
  "zoom-scheduling-privilege",
  "sharing-invitation-failed",
  "sharing-policy-refused",
  "unknown",
];

describe("the knowledge base is well-formed data", () => {
  test("it has every required id, each once", () => {
    const ids = ALL.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of REQUIRED_IDS) expect(ids).toContain(id);
  });

  test.each(KNOWN_ERRORS.map((e) => [e.id, e] as const))("%s is complete and cites its sources", (_id, entry) => {
    expect(en.errors[entry.id].title.trim()).not.toBe("");
    expect(en.errors[entry.id].cause.trim().length).toBeGreaterThan(40);
    // Sources are first-party or the vendor's own documentation, at an https address.
    for (const source of entry.sources)
      expect(source.url).toMatch(
        /^https:\/\/(?:learn|support)\.microsoft\.com\/|^https:\/\/(?:support\.zoom\.com|developers\.zoom\.us|help\.webex\.com)\//,
      );
    expect(entry.whoFixes.length).toBeGreaterThan(0);
    expect(entry.sources.length).toBeGreaterThan(0);
    // Something specific must be able to reach the threshold: a decisive phrase, or a strong one
    // with context to back it (teams-hybrid-oauth is deliberately the latter: its words are generic).
    const has = (strength: string) => entry.markers.some((m) => m.strength === strength);
    expect(has("decisive") || (has("strong") && has("context"))).toBe(true);
    const labels = entry.markers.map((m) => m.label);
    expect(new Set(labels).size).toBe(labels.length);
  });

  test("the unknown entry has no markers and owns no layer", () => {
    expect(UNKNOWN_ERROR.markers).toEqual([]);
    expect(UNKNOWN_ERROR.layer).toBe("none");
  });

  test("no pattern is stateful (a g or y flag would make test() remember its last position)", () => {
    for (const entry of KNOWN_ERRORS)
      for (const marker of entry.markers) for (const pattern of patternsOf(marker)) expect(pattern.flags).not.toMatch(/[gy]/);
  });

  test("patterns are written for normalised text: no upper case letters, no curly quotes", () => {
    for (const entry of KNOWN_ERRORS) {
      for (const marker of entry.markers) {
        for (const pattern of patternsOf(marker)) {
          const literal = pattern.source.replace(/\\[a-zA-Z]/g, "");
          expect(literal).not.toMatch(/[A-Z\u2018\u2019\u201C\u201D]/);
        }
      }
    }
  });

  // Catastrophic backtracking on these inputs would not finish within jest's timeout; speed is not timed here.
  test("patterns finish on adversarial input shaped like their own text", () => {
    for (const entry of KNOWN_ERRORS) {
      for (const pattern of entry.markers.flatMap(patternsOf)) {
        const words = pattern.source.replace(/[^a-z0-9 @"-]/g, " ").trim() || "a";
        const inputs = [
          `${words} `.repeat(Math.ceil(20_000 / (words.length + 1))),
          "a".repeat(20_000),
          `${'"'.repeat(2)}${"x".repeat(20_000)}`,
          "can not schedule a meeting for ".repeat(600),
          "0x80070005-0x".repeat(1500),
          "<a ".repeat(7000),
        ];
        for (const input of inputs) expect(typeof pattern.test(input)).toBe("boolean");
      }
    }
  }, 60_000);
});
