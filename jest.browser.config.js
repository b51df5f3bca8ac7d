/** Browser tests: Playwright driving Debian's Chromium against the production build in dist/. */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/browser"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.jest.json" }],
  },
  testTimeout: 60_000,
  // One Chromium at a time: the machine has two cores and each test file starts its own browser.
  maxWorkers: 1,
};
