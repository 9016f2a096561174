/** @type {import('jest').Config} */
module.exports = {
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testEnvironment: "node",
  // The DOM tests type and click through the pane, and the workbook tests calculate real sheets: on a busy 2-core CI
  // runner a few take longer than jest's default 5 s. Timings are measured in bench/, not asserted here.
  testTimeout: 30_000,
  setupFiles: ["<rootDir>/test/support/custom-functions-stub.ts", "<rootDir>/test/support/jsdom-globals.ts",
    "<rootDir>/test/support/pane-languages.ts",
  ],
  transform: {
    // Type checking runs once in `npm run typecheck`; tests only transpile, which keeps them fast.
    "^.+\\.(ts|tsx|js)$": [
      "ts-jest",
      {
        isolatedModules: true,
        tsconfig: {
          module: "commonjs",
          moduleResolution: "node10",
          jsx: "react-jsx",
          allowJs: true,
          esModuleInterop: true,
        },
      },
    ],
  },
  // These packages ship only as ES modules (@noble/hashes v2; form-js-viewer and its FEEL/preact dependencies used by
  // the Camunda parity test); jest runs CommonJS, so they are transpiled like our own code.
  transformIgnorePatterns: [
    "/node_modules/(?!(@noble/hashes|@bpmn-io|@lezer|feelers|min-dash|didi|ids|marked|preact)/)",
  ],
  // office-addin-mock pulls in office-addin-manifest, whose ESM-only dependencies jest 30 cannot load; the mock
  // never uses it, so a stub stands in.
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/test/support/office-addin-manifest-stub.js",
    // d3 (under @fluentui/react-charts) resolves to ES modules under jest; each package ships a UMD build beside them.
    "^(d3-[a-z-]+|internmap)$": "<rootDir>/node_modules/$1/dist/$1.js",
  },
};
