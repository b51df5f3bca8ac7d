import { prefersDarkTheme } from "../../src/office/theme";

const withBackground = (bodyBackgroundColor: unknown) => ({ context: { officeTheme: { bodyBackgroundColor } } });

test.each([
  ["#FFFFFF", false],
  ["#f3f2f1", false],
  ["#262626", true],
  ["1f1f1f", true],
  ["not a colour", false],
  [undefined, false],
])("Office theme background %s → dark %s", (color, dark) => {
  expect(prefersDarkTheme(withBackground(color))).toBe(dark);
});

test("no Office or no theme means light", () => {
  expect(prefersDarkTheme(undefined)).toBe(false);
  expect(prefersDarkTheme({ context: {} })).toBe(false);
});
