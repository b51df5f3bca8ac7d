// @ts-check
/**
 * Puts the Griffel rules of the extracted style sheet (griffel.css) in one order that does not depend
 * on the build: the same sources then give the same bytes (npm run release).
 *
 * Why: mini-css-extract-plugin concatenates each module's extracted rules in an order that varied
 * between two builds of the same commit (the chunk's modules arrive as webpack's parallel builds finish),
 * and Griffel's plugin then sorts by media query, style bucket and priority with a stable sort, so the
 * order inside each of those groups was whatever the modules' order had been. Three builds gave three
 * different griffel.css files with the same rules.
 *
 * Ordering the rules by their text first leaves Griffel's own order between groups intact, and inside a
 * group the order never decided anything for atomic classes: mergeClasses() gives an element at most
 * one class per property, so no two of those rules apply to the same property of the same element.
 * A reset style (makeResetStyles) is the exception: one class written as several rules whose order
 * matters, so those keep the order Griffel wrote them in (resetOrderKey).
 *
 * Runs on the stylesheet as mini-css-extract-plugin wrote it, before Griffel's sort, which reads the
 * markers generateCSSRules writes around each bucket's rules:
 *   /** @griffel:css-start [d] null **\/
 *   .f1x{color:red;}
 *   /** @griffel:css-end **\/
 */

const BLOCK = /\/\*\* @griffel:css-start \[([a-z]+)\] (.*?) \*\*\/\n([\s\S]*?)\n\/\*\* @griffel:css-end \*\*\//g;

/**
 * @param {string} css  griffel.css before Griffel's sort
 * @returns {string} the same rules and markers, each rule once, in the order of (bucket, metadata, rule
 *   text), a reset class's rules together in their written order
 */
function orderGriffelRules(css) {
  /** @type {Map<string, { bucket: string, meta: string, rule: string }>} */
  const entries = new Map();
  /** @type {Map<string, number>} */
  const seenInClass = new Map();
  /** @type {Set<string>} */
  const seen = new Set();
  const rest = css.replace(BLOCK, (_block, /** @type {string} */ bucket, /** @type {string} */ meta, /** @type {string} */ rules) => {
    for (const rule of splitRules(rules)) {
      if (seen.has(`${bucket}\n${meta}\n${rule}`)) continue;
      seen.add(`${bucket}\n${meta}\n${rule}`);
      entries.set(`${bucket}\n${meta}\n${resetOrderKey(bucket, rule, seenInClass)}${rule}`, { bucket, meta, rule });
    }
    return "";
  });
  const keys = [...entries.keys()].sort((a, b) => Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8")));
  /** @type {string[]} */
  const lines = [];
  let open = "";
  for (const key of keys) {
    const { bucket, meta, rule } = /** @type {{ bucket: string, meta: string, rule: string }} */ (entries.get(key));
    if (open !== `${bucket}\n${meta}`) {
      if (open) lines.push("/** @griffel:css-end **/");
      lines.push(`/** @griffel:css-start [${bucket}] ${meta} **/`);
      open = `${bucket}\n${meta}`;
    }
    lines.push(rule);
  }
  if (open) lines.push("/** @griffel:css-end **/");
  const before = rest.trim();
  return [...(before ? [before] : []), ...lines].join("\n");
}

/**
 * A reset style (bucket r) is one class written as several rules (the base, then :hover, then
 * :hover:active…) and, unlike atomic classes, those rules may set the same property: their written
 * order is part of their meaning. They sort by class, then by their place in what Griffel wrote.
 * @param {string} bucket
 * @param {string} rule
 * @param {Map<string, number>} seenInClass
 */
function resetOrderKey(bucket, rule, seenInClass) {
  if (bucket !== "r") return "";
  const className = /\.(r[\w-]+)/.exec(rule)?.[1] ?? "";
  const index = seenInClass.get(className) ?? 0;
  seenInClass.set(className, index + 1);
  return `${className}\n${String(index).padStart(4, "0")}\n`;
}

/**
 * The rules of one marked block, each whole: a rule may span lines (calc() written over three) and an
 * at-rule holds braces of its own (@media (…){.f{…}}), so a rule ends where its braces close, outside
 * quoted strings.
 * @param {string} text
 * @returns {string[]}
 */
function splitRules(text) {
  /** @type {string[]} */
  const rules = [];
  let depth = 0;
  let quote = "";
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "{") depth++;
    else if (c === "}" && --depth === 0) {
      rules.push(text.slice(start, i + 1).trim());
      start = i + 1;
    }
  }
  if (depth !== 0 || quote || text.slice(start).trim() !== "") {
    throw new Error(
      `griffel.css: a Griffel rule block does not end where its braces close: ${JSON.stringify(text.slice(start, start + 80))}`,
    );
  }
  return rules;
}

module.exports = { orderGriffelRules };
