// End-to-end tests (npm run test:e2e): the browser preview in headless Chromium, driven by playwright-core.
// The global setup builds the add-in once in development mode into a temporary folder and serves it over http;
// test/e2e/support/ holds the harness. The unit tests (jest.config.js) match only *.test.ts(x), never *.e2e.ts.
/** @type {import('jest').Config} */
module.exports = {
  rootDir: __dirname,
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["<rootDir>/test/e2e/**/*.e2e.ts"],
  testEnvironment: "node",
  globalSetup: "<rootDir>/test/e2e/support/global-setup.ts",
  globalTeardown: "<rootDir>/test/e2e/support/global-teardown.ts",
  // One browser at a time on a 2-core machine; each test file starts its own Chromium.
  maxWorkers: 1,
  testTimeout: 120000,
  slowTestThreshold: 30,
  transform: {
    "^.+\\.(ts|tsx|js)$": [
      "ts-jest",
      {
        tsconfig: {
          isolatedModules: true,
          module: "commonjs",
          moduleResolution: "node10",
          jsx: "react-jsx",
          allowJs: true,
          esModuleInterop: true,
          resolveJsonModule: true,
        },
      },
    ],
  },
  // @noble/hashes v2 (rubric JSON checksums) ships only as ES modules: transpiled like our own code.
  transformIgnorePatterns: ["/node_modules/(?!(@noble/hashes)/)"],
};
