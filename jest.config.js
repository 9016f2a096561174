/** @type {import('jest').Config} */
module.exports = {
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testEnvironment: "node",
  setupFiles: ["<rootDir>/test/support/custom-functions-stub.ts"],
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
  // @noble/hashes v2 ships only as ES modules; jest runs CommonJS, so it is transpiled like our own code.
  transformIgnorePatterns: ["/node_modules/(?!@noble/hashes/)"],
  // office-addin-mock pulls in office-addin-manifest, whose ESM-only dependencies jest 30 cannot load; the mock
  // never uses it, so a stub stands in.
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/test/support/office-addin-manifest-stub.js",
  },
};
