/**
 * taskpane.js takes the boot words frame.js published, in the language asked for; without them, or
 * with something unusable in their place, it still has English: never an empty or broken message.
 */
import { bootText, publishBootText } from "../../src/i18n/boot";
import { BOOT_TEXT_GLOBAL, EN_BOOT } from "../../src/i18n/bootEn";
import { bootTextOf } from "../../src/i18n/bootShared";

const global = globalThis as Record<string, unknown>;
afterEach(() => {
  delete global[BOOT_TEXT_GLOBAL];
});

test("after frame.js published them, each language's own words", () => {
  publishBootText();
  expect(bootTextOf("de-DE").filesMissing).toBe(bootText("de-DE").filesMissing);
  expect(bootTextOf("de-DE").filesMissing).toMatch(/^Ein Teil dieses Add-Ins/);
  expect(bootTextOf("nl-BE").crashTitle).toBe("Er ging iets mis in dit venster");
  expect(bootTextOf(undefined)).toEqual(EN_BOOT);
});

test("without frame.js, English", () => {
  expect(bootTextOf("fr-FR")).toEqual(EN_BOOT);
});

test.each<[string, unknown]>([
  ["not a function", { filesMissing: "x" }],
  [
    "a function that throws",
    () => {
      throw new Error("broken");
    },
  ],
  ["a function returning a partial table", () => ({ reading: "Lesen" })],
  ["a function returning empty words", () => ({ ...EN_BOOT, crashBody: "" })],
])("something unusable in its place (%s): English", (_name, value) => {
  global[BOOT_TEXT_GLOBAL] = value;
  expect(bootTextOf("de-DE")).toEqual(EN_BOOT);
});
