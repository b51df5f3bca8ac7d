/** @jest-environment node */
/**
 * griffel.css comes out the same whatever order webpack's parallel work handed the modules' rules over
 * in, and Griffel's own order (media query, bucket, priority) survives.
 */
import { orderGriffelRules } from "../../scripts/griffelOrder";

const { parseCSSRules } = require("@griffel/webpack-extraction-plugin/src/parseCSSRules.js") as {
  parseCSSRules(css: string): { cssRulesByBucket: Record<string, unknown[]>; remainingCSS: string };
};
const { sortCSSRules, getUniqueRulesFromSets } = require("@griffel/webpack-extraction-plugin/src/sortCSSRules.js") as {
  sortCSSRules(sets: Record<string, unknown[]>[], compareMediaQueries: (a: string, b: string) => number): string;
  getUniqueRulesFromSets(sets: Record<string, unknown[]>[]): unknown[];
};

/** What Griffel's plugin does with the sheet next (GriffelCSSExtractionPlugin, processAssets). */
function griffelSort(css: string): string {
  const { cssRulesByBucket, remainingCSS } = parseCSSRules(css);
  return remainingCSS + sortCSSRules([cssRulesByBucket], (a, b) => (a === b ? 0 : a < b ? -1 : 1));
}

/** One module's extracted rules, as Griffel's loader writes them. */
const moduleA = [
  "/** @griffel:css-start [r] null **/",
  ".rA{display:flex;}",
  "/** @griffel:css-end **/",
  "/** @griffel:css-start [d] null **/",
  ".fA1{color:red;}",
  ".fA2{padding:0;}",
  // Fluent writes some calc() values over several lines; the rule is one rule all the same.
  ".fA3{padding-right:calc(var(--spacingHorizontalSNudge)",
  "    + 16px",
  "    + var(--spacingHorizontalXXS));}",
  "/** @griffel:css-end **/",
  '/** @griffel:css-start [d] {"p":-1} **/',
  ".fAb{border:0;}",
  "/** @griffel:css-end **/",
].join("\n");
const moduleB = [
  "/** @griffel:css-start [d] null **/",
  ".fB1{margin:0;}",
  ".fA1{color:red;}",
  "/** @griffel:css-end **/",
  "/** @griffel:css-start [h] null **/",
  ".fB2:hover{color:blue;}",
  "/** @griffel:css-end **/",
  '/** @griffel:css-start [m] {"m":"(forced-colors: active)"} **/',
  "@media (forced-colors: active){.fB3{color:CanvasText;}}",
  '@media (forced-colors: active){.fB4{border-top-color:GrayText;}.fB5::after{content:"}";}}',
  "/** @griffel:css-end **/",
].join("\n");

test("two module orders give the same sheet after Griffel's sort", () => {
  const ab = griffelSort(orderGriffelRules(`${moduleA}\n${moduleB}`));
  const ba = griffelSort(orderGriffelRules(`${moduleB}\n${moduleA}`));
  expect(ab).toBe(ba);
  // Without the ordering, Griffel's stable sort keeps the modules' order inside a bucket: the builds differed.
  expect(griffelSort(`${moduleA}\n${moduleB}`)).not.toBe(griffelSort(`${moduleB}\n${moduleA}`));
});

test("keeps Griffel's order between buckets and priorities, and every rule once", () => {
  const sheet = griffelSort(orderGriffelRules(`${moduleB}\n${moduleA}`));
  const order = [".rA{", ".fAb{", ".fA1{", ".fB1{", ".fB2:hover{", "@media (forced-colors: active)"].map((rule) => sheet.indexOf(rule));
  expect(order.every((at) => at >= 0)).toBe(true);
  expect(order).toEqual([...order].sort((a, b) => a - b));
  expect(sheet.split(".fA1{").length - 1).toBe(1);
});

test("Griffel reads every rule it read before, each in the same bucket, priority and media query", () => {
  const rules = (css: string) =>
    getUniqueRulesFromSets([parseCSSRules(css).cssRulesByBucket])
      .map((rule) => JSON.stringify(rule))
      .sort();
  const sheet = `${moduleA}\n${moduleB}`;
  expect(rules(orderGriffelRules(sheet))).toEqual(rules(sheet));
  expect(rules(sheet)).toHaveLength(9); // .fA1 is in both modules
});

test("a reset style keeps the order Griffel wrote its rules in, whatever order the modules came in", () => {
  // One class, several rules that set the same property: the later rule wins when both apply
  // (hovered and focused), so sorting them by text would change what the user sees.
  const reset = [
    "/** @griffel:css-start [r] null **/",
    ".rZ{color:black;}",
    ".rZ:hover{color:blue;}",
    ".rZ:focus{color:green;}",
    "/** @griffel:css-end **/",
  ].join("\n");
  for (const sheet of [`${reset}\n${moduleA}`, `${moduleA}\n${reset}`, `${moduleB}\n${reset}\n${reset}`]) {
    const sorted = griffelSort(orderGriffelRules(sheet));
    const order = [".rZ{", ".rZ:hover{", ".rZ:focus{"].map((rule) => sorted.indexOf(rule));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(sorted.split(".rZ:focus{").length - 1).toBe(1);
  }
  expect(griffelSort(orderGriffelRules(`${reset}\n${moduleA}`))).toBe(griffelSort(orderGriffelRules(`${moduleA}\n${reset}`)));
});

test("refuses a block whose braces do not close, rather than ship half a sheet", () => {
  expect(() => orderGriffelRules("/** @griffel:css-start [d] null **/\n.f{color:red;\n/** @griffel:css-end **/")).toThrow(/braces/);
});

test("leaves CSS outside Griffel's markers in front, untouched", () => {
  const out = orderGriffelRules(`.plain{color:green}\n${moduleA}`);
  expect(out.startsWith(".plain{color:green}\n/** @griffel:css-start")).toBe(true);
});
