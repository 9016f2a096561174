// ESLint 9 flat config, picked up by `office-addin-lint check` (it prefers ./eslint.config.mjs over its own).
// eslint-plugin-office-addins' React preset, widened to .jsx/.tsx: its base block only matches .js/.ts files.
// The preset names no usable parser, so the TypeScript parser is set here (as office-addin-lint's own default config
// does). Prettier settings come from .prettierrc.json (printWidth 120).
import path from "node:path";
import { fileURLToPath } from "node:url";
import importX, { createNodeResolver } from "eslint-plugin-import-x";
import officeAddins from "eslint-plugin-office-addins";
import react from "eslint-plugin-react";
import tseslint from "typescript-eslint";

const ALL_SOURCES = ["**/*.{js,mjs,cjs,jsx,ts,cts,mts,tsx}"];
const SRC_SOURCES = ["src/**/*.{js,mjs,cjs,jsx,ts,cts,mts,tsx}"];
// Zones are paths from here, not from the working directory (jest, editors and CI start ESLint elsewhere).
const ROOT = path.dirname(fileURLToPath(import.meta.url));

// The layers (arrows point one way): taskpane -> app -> workbook, formats -> rubric; functions -> rubric.
// Each zone: files in `target` must not import anything under `from` (except `except`, relative to `from`).
// "Ours" is the repository: node_modules (packages) stays allowed.
const LAYER_ZONES = [
  {
    target: "src/rubric",
    from: ".",
    except: ["src/rubric", "node_modules"],
    message: "src/rubric is the pure domain: it imports nothing of ours outside src/rubric (packages are fine).",
  },
  {
    target: "src/functions",
    from: ".",
    except: ["src/functions", "src/rubric", "node_modules"],
    message: "Custom functions depend on the domain only: import from src/rubric, nothing else of ours.",
  },
  {
    target: "src/formats",
    from: ["src/workbook", "src/app", "src/taskpane", "src/functions"],
    message: "src/formats converts rubrics to and from files: it may import src/rubric only, no other layer.",
  },
  {
    target: "src/workbook",
    from: ["src/app", "src/taskpane", "src/functions"],
    message: "src/workbook sits below the use cases: it must not import src/app, src/taskpane or src/functions.",
  },
  {
    target: "src/app",
    from: "src/taskpane",
    message: "Use cases (src/app) must not import the pane: the pane calls src/app, never the reverse.",
  },
  {
    target: "src/taskpane",
    from: "src/workbook",
    message: "The pane reaches the workbook through a use case in src/app, not src/workbook directly.",
  },
  {
    target: "src",
    from: ["test", "bench"],
    message: "Shipped code (src) must not import test tooling (test/) or benchmarks (bench/).",
  },
];

const EXCEL_MESSAGE =
  "Only src/workbook touches the Excel API; elsewhere go through src/workbook (from the pane: src/app).";

// Relative imports of files that do not exist (yet) still name a place: resolve them by path, so a zone holds for a
// folder before its first file lands (src/app) and a planted test import is judged by where it points.
const byPathResolver = {
  interfaceVersion: 3,
  name: "rubric-workbench:by-path",
  resolve(modulePath, sourceFile) {
    return modulePath.startsWith(".")
      ? { found: true, path: path.resolve(path.dirname(sourceFile), modulePath) }
      : { found: false };
  },
};

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
    // The layers (every zone's target is in src). Only the zone rule of import-x is used: TypeScript already reports
    // unresolved or wrong imports.
    files: SRC_SOURCES,
    plugins: { "import-x": importX },
    settings: {
      "import-x/resolver-next": [
        createNodeResolver({ extensions: [".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs", ".json"] }),
        byPathResolver,
      ],
    },
    rules: { "import-x/no-restricted-paths": ["error", { basePath: ROOT, zones: LAYER_ZONES }] },
  },
  {
    // Excel.* outside src/workbook. no-restricted-globals sees value uses (Excel.run, const { run } = Excel,
    // globalThis.Excel) but deliberately skips type positions, so no-restricted-syntax adds the type references.
    files: SRC_SOURCES,
    ignores: ["src/workbook/**"],
    rules: {
      "no-restricted-globals": [
        "error",
        { globals: [{ name: "Excel", message: EXCEL_MESSAGE }], checkGlobalObject: true },
      ],
      "no-restricted-syntax": [
        "error",
        { selector: "TSQualifiedName[left.name='Excel']", message: EXCEL_MESSAGE },
        { selector: "TSTypeQuery > Identifier.exprName[name='Excel']", message: EXCEL_MESSAGE },
      ],
    },
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
