// Lint = Microsoft's office-addins rules (via office-addin-lint) + TypeScript + the architecture's import boundaries.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import reactHooks from "eslint-plugin-react-hooks";

const officeFree = (layer) => ({
  files: [`src/${layer}/**/*.{ts,tsx}`],
  rules: {
    "no-restricted-globals": ["error", { name: "Office", message: `src/${layer} must not touch Office.js; go through src/office.` }],
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          { group: ["**/office/*", "!**/office/gateway"], message: "Only src/office talks to Office.js." },
          ...(layer === "diagnosis" || layer === "documents" || layer === "meeting" || layer === "config" || layer === "body"
            ? [
                {
                  group: ["react", "react-dom", "@fluentui/*", "**/taskpane/*"],
                  message: `src/${layer} is pure TypeScript: no UI imports.`,
                },
              ]
            : []),
        ],
      },
    ],
  },
});

// Reuse the plugin instances office-addins registers: ESLint refuses two copies under one name.
const registered = Object.assign({}, ...officeAddins.configs.react.map((config) => config.plugins ?? {}));

export default [
  { ignores: ["dist/**", "dist-dev/**", "build/**", "node_modules/**", "coverage/**", ".bench/**", "**/*.d.ts"] },
  ...officeAddins.configs.react,
  {
    files: ["**/*.{ts,tsx,js,mjs,cjs}"],
    plugins: {
      "@typescript-eslint": registered["@typescript-eslint"],
      prettier: registered.prettier,
      "office-addins": registered["office-addins"],
    },
    languageOptions: {
      parser: tsParser,
      ecmaVersion: 2022,
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    settings: { react: { version: "18.3" } },
    rules: {
      // TypeScript already knows every global; the base rule does not understand types or DOM lib.
      "no-undef": "off",
      "no-unused-vars": "off",
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-console": ["error", { allow: ["warn", "error"] }],
      eqeqeq: ["error", "always"],
    },
  },
  {
    // Hooks follow React's rules, and every dependency list is complete: a value the effect must not
    // react to goes through a ref or the handler, never through a shortened list.
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
    },
  },
  officeFree("body"),
  officeFree("diagnosis"),
  officeFree("documents"),
  officeFree("meeting"),
  officeFree("config"),
  officeFree("taskpane"),
  {
    files: ["scripts/**/*.js", "test/**/*.{ts,tsx,js}", "dev/**/*.ts", "*.config.js", "webpack.config.js"],
    rules: { "no-console": "off" },
  },
];
