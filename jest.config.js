/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "jsdom",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/browser/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.jest.json" }],
  },
  setupFilesAfterEnv: ["<rootDir>/test/setup.ts"],
  // office-addin-manifest 3 pulls ESM-only packages jest on Node 20 cannot load; our own offline
  // manifest checks do not need it, so any accidental import fails loudly instead of hanging.
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/test/support/no-office-addin-manifest.js",
  },
};
