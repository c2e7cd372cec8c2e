// One jest run, three projects: fast unit tests, the store suite (SQLite and PostgreSQL) and the
// browser suite (Playwright through the harness). `npm test` runs them in that order.
const transform = {
  "^.+\\.(t|j|mj)sx?$": [
    "@swc/jest",
    {
      jsc: {
        parser: { syntax: "typescript", tsx: true },
        transform: { react: { runtime: "automatic" } },
        target: "es2022",
      },
      module: { type: "commonjs" },
    },
  ],
};
// ESM-only packages that jest (CommonJS) must transpile.
const esmPackages = ["postal-mime", "ical.js", "idb", "fake-indexeddb", "jose", "cookie"].join("|");
const shared = {
  transform,
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages})/)`],
  moduleFileExtensions: ["ts", "tsx", "js", "mjs", "json"],
  testEnvironment: "node",
};

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      ...shared,
      displayName: "unit",
      testMatch: ["<rootDir>/test/unit/**/*.test.ts?(x)"],
      setupFilesAfterEnv: ["<rootDir>/test/setup/unit.ts"],
    },
    {
      ...shared,
      displayName: "store",
      testMatch: ["<rootDir>/test/store/**/*.test.ts"],
      setupFilesAfterEnv: ["<rootDir>/test/setup/store.ts"],
      globalSetup: "<rootDir>/test/setup/store-global.ts",
      globalTeardown: "<rootDir>/test/setup/store-global-teardown.ts",
    },
    {
      ...shared,
      displayName: "e2e",
      testMatch: ["<rootDir>/test/e2e/**/*.test.ts"],
      globalSetup: "<rootDir>/test/e2e/global-setup.ts",
      globalTeardown: "<rootDir>/test/e2e/global-teardown.ts",
    },
  ],
};
