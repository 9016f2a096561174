// ESLint 9 flat config, picked up by `office-addin-lint check` (it prefers ./eslint.config.mjs over its own).
// eslint-plugin-office-addins' React preset, widened to .jsx/.tsx: its base block only matches .js/.ts files.
// The preset names no usable parser, so the TypeScript parser is set here (as office-addin-lint's own default config
// does). Prettier settings come from .prettierrc.json (printWidth 120).
import officeAddins from "eslint-plugin-office-addins";
import react from "eslint-plugin-react";
import tseslint from "typescript-eslint";

const ALL_SOURCES = ["**/*.{js,mjs,cjs,jsx,ts,cts,mts,tsx}"];

export default [
  { ignores: ["dist/**", "coverage/**", "node_modules/**", "src/formats/rubric-json/generated/**"] },
  ...officeAddins.configs.react.map((block) => (block.files ? { ...block, files: ALL_SOURCES } : block)),
  react.configs.flat["jsx-runtime"],
  {
    files: ALL_SOURCES,
    languageOptions: { parser: tseslint.parser, ecmaVersion: "latest" },
  },
  {
    // TypeScript itself reports undefined names (and knows the Office, Excel and CustomFunctions globals).
    files: ["**/*.{ts,cts,mts,tsx}"],
    rules: { "no-undef": "off" },
  },
  {
    // Node-side CommonJS: build config and scripts.
    files: ["*.js", "scripts/**/*.js", "test/support/**/*.js"],
    languageOptions: {
      sourceType: "commonjs",
      globals: {
        require: "readonly",
        module: "writable",
        exports: "writable",
        process: "readonly",
        __dirname: "readonly",
        console: "readonly",
      },
    },
  },
];
